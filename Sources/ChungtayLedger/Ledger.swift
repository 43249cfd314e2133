import ChungtayCore
import ChungtayRules
import Foundation
import GRDB

/// The SQLite ledger: units, members and activities as branches reported them, each activity with the
/// points scoring gave it, target bonuses, and the audit log of rejections.
///
/// Every change happens in one transaction and leaves the stored points equal to scoring everything
/// together from scratch.
public final class Ledger {
    public let path: String
    public let book: RuleBook
    let database: DatabaseQueue
    let hasher: CitizenHasher

    private init(path: String, book: RuleBook, database: DatabaseQueue, hasher: CitizenHasher) {
        self.path = path
        self.book = book
        self.database = database
        self.hasher = hasher
    }

    /// Creates the database (or opens it if it is already chungtay's) and brings its schema up to date.
    public static func create(at path: String, book: RuleBook, secret: String) throws -> Ledger {
        let ledger = try connect(path: path, book: book, secret: secret, mustExist: false)
        try ledger.guarded { try LedgerSchema.migrator.migrate(ledger.database) }
        try ledger.synchronizeRules()
        return ledger
    }

    /// Opens an existing chungtay database; when a rules file changed since the points were stored, rescores
    /// what it covers, in one transaction, before returning.
    public static func open(at path: String, book: RuleBook, secret: String) throws -> Ledger {
        let ledger = try connect(path: path, book: book, secret: secret, mustExist: true)
        try ledger.guarded { try LedgerSchema.migrator.migrate(ledger.database) }
        try ledger.synchronizeRules()
        return ledger
    }

    private static func connect(path: String, book: RuleBook, secret: String, mustExist: Bool) throws -> Ledger {
        let exists = FileManager.default.fileExists(atPath: path)
        if mustExist, !exists { throw LedgerError.missing(path: path) }
        var header = Data()
        if exists, let handle = FileHandle(forReadingAtPath: path) {
            header = handle.readData(ofLength: 100)
            try? handle.close()
            if !header.isEmpty, header.prefix(16) != Data("SQLite format 3\0".utf8) { throw LedgerError.notChungtay(path: path) }
        }
        // Look before touching: opening in WAL mode would rewrite another program's file header. A header that carries
        // chungtay's application id (big-endian at offset 68) needs no look; any other is looked at through SQLite.
        if exists, !hasChungtayID(header) {
            var look = Configuration()
            look.readonly = true
            look.busyMode = .timeout(5)
            do {
                let (applicationID, tables) = try DatabaseQueue(path: path, configuration: look).read { db in
                    (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
                }
                if applicationID != LedgerSchema.applicationID, tables > 0 { throw LedgerError.notChungtay(path: path) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
                throw LedgerError.notChungtay(path: path)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                throw LedgerError.busy(path: path)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                throw LedgerError.damaged(path: path, message: error.message ?? "\(error)")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.journalMode = .wal
        configuration.label = "chungtay"
        // A 32 MiB page cache: an import of a year's activities touches every index page, and a province-sized import
        // must stay within 200 MiB.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -32768") }
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw LedgerError.busy(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.damaged(path: path, message: error.message ?? "\(error)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && !exists {
            throw LedgerError.cannotCreate(path: path)
        }
        return Ledger(path: path, book: book, database: database, hasher: CitizenHasher(secret: secret))
    }

    /// Whether a database file header carries ``LedgerSchema/applicationID``.
    private static func hasChungtayID(_ header: Data) -> Bool {
        guard header.count >= 72 else { return false }
        let start = header.startIndex + 68
        let id = header[start ..< start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: id) == LedgerSchema.applicationID
    }

    /// Runs database work, turning a timed-out lock into ``LedgerError/busy(path:)``.
    func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw LedgerError.busy(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw LedgerError.damaged(path: path, message: error.message ?? "\(error)")
        }
    }

    /// One write transaction; a thrown error rolls everything back, and so does `commit: false` (dry runs).
    func write<T>(commit: Bool = true, _ work: (Database) throws -> T) throws -> T {
        try guarded { try database.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try work(db)
                return commit ? .commit : .rollback
            }
            return result!
        } }
    }

    /// A read of one consistent snapshot, for the modules that query the stored points (ranking, awards).
    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        try guarded { try database.read(work) }
    }

    /// The rules files' names and digests, as the stored points were computed with them.
    private func synchronizeRules() throws {
        let current = Dictionary(uniqueKeysWithValues: book.files.map { (Self.fileName($0.path), $0.digest) })
        let stored = try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT path, digest FROM rules_state").map {
                (($0["path"] as String), ($0["digest"] as String))
            })
        }
        guard stored != current else { return }
        try write { db in
            try recomputeClaims(db)
            try rescore(db)
            try db.execute(sql: "DELETE FROM rules_state")
            for (name, digest) in current {
                try db.execute(sql: "INSERT INTO rules_state (path, digest) VALUES (?, ?)", arguments: [name, digest])
            }
        }
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
