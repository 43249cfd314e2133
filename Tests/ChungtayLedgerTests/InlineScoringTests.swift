import ChungtayCore
@testable import ChungtayLedger
import ChungtayTestSupport
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
            #expect(try inOrder.ledger.storedStandingsAreCurrent())
            // The load drops the claim index and builds it again: the same definition as the other ledger's.
            let index = "SELECT sql FROM sqlite_master WHERE name = 'activity_claim'"
            let rebuilt = try inOrder.ledger.read { db in try String.fetchOne(db, sql: index) }
            let kept = try shuffled.ledger.read { db in try String.fetchOne(db, sql: index) }
            #expect(rebuilt != nil)
            #expect(rebuilt == kept)
            let expected = try Self.stored(shuffled.ledger)
            #expect(expected.count > 2000)
            #expect(try Self.stored(inOrder.ledger) == expected)
        }
    }

    @Test func firstClaimsFindOnlyTheSameDigestAndKnowWhenTheyAreFull() {
        // 10 lines: 16 slots, full at 14 claims (90%).
        var table = FirstClaims(lines: 10)
        let digests = (0 ..< 15).map { ClaimDigest("claim \($0)") }
        for (number, digest) in digests.enumerated() {
            guard case let .free(slot) = table.find(digest, { _ in Issue.record("no claim stored yet matches"); return true }) else { return }
            let inserted = table.insert(digest, seq: Int64(number + 1), at: slot)
            #expect(inserted == (number < 14))
        }
        // A stored claim is found by comparing the rows whose bits match; the comparison decides.
        var compared: [Int64] = []
        guard case let .found(seq) = table.find(digests[3], { compared.append($0); return $0 == 4 }) else {
            Issue.record("claim 3 not found")
            return
        }
        #expect(seq == 4)
        #expect(compared.last == 4)
        // A seq past 24 bits does not fit.
        var other = FirstClaims(lines: 100)
        if case let .free(slot) = other.find(digests[0], { _ in false }) {
            let inserted = other.insert(digests[0], seq: 1 << 24, at: slot)
            #expect(!inserted)
        }
    }
}
