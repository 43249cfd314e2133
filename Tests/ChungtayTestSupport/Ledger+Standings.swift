// The ledger's internals are visible to a testable (debug) build only; a release build of every target skips this file.
#if DEBUG
@testable import ChungtayLedger
import GRDB

extension Ledger {
    /// Whether a board trusts the stored standings: ``StoredStanding/areCurrent(_:)`` holds (no day marked by the
    /// triggers, no activity added since they were written). `standingsAreCurrent()`, what `check` asks, also compares
    /// them with a rebuild.
    public func storedStandingsAreCurrent() throws -> Bool {
        try read { db in try StoredStanding.areCurrent(db) }
    }

    /// Every stored standing, in key order.
    public func storedStandings() throws -> [String] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT board, span, start, part, ranked, entries FROM standing ORDER BY board, span, start, part")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as Int) \($0[4] as Int)\n\($0[5] as String)" }
        }
    }

    /// The standings as a rebuild from the stored points writes them, without keeping the rebuild.
    public func rebuiltStandings() throws -> [String] {
        var rebuilt: [String] = []
        try write(commit: false) { db in
            try StandingsBuilder.rebuild(db)
            rebuilt = try Row.fetchAll(db, sql: "SELECT board, span, start, part, ranked, entries FROM standing ORDER BY board, span, start, part")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as Int) \($0[4] as Int)\n\($0[5] as String)" }
        }
        return rebuilt
    }

    /// Writes the standings from the stored points (after rows were written outside the ledger).
    public func rebuildStandings() throws {
        try write { db in try StandingsBuilder.rebuild(db) }
    }
}
#endif
