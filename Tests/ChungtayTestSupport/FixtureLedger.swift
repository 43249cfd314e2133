import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation
import GRDB

/// A ledger whose rows a test writes itself, points and all, so that what is read from it is checked against fixture
/// rows alone (no scoring in between). The ledger is created by `Ledger.create` (so the schema is the real one) in a
/// temporary folder, removed with it; rows go in through a connection of the test's own, as stored points would be
/// after an import.
open class FixtureLedger {
    public let folder: URL
    public let ledger: Ledger
    public let queue: DatabaseQueue

    /// A ledger under the given rules files (`Rules/0.json`, `Rules/1.json`, …), in a folder named after `kind`.
    public init(files: [String], kind: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-\(kind)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("ledger.sqlite").path
        let book = try RuleBook(sources: files.enumerated().map { index, text in
            RuleBook.Source(path: "Rules/\(index).json", bytes: Array(text.utf8))
        }, folder: "Rules")
        ledger = try Ledger.create(at: path, book: book, secret: "test-secret")
        queue = try DatabaseQueue(path: path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    public func unit(_ code: String, _ name: String, parent: String?, level: UnitLevel, sector: Sector? = nil, members: Int? = nil) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO unit (code, name, parent, level, sector, members) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [code, name, parent, level.rawValue, sector?.rawValue, members])
        }
    }

    public func member(_ id: String, _ name: String, unit: String, status: MemberStatus = .active) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO member (id, name, unit, status) VALUES (?, ?, ?, ?)", arguments: [id, name, unit, status.rawValue])
        }
    }
}
