import Foundation
import Testing

/// `chungtay init`, `import`, `record`, `reject`, `restore`, `check` and `backup`, run as a user runs them: the
/// exit codes of outputs.md (Everywhere) and the messages of data.md.
@Suite struct LedgerCommandTests {
    static let secret = "e2e-secret-0123456789"
    static let rules = CommandRunner.resources.appendingPathComponent("rules-good").path

    /// A temporary folder with a database; every command gets `--db`, `--rules`, `--today 2026-11-29` and `--lang`.
    final class Workspace {
        let folder: URL
        let database: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            database = folder.appendingPathComponent("ledger.sqlite").path
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        @discardableResult
        func run(_ arguments: [String], db: String? = nil, lang: String = "en", secret: String? = LedgerCommandTests.secret,
                 in directory: URL = CommandRunner.resources) throws -> CommandRunner.Output {
            try CommandRunner.run(arguments + ["--db", db ?? database, "--rules", LedgerCommandTests.rules, "--today", "2026-11-29", "--lang", lang],
                                  in: directory, environment: secret.map { ["CHUNGTAY_SECRET": $0] } ?? [:])
        }

        /// `init`, then the fixture province's units, members (if asked) and activities (if asked); each must succeed.
        func province(members: Bool = true, activities: Bool = false) throws {
            for arguments in [["init"], ["import", "units", "province/units.csv"]]
                + (members ? [["import", "members", "province/members.csv"]] : [])
                + (activities ? [["import", "activities", "province/activities.csv"]] : []) {
                let output = try run(arguments)
                #expect(output.status == 0, "\(arguments): \(output.stderr)")
            }
        }
    }

    @Test func aFileWithBadRowsWritesNothingExits65AndListsEveryProblemInFileOrder() throws {
        let workspace = try Workspace()
        try workspace.province(members: false)
        let output = try workspace.run(["import", "members", "ledger/members-bad.csv"])
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == """
            ledger/members-bad.csv:3: birth_year: '1895' must be a whole number from 1900 to 2026
            ledger/members-bad.csv:4: name: is required and must not be empty
            ledger/members-bad.csv:5: unit: QN is a district unit; a member belongs to a grassroots unit or a cell
            ledger/members-bad.csv:6: status: 'retired' is not allowed (allowed: active, inactive, disciplined)
            ledger/members-bad.csv:7: unit: no unit has code NOPE; import the units first

            """)
        let vietnamese = try workspace.run(["import", "members", "ledger/members-bad.csv"], lang: "vi")
        #expect(vietnamese.status == 65)
        #expect(vietnamese.stderr.split(separator: "\n").first == "ledger/members-bad.csv:3: birth_year: '1895' phải là số nguyên từ 1900 đến 2026")
        // Nothing was written, not even the good rows (DV001 is the fixture's own): all five fixture members are still to add.
        let check = try workspace.run(["import", "members", "province/members.csv", "--dry-run"])
        #expect(check.stdout == "Dry run, nothing written: added 5, updated 0, unchanged 0\n")
    }

    @Test func moreThanAHundredProblemsShowTheFirstHundredThenHowManyMore() throws {
        let workspace = try Workspace()
        try workspace.province()
        let rows = (1 ... 150).map { "M\($0),Đoàn viên \($0),NOPE" }
        try Data(("id,name,unit\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: workspace.folder.appendingPathComponent("many.csv"))
        for (lang, last) in [("en", "… and 50 more problems"), ("vi", "… và 50 lỗi khác")] {
            let output = try workspace.run(["import", "members", "many.csv"], lang: lang, in: workspace.folder)
            #expect(output.status == 65)
            let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            #expect(lines.count == 101)
            #expect(lines.first?.hasPrefix("many.csv:2: unit: ") == true)
            #expect(lines[99].hasPrefix("many.csv:101: unit: "))
            #expect(lines.last == last)
        }
    }

    @Test func aDryRunPrintsTheCountsAndWritesNothing() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["init"]).status == 0)
        let dry = try workspace.run(["import", "units", "province/units.csv", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == "Dry run, nothing written: added 8, updated 0, unchanged 0\n")
        let vietnamese = try workspace.run(["import", "units", "province/units.csv", "--dry-run"], lang: "vi")
        #expect(vietnamese.stdout == "Chạy thử, không ghi gì: thêm 8, cập nhật 0, không đổi 0\n")
        let real = try workspace.run(["import", "units", "province/units.csv"])
        #expect(real.stdout == "added 8, updated 0, unchanged 0\n")
        _ = try workspace.run(["import", "members", "province/members.csv"])
        let activities = try workspace.run(["import", "activities", "province/activities.csv", "--dry-run"])
        #expect(activities.stdout == "Dry run, nothing written: added 7, unchanged 0, duplicate claims 1\n")
        #expect(try workspace.run(["import", "activities", "province/activities.csv"]).stdout == "added 7, unchanged 0, duplicate claims 1\n")
    }

    @Test func importingTheSameFilesAgainChangesNothing() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        #expect(try workspace.run(["import", "units", "province/units.csv"]).stdout == "added 0, updated 0, unchanged 8\n")
        #expect(try workspace.run(["import", "members", "province/members.csv"]).stdout == "added 0, updated 0, unchanged 5\n")
        #expect(try workspace.run(["import", "activities", "province/activities.csv"]).stdout == "added 0, unchanged 7, duplicate claims 0\n")
        #expect(try workspace.run(["check"]).status == 0)
    }

    @Test func theExtensionDecidesAndAnyOtherIsWrongUsage() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["init"]).status == 0)
        let upper = try workspace.run(["import", "units", "ledger/UNITS.CSV"])
        #expect(upper.status == 0)
        #expect(upper.stdout == "added 8, updated 0, unchanged 0\n")
        let other = try workspace.run(["import", "units", "ledger/units.txt"])
        #expect(other.status == 64)
        #expect(other.stderr == "ledger/units.txt: only .csv and .jsonl files can be imported\n")
        let missing = try workspace.run(["import", "units", "ledger/no-such-file.csv"])
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("ledger/no-such-file.csv: "))
    }

    @Test func recordGeneratesAnIdAndRefusesAnUnknownMember() throws {
        let workspace = try Workspace()
        try workspace.province()
        let first = try workspace.run(["record", "--type", "training_attended", "--date", "2026-11-25", "--member", "DV001"])
        #expect(first.status == 0)
        #expect(first.stdout == "Recorded activity R-20261125-1\n")
        let second = try workspace.run(["record", "--type", "dossier_assisted", "--date", "25/11/2026", "--member", "DV003",
                                        "--level", "3", "--dossier", "HS-900"])
        #expect(second.stdout == "Recorded activity R-20261125-2\n")
        let unknown = try workspace.run(["record", "--type", "training_attended", "--date", "2026-11-25", "--member", "DV999"])
        #expect(unknown.status == 65)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "record:1: member: no member has id DV999; import the members first\n")
        #expect(try workspace.run(["check"]).status == 0)
    }

    @Test func rejectAndRestoreAndAnUnknownIdExits65() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let reject = try workspace.run(["reject", "A001", "--reason", "Hồ sơ không có thật", "--by", "kiemtra"])
        #expect(reject.status == 0)
        #expect(reject.stdout == "Rejected A001\n")
        #expect(try workspace.run(["check"]).status == 0)
        let restore = try workspace.run(["restore", "A001", "--by", "kiemtra"])
        #expect(restore.status == 0)
        #expect(restore.stdout == "Restored A001\n")
        #expect(try workspace.run(["check"]).status == 0)
        for arguments in [["reject", "NOPE", "--reason", "x"], ["restore", "NOPE"]] {
            let output = try workspace.run(arguments)
            #expect(output.status == 65, "\(arguments)")
            #expect(output.stdout.isEmpty)
            #expect(output.stderr == "no activity has id NOPE; check the id (explain lists the activities)\n")
        }
    }

    @Test func checkPassesOnAGoodDatabase() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let output = try workspace.run(["check"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == "\(workspace.database): no problems found\n")
    }

    /// A copy whose middle page (of the activity table) is overwritten, whole or past its first 100 bytes: `check`
    /// exits 1 and names the database, the damaged page and its table.
    @Test(arguments: [0, 100])
    func checkExits1OnACorruptedCopy(keptHeaderBytes: Int) throws {
        let workspace = try Workspace()
        try workspace.province()
        let rows = (1 ... 400).map {
            "L\($0),2026-11-23,training_attended,DV00\($0 % 5 + 1),Ghi chú số \($0): " + String(repeating: "tập huấn kỹ năng ", count: 10)
        }
        try Data(("id,date,type,member,note\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: workspace.folder.appendingPathComponent("many.csv"))
        #expect(try workspace.run(["import", "activities", "many.csv"], in: workspace.folder).status == 0)
        let copy = workspace.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: workspace.database, toPath: copy)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        let start = bytes.count / 4096 / 2 * 4096
        bytes.replaceSubrange(start + keptHeaderBytes ..< start + 4096, with: Data(repeating: 0xA5, count: 4096 - keptHeaderBytes))
        try bytes.write(to: URL(fileURLWithPath: copy))

        let output = try workspace.run(["check"], db: copy)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("\(copy): SQLite: "), "\(output.stderr.prefix(300))")
        #expect(output.stderr.lowercased().contains("page \(start / 4096 + 1)"), "\(output.stderr.prefix(300))")
        #expect(output.stderr.hasSuffix("\n\(copy): the damaged pages belong to table activity (or its indexes); restore the file from a backup (chungtay backup)\n"))
        #expect(try workspace.run(["check"]).status == 0)
    }

    /// `reject --file`: every activity of the list in one transaction, or none, with every problem on its line; what
    /// is already rejected is named and left as it is.
    @Test func rejectAndRestoreAFileOfIds() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        _ = try workspace.run(["reject", "A005", "--reason", "tin trùng"])
        let again = try workspace.run(["reject", "A005", "--reason", "tin trùng"], lang: "vi")
        #expect(again.status == 0)
        #expect(again.stdout == "A005 đã bị từ chối từ trước; không thay đổi gì\n")
        let bad = workspace.path("bad.csv")
        try Data("mã;lý do\nA001;trùng\nA999;không có\n\u{A0}\nA002;\n".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try workspace.run(["reject", "--file", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr == "\(bad):5: reason: is required and must not be empty\n")
        let unknown = workspace.path("unknown.csv")
        try Data("id,reason\nA001,trùng\nA999,không có\n".utf8).write(to: URL(fileURLWithPath: unknown))
        let unknownRefused = try workspace.run(["reject", "--file", unknown])
        #expect(unknownRefused.status == 65)
        #expect(unknownRefused.stderr == "\(unknown):3: id: no activity has id A999; check the id (explain lists the activities)\n")
        #expect(try PublishTests.sqlite(workspace.database, "SELECT group_concat(id) FROM activity WHERE rejected = 1") == "A005\n")

        let good = workspace.path("good.jsonl")
        try Data("{\"id\": \"A001\", \"reason\": \"trùng\"}\n{\"id\": \"A005\", \"reason\": \"tin trùng\"}\n{\"id\": \"A006\", \"reason\": \"ảnh mờ\"}\n".utf8)
            .write(to: URL(fileURLWithPath: good))
        let rejected = try workspace.run(["reject", "--file", good, "--by", "kiemtra"])
        #expect(rejected.status == 0)
        #expect(rejected.stdout == "Rejected 2 activities\n1 already rejected, left as they were: A005\n")
        #expect(try PublishTests.sqlite(workspace.database, "SELECT group_concat(id) FROM (SELECT id FROM activity WHERE rejected = 1 ORDER BY id)") == "A001,A005,A006\n")
        #expect(try workspace.run(["check"]).status == 0)
        let restored = try workspace.run(["restore", "--file", good], lang: "vi")
        #expect(restored.stdout == "Đã khôi phục 3 hoạt động\n")
        #expect(try PublishTests.sqlite(workspace.database, "SELECT count(*) FROM activity WHERE rejected = 1") == "0\n")
        #expect(try PublishTests.sqlite(workspace.database, "SELECT count(*) FROM audit") == "6\n")
    }

    @Test func aBackupPassesCheckAndIsNeverWrittenOverAnotherFile() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        _ = try workspace.run(["reject", "A005", "--reason", "tin trùng", "--by", "kiemtra"])
        let copy = workspace.path("backup.sqlite")
        let backup = try workspace.run(["backup", copy])
        #expect(backup.status == 0)
        #expect(backup.stdout == "Backed up to \(copy)\nCopied the key to \(copy).key (readable by its owner alone); keep it with the backup: without it no activities can be imported\n")
        let check = try workspace.run(["check"], db: copy)
        #expect(check.status == 0)
        #expect(check.stdout == "\(copy): no problems found\n")
        // The copy holds the same activities: importing them again changes nothing.
        #expect(try workspace.run(["import", "activities", "province/activities.csv"], db: copy).stdout == "added 0, unchanged 7, duplicate claims 0\n")
        let again = try workspace.run(["backup", copy])
        #expect(again.status == 73)
    }

    @Test(arguments: ["other.sqlite", "notes.sqlite"])
    func aDatabaseThatIsNotChungtaysIsRefusedAndLeftByteIdentical(name: String) throws {
        let workspace = try Workspace()
        let path = workspace.path(name)
        try FileManager.default.copyItem(atPath: CommandRunner.resources.appendingPathComponent("ledger/\(name)").path, toPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["import", "units", "province/units.csv"], ["check"], ["reject", "A001", "--reason", "x"], ["init"]] {
            let output = try workspace.run(arguments, db: path)
            #expect(output.status == 65, "\(arguments)")
            #expect(output.stdout.isEmpty)
            #expect(output.stderr == "\(path): not a chungtay database; it was left untouched, choose another file with --db\n", "\(arguments)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(name) changed by \(arguments)")
        }
    }

    @Test func initCreatesAKeyFileThatOnlyItsOwnerCanRead() throws {
        let workspace = try Workspace()
        let output = try workspace.run(["init"], secret: nil)
        #expect(output.status == 0)
        #expect(output.stdout == "Created \(workspace.database)\n")
        let keyPath = workspace.database + ".key"
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let key = try String(contentsOfFile: keyPath, encoding: .utf8)
        #expect(key.count == 64 && key.allSatisfy { "0123456789abcdef".contains($0) })
        // The commands that follow read the key file.
        let units = try workspace.run(["import", "units", "province/units.csv"], secret: nil)
        #expect(units.status == 0)
        // Running init again is refused and keeps the key (and with it every stored citizen hash).
        let again = try workspace.run(["init"], secret: nil)
        #expect(again.status == 73)
        #expect(again.stderr == "\(workspace.database): already exists; init never overwrites a database or a key file. Choose another name with --db\n")
        #expect(try String(contentsOfFile: keyPath, encoding: .utf8) == key)
    }

    @Test func initWritesNoKeyFileWhenTheSecretComesFromTheEnvironment() throws {
        let workspace = try Workspace()
        let output = try workspace.run(["init"])
        #expect(output.status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.database + ".key"))
        #expect(try workspace.run(["import", "units", "province/units.csv"]).status == 0)
        // Without the secret and without a key file, only importing activities cannot run.
        #expect(try workspace.run(["import", "units", "province/units.csv"], secret: nil).status == 0)
        let noKey = try workspace.run(["import", "activities", "province/activities.csv"], secret: nil)
        #expect(noKey.status == 66)
        #expect(noKey.stderr == "\(workspace.database).key: no key file; importing activities needs the key to find citizens counted twice. Put this database's key file back (`chungtay backup` writes it as FILE.key beside the backup) or set CHUNGTAY_SECRET\n")
    }
}
