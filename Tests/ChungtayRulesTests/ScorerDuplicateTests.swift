import ChungtayCore
@testable import ChungtayRules
import Testing

/// Hand-worked examples of scoring.md step 1: duplicates.
@Suite struct ScorerDuplicateTests {
    let d = ScoringFixture.date

    @Test func secondClaimAcrossTwoMembersIsADuplicateOfTheFirst() {
        let result = ScoringFixture.score([
            Activity(id: "b", date: d("2026-05-05"), type: "dossier_assisted", member: "M2", unit: "G2", level: 3, dossier: "HS9"),
            Activity(id: "a", date: d("2026-05-04"), type: "dossier_assisted", member: "M1", unit: "GP", level: 3, dossier: "HS9"),
        ])
        #expect(result.points == ["a": p("3"), "b": p("0")])
        #expect(result.scores["b"]?.status == .duplicate)
        #expect(result.scores["b"]?.duplicateOf == "a")
        #expect(result.scores["b"]?.base == nil)
        #expect(result.scores["b"]?.pointsBeforeCaps == nil)
    }

    @Test func sameDayClaimsAreOrderedByIdBytes() {
        // "A10" < "A9" as bytes ('1' < '9'), so A10 is the first claim.
        let result = ScoringFixture.score([
            Activity(id: "A9", date: d("2026-05-04"), type: "dossier_assisted", member: "M1", unit: "G2", level: 3, dossier: "HS1"),
            Activity(id: "A10", date: d("2026-05-04"), type: "dossier_assisted", member: "M2", unit: "G2", level: 3, dossier: "HS1"),
        ])
        #expect(result.scores["A9"]?.duplicateOf == "A10")
        #expect(result.points["A10"] == p("3"))
    }

    @Test func claimsAcrossTwoRulesFilesListingTheSameUniqueAttributes() {
        // Both files list unique ["dossier"]: the 2026 claim duplicates the 2025 one.
        let result = ScoringFixture.score([
            Activity(id: "x25", date: d("2025-12-31"), type: "dossier_assisted", member: "M1", unit: "G2", level: 3, dossier: "HS7"),
            Activity(id: "x26", date: d("2026-01-02"), type: "dossier_assisted", member: "M2", unit: "G1", level: 4, dossier: "HS7"),
        ])
        #expect(result.points == ["x25": p("3"), "x26": p("0")])
        #expect(result.scores["x26"]?.duplicateOf == "x25")
    }

    @Test func filesListingDifferentUniqueAttributesMakeNoClaimOnTheSameThing() {
        // 2025 lists ["citizen", "subject"], 2026 lists ["citizen"]: different things, both score 2.
        let result = ScoringFixture.score([
            Activity(id: "k25", date: d("2025-12-30"), type: "account_opened", member: "M1", unit: "G2", citizen: "h1", subject: .youth),
            Activity(id: "k26", date: d("2026-01-05"), type: "account_opened", member: "M1", unit: "G2", citizen: "h1", subject: .youth),
            // Within 2025, an empty subject makes no claim at all, so this one scores too.
            Activity(id: "k25b", date: d("2025-12-31"), type: "account_opened", member: "M2", unit: "G2", citizen: "h1"),
        ])
        #expect(result.points == ["k25": p("2"), "k26": p("2"), "k25b": p("2")])
    }

    @Test func rejectingTheFirstClaimMakesTheNextOneTheFirst() {
        let result = ScoringFixture.score([
            Activity(id: "a", date: d("2026-05-04"), type: "dossier_assisted", member: "M1", unit: "G2", level: 3, dossier: "HS5", rejected: true),
            Activity(id: "b", date: d("2026-05-05"), type: "dossier_assisted", member: "M2", unit: "G2", level: 3, dossier: "HS5"),
            Activity(id: "c", date: d("2026-05-06"), type: "dossier_assisted", member: "M3", unit: "G2", level: 3, dossier: "HS5"),
        ])
        #expect(result.points == ["a": p("0"), "b": p("3"), "c": p("0")])
        #expect(result.scores["a"]?.status == .rejected)
        #expect(result.scores["c"]?.duplicateOf == "b")
    }

    @Test func duplicatesAreWithinOneType() {
        // The same URL as an article and as a dossier code are different things.
        let result = ScoringFixture.score([
            Activity(id: "a", date: d("2026-05-04"), type: "article_posted", unit: "G2", url: "https://a.vn/x"),
            Activity(id: "b", date: d("2026-05-05"), type: "article_posted", unit: "G1", url: "https://a.vn/x"),
            Activity(id: "c", date: d("2026-05-05"), type: "article_posted", unit: "G1", url: "https://a.vn/y"),
        ])
        #expect(result.points == ["a": p("2"), "b": p("0"), "c": p("2.4")])
    }
}
