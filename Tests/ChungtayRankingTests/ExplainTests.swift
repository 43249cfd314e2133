import ChungtayCore
import ChungtayRanking
import ChungtayRules
import Testing

/// `explain`: the activities and bonuses behind an entry's total, each with its scoring steps (ExplainFixture, week 48).
@Suite struct ExplainTests {
    let fixture: ExplainFixture

    init() throws {
        fixture = try ExplainFixture()
    }

    /// An activity in one line: `id date status duplicate_of base factor [multipliers] before points [capped]`.
    func line(_ activity: ExplainedActivity) -> String {
        func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "-" }
        return "\(activity.id) \(activity.date) \(activity.status.rawValue) \(text(activity.duplicateOf)) \(text(activity.base)) "
            + "\(text(activity.factor)) [\(activity.multipliers.map(\.label).joined(separator: ", "))] \(text(activity.pointsBeforeCaps)) "
            + "\(activity.points) [\(activity.cappedBy.map(\.rawValue).joined(separator: ", "))]"
    }

    @Test func member() throws {
        let explanation = try fixture.ledger.explanation(member: "M01", period: explainWeek)
        #expect(explanation.board == .members)
        #expect(explanation.activities.map(line) == [
            // (3 + 0.35) × 1.2 × 1.5 = 3.35 × 1.8 = 6.03.
            "E02 2026-11-23 scored - 3.35 1.8 [Địa bàn miền núi, Tháng cao điểm] 6.03 6.03 []",
            // 3 × 1.8 = 5.40; the day cap of 8 has 8 − 6.03 = 1.97 left, the week's 30 has 23.97 (not a cut).
            "E03 2026-11-23 scored - 3 1.8 [Địa bàn miền núi, Tháng cao điểm] 5.4 1.97 [day]",
            "E04 2026-11-24 duplicate E02 - - [] - 0 []",
            "E05 2026-11-25 scored - 1 1.2 [Địa bàn miền núi] 1.2 1.2 []",
            "E06 2026-11-26 rejected - - - [] - 0 []",
        ])
        // The types' labels and the multipliers' factors come from the activity's rules file.
        #expect(explanation.activities[0].typeLabel == "Hỗ trợ nộp hồ sơ")
        #expect(explanation.activities[0].multipliers.map(\.factor) == [ExactDecimal(mantissa: 12, scale: 1), ExactDecimal(mantissa: 15, scale: 1)])
        #expect(explanation.activities.allSatisfy { $0.rulesFile == "2026.json" && $0.unit == "AL-AH-T1" && $0.member == "M01" })
        #expect(explanation.bonuses.isEmpty)
        // 6.03 + 1.97 + 1.20 = 9.20, the member's total on the board.
        #expect(explanation.total == Points(hundredths: 920))
        #expect(explanation.standing.entry.total == explanation.total)
        #expect(explanation.standing.entry.rank == 1)
    }

    @Test func branch() throws {
        let explanation = try fixture.ledger.explanation(unit: "AL-AH", period: explainWeek)
        #expect(explanation.board == .branches)
        // The unit's and its cell's activities, every credit, in (date, id) order.
        #expect(explanation.activities.map(\.id) == ["E02", "E03", "E04", "E08", "E11", "E05", "E06", "E12"])
        #expect(explanation.activities.map { "\($0.unit) \($0.member ?? "-")" }[3 ... 4] == ["AL-AH M02", "AL-AH -"])
        // E12 made two articles in November: 5 on the 27th.
        #expect(explanation.bonuses == [ExplainedBonus(unit: "AL-AH", target: "articles", targetLabel: "Ít nhất 02 tin, bài mỗi tháng",
                                                       period: .month, periodStart: CivilDate(iso: "2026-11-01")!,
                                                       date: CivilDate(iso: "2026-11-27")!, points: Points(hundredths: 500), activity: "E12")])
        // 6.03 + 1.97 + 5.40 + 2.40 + 1.20 + 2.40 + 5 = 24.40; per member 24.40 ÷ 20 = 1.22.
        #expect(explanation.total == Points(hundredths: 2440))
        #expect(explanation.standing.entry.total == explanation.total)
        #expect(explanation.standing.entry.score == Points(hundredths: 122))
        #expect(try fixture.ledger.board(.branches, period: explainWeek).entries.first { $0.id == "AL-AH" }?.total == explanation.total)
    }

    @Test func district() throws {
        let explanation = try fixture.ledger.explanation(unit: "AL", period: explainWeek)
        #expect(explanation.board == .districts)
        // AL-AH's activities and its bonus, and E13 recorded at the district: 24.40 + 2 × 1.2 = 26.80.
        #expect(explanation.activities.map(\.id) == ["E02", "E03", "E04", "E08", "E11", "E05", "E06", "E12", "E13"])
        #expect(explanation.bonuses.map(\.unit) == ["AL-AH"])
        #expect(explanation.total == Points(hundredths: 2680))
        #expect(try fixture.ledger.board(.districts, period: explainWeek).entries.first { $0.id == "AL" }?.total == explanation.total)
    }

    @Test func duplicateAcrossBranches() throws {
        // QN-GR: 3.35 × 1.5 = 5.025 → 5.03; E10 repeats M02's dossier of another branch.
        let explanation = try fixture.ledger.explanation(unit: "QN-GR", period: explainWeek)
        #expect(explanation.activities.map(line) == [
            "E09 2026-11-24 scored - 3.35 1.5 [Tháng cao điểm] 5.03 5.03 []",
            "E10 2026-11-25 duplicate E08 - - [] - 0 []",
        ])
        #expect(explanation.total == Points(hundredths: 503))
    }

    @Test func totalsEqualTheBoardsInEveryPeriod() throws {
        for text in ["2026-W47", "2026-W48", "2026-W49", "2026-11", "2026-Q4", "2026", "2026-11-24..2026-11-30"] {
            let period = try Period(parsing: text)
            for kind in BoardKind.allCases {
                let board = try fixture.ledger.board(kind, period: period, options: BoardOptions(all: true))
                for entry in board.entries + board.unranked {
                    let explanation = kind == .members ? try fixture.ledger.explanation(member: entry.id, period: period)
                                                       : try fixture.ledger.explanation(unit: entry.id, period: period)
                    #expect(explanation.total == entry.total, "\(text) \(entry.id)")
                    #expect(explanation.board == kind)
                }
            }
        }
    }

    @Test func refusals() throws {
        #expect(throws: RankingError.cellNotRanked(cell: "AL-AH-T1", grassroots: "AL-AH")) { try fixture.ledger.explanation(unit: "AL-AH-T1", period: explainWeek) }
        #expect(throws: RankingError.provinceNotRanked("BD")) { try fixture.ledger.explanation(unit: "BD", period: explainWeek) }
        #expect(throws: RankingError.unknownUnit("XX")) { try fixture.ledger.explanation(unit: "XX", period: explainWeek) }
        #expect(throws: RankingError.unknownMember("M99")) { try fixture.ledger.explanation(member: "M99", period: explainWeek) }
    }
}
