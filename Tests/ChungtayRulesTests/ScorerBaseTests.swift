import ChungtayCore
@testable import ChungtayRules
import Testing

/// Hand-worked examples of scoring.md steps 2–4: base, multipliers, rounding.
@Suite struct ScorerBaseTests {
    let d = ScoringFixture.date

    @Test func baseAddsMatchingByEntriesAndTrueFlags() {
        // One member each, so that the week cap of 8 never bites.
        let result = ScoringFixture.score([
            // G2 (D2, no area flags), 2026-05-04 (no multiplier): level 3 → 3
            Activity(id: "a1", date: d("2026-05-04"), type: "dossier_assisted", member: "M1", unit: "G2", level: 3, dossier: "HS1"),
            // level 4 → 3 + 2 = 5
            Activity(id: "a2", date: d("2026-05-05"), type: "dossier_assisted", member: "M2", unit: "G2", level: 4, dossier: "HS2"),
            // level 4 paid online → 3 + 2 + 1.5 = 6.5
            Activity(id: "a3", date: d("2026-05-06"), type: "dossier_assisted", member: "M3", unit: "G2", level: 4, dossier: "HS3", paidOnline: true),
            // level 3, online (a flag the type does not list) → 3
            Activity(id: "a4", date: d("2026-05-07"), type: "dossier_assisted", member: "M4", unit: "G2", level: 3, dossier: "HS4", online: true),
        ])
        #expect(result.points == ["a1": p("3"), "a2": p("5"), "a3": p("6.5"), "a4": p("3")])
        #expect(result.scores["a3"]?.base == ExactDecimal(parsing: "6.5"))
        #expect(result.scores["a3"]?.factor == .one)
        #expect(result.scores["a3"]?.multiplierMask == 0)
    }

    @Test func perAttendeeAmountIsCappedByMaxBase() {
        let result = ScoringFixture.score([
            // 5 + 0.1 × 80 = 13
            Activity(id: "s1", date: d("2026-05-04"), type: "propaganda_session", unit: "G3", attendees: 80),
            // 5 + 0.1 × 120 = 17 → max_base 15
            Activity(id: "s2", date: d("2026-05-05"), type: "propaganda_session", unit: "G3", attendees: 120),
            // empty attendees count as 0 → 5
            Activity(id: "s3", date: d("2026-05-06"), type: "propaganda_session", unit: "G3"),
        ])
        #expect(result.points == ["s1": p("13"), "s2": p("15"), "s3": p("5")])
        #expect(result.scores["s2"]?.base == ExactDecimal(15))
    }

    @Test func perHourAmountIsExactThenRoundedHalfAwayFromZero() {
        let result = ScoringFixture.score([
            // 0.5 × 2.25 = 1.125 → 1.13 (half away from zero, not to even)
            Activity(id: "v1", date: d("2026-05-04"), type: "volunteer_shift", member: "M1", unit: "G2", hours: ExactDecimal(parsing: "2.25")),
            // 0.5 × 3.5 = 1.75
            Activity(id: "v2", date: d("2026-05-05"), type: "volunteer_shift", member: "M1", unit: "G2", hours: ExactDecimal(parsing: "3.5")),
        ])
        #expect(result.points == ["v1": p("1.13"), "v2": p("1.75")])
        #expect(result.scores["v1"]?.base == ExactDecimal(parsing: "1.125"))
        #expect(result.scores["v1"]?.pointsBeforeCaps == p("1.13"))
    }

    @Test func stackedMultipliersAreMultipliedExactlyThenRounded() {
        let result = ScoringFixture.score([
            // March, G2 (no area): 3.35 × 1.5 = 5.025 → 5.03
            Activity(id: "m1", date: d("2026-03-10"), type: "special", member: "M1", unit: "G2"),
            // March, C1 (cell of G1, under mountain D1): 3.35 × 1.2 × 1.5 = 3.35 × 1.8 = 6.03
            Activity(id: "m2", date: d("2026-03-10"), type: "special", member: "M2", unit: "C1"),
            // April, C1: 3.35 × 1.2 = 4.02
            Activity(id: "m3", date: d("2026-04-01"), type: "special", member: "M2", unit: "C1"),
            // February, G2: no multiplier → 3.35
            Activity(id: "m4", date: d("2026-02-28"), type: "special", member: "M1", unit: "G2"),
        ])
        #expect(result.points == ["m1": p("5.03"), "m2": p("6.03"), "m3": p("4.02"), "m4": p("3.35")])
        #expect(result.scores["m1"]?.factor == ExactDecimal(parsing: "1.5"))
        #expect(result.scores["m2"]?.factor == ExactDecimal(parsing: "1.8"))
        #expect(ScoringFixture.scorer.multiplierLabels(result.scores["m2"]!) == ["Miền núi", "Tháng Thanh niên"])
        #expect(ScoringFixture.scorer.multiplierLabels(result.scores["m3"]!) == ["Miền núi"])
    }

    @Test func sectorMultiplierUsesTheGrassrootsUnitsSector() {
        let result = ScoringFixture.score([
            // G2 is a school: (5 + 0.1 × 35) × 1.1 = 8.5 × 1.1 = 9.35
            Activity(id: "s1", date: d("2026-05-04"), type: "propaganda_session", unit: "G2", attendees: 35),
            // G3 is armed forces: 8.5
            Activity(id: "s2", date: d("2026-05-04"), type: "propaganda_session", unit: "G3", attendees: 35),
            // Recorded at district D2: no grassroots unit, so no sector → 8.5
            Activity(id: "s3", date: d("2026-05-04"), type: "propaganda_session", unit: "D2", attendees: 35),
        ])
        #expect(result.points == ["s1": p("9.35"), "s2": p("8.5"), "s3": p("8.5")])
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(ExactDecimal(parsing: "5.025")!.rounded(toPlaces: 2) == ExactDecimal(parsing: "5.03"))
        #expect(ExactDecimal(parsing: "0.125")!.rounded(toPlaces: 2) == ExactDecimal(parsing: "0.13"))
        #expect(ExactDecimal(parsing: "0.124999")!.rounded(toPlaces: 2) == ExactDecimal(parsing: "0.12"))
        #expect(ExactDecimal(parsing: "-2.345")!.rounded(toPlaces: 2) == ExactDecimal(parsing: "-2.35"))
        #expect((ExactDecimal(parsing: "3.35")! * ExactDecimal(parsing: "1.5")!).description == "5.025")
    }
}
