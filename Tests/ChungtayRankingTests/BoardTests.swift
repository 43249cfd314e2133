import ChungtayCore
import ChungtayRanking
import ChungtayTestSupport
import Testing

/// The three boards over the fixture province's weeks 47 and 48 of 2026 (RankingFixture.weeks47and48), with the
/// standard settings: branches per member, districts by total, competition, tie-break count:dossier_assisted then
/// earliest.
@Suite struct BoardTests {
    let fixture: RankingFixture

    init() throws {
        fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.weeks47and48()
    }

    @Test func membersBoard() throws {
        let board = try fixture.ledger.board(.members, period: week48)
        #expect((board.rulesVersion, board.method, board.scoreBasis, board.ranked) == ("2026.1", .competition, .total, 3))
        // M01: 5 + 5 + 3 = 13 (W47: 1, rank 3 → movement 3 − 1 = 2).
        // M04: 13 on 29 Nov; ties M01 on score, but count:dossier_assisted 1 < 2 puts it second (W47: 10, rank 1 → −1).
        // M02: 3 (its article is unit-credited and the 100 points of 30 Nov are in W49); new this week.
        #expect(board.entries.map(line) == ["1 M01 13 13 - 3 2", "2 M04 13 13 - 1 -1", "3 M02 3 3 - - -"])
        #expect(board.entries.map(tallies) == ["account_opened=1/3 dossier_assisted=2/10", "dossier_assisted=1/13", "dossier_assisted=1/3"])
        // A member's unit is its grassroots unit (M01 is in the cell AL-A-T1); its district the one above.
        #expect(board.entries.map { "\($0.name) \($0.unit ?? "-") \($0.district ?? "-")" }
            == ["Nguyễn Thị Lan AL-A AL", "Bùi Thị Hà QN-Q QN", "Đinh Văn Hùng AL-A AL"])
        #expect(board.unranked.isEmpty)
    }

    @Test func membersBoardWithAll() throws {
        let board = try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true))
        // The three with total 0 share rank 4 (1 + the 3 entries above), by name: Đặng < Hồ < Trần.
        // M05 was 2nd in W47: movement 2 − 4 = −2. M03's 0-point activity counts; its duplicate and rejected ones do not.
        #expect(board.entries.map(line) == ["1 M01 13 13 - 3 2", "2 M04 13 13 - 1 -1", "3 M02 3 3 - - -",
                                            "4 M06 0 0 - - -", "4 M05 0 0 - 2 -2", "4 M03 0 0 - - -"])
        #expect(board.entries[5].tallies == [TypeTally(key: "dossier_assisted", count: 1, points: .zero)])
        #expect(board.ranked == 6)
    }

    @Test func branchesBoard() throws {
        let board = try fixture.ledger.board(.branches, period: week48)
        #expect((board.scoreBasis, board.ranked) == (.per_member, 2))
        // AL-A: 13 (M01, in its cell) + 3 + 2 (M02's dossier and article) + 10 (target bonus) = 28; 28 ÷ 40 = 0.70.
        //   W47: 1 ÷ 40 = 0.025 → 0.03, rank 3; movement 3 − 1 = 2.
        // QN-Q: 13 ÷ 30 = 0.4333… → 0.43. W47: 10 ÷ 30 = 0.333… → 0.33, rank 1; movement −1.
        // (W47's second: BD-BV 4 ÷ 25 = 0.16.)
        #expect(board.entries.map(line) == ["1 AL-A 0.7 28 40 3 2", "2 QN-Q 0.43 13 30 1 -1"])
        #expect(tallies(board.entries[0]) == "account_opened=1/3 article_posted=1/2 dossier_assisted=3/13 target:articles=1/10")
        #expect(board.entries.map { "\($0.unit ?? "-") \($0.district ?? "-")" } == ["AL-A AL", "QN-Q QN"])
        // AL-B has 0 members: listed unranked with its total 2.
        #expect(board.unranked.map(line) == ["- AL-B - 2 0 - -"])
    }

    @Test func branchesBoardWithAll() throws {
        let board = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: true))
        // Total 0: BD-BV and QN-G share rank 3, "Đoàn cơ sở …" before "Đoàn phường …". BD-BV was 2nd in W47: 2 − 3 = −1.
        #expect(board.entries.map(line) == ["1 AL-A 0.7 28 40 3 2", "2 QN-Q 0.43 13 30 1 -1", "3 BD-BV 0 0 25 2 -1", "3 QN-G 0 0 60 - -"])
        #expect(tallies(board.entries[3]) == "dossier_assisted=1/0")
        #expect(board.ranked == 4)
        #expect(board.unranked.map(line) == ["- AL-B - 2 0 - -"])
    }

    @Test func districtsBoard() throws {
        let board = try fixture.ledger.board(.districts, period: week48)
        // AL: AL-A 28 + AL-B 2 + the propaganda session recorded at AL itself 5 = 35. W47: 1, rank 2 → +1.
        // QN: QN-Q 13 + QN-G 0 = 13. W47: 10, rank 1 → −1. BD-BV is under no district.
        #expect(board.entries.map(line) == ["1 AL 35 35 - 2 1", "2 QN 13 13 - 1 -1"])
        #expect(board.entries.map(tallies) == [
            "account_opened=1/3 article_posted=2/4 dossier_assisted=3/13 propaganda_session=1/5 target:articles=1/10",
            "dossier_assisted=2/13",
        ])
        #expect(board.entries.map { "\($0.unit ?? "-") \($0.district ?? "-")" } == ["- -", "- -"])
    }

    @Test func districtFilterKeepsProvinceWideRanks() throws {
        let members = try fixture.ledger.board(.members, period: week48, options: BoardOptions(district: "QN"))
        #expect(members.entries.map(line) == ["2 M04 13 13 - 1 -1"])
        #expect(members.ranked == 3)
        let all = try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true, district: "QN"))
        #expect(all.entries.map(line) == ["2 M04 13 13 - 1 -1", "4 M03 0 0 - - -"])
        #expect(all.ranked == 6)
        let branches = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(district: "AL"))
        #expect(branches.entries.map(line) == ["1 AL-A 0.7 28 40 3 2"])
        #expect(branches.unranked.map(line) == ["- AL-B - 2 0 - -"])
        let districts = try fixture.ledger.board(.districts, period: week48, options: BoardOptions(district: "QN"))
        #expect(districts.entries.map(line) == ["2 QN 13 13 - 1 -1"])
        #expect(districts.ranked == 2)
    }

    @Test func sectorAndTopFilters() throws {
        let schools = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(sector: .school))
        #expect(schools.entries.map(line) == ["2 QN-Q 0.43 13 30 1 -1"])
        #expect(schools.unranked.isEmpty)
        #expect(schools.ranked == 2)
        let wardMembers = try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true, sector: .ward))
        #expect(wardMembers.entries.map(line) == ["4 M03 0 0 - - -"])
        let top = try fixture.ledger.board(.members, period: week48, options: BoardOptions(top: 2))
        #expect(top.entries.map(\.id) == ["M01", "M04"])
        #expect(top.ranked == 3)
    }

    @Test func refusedFilters() throws {
        #expect(throws: RankingError.unknownUnit("XX")) { try fixture.ledger.board(.members, period: week48, options: BoardOptions(district: "XX")) }
        #expect(throws: RankingError.notADistrict(code: "AL-A", level: "grassroots")) {
            try fixture.ledger.board(.branches, period: week48, options: BoardOptions(district: "AL-A"))
        }
        #expect(throws: RankingError.sectorOnDistricts) {
            try fixture.ledger.board(.districts, period: week48, options: BoardOptions(sector: .ward))
        }
    }

    @Test func customRangeHasNoMovement() throws {
        // 17–24 November: M04 10 (17th), M05 4, M01 1 + 5 + 5 (21st, 23rd, 24th) = 11, M02 3.
        let board = try fixture.ledger.board(.members, period: try Period(parsing: "2026-11-17..2026-11-24"))
        #expect(board.entries.map(line) == ["1 M01 11 11 - - -", "2 M04 10 10 - - -", "3 M05 4 4 - - -", "4 M02 3 3 - - -"])
        #expect(!board.hasMovement)
    }

    @Test func emptyPeriod() throws {
        let board = try fixture.ledger.board(.branches, period: try Period(parsing: "2026-03"))
        #expect(board.entries.isEmpty && board.unranked.isEmpty && board.ranked == 0)
    }
}
