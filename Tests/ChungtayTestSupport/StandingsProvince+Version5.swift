// The ledger's migrations are visible to a testable (debug) build only; a release build of every target skips this file.
#if DEBUG
@testable import ChungtayLedger
import Foundation
import GRDB

extension StandingsProvince {
    /// This province's rows in a ledger of the version before unit versions (v5: one row per unit, standings placed by
    /// `standing_place`), opened by this one: every unit becomes one version in force for all time, and the standings are
    /// written again in the format that places them on a structure date. Once per province: the old ledger is `v5.sqlite`
    /// in its folder.
    public func upgradedFromVersion5() throws -> Ledger {
        let old = folder.appendingPathComponent("v5.sqlite").path
        let queue = try DatabaseQueue(path: old)
        try LedgerSchema.migrator.migrate(queue, upTo: "v5-key-fingerprint")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS live", arguments: [folder.appendingPathComponent("ledger.sqlite").path])
            try db.execute(sql: """
                INSERT INTO unit SELECT code, name, parent, level, sector, area, members FROM live.unit;
                INSERT INTO member SELECT * FROM live.member;
                INSERT INTO activity SELECT * FROM live.activity;
                INSERT INTO bonus SELECT * FROM live.bonus;
                INSERT INTO rules_state SELECT * FROM live.rules_state;
                INSERT INTO key_fingerprint SELECT * FROM live.key_fingerprint;
                """)
            try db.execute(sql: "DETACH DATABASE live")
        }
        try queue.close()
        return try Ledger.open(at: old, book: ledger.book, secret: "test-secret")
    }
}
#endif
