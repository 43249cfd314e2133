import ChungtayCore
import Foundation
import GRDB

extension Ledger {
    /// `reject ID --reason TEXT`: the activity scores nothing from now on; recorded in the audit log.
    /// - Parameters:
    ///   - at: the time, as the caller read the clock (libraries never do).
    public func reject(_ id: String, reason: String, by actor: String, at: String) throws {
        try setRejected(id, true, reason: reason, actor: actor, at: at)
    }

    /// `restore ID`: undoes a rejection; recorded in the audit log.
    public func restore(_ id: String, by actor: String, at: String) throws {
        try setRejected(id, false, reason: nil, actor: actor, at: at)
    }

    /// Rejects every activity a file lists (columns `id`, `reason`) in one transaction; returns how many.
    public func rejectAll(_ source: ImportSource, by actor: String, at: String) throws -> Int {
        var list = ProblemList(file: source.path)
        var rejections: [(String, String)] = []
        try readRecords(source, .rejections, problems: &list) { _, values in
            if let id = values.required("id", maxLength: 128), let reason = values.required("reason", maxLength: 500) {
                rejections.append((id, reason))
            }
        }
        guard list.diagnostics.isEmpty else { throw LedgerError.invalid(list.diagnostics) }
        return try write { db in
            for (id, reason) in rejections {
                try db.execute(sql: "UPDATE activity SET rejected = 1 WHERE id = ?", arguments: [id])
                guard db.changesCount == 1 else {
                    throw LedgerError.unknown(what: .init(vi: "\(source.path): không có hoạt động mã \(id)", en: "\(source.path): no activity has id \(id)"))
                }
                try db.execute(sql: "INSERT INTO audit (at, action, activity, reason, actor) VALUES (?, 'reject', ?, ?, ?)",
                               arguments: [at, id, reason, actor])
            }
            try rescore(db)
            return rejections.count
        }
    }

    private func setRejected(_ id: String, _ rejected: Bool, reason: String?, actor: String, at: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT rejected FROM activity WHERE id = ?", arguments: [id]) != nil else {
                throw LedgerError.unknown(what: .init(vi: "không có hoạt động mã \(id)", en: "no activity has id \(id)"))
            }
            try db.execute(sql: "UPDATE activity SET rejected = ? WHERE id = ?", arguments: [rejected, id])
            try db.execute(sql: "INSERT INTO audit (at, action, activity, reason, actor) VALUES (?, ?, ?, ?, ?)",
                           arguments: [at, rejected ? "reject" : "restore", id, reason, actor])
            try rescore(db)
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
            return try checkInvariants()
        } catch let LedgerError.damaged(_, message) {
            return [Damage(message: .init(vi: "SQLite: \(message)", en: "SQLite: \(message)"))]
        }
    }

    private func checkInvariants() throws -> [Damage] {
        try read { db in
            var damage: [Damage] = []
            do {
                for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                    damage.append(Damage(message: .init(vi: "SQLite: \(line)", en: "SQLite: \(line)")))
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
                let message = error.message ?? "\(error)"
                return [Damage(message: .init(vi: "SQLite: \(message)", en: "SQLite: \(message)"))]
            }
            guard damage.isEmpty else { return damage }
            let checks: [(String, String, String)] = [
                ("SELECT count(*) FROM member m LEFT JOIN unit u ON u.code = m.unit WHERE u.code IS NULL OR u.level NOT IN ('grassroots', 'cell')",
                 "đoàn viên thuộc đơn vị không tồn tại hoặc không phải cơ sở/chi đoàn", "members whose unit is missing or not a grassroots unit or cell"),
                ("SELECT count(*) FROM activity a LEFT JOIN unit u ON u.code = a.unit WHERE u.code IS NULL",
                 "hoạt động ghi cho đơn vị không tồn tại", "activities recorded at a missing unit"),
                ("SELECT count(*) FROM activity a LEFT JOIN member m ON m.id = a.member WHERE a.member IS NOT NULL AND m.id IS NULL",
                 "hoạt động của đoàn viên không tồn tại", "activities of a missing member"),
                ("SELECT count(*) FROM unit c LEFT JOIN unit p ON p.code = c.parent WHERE c.level <> 'province' AND p.code IS NULL",
                 "đơn vị có đơn vị cấp trên không tồn tại", "units whose parent is missing"),
                ("SELECT count(*) FROM unit WHERE level = 'province' HAVING count(*) > 1",
                 "có nhiều hơn một đơn vị cấp tỉnh", "more than one province unit"),
                ("SELECT count(*) FROM activity WHERE citizen IS NOT NULL AND (length(citizen) <> 64 OR citizen GLOB '*[^0-9a-f]*')",
                 "giá trị người dân không phải mã băm (có thể lộ dữ liệu cá nhân)", "citizen values that are not keyed hashes (personal data in the clear?)"),
            ]
            for (sql, vi, en) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { damage.append(Damage(message: .init(vi: "\(count) \(vi)", en: "\(count) \(en)"))) }
            }
            return damage
        }
    }

    /// Whether the stored points equal scoring everything from scratch (a rescore that changes nothing).
    public func pointsAreCurrent() throws -> Bool {
        try write(commit: false) { db in try rescore(db) == 0 }
    }

    /// `backup FILE`: a consistent copy of the live database, made with SQLite's online backup.
    public func backup(to destination: String) throws {
        let copy = try DatabaseQueue(path: destination)
        try guarded { try database.backup(to: copy) }
    }
}
