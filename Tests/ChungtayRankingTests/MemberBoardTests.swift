import ChungtayCore
import ChungtayRanking
import ChungtayTestSupport
import Testing

/// The member board of a week with a three-way tie shown in Vietnamese name order and movement from a week with ties
/// of its own: the same from the activities and from the stored standings, whole and cut by `--top`.
@Suite struct MemberBoardTests {
    /// Settings `["count:dossier_assisted", "earliest"]`, with the given method.
    ///
    /// W47 (16–22 Nov): M04 Bùi Thị Hà 10 (a dossier, 17 Nov); M03 Trần Minh Âu 4 and M06 Đặng Thu Hà 4 (a dossier each,
    /// 20 Nov: tied); M01 Nguyễn Thị Lan 1 (an account, 21 Nov).
    ///
    /// W48 (23–29 Nov): M01 8 (a dossier, 25 Nov); M05 Hồ Quốc Bảo 5 (a dossier, 23 Nov); M04, M06, M03 5 each (a dossier
    /// each, 24 Nov: tied, one day after M05); M02 Đinh Văn Hùng 5 (an account, 24 Nov: no dossier, after them).
    static func fixture(_ method: String) throws -> RankingFixture {
        let fixture = try RankingFixture(ranking: #"{ "method": "\#(method)", "tie_break": ["count:dossier_assisted", "earliest"] }"#)
        try fixture.province()
        try fixture.activity("2026-11-17", "dossier_assisted", member: "M04", unit: "QN-Q", hundredths: 1000)
        try fixture.activity("2026-11-20", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 400)
        try fixture.activity("2026-11-20", "dossier_assisted", member: "M06", unit: "AL-B", hundredths: 400)
        try fixture.activity("2026-11-21", "account_opened", member: "M01", unit: "AL-A-T1", hundredths: 100)
        try fixture.activity("2026-11-25", "dossier_assisted", member: "M01", unit: "AL-A-T1", hundredths: 800)
        try fixture.activity("2026-11-23", "dossier_assisted", member: "M05", unit: "BD-BV", hundredths: 500)
        try fixture.activity("2026-11-24", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 500)
        try fixture.activity("2026-11-24", "dossier_assisted", member: "M04", unit: "QN-Q", hundredths: 500)
        try fixture.activity("2026-11-24", "dossier_assisted", member: "M06", unit: "AL-B", hundredths: 500)
        try fixture.activity("2026-11-24", "account_opened", member: "M02", unit: "AL-A", hundredths: 500)
        return fixture
    }

    /// The week's board from the activities (the fixture's rows leave the standings stale), then from the standings.
    static func boards(_ fixture: RankingFixture, _ options: BoardOptions = BoardOptions()) throws -> [Board] {
        let summed = try fixture.ledger.board(.members, period: week48, options: options)
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        return [summed, try fixture.ledger.board(.members, period: week48, options: options)]
    }

    @Test func competition() throws {
        // W47: M04 1; M03, M06 2 (tied); M01 4. W48: M01 1 (4 - 1 = 3 up); M05 2 (new); Bùi < Đặng < Trần at 3
        // (M04 1 - 3 = 2 down, M06 and M03 2 - 3 = 1 down); M02 6 (3 + 3 above it, new).
        for board in try Self.boards(try Self.fixture("competition")) {
            #expect(board.entries.map(line) == [
                "1 M01 8 8 - 4 3", "2 M05 5 5 - - -", "3 M04 5 5 - 1 -2", "3 M06 5 5 - 2 -1", "3 M03 5 5 - 2 -1", "6 M02 5 5 - - -",
            ])
            #expect(board.entries.map(\.name) == ["Nguyễn Thị Lan", "Hồ Quốc Bảo", "Bùi Thị Hà", "Đặng Thu Hà", "Trần Minh Âu", "Đinh Văn Hùng"])
            #expect(board.entries.map(\.unit) == ["AL-A", "BD-BV", "QN-Q", "AL-B", "QN-G", "AL-A"])
            #expect(board.entries.map(\.district) == ["AL", nil, "QN", "AL", "QN", "AL"])
            #expect(board.entries.map(tallies)[0] == "dossier_assisted=1/8")
            #expect(board.entries.map(\.lastActive) == ["2026-11-25", "2026-11-23", "2026-11-24", "2026-11-24", "2026-11-24", "2026-11-24"]
                .map { CivilDate(iso: $0) })
            #expect(board.ranked == 6)
        }
    }

    @Test func dense() throws {
        // W47: M04 1; M03, M06 2; M01 3. W48: M01 1 (3 - 1 = 2 up); M05 2; the three at 3; M02 4.
        for board in try Self.boards(try Self.fixture("dense")) {
            #expect(board.entries.map(line) == [
                "1 M01 8 8 - 3 2", "2 M05 5 5 - - -", "3 M04 5 5 - 1 -2", "3 M06 5 5 - 2 -1", "3 M03 5 5 - 2 -1", "4 M02 5 5 - - -",
            ])
        }
    }

    @Test func topKeepsTheTieAtTheCut() throws {
        // --top 3 keeps the three tied at 3; ranks and `ranked` stay those of the whole board.
        for board in try Self.boards(try Self.fixture("competition"), BoardOptions(top: 3)) {
            #expect(board.entries.map(line) == ["1 M01 8 8 - 4 3", "2 M05 5 5 - - -", "3 M04 5 5 - 1 -2", "3 M06 5 5 - 2 -1", "3 M03 5 5 - 2 -1"])
            #expect(board.ranked == 6)
        }
        for board in try Self.boards(try Self.fixture("competition"), BoardOptions(top: 2)) {
            #expect(board.entries.map(line) == ["1 M01 8 8 - 4 3", "2 M05 5 5 - - -"])
        }
    }

    @Test func districtCutKeepsTheOrder() throws {
        for board in try Self.boards(try Self.fixture("competition"), BoardOptions(district: "AL")) {
            #expect(board.entries.map(line) == ["1 M01 8 8 - 4 3", "3 M06 5 5 - 2 -1", "6 M02 5 5 - - -"])
        }
    }
}
