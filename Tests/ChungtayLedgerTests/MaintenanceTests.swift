import ChungtayCore
import ChungtayLedger
import Foundation
import GRDB
import Testing

/// data.md, Changing activities after import; outputs.md: `record`, `check`, `backup`, and a database file that is
/// not chungtay's.
@Suite struct MaintenanceTests {
    @Test func anEmptyFileIsMigratedToTheLedgerSchema() throws {
        let scratch = try Scratch()
        _ = try scratch.ledger()
        #expect(try scratch.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY name") == [
            ["activity"], ["audit"], ["bonus"], ["key_fingerprint"], ["member"], ["rules_state"], ["snapshot"], ["standing"], ["standing_dirty"],
            ["standing_orphan"], ["standing_state"], ["unit"],
        ])
        #expect(try scratch.rows("PRAGMA application_id") == [[String(0x4348_5459)]])
        #expect(try scratch.rows("SELECT path FROM rules_state ORDER BY path") == [["2025.json"], ["2026.json"]])
        // Opening it again (as every command does) migrates nothing more and keeps it valid.
        let again = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: LedgerFixture.secret)
        #expect(try again.check() == [])
    }

    @Test func openRefusesAMissingDatabase() throws {
        let scratch = try Scratch()
        let error = #expect(throws: LedgerError.self) {
            _ = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: LedgerFixture.secret)
        }
        guard case let .missing(path)? = error else { Issue.record("expected .missing, got \(String(describing: error))"); return }
        #expect(path == scratch.database)
        #expect(error?.exitCode == 66)
        #expect(!FileManager.default.fileExists(atPath: scratch.database))
    }

    @Test func recordGeneratesTheNextIdOfTheDay() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        #expect(try ledger.record(["type": "training_attended", "date": "2026-11-25", "member": "DV001"], today: LedgerFixture.today) == "R-20261125-1")
        try expectPointsCurrent(ledger)
        #expect(try ledger.record(["type": "dossier_assisted", "date": "25/11/2026", "member": "dv003", "level": "4", "dossier": "hs-77",
                                   "paid_online": "có"], today: LedgerFixture.today) == "R-20261125-2")
        try expectPointsCurrent(ledger)
        #expect(try ledger.record(["id": "MY-1", "type": "training_attended", "date": "2026-11-26", "member": "DV001"], today: LedgerFixture.today) == "MY-1")
        try expectPointsCurrent(ledger)
        #expect(try ledger.record(["type": "training_attended", "date": "2026-11-26", "member": "DV001"], today: LedgerFixture.today) == "R-20261126-1")
        try expectPointsCurrent(ledger)
        // 2 × 1.2 (mountain) for DV001; 3 for DV003 in Quy Nhơn.
        #expect(try scratch.rows("SELECT id, date, type, member, unit, level, dossier, paid_online, source, points FROM activity ORDER BY seq") == [
            ["R-20261125-1", "2026-11-25", "training_attended", "DV001", "AL-ANHUNG-T1", nil, nil, "0", "record", "240"],
            ["R-20261125-2", "2026-11-25", "dossier_assisted", "DV003", "QN-GHENHRANG", "4", "HS-77", "1", "record", "300"],
            ["MY-1", "2026-11-26", "training_attended", "DV001", "AL-ANHUNG-T1", nil, nil, "0", "record", "240"],
            ["R-20261126-1", "2026-11-26", "training_attended", "DV001", "AL-ANHUNG-T1", nil, nil, "0", "record", "240"],
        ])
    }

    @Test func recordChecksLikeAnImport() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        #expect(problems { try ledger.record(["type": "training_attended", "date": "2026-11-25", "member": "DV999"], today: LedgerFixture.today) } == [
            "record:1: member: no member has id DV999; import the members first",
        ])
        try expectPointsCurrent(ledger)
        #expect(problems { try ledger.record(["id": "A001", "type": "training_attended", "date": "2026-11-25", "member": "DV001"], today: LedgerFixture.today) } == [
            "record:1: id: id A001 is already stored; choose another or leave out --id",
        ])
        try expectPointsCurrent(ledger)
        #expect(problems { try ledger.record(["type": "dossier_assisted", "date": "31/02/2026", "member": "DV001"], today: LedgerFixture.today) } == [
            "record:1: date: '31/02/2026' is not a real date; write YYYY-MM-DD or DD/MM/YYYY",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 7)
        try expectPointsCurrent(ledger)
    }

    /// A001 (3.6 points) is the first claim of dossier HS-001 and A003 its duplicate. Rejecting A001 makes it score
    /// nothing and A003 the first claim (3 points, QN-QUANGTRUNG); restoring it puts both back.
    @Test func rejectAndRestore() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let query = "SELECT id, rejected, status, duplicate_of, points FROM activity WHERE id IN ('A001', 'A003') ORDER BY id"
        #expect(try scratch.rows(query) == [["A001", "0", "scored", nil, "360"], ["A003", "0", "duplicate", "A001", "0"]])

        try ledger.reject("A001", reason: "Hồ sơ không có thật", by: "kiemtra", at: "2026-11-29T09:00:00+07:00")
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(query) == [["A001", "1", "rejected", nil, "0"], ["A003", "0", "scored", nil, "300"]])

        try ledger.restore("A001", by: "bithu", at: "2026-11-29T10:30:00+07:00")
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(query) == [["A001", "0", "scored", nil, "360"], ["A003", "0", "duplicate", "A001", "0"]])

        #expect(try scratch.rows("SELECT seq, at, action, activity, reason, actor FROM audit ORDER BY seq") == [
            ["1", "2026-11-29T09:00:00+07:00", "reject", "A001", "Hồ sơ không có thật", "kiemtra"],
            ["2", "2026-11-29T10:30:00+07:00", "restore", "A001", nil, "bithu"],
        ])
        // Nothing imported is ever deleted.
        #expect(try scratch.count("SELECT count(*) FROM activity") == 7)
    }

    @Test func rejectingAndRestoringAnUnknownIdIsRefused() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        // Activity ids are case-sensitive: a001 is not A001.
        let attempts: [(String, () throws -> Void)] = [
            ("NOPE", { try ledger.reject("NOPE", reason: "x", by: "kiemtra", at: LedgerFixture.at) }),
            ("NOPE", { try ledger.restore("NOPE", by: "kiemtra", at: LedgerFixture.at) }),
            ("a001", { try ledger.reject("a001", reason: "x", by: "kiemtra", at: LedgerFixture.at) }),
        ]
        for (id, work) in attempts {
            let error = #expect(throws: LedgerError.self) { try work() }
            guard case .unknown? = error else { Issue.record("expected .unknown, got \(String(describing: error))"); continue }
            #expect(error?.exitCode == 65)
            #expect(error?.lines(.en) == ["no activity has id \(id); check the id (explain lists the activities)"])
            #expect(error?.lines(.vi) == ["không có hoạt động mã \(id); kiểm tra lại mã (explain liệt kê các hoạt động)"])
        }
        #expect(try scratch.count("SELECT count(*) FROM audit") == 0)
        try expectPointsCurrent(ledger)
    }

    @Test func rejectAllRejectsEveryListedActivityOrNone() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let bad = LedgerFixture.source("rejections.csv", "id,reason\nA001,trùng\nNOPE,không có\nA006,\nA001,lặp\n")
        let error = #expect(throws: LedgerError.self) { _ = try ledger.rejectAll(bad, by: "kiemtra", at: LedgerFixture.at) }
        try expectPointsCurrent(ledger)
        #expect(error?.exitCode == 65)
        // Every problem at once, with its line: the empty reason and the repeated id are found on reading, the unknown id
        // when the list is applied (and the file is then refused whole).
        #expect(error?.lines(.en) == ["rejections.csv:4: reason: is required and must not be empty",
                                      "rejections.csv:5: id: id A001 already appears on line 2; keep one row"])
        let unknown = LedgerFixture.source("rejections.csv", "id,reason\nA001,trùng\nNOPE,không có\n")
        let refused = #expect(throws: LedgerError.self) { _ = try ledger.rejectAll(unknown, by: "kiemtra", at: LedgerFixture.at) }
        #expect(refused?.lines(.en) == ["rejections.csv:3: id: no activity has id NOPE; check the id (explain lists the activities)"])
        #expect(try scratch.count("SELECT count(*) FROM activity WHERE rejected = 1") == 0)
        #expect(try scratch.count("SELECT count(*) FROM audit") == 0)

        let good = LedgerFixture.source("rejections.csv", "mã,lý do\nA001,trùng\nA006,ảnh không rõ\n")
        #expect(try ledger.rejectAll(good, by: "kiemtra", at: LedgerFixture.at) == .init(changed: ["A001", "A006"], unchanged: []))
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT activity, reason, actor FROM audit ORDER BY seq") == [["A001", "trùng", "kiemtra"], ["A006", "ảnh không rõ", "kiemtra"]])
        #expect(try scratch.rows("SELECT id, points FROM activity WHERE rejected = 1 ORDER BY id") == [["A001", "0"], ["A006", "0"]])
    }

    @Test func rejectingWhatIsRejectedAlreadyChangesNothing() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        #expect(try ledger.reject("A001", reason: "trùng", by: "kiemtra", at: LedgerFixture.at) == .init(changed: ["A001"], unchanged: []))
        #expect(try ledger.reject("A001", reason: "lần nữa", by: "kiemtra", at: LedgerFixture.at) == .init(changed: [], unchanged: ["A001"]))
        let list = LedgerFixture.source("rejections.jsonl", "{\"id\": \"A001\", \"reason\": \"trùng\"}\n \u{A0}\t\n{\"id\": \"A006\", \"reason\": \"mờ\"}\n")
        #expect(try ledger.rejectAll(list, by: "kiemtra", at: LedgerFixture.at) == .init(changed: ["A006"], unchanged: ["A001"]))
        #expect(try scratch.rows("SELECT action, activity, reason FROM audit ORDER BY seq") == [["reject", "A001", "trùng"], ["reject", "A006", "mờ"]])
        try expectPointsCurrent(ledger)
    }

    @Test func restoreAllRestoresEveryListedActivityOrNone() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        try ledger.reject("A001", reason: "trùng", by: "kiemtra", at: LedgerFixture.at)
        let unknown = LedgerFixture.source("restore.csv", "id\nA001\nNOPE\n")
        let error = #expect(throws: LedgerError.self) { _ = try ledger.restoreAll(unknown, by: "kiemtra", at: LedgerFixture.at) }
        #expect(error?.lines(.en) == ["restore.csv:3: id: no activity has id NOPE; check the id (explain lists the activities)"])
        #expect(try scratch.count("SELECT count(*) FROM activity WHERE rejected = 1") == 1)

        let list = LedgerFixture.source("restore.csv", "id;reason\nA001;có minh chứng\nA006;\n")
        #expect(try ledger.restoreAll(list, by: "kiemtra", at: LedgerFixture.at) == .init(changed: ["A001"], unchanged: ["A006"]))
        #expect(try scratch.rows("SELECT action, activity, reason FROM audit ORDER BY seq") == [["reject", "A001", "trùng"], ["restore", "A001", "có minh chứng"]])
        #expect(try scratch.count("SELECT count(*) FROM activity WHERE rejected = 1") == 0)
        try expectPointsCurrent(ledger)
    }

    @Test func checkPassesOnAGoodDatabase() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        try ledger.reject("A002", reason: "kiểm tra", by: "kiemtra", at: LedgerFixture.at)
        try expectPointsCurrent(ledger)
        #expect(try ledger.check() == [])
        try expectPointsCurrent(ledger)
    }

    /// A copy of a closed database whose bytes are overwritten in the middle (a leaf page of the activity table,
    /// whole or past its header): `check` names the damage as SQLite's integrity check reports it, with the page's
    /// number and the table it belongs to, as damage found, not as a failure of the check itself.
    @Test(arguments: [0, 100])
    func checkFindsACorruptedPage(keptHeaderBytes: Int) throws {
        let scratch = try Scratch()
        try Self.largeLedger(scratch)
        // The ledger was closed: everything is in the main file (no write-ahead log left, or an empty one).
        #expect((FileManager.default.contents(atPath: scratch.database + "-wal") ?? Data()).isEmpty)
        let copy = scratch.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: scratch.database, toPath: copy)
        let page = try Self.corruptMiddlePage(copy, keeping: keptHeaderBytes)

        let damaged = try Ledger.open(at: copy, book: LedgerFixture.book, secret: LedgerFixture.secret)
        do {
            let damage = try damaged.check()
            #expect(damage.count >= 2)
            #expect(damage.dropLast().allSatisfy { $0.message.en.hasPrefix("SQLite: ") && $0.message.vi.hasPrefix("SQLite: ") })
            #expect(damage.contains { $0.message.en.lowercased().contains("page \(page)") }, "\(damage.map(\.message.en))")
            #expect(damage.last?.message == .init(
                vi: "trang hỏng thuộc bảng activity (hoặc chỉ mục của bảng); hãy khôi phục từ bản sao lưu (chungtay backup)",
                en: "the damaged pages belong to table activity (or its indexes); restore the file from a backup (chungtay backup)"))
        } catch {
            Issue.record("check() failed instead of reporting the damage: \(error)")
        }
        // The original is untouched by the copy's damage.
        let original = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: LedgerFixture.secret)
        #expect(try original.check() == [])
    }

    @Test func aBackupIsADatabaseThatPassesCheck() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        try ledger.reject("A005", reason: "tin trùng", by: "kiemtra", at: LedgerFixture.at)
        try expectPointsCurrent(ledger)
        let copy = scratch.path("backup.sqlite")
        try ledger.backup(to: copy)
        let restored = try Ledger.open(at: copy, book: LedgerFixture.book, secret: LedgerFixture.secret)
        #expect(try restored.check() == [])
        #expect(try restored.pointsAreCurrent())
        #expect(try scratch.rows(ImportSemanticsTests.activityQuery, in: copy) == (try scratch.rows(ImportSemanticsTests.activityQuery)))
        #expect(try scratch.rows("SELECT * FROM audit", in: copy) == (try scratch.rows("SELECT * FROM audit")))
        #expect(try scratch.rows("SELECT * FROM member ORDER BY id", in: copy) == (try scratch.rows("SELECT * FROM member ORDER BY id")))
    }

    @Test func aPlainSQLiteFileIsNotChungtaysAndIsLeftByteIdentical() throws {
        let scratch = try Scratch()
        let path = scratch.path("other.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in
                try db.execute(sql: "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('phở'), ('bún chả')")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for create in [false, true] {
            do {
                _ = create ? try Ledger.create(at: path, book: LedgerFixture.book, secret: LedgerFixture.secret)
                    : try Ledger.open(at: path, book: LedgerFixture.book, secret: LedgerFixture.secret)
                Issue.record("another program's database was opened as a ledger")
            } catch let error as LedgerError {
                guard case let .notChungtay(refused) = error else { Issue.record("expected .notChungtay, got \(error)"); continue }
                #expect(refused == path)
                #expect(error.exitCode == 65)
                #expect(error.lines(.en) == ["\(path): not a chungtay database; it was left untouched, choose another file with --db"])
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "create: \(create)")
        }
        #expect(try scratch.rows("SELECT name FROM sqlite_master", in: path) == [["recipe"]])
    }

    @Test func aTextFileIsNotChungtaysAndIsLeftByteIdentical() throws {
        let scratch = try Scratch()
        let path = scratch.path("notes.sqlite")
        let before = Data("Danh sách đoàn viên\nNguyễn Thị Lan\n".utf8)
        try before.write(to: URL(fileURLWithPath: path))
        for create in [false, true] {
            let error = #expect(throws: LedgerError.self) {
                _ = create ? try Ledger.create(at: path, book: LedgerFixture.book, secret: LedgerFixture.secret)
                    : try Ledger.open(at: path, book: LedgerFixture.book, secret: LedgerFixture.secret)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            guard case let .notChungtay(refused)? = error else { Issue.record("expected .notChungtay, got \(String(describing: error))"); continue }
            #expect(refused == path)
            #expect(error?.exitCode == 65)
        }
    }

    @Test func theOverviewSumsTheLedger() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let overview = try ledger.overview(top: 3, today: CivilDate(iso: "2026-11-29")!)
        #expect(overview.unitsByLevel.map { $0.level } == ["province", "district", "grassroots", "cell"])
        #expect(overview.unitsByLevel.map { $0.count } == [1, 2, 4, 1])
        #expect(overview.members == 5)
        #expect(overview.types.map(\.type) == ["account_opened", "article_posted", "dossier_assisted", "propaganda_session", "volunteer_shift"])
        #expect(overview.types.map(\.count) == [1, 1, 3, 1, 1])
        #expect(overview.types.map(\.duplicates) == [0, 0, 1, 0, 0])
        #expect(overview.types.map(\.points.hundredths) == [200, 200, 660, 600, 175])
        #expect(overview.firstDate == CivilDate(iso: "2026-11-23"))
        #expect(overview.lastDate == CivilDate(iso: "2026-11-27"))
        // DV003: 3 + 2 = 5; DV001: 3.6; DV005: 1.75.
        #expect(overview.topMembers.map(\.id) == ["DV003", "DV001", "DV005"])
        #expect(overview.topMembers.map(\.points.hundredths) == [500, 360, 175])
    }

    // MARK: Helpers

    /// A closed ledger of some 60 pages: 400 activities with long notes, so that the middle of the file is a page of
    /// the activity table.
    static func largeLedger(_ scratch: Scratch) throws {
        let ledger = try scratch.province()
        let rows = (1 ... 400).map {
            activityRow(["id": "L\($0)", "date": "2026-11-23", "type": "training_attended", "member": "DV00\($0 % 5 + 1)",
                         "note": "Ghi chú số \($0): " + String(repeating: "tập huấn kỹ năng ", count: 10)])
        }
        _ = try ledger.importActivities([LedgerFixture.source("activities.csv", activitiesHeader + rows.joined())])
        try expectPointsCurrent(ledger)
        #expect(try ledger.check() == [])
    }

    /// Overwrites the page in the middle of a database file with 0xA5 bytes, but for its first `keeping` bytes;
    /// returns the page's number (the first page is 1).
    @discardableResult
    static func corruptMiddlePage(_ path: String, keeping: Int = 0) throws -> Int {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        let pages = bytes.count / pageSize
        #expect(pages >= 20)
        let start = pages / 2 * pageSize
        bytes.replaceSubrange(start + keeping ..< start + pageSize, with: Data(repeating: 0xA5, count: pageSize - keeping))
        try bytes.write(to: URL(fileURLWithPath: path))
        return pages / 2 + 1
    }
}
