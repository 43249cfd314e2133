import ChungtayCore
@testable import ChungtayRules
import Testing

/// Streaming activities one by one through a session gives exactly what scoring them all at once gives.
@Suite struct ScoringSessionTests {
    @Test func sessionEqualsWholeScoring() {
        let d = ScoringFixture.date
        var activities: [Activity] = []
        for day in 0 ..< 40 {
            let date = d("2025-12-20").adding(days: day)
            activities.append(Activity(id: "d\(day)", date: date, type: "dossier_assisted", member: "M\(day % 3)", unit: day % 2 == 0 ? "C1" : "G2",
                                       level: 3 + day % 2, dossier: "HS\(day % 25)", paidOnline: day % 5 == 0, rejected: day == 7))
            activities.append(Activity(id: "a\(day)", date: date, type: "article_posted", unit: ["G1", "G2", "G3", "GP", "D1"][day % 5],
                                       url: "https://t.vn/\(day % 30)"))
        }
        let whole = ScoringFixture.scorer.score(activities)
        let ordered = activities.indices.sorted { (activities[$0].date, activities[$0].id) < (activities[$1].date, activities[$1].id) }
        var session = ScoringSession(scorer: ScoringFixture.scorer)
        // Fed with keys looked up beforehand, members numbered in an order of the caller's own (not as they appear).
        var keyed = ScoringSession(scorer: ScoringFixture.scorer)
        let memberNumbers = ["M2": 0, "M0": 1, "M1": 2]
        var firsts: [String: String] = [:]
        for index in ordered {
            let activity = activities[index]
            var claim = Claim.none
            if !activity.rejected, let key = ScoringFixture.scorer.claimText(of: activity) {
                if let first = firsts[key] { claim = .duplicate(of: first) } else { firsts[key] = activity.id }
            }
            #expect(session.score(activity, claim: claim) == whole.scores[index], "\(activity.id)")
            let keys = ScoringFixture.scorer.keys(activity, member: activity.member.map { memberNumbers[$0]! })
            #expect(keyed.score(activity, claim: claim, keys: keys) == whole.scores[index], "\(activity.id)")
        }
        #expect(session.bonuses == whole.bonuses)
        #expect(keyed.bonuses == whole.bonuses)
        #expect(whole.scores.contains { $0.status == .duplicate })
        #expect(whole.scores.contains { !$0.cappedBy.isEmpty })
    }
}
