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
    /// The keyed hash for citizens' identifiers; nil when the command was given no key (only importing
    /// activities needs one).
    private let hasher: CitizenHasher?

    private init(path: String, book: RuleBook, database: DatabaseQueue, hasher: CitizenHasher?) {
        self.path = path
        self.book = book
        self.database = database
        self.hasher = hasher
    }

    /// The key file beside a database (data.md): `DBFILE.key`.
    public static func keyPath(of databasePath: String) -> String {
        databasePath + ".key"
    }

    /// Creates a new database at `path` (no file there, or an empty one) with its schema, and keeps the fingerprint
    /// of `secret`. A path that already holds chungtay's database is refused (``LedgerError/alreadyExists(path:)``),
    /// any other file too (``LedgerError/notChungtay(path:)``); both are left untouched.
    public static func create(at path: String, book: RuleBook, secret: String) throws -> Ledger {
        if try holdsDatabase(at: path) { throw LedgerError.alreadyExists(path: path) }
        let ledger = try connect(path: path, book: book, secret: secret, creating: true)
        try ledger.guarded { try LedgerSchema.migrator.migrate(ledger.database) }
        try ledger.checkKey()
        try ledger.synchronizeRules()
        return ledger
    }

    /// Opens an existing chungtay database; when a rules file changed since the points were stored, rescores
    /// what it covers, in one transaction, before returning.
    ///
    /// A file that is not chungtay's is refused before the key is looked at; a key that does not match the
    /// database's fingerprint is refused before the rules are synchronised. The first key given to a database that has no
    /// fingerprint yet (one made before fingerprints were kept) becomes its key.
    /// - Parameter secret: the deployment key, or nil when there is none (then importing activities is refused).
    public static func open(at path: String, book: RuleBook, secret: String?) throws -> Ledger {
        guard try holdsDatabase(at: path) else { throw LedgerError.missing(path: path) }
        let ledger = try connect(path: path, book: book, secret: secret, creating: false)
        try ledger.guarded { try LedgerSchema.migrator.migrate(ledger.database) }
        try ledger.checkKey()
        try ledger.synchronizeRules()
        return ledger
    }

    /// Whether `path` holds chungtay's database: false for no file or an empty one; a directory, a file that is not
    /// SQLite, or another program's SQLite database is refused as ``LedgerError/notChungtay(path:)``, untouched.
    public static func holdsDatabase(at path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw LedgerError.notChungtay(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LedgerError.cannotOpen(path: path) }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return false }
        if header.prefix(16) != Data("SQLite format 3\0".utf8) { throw LedgerError.notChungtay(path: path) }
        // Look before touching: opening in WAL mode would rewrite another program's file header. A header that carries
        // chungtay's application id (big-endian at offset 68) needs no look; any other is looked at through SQLite,
        // which also reads what the write-ahead log holds.
        if hasChungtayID(header) { return true }
        var look = Configuration()
        look.readonly = true
        look.busyMode = .timeout(5)
        do {
            let applicationID = try DatabaseQueue(path: path, configuration: look).read { db in
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            }
            if applicationID != LedgerSchema.applicationID { throw LedgerError.notChungtay(path: path) }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notChungtay(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw LedgerError.busy(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw LedgerError.damaged(path: path, message: error.message ?? "\(error)")
        }
    }

    private static func connect(path: String, book: RuleBook, secret: String?, creating: Bool) throws -> Ledger {
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
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            throw creating ? LedgerError.cannotCreate(path: path) : LedgerError.cannotOpen(path: path)
        }
        return Ledger(path: path, book: book, database: database, hasher: secret.map(CitizenHasher.init(secret:)))
    }

    /// The hasher for citizens' identifiers; refused (``LedgerError/noKey(path:)``) when the command has no key.
    func citizenHasher() throws -> CitizenHasher {
        guard let hasher else { throw LedgerError.noKey(path: Self.keyPath(of: path)) }
        return hasher
    }

    /// Refuses a key whose fingerprint is not the one the database keeps, and keeps the fingerprint of the key where
    /// the database has none yet (written only then, so that reading commands take no write lock).
    private func checkKey() throws {
        guard let hasher else { return }
        let stored = try read { db in try String.fetchOne(db, sql: "SELECT fingerprint FROM key_fingerprint") }
        if let stored {
            if stored != hasher.fingerprint { throw LedgerError.wrongKey(path: path) }
            return
        }
        try write { db in
            try db.execute(sql: "INSERT INTO key_fingerprint (fingerprint) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM key_fingerprint)",
                           arguments: [hasher.fingerprint])
        }
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
