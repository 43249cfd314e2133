import ChungtayCore
import ChungtayLedger
import Foundation
import GRDB
import Testing

/// Frozen weekly bulletins: stored once per content, revisions counted per week, never changed.
@Suite struct SnapshotTests {
    @Test func sameContentStoresNothingNew() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let first = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: "2026.1", content: #"{"a":1}"#, at: "2026-11-29T01:00:00Z")
        let again = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: "2026.1", content: #"{"a":1}"#, at: "2026-11-30T02:00:00Z")
        // printf '{"a":1}' | sha256sum
        let digest = "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"
        #expect(first.isNew && first.previous == nil)
        #expect(first.snapshot == Snapshot(week: "2026-W48", revision: 1, publishedAt: "2026-11-29T01:00:00Z", rulesVersion: "2026.1",
                                           digest: digest, content: #"{"a":1}"#))
        // The second publication keeps the first one's time.
        #expect(!again.isNew && again.snapshot == first.snapshot && again.previous == nil)
        #expect(try scratch.count("SELECT count(*) FROM snapshot") == 1)
    }

    @Test func changedContentStoresTheNextRevision() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        _ = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: "2026.1", content: "1", at: "2026-11-29T01:00:00Z")
        _ = try ledger.storeSnapshot(week: "2026-W47", rulesVersion: "2026.1", content: "1", at: "2026-11-29T01:00:00Z")
        let second = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: "2026.1", content: "2", at: "2026-11-29T02:00:00Z")
        // Back to the first content: a correction of revision 2, so revision 3.
        let third = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: "2026.1", content: "1", at: "2026-11-29T03:00:00Z")
        #expect(second.isNew && second.snapshot.revision == 2 && second.previous?.revision == 1)
        #expect(third.isNew && third.snapshot.revision == 3 && third.previous?.content == "2")
        #expect(try scratch.rows("SELECT week, revision, published_at, content FROM snapshot ORDER BY week, revision") == [
            ["2026-W47", "1", "2026-11-29T01:00:00Z", "1"],
            ["2026-W48", "1", "2026-11-29T01:00:00Z", "1"],
            ["2026-W48", "2", "2026-11-29T02:00:00Z", "2"],
            ["2026-W48", "3", "2026-11-29T03:00:00Z", "1"],
        ])
        #expect(try ledger.storedSnapshot(week: "2026-W48", revision: 2)?.previous?.revision == 1)
        #expect(try ledger.storedSnapshot(week: "2026-W48", revision: 4) == nil)
        #expect(try scratch.count("SELECT count(*) FROM snapshot WHERE week = '2026-W48'") == 3)
    }

    @Test func snapshotsAreNeverChangedOrDeleted() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        _ = try ledger.storeSnapshot(week: "2026-W48", rulesVersion: nil, content: "1", at: "2026-11-29T01:00:00Z")
        let queue = try DatabaseQueue(path: scratch.database)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE snapshot SET content = '2'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM snapshot") } }
        #expect(try scratch.rows("SELECT revision, content FROM snapshot") == [["1", "1"]])
    }

    @Test func branchPlacesNameTheirDistrict() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        #expect(try ledger.branchPlaces(on: CivilDate(iso: "2026-11-29")!).map { [$0.code, $0.district ?? "-"] } == [
            ["AL-ANHUNG", "AL"], ["BD-BVTINH", "-"], ["QN-GHENHRANG", "QN"], ["QN-QUANGTRUNG", "QN"],
        ])
    }
}
