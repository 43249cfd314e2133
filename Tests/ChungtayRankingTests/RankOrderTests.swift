import ChungtayCore
import ChungtayRanking
import ChungtayTestSupport
import Testing

/// Tie-breaks, rank methods, per-member rounding and the settings of the period: each on a board of its own.
@Suite struct RankOrderTests {
    /// Five branches, three of them tied at 6 points (branch score by total):
    ///
    /// - BD-BV "Đoàn cơ sở Bệnh viện tỉnh": an article, 8.
    /// - AL-A "Đoàn xã An Hưng": accounts 2 + 2 (23 Nov), a dossier 2 (25 Nov) = 6.
    /// - QN-G "Đoàn phường Ghềnh Ráng": an account 3 (23 Nov), a dossier 3 (24 Nov) = 6.
    /// - QN-Q "Đoàn trường THPT Quang Trung": a 0-point dossier (23 Nov) and a target bonus 6 = 6, no day with points.
    /// - AL-B "Đoàn xã An Toàn": an article, 1.
    func tiedBoard(_ ranking: String, all: Bool = false, extraUnit: Bool = false) throws -> [String] {
        let fixture = try RankingFixture(ranking: ranking)
        try fixture.province()
        try fixture.activity("2026-11-23", "article_posted", unit: "BD-BV", hundredths: 800)
        try fixture.activity("2026-11-23", "account_opened", unit: "AL-A", hundredths: 200)
        try fixture.activity("2026-11-23", "account_opened", unit: "AL-A", hundredths: 200)
        try fixture.activity("2026-11-25", "dossier_assisted", unit: "AL-A", hundredths: 200)
        try fixture.activity("2026-11-23", "account_opened", unit: "QN-G", hundredths: 300)
        try fixture.activity("2026-11-24", "dossier_assisted", unit: "QN-G", hundredths: 300)
        try fixture.activity("2026-11-23", "dossier_assisted", unit: "QN-Q", hundredths: 0)
        try fixture.bonus("QN-Q", "articles", "2026-11-26", hundredths: 600)
        try fixture.activity("2026-11-27", "article_posted", unit: "AL-B", hundredths: 100)
        if extraUnit { try fixture.unit("QN-X", "Đoàn xã Nhơn Lý", parent: "QN", level: .grassroots, sector: .commune, members: 10) }
        let board = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: all))
        return board.entries.map { "\($0.rank.map(String.init) ?? "-") \($0.id)" }
    }

    static func settings(_ method: String, _ tieBreak: String) -> String {
        #"{ "branch_score": "total", "method": "\#(method)", "tie_break": \#(tieBreak) }"#
    }

    @Test func noTieBreakCompetitionAndDense() throws {
        // Equal in score and in every (no) key: one rank, shown by name: phường < trường < xã.
        #expect(try tiedBoard(Self.settings("competition", "[]")) == ["1 BD-BV", "2 QN-G", "2 QN-Q", "2 AL-A", "5 AL-B"])
        #expect(try tiedBoard(Self.settings("dense", "[]")) == ["1 BD-BV", "2 QN-G", "2 QN-Q", "2 AL-A", "3 AL-B"])
    }

    @Test func tiedLastWithAll() throws {
        // QN-X has nothing: one more than the 5 entries above (competition), one more than rank 3 (dense).
        #expect(try tiedBoard(Self.settings("competition", "[]"), all: true, extraUnit: true)
            == ["1 BD-BV", "2 QN-G", "2 QN-Q", "2 AL-A", "5 AL-B", "6 QN-X"])
        #expect(try tiedBoard(Self.settings("dense", "[]"), all: true, extraUnit: true)
            == ["1 BD-BV", "2 QN-G", "2 QN-Q", "2 AL-A", "3 AL-B", "4 QN-X"])
    }

    @Test func countKey() throws {
        // Accounts: AL-A 2, QN-G 1, QN-Q 0.
        #expect(try tiedBoard(Self.settings("competition", #"["count:account_opened"]"#)) == ["1 BD-BV", "2 AL-A", "3 QN-G", "4 QN-Q", "5 AL-B"])
    }

    @Test func pointsKey() throws {
        // Dossier points: QN-G 3, AL-A 2, QN-Q 0 (its dossier scored 0).
        #expect(try tiedBoard(Self.settings("competition", #"["points:dossier_assisted"]"#)) == ["1 BD-BV", "2 QN-G", "3 AL-A", "4 QN-Q", "5 AL-B"])
    }

    @Test func earliestKey() throws {
        // Last day with points: QN-G 24 Nov, AL-A 25 Nov; QN-Q has none (a bonus is no activity): after both.
        #expect(try tiedBoard(Self.settings("competition", #"["earliest"]"#)) == ["1 BD-BV", "2 QN-G", "3 AL-A", "4 QN-Q", "5 AL-B"])
    }

    @Test func keysInTurn() throws {
        // Dossier counts are 1, 1, 1: no decision; earliest then decides.
        #expect(try tiedBoard(Self.settings("dense", #"["count:dossier_assisted", "earliest"]"#)) == ["1 BD-BV", "2 QN-G", "3 AL-A", "4 QN-Q", "5 AL-B"])
        // With that key alone the three share rank 2 (dense: AL-B is 3rd).
        #expect(try tiedBoard(Self.settings("dense", #"["count:dossier_assisted"]"#)) == ["1 BD-BV", "2 QN-G", "2 QN-Q", "2 AL-A", "3 AL-B"])
    }

    @Test func perMemberRoundingBeforeRanking() throws {
        let fixture = try RankingFixture(ranking: #"{ "branch_score": "per_member", "tie_break": ["earliest"] }"#)
        try fixture.unit("BD", "Tỉnh đoàn", parent: nil, level: .province)
        try fixture.unit("V", "Đoàn xã Vĩnh", parent: "BD", level: .grassroots, sector: .commune, members: 40)
        try fixture.unit("X", "Đoàn xã Bình", parent: "BD", level: .grassroots, sector: .commune, members: 20)
        try fixture.unit("Y", "Đoàn xã An", parent: "BD", level: .grassroots, sector: .commune, members: 30)
        try fixture.unit("Z", "Đoàn xã Cát", parent: "BD", level: .grassroots, sector: .commune, members: 50)
        try fixture.unit("W", "Đoàn xã Mỹ", parent: "BD", level: .grassroots, sector: .commune, members: 3)
        for (unit, hundredths) in [("V", 1740), ("X", 865), ("Y", 1300), ("Z", 25), ("W", 1)] as [(String, Int64)] {
            try fixture.activity("2026-11-24", "article_posted", unit: unit, hundredths: hundredths)
        }
        let board = try fixture.ledger.board(.branches, period: week48)
        // V: 17.40 ÷ 40 = 0.435 → 0.44 (half away from zero).
        // Y: 13.00 ÷ 30 = 0.4333… → 0.43 and X: 8.65 ÷ 20 = 0.4325 → 0.43: Y is ahead before rounding, but ranks are
        //    computed on the rounded score, the same day decides nothing, so they share rank 2, by name (An < Bình).
        // Z: 0.25 ÷ 50 = 0.005 → 0.01. W: 0.01 ÷ 3 = 0.0033… → 0.00, still listed and ranked (its total is above 0).
        #expect(board.entries.map(line) == ["1 V 0.44 17.4 40 - -", "2 Y 0.43 13 30 - -", "2 X 0.43 8.65 20 - -",
                                            "4 Z 0.01 0.25 50 - -", "5 W 0 0.01 3 - -"])
    }

    @Test func districtsPerMemberAndUnranked() throws {
        let fixture = try RankingFixture(ranking: #"{ "branch_score": "per_member", "district_score": "per_member" }"#)
        try fixture.province()
        try fixture.weeks47and48()
        try fixture.unit("PM", "Huyện đoàn Phù Mỹ", parent: "BD", level: .district, members: 0)
        try fixture.unit("PM-A", "Đoàn xã Mỹ An", parent: "PM", level: .grassroots, sector: .commune)
        try fixture.activity("2026-11-25", "article_posted", unit: "PM-A", hundredths: 200)
        let board = try fixture.ledger.board(.districts, period: week48)
        // AL has no members of its own: 40 + 0 of its grassroots units; 35 ÷ 40 = 0.875 → 0.88.
        //   W47: 1 ÷ 40 = 0.025 → 0.03, rank 2; movement 2 − 1 = 1.
        // QN has 50 of its own: 13 ÷ 50 = 0.26. W47: 10 ÷ 50 = 0.2, rank 1; movement −1.
        // PM: 0 of its own and its grassroots unit has no count: divisor 0, unranked.
        #expect(board.entries.map(line) == ["1 AL 0.88 35 40 2 1", "2 QN 0.26 13 50 1 -1"])
        #expect(board.unranked.map(line) == ["- PM - 2 0 - -"])
        #expect(board.ranked == 2)
    }

    @Test func previousPeriodRankedByItsOwnSettings() throws {
        // 2025 ranks branches by total, 2026 per member. 2026-W01 runs 29 Dec 2025 – 4 Jan 2026 and ends in 2026;
        // the week before, 2025-W52 (22–28 Dec), is ranked by the 2025 file.
        let fixture = try RankingFixture(files: [
            RankingFixture.rules(version: "2025.1", from: "2025-01-01", to: "2025-12-31", ranking: #"{ "branch_score": "total" }"#),
            RankingFixture.rules(version: "2026.1", from: "2026-01-01", to: "2026-12-31", ranking: #"{ "branch_score": "per_member" }"#),
        ])
        try fixture.province()
        // W52: AL-A 10, QN-G 12: by total QN-G first (per member it would be AL-A: 0.25 against 0.20).
        try fixture.activity("2025-12-23", "article_posted", unit: "AL-A", hundredths: 1000)
        try fixture.activity("2025-12-24", "article_posted", unit: "QN-G", hundredths: 1200)
        // W01: 6 each, one of them in 2025: AL-A 6 ÷ 40 = 0.15, QN-G 6 ÷ 60 = 0.10.
        try fixture.activity("2025-12-30", "article_posted", unit: "AL-A", hundredths: 600)
        try fixture.activity("2026-01-02", "article_posted", unit: "QN-G", hundredths: 600)
        let board = try fixture.ledger.board(.branches, period: try Period(parsing: "2026-W01"))
        #expect((board.rulesVersion, board.scoreBasis) == ("2026.1", .per_member))
        #expect(board.entries.map(line) == ["1 AL-A 0.15 6 40 2 1", "2 QN-G 0.1 6 60 1 -1"])
        let before = try fixture.ledger.board(.branches, period: try Period(parsing: "2025-W52"))
        #expect((before.rulesVersion, before.scoreBasis) == ("2025.1", .total))
        #expect(before.entries.map(line) == ["1 QN-G 12 12 - - -", "2 AL-A 10 10 - - -"])
    }

    @Test func speakingFileAfterTheLastOne() throws {
        // No file is in effect in 2027: the latest that ends before speaks.
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        let board = try fixture.ledger.board(.members, period: try Period(parsing: "2027"))
        #expect((board.rulesVersion, board.method) == ("2026.1", .competition))
    }
}
