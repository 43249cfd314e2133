import ChungtayCore
@testable import ChungtayRules
import Testing

/// Hand-worked examples of scoring.md step 6: target bonuses.
@Suite struct ScorerTargetTests {
    let d = ScoringFixture.date

    func article(_ id: String, _ date: String, _ unit: String, url: String? = nil, rejected: Bool = false) -> Activity {
        Activity(id: id, date: d(date), type: "article_posted", unit: unit, url: url ?? "https://t.vn/\(id)", rejected: rejected)
    }

    @Test func bonusOnTheDateTheCountIsReachedOncePerPeriod() {
        let result = ScoringFixture.score([
            article("g2a", "2026-02-01", "G2"),
            article("g2b", "2026-02-03", "G2"),
            article("g2c", "2026-02-05", "G2"), // third: bonus 10 dated 2026-02-05
            article("g2d", "2026-02-07", "G2"), // fourth: nothing more
        ])
        #expect(result.bonuses == [
            TargetBonus(unit: "G2", target: "articles", period: .year, periodStart: d("2026-01-01"), date: d("2026-02-05"),
                        points: p("10"), activity: "g2c", fileIndex: 1),
        ])
    }

    @Test func cellsCountAndRejectedOrDuplicateActivitiesDoNot() {
        let result = ScoringFixture.score([
            article("a1", "2026-01-10", "C1", url: "https://t.vn/same"), // 1 (a cell of G1)
            article("a2", "2026-01-11", "G1", rejected: true),          // rejected: no count
            article("a3", "2026-01-12", "G1", url: "https://t.vn/same"), // duplicate of a1: no count
            article("a4", "2026-01-20", "G1"),                           // 2
            article("a5", "2026-01-25", "G1"),                           // 3: bonus, not multiplied (10, not 12)
            article("x1", "2026-01-26", "D1"),                           // at the district: no grassroots unit
        ])
        #expect(result.bonuses.map { "\($0.unit) \($0.target) \($0.date) \($0.points)" } == ["G1 articles 2026-01-25 10"])
    }

    @Test func excludedSectorGetsNoBonus() {
        let result = ScoringFixture.score([
            article("a1", "2026-03-01", "G3"), article("a2", "2026-03-02", "G3"), article("a3", "2026-03-03", "G3"),
        ])
        #expect(result.bonuses.isEmpty)
        #expect(result.points["a3"] == p("2"))
    }

    @Test func periodsAreCalendarPeriodsAndTheBonusIsTheReachingFilesOwn() {
        let result = ScoringFixture.score([
            // 2025: three articles → the 2025 file's bonus, 7.
            article("p1", "2025-03-01", "G2"), article("p2", "2025-04-01", "G2"), article("p3", "2025-11-01", "G2"),
            // GP: two in December 2025 and one in January 2026 reach nothing: the years are separate.
            article("q1", "2025-12-20", "GP"), article("q2", "2025-12-30", "GP"), article("q3", "2026-01-02", "GP"),
        ])
        #expect(result.bonuses.map { "\($0.unit) \($0.date) \($0.points)" } == ["G2 2025-11-01 7"])
    }

    @Test func monthlyTargetCountsZeroPointActivitiesOncePerMonth() {
        func zero(_ id: String, _ date: String) -> Activity {
            Activity(id: id, date: d(date), type: "zero", member: "M1", unit: "C1")
        }
        let result = ScoringFixture.score([
            zero("z1", "2026-03-02"), zero("z2", "2026-03-30"), // March: bonus on 03-30
            zero("z3", "2026-04-15"),                           // April: one only
            zero("z4", "2026-05-01"), zero("z5", "2026-05-02"), zero("z6", "2026-05-03"), // May: bonus on 05-02 only
        ])
        #expect(result.points.values.allSatisfy { $0 == .zero })
        #expect(result.bonuses.map { "\($0.target) \($0.periodStart) \($0.date) \($0.points)" } == [
            "monthly_zero 2026-03-01 2026-03-30 1.5",
            "monthly_zero 2026-05-01 2026-05-02 1.5",
        ])
    }
}
