import ChungtayCore
@testable import ChungtayRanking
import ChungtayRules
import Testing

/// Ranks from rows of numbers: the score, then each tie-break key in turn, equal rows sharing a rank.
@Suite struct RankRowsTests {
    /// Six entries under `["count:dossier_assisted", "earliest"]`, as (score, dossiers, last day):
    ///
    /// - 0: 5.00, 2 dossiers, 24 Nov
    /// - 1: 5.00, 2 dossiers, no day with points (after every entry with one)
    /// - 2: 7.00, 0 dossiers, 20 Nov (the best score)
    /// - 3: no score (unranked)
    /// - 4: 5.00, 3 dossiers, 25 Nov (more dossiers first)
    /// - 5: 5.00, 2 dossiers, 24 Nov (equal to 0 in every key)
    static func ranks(_ method: RankingSettings.Method) -> [Int?] {
        let entries: [(score: Int64?, dossiers: Int64, day: String?)] = [
            (500, 2, "2026-11-24"), (500, 2, nil), (700, 0, "2026-11-20"), (nil, 9, "2026-11-01"), (500, 3, "2026-11-25"),
            (500, 2, "2026-11-24"),
        ]
        var rows = RankRows(settings: RankingSettings(method: method, tieBreak: [.count(type: "dossier_assisted"), .earliest]))
        for entry in entries {
            rows.append(score: entry.score, value: { nth, key in
                #expect(nth == 0 && key == .count(type: "dossier_assisted"))
                return entry.dossiers
            }, day: { entry.day.flatMap { CivilDate.sortKey(iso: $0.utf8) } })
        }
        #expect(rows.count == 6)
        return rows.ranks()
    }

    @Test func competitionLeavesGapsAfterTies() {
        // 2 first; 4 (3 dossiers); 0 and 5 tied third; 1 after them (no day): 3 + 2 = 5th.
        #expect(Self.ranks(.competition) == [3, 5, 1, nil, 2, 3])
    }

    @Test func denseDoesNot() {
        #expect(Self.ranks(.dense) == [3, 4, 1, nil, 2, 3])
    }

    @Test func pointsKeysAndScoresInAnyOrder() {
        // Under `points:account_opened` alone: more points first; rows added in no order.
        var rows = RankRows(settings: RankingSettings(tieBreak: [.points(type: "account_opened")]))
        for (score, points) in [(100, 0), (300, 50), (300, 200), (100, 0), (-5, 0)] as [(Int64, Int64)] {
            rows.append(score: score, value: { _, _ in points }, day: { nil })
        }
        #expect(rows.ranks() == [3, 2, 1, 3, 5])
    }
}
