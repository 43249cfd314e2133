import GRDB

extension Ledger {
    /// What ``storeSnapshot(week:rulesVersion:content:at:)`` did: the week's latest revision, whether it was
    /// stored just now, and the revision before it.
    public struct StoredSnapshot: Sendable {
        public let snapshot: Snapshot
        /// False when the latest stored revision already had this content (nothing was stored).
        public let isNew: Bool
        /// The revision before `snapshot`, if any (what corrections are counted from).
        public let previous: Snapshot?
    }

    /// Stores `content` as the week's next revision, unless the latest stored revision has the same digest,
    /// in which case that revision is returned as it is. One write transaction.
    /// - Parameters:
    ///   - at: the time, UTC `YYYY-MM-DDTHH:MM:SSZ`, as the caller read the clock (libraries never do).
    ///   - beforeCommit: runs inside the transaction with what is about to be stored (the bulletin's files are written
    ///     there): when it throws, nothing is stored.
    public func storeSnapshot(week: String, rulesVersion: String?, content: String, at: String,
                              beforeCommit: (StoredSnapshot) throws -> Void = { _ in }) throws -> StoredSnapshot {
        let digest = Snapshot.sha256(content.utf8)
        return try write { db in
            let latest = try Self.snapshots(db, week: week, newestFirst: 2)
            if let current = latest.first, current.digest == digest {
                let stored = StoredSnapshot(snapshot: current, isNew: false, previous: latest.dropFirst().first)
                try beforeCommit(stored)
                return stored
            }
            let snapshot = Snapshot(week: week, revision: (latest.first?.revision ?? 0) + 1, publishedAt: at,
                                    rulesVersion: rulesVersion, digest: digest, content: content)
            try db.execute(sql: """
                INSERT INTO snapshot (week, revision, published_at, rules_version, digest, content) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [snapshot.week, snapshot.revision, snapshot.publishedAt, snapshot.rulesVersion, digest, content])
            let stored = StoredSnapshot(snapshot: snapshot, isNew: true, previous: latest.first)
            try beforeCommit(stored)
            return stored
        }
    }

    /// One stored revision of a week, with the revision before it; nil when that revision was never stored.
    public func storedSnapshot(week: String, revision: Int) throws -> StoredSnapshot? {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT week, revision, published_at, rules_version, digest, content FROM snapshot
                WHERE week = ? AND revision IN (?, ?) ORDER BY revision DESC
                """, arguments: [week, revision, revision - 1]).map(Self.snapshot)
            guard let found = rows.first, found.revision == revision else { return nil }
            return StoredSnapshot(snapshot: found, isNew: false, previous: rows.dropFirst().first)
        }
    }

    private static func snapshots(_ db: Database, week: String, newestFirst limit: Int) throws -> [Snapshot] {
        try Row.fetchAll(db, sql: """
            SELECT week, revision, published_at, rules_version, digest, content FROM snapshot
            WHERE week = ? ORDER BY revision DESC LIMIT ?
            """, arguments: [week, limit]).map(snapshot)
    }

    private static func snapshot(_ row: Row) -> Snapshot {
        Snapshot(week: row["week"], revision: row["revision"], publishedAt: row["published_at"], rulesVersion: row["rules_version"],
                 digest: row["digest"], content: row["content"])
    }
}
