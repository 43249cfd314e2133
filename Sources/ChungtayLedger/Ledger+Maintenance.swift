import ChungtayCore
import ChungtayRules
import Crypto
import Foundation
import GRDB

extension Ledger {
    /// What a rejection or restoration did: the activities it changed, and those that already were as asked (left
    /// as they were, with nothing written to the audit log).
    public struct StatusChange: Sendable, Equatable {
        public internal(set) var changed: [String]
        public internal(set) var unchanged: [String]

        public init(changed: [String] = [], unchanged: [String] = []) {
            self.changed = changed
            self.unchanged = unchanged
        }
    }

    /// `reject ID --reason TEXT`: the activity scores nothing from now on; recorded in the audit log. An activity
    /// already rejected is left as it is.
    /// - Parameters:
    ///   - at: the time, as the caller read the clock (libraries never do).
    @discardableResult
    public func reject(_ id: String, reason: String, by actor: String, at: String) throws -> StatusChange {
        try setRejected(true, [StatusRequest(id: id, reason: reason, line: nil)], file: nil, actor: actor, at: at)
    }

    /// `restore ID`: undoes a rejection; recorded in the audit log. An activity that is not rejected is left as it is.
    @discardableResult
    public func restore(_ id: String, by actor: String, at: String) throws -> StatusChange {
        try setRejected(false, [StatusRequest(id: id, reason: nil, line: nil)], file: nil, actor: actor, at: at)
    }

    /// `reject --file FILE`: rejects every activity the file lists (columns `id` and `reason`), all in one transaction
    /// or none, every problem reported with its line.
    public func rejectAll(_ source: ImportSource, by actor: String, at: String) throws -> StatusChange {
        try setRejected(true, try Self.statusRequests(source, .rejections), file: source.path, actor: actor, at: at)
    }

    /// `restore --file FILE`: restores every activity the file lists (column `id`, and `reason` if given), all or none.
    public func restoreAll(_ source: ImportSource, by actor: String, at: String) throws -> StatusChange {
        try setRejected(false, try Self.statusRequests(source, .restorations), file: source.path, actor: actor, at: at)
    }

    private struct StatusRequest {
        let id: String
        let reason: String?
        /// The file's line, for a request read from a file.
        let line: Int?
    }

    private static func statusRequests(_ source: ImportSource, _ columns: ColumnSet) throws -> [StatusRequest] {
        var list = ProblemList(file: source.path)
        var requests: [StatusRequest] = []
        var lines: [String: Int] = [:]
        let reasonRequired = columns.columns[columns.index(of: "reason")].required
        try readRecords(source, columns, problems: &list) { record, values in
            let id = values.required("id", maxLength: 128)
            let reason = reasonRequired ? values.required("reason", maxLength: 500) : values.text("reason", maxLength: 500)
            guard let id, reason != nil || !reasonRequired else { return }
            if let first = lines[id] {
                values.problems.add(record.line, "id", .init(vi: "mã \(id) đã có ở dòng \(first); giữ một dòng",
                                                             en: "id \(id) already appears on line \(first); keep one row"))
                return
            }
            lines[id] = record.line
            requests.append(StatusRequest(id: id, reason: reason, line: record.line))
        }
        guard list.diagnostics.isEmpty else { throw LedgerError.invalid(list.diagnostics) }
        return requests
    }

    /// Sets each activity's rejection in one transaction (nothing when an id is unknown), writes the audit log, and
    /// rescores once.
    private func setRejected(_ rejected: Bool, _ requests: [StatusRequest], file: String?, actor: String, at: String) throws -> StatusChange {
        try write { db in
            var change = StatusChange()
            var problems = ProblemList(file: file ?? "")
            let current = try db.makeStatement(sql: "SELECT rejected FROM activity WHERE id = ?")
            for request in requests {
                guard let stored = try Bool.fetchOne(current, arguments: [request.id]) else {
                    let message = Diagnostic.Message(vi: "không có hoạt động mã \(request.id); kiểm tra lại mã (explain liệt kê các hoạt động)",
                                                     en: "no activity has id \(request.id); check the id (explain lists the activities)")
                    guard let line = request.line else { throw LedgerError.unknown(what: message) }
                    problems.add(line, "id", message)
                    continue
                }
                guard stored != rejected else {
                    change.unchanged.append(request.id)
                    continue
                }
                try db.execute(sql: "UPDATE activity SET rejected = ? WHERE id = ?", arguments: [rejected, request.id])
                try db.execute(sql: "INSERT INTO audit (at, action, activity, reason, actor) VALUES (?, ?, ?, ?, ?)",
                               arguments: [at, rejected ? "reject" : "restore", request.id, request.reason, actor])
                change.changed.append(request.id)
            }
            guard problems.diagnostics.isEmpty else { throw LedgerError.invalid(problems.diagnostics) }
            if !change.changed.isEmpty { try rescore(db) }
            return change
        }
    }

    /// One problem `check` found.
    public struct Damage: Sendable, Equatable {
        public let message: Diagnostic.Message
    }

    /// `check`: SQLite's own integrity check, then the ledger's invariants (every reference resolves, the
    /// tree holds, no citizen value in the clear, the stored points equal a rescore from scratch).
    public func check() throws -> [Damage] {
        do {
            // Outside any transaction: SQLite aborts a transaction whose statement meets a damaged page.
            let damage = try guarded { try database.inDatabase { db in try Self.integrityDamage(db) } }
            guard damage.isEmpty else { return damage }
            return try checkInvariants()
        } catch let LedgerError.damaged(_, message) {
            return [Damage(message: .init(vi: "SQLite: \(message)", en: "SQLite: \(message)"))]
        }
    }

    private func checkInvariants() throws -> [Damage] {
        try read { db in
            var damage: [Damage] = []
            let checks: [(String, String, String)] = [
                ("SELECT count(*) FROM member m WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = m.unit AND u.level IN ('grassroots', 'cell'))",
                 "đoàn viên thuộc đơn vị không tồn tại hoặc không phải cơ sở/chi đoàn", "members whose unit is missing or not a grassroots unit or cell"),
                ("SELECT count(*) FROM activity a LEFT JOIN member m ON m.id = a.member WHERE a.member IS NOT NULL AND m.id IS NULL",
                 "hoạt động của đoàn viên không tồn tại", "activities of a missing member"),
                ("SELECT count(*) FROM activity WHERE citizen IS NOT NULL AND (length(citizen) <> 64 OR citizen GLOB '*[^0-9a-f]*')",
                 "giá trị người dân không phải mã băm (có thể lộ dữ liệu cá nhân)", "citizen values that are not keyed hashes (personal data in the clear?)"),
            ]
            for (sql, vi, en) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { damage.append(Damage(message: .init(vi: "\(count) \(vi)", en: "\(count) \(en)"))) }
            }
            // The structure on every date, and every activity's unit in force on its date (organisation.md, Commands).
            let organisation = try Organisation.stored(db)
            for problem in organisation.problems() {
                damage.append(Damage(message: .init(vi: "đơn vị \(problem.code): \(problem.column): \(problem.message.vi)",
                                                    en: "unit \(problem.code): \(problem.column): \(problem.message.en)")))
            }
            var outside = 0
            var first: (id: String, unit: String, date: String)?
            let rows = try Row.fetchCursor(db, sql: "SELECT unit, date, min(id), count(*) FROM activity GROUP BY unit, date ORDER BY date, min(id)")
            while let row = try rows.next() {
                guard let date = CivilDate(iso: row[1] as String), organisation.structure(on: date).unit(row[0] as String) == nil else { continue }
                outside += row[3] as Int
                if first == nil { first = (row[2], row[0], row[1]) }
            }
            if let first {
                damage.append(Damage(message: .init(
                    vi: "\(outside) hoạt động ghi cho đơn vị không có hiệu lực vào ngày của nó (đầu tiên: \(first.id) ở \(first.unit) ngày \(first.date))",
                    en: "\(outside) activities recorded at a unit not in force on their date (the first: \(first.id) at \(first.unit) on \(first.date))")))
            }
            return damage
        }
    }

    /// SQLite's integrity check: the first ten problems it lists (each naming the page), how many more, and the
    /// tables whose pages (or whose indexes' pages) are damaged, checked one by one.
    private static func integrityDamage(_ db: Database) throws -> [Damage] {
        let problems = try integrityProblems(db, table: nil)
        guard !problems.isEmpty else { return [] }
        var damage = problems.prefix(10).map { Damage(message: .init(vi: "SQLite: \($0)", en: "SQLite: \($0)")) }
        if problems.count > 10 {
            damage.append(Damage(message: .init(vi: "SQLite: … và \(problems.count - 10) lỗi khác", en: "SQLite: … and \(problems.count - 10) more problems")))
        }
        // Table names go into the pragma as text: only the schema's own lower-case names are taken.
        let tables = try ((try? String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) ?? [])
            .filter { name in !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F } }
            .filter { try !integrityProblems(db, table: $0).isEmpty }
        let list = tables.joined(separator: ", ")
        damage.append(Damage(message: tables.isEmpty
            ? .init(vi: "tệp bị hỏng; hãy khôi phục từ bản sao lưu (chungtay backup)", en: "the file is damaged; restore it from a backup (chungtay backup)")
            : .init(vi: "trang hỏng thuộc bảng \(list) (hoặc chỉ mục của bảng); hãy khôi phục từ bản sao lưu (chungtay backup)",
                    en: "the damaged pages belong to table \(list) (or its indexes); restore the file from a backup (chungtay backup)")))
        return damage
    }

    /// The lines of `PRAGMA integrity_check` (of one table and its indexes, or of the whole file), without "ok";
    /// when SQLite gives up part way, the lines so far and its error. A busy database is not damage: that is thrown.
    private static func integrityProblems(_ db: Database, table: String?) throws -> [String] {
        var lines: [String] = []
        do {
            let cursor = try String.fetchCursor(db, sql: "PRAGMA integrity_check" + (table.map { "(\($0))" } ?? ""))
            // SQLite puts "*** in database main ***" and a line break before the first problem.
            while let row = try cursor.next(), row != "ok" {
                lines += row.split(separator: "\n").filter { !$0.hasPrefix("*** in database") }.map(String.init)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw error
        } catch {
            lines.append((error as? DatabaseError)?.message ?? "\(error)")
        }
        return lines
    }

    /// Whether the stored points equal scoring everything from scratch (a rescore that changes nothing).
    public func pointsAreCurrent() throws -> Bool {
        try write(commit: false) { db in try rescore(db) == 0 }
    }

    /// Whether the stored standings, the boards' cache of the activities' sums, equal the activities counted again from
    /// scratch (docs/architecture.md: the activities are the truth). Standings that are not current are not read by any
    /// board (their days are summed from the activities), so they are not compared.
    /// - Complexity: a rebuild of every standing, rolled back; the two are compared by digest, not held in memory.
    public func standingsAreCurrent() throws -> Bool {
        try write(commit: false) { db in
            guard try StoredStanding.areCurrent(db) else { return true }
            let stored = try Self.standingsDigest(db)
            try StandingsBuilder.rebuild(db)
            return try Self.standingsDigest(db) == stored
        }
    }

    private static func standingsDigest(_ db: Database) throws -> SHA256.Digest {
        var hasher = SHA256()
        let rows = try Row.fetchCursor(db, sql: "SELECT board, span, start, part, ranked, entries FROM standing ORDER BY board, span, start, part")
        while let row = try rows.next() {
            for index in 0 ..< 6 { hasher.update(data: Data("\(row[index] as DatabaseValue)\u{0}".utf8)) }
        }
        return hasher.finalize()
    }

    /// `backup FILE`: a consistent copy of the live database, made with SQLite's online backup.
    public func backup(to destination: String) throws {
        let copy: DatabaseQueue
        do {
            copy = try DatabaseQueue(path: destination)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            throw LedgerError.cannotCreate(path: destination)
        }
        try guarded { try database.backup(to: copy) }
    }
}
