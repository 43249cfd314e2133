import ChungtayCore
@testable import ChungtayLedger
import Foundation
import GRDB
import Testing

/// An import into an empty ledger whose rows come in (date, id) order scores them as it inserts them
/// (``InlineScoring``); it must store exactly what inserting them all and rescoring gives.
@Suite struct InlineScoringTests {
    /// The score columns of every activity, the bonuses and the standings, in a fixed order.
    static func stored(_ ledger: Ledger) throws -> [[String]] {
        try ledger.read { db in
            try ["""
                SELECT id, status, duplicate_of, base, factor, multipliers, points_before_caps, points, capped, rules_file, credit,
                    hex(claim) FROM activity ORDER BY id
                """,
                "SELECT unit, target, period, period_start, date, points, activity, rules_file FROM bonus ORDER BY unit, target, period_start",
                "SELECT board, span, start, part, ranked, entries FROM standing ORDER BY board, span, start, part",
            ].flatMap { sql in try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { "\($0)" } } }
        }
    }

    @Test func scoringWhileInsertingStoresWhatARescoreStores() throws {
        for ranking in [StandingsProvince.perMember, StandingsProvince.byTotals] {
            let inOrder = try StandingsProvince(ranking: ranking, sortedActivities: true)
            let shuffled = try StandingsProvince(ranking: ranking)
            #expect(!inOrder.firstImport.rescored)
            #expect(shuffled.firstImport.rescored)
            // The generated province has duplicate claims (dossiers claimed twice), daily caps reached and monthly
            // article targets met; both imports count the same duplicates.
            #expect(inOrder.firstImport.duplicates == shuffled.firstImport.duplicates)
            #expect(inOrder.firstImport.duplicates > 0)
            #expect(try inOrder.ledger.pointsAreCurrent())
            #expect(try inOrder.ledger.standingsAreCurrent())
            let expected = try Self.stored(shuffled.ledger)
            #expect(expected.count > 2000)
            #expect(try Self.stored(inOrder.ledger) == expected)
        }
    }
}
