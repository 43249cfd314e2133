import Foundation
import Testing

/// data.md (citizen) and outputs.md (`init`, `backup`, `check`): the key file, its fingerprint in the database, and
/// a copy handed on with or without its key, as an office would live through them.
@Suite struct KeyTests {
    typealias Workspace = LedgerCommandTests.Workspace

    /// A second claim on the citizen of the fixture's A004 (account_opened, "0520 1234 5678"), written differently.
    static let repeatClaim = "id,date,type,member,citizen,subject\nA101,2026-11-28,account_opened,DV004,052012345678,citizen\n"

    @Test func aBackupCarriesItsKeyAndACopyWithoutItStillRanksButCannotImport() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["init"], secret: nil).status == 0)
        for kind in ["units", "members", "activities"] {
            let output = try workspace.run(["import", kind, "province/\(kind).csv"], secret: nil)
            #expect(output.status == 0, "\(kind): \(output.stderr)")
        }
        let claim = workspace.path("claim.csv")
        try Data(Self.repeatClaim.utf8).write(to: URL(fileURLWithPath: claim))

        // The backup and its key, readable by its owner alone.
        let copy = workspace.path("copy.sqlite")
        let backup = try workspace.run(["backup", copy], lang: "vi", secret: nil)
        #expect(backup.status == 0)
        #expect(backup.stdout == "Đã sao lưu vào \(copy)\nĐã chép khóa vào \(copy).key (chỉ chủ tệp đọc được); giữ nó cùng bản sao lưu: thiếu khóa thì không nhập được hoạt động\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: copy + ".key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy + ".key")) == Data(contentsOf: URL(fileURLWithPath: workspace.database + ".key")))

        // Restored with its key, the copy still finds the repeat claim.
        let restored = try workspace.run(["import", "activities", claim], db: copy, secret: nil)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout == "added 1, unchanged 0, duplicate claims 1\n")

        // A copy without its key: boards, rank, check and backup run; importing activities is refused, naming the key file.
        let bare = workspace.path("bare.sqlite")
        let bareBackup = try workspace.run(["backup", bare, "--without-key"], secret: nil)
        #expect(bareBackup.status == 0)
        #expect(bareBackup.stdout == "Backed up to \(bare)\n")
        #expect(!FileManager.default.fileExists(atPath: bare + ".key"))
        for arguments in [["leaderboard", "members", "--period", "2026-W48"], ["rank", "--member", "DV003", "--period", "2026-W48"],
                          ["explain", "--member", "DV003", "--period", "2026-W48"], ["check"], ["progress"], ["awards"],
                          ["import", "units", "province/units.csv"], ["backup", workspace.path("bare-again.sqlite")]] {
            let output = try workspace.run(arguments, db: bare, secret: nil)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
        let noKey = try workspace.run(["import", "activities", claim], db: bare, secret: nil)
        #expect(noKey.status == 66)
        #expect(noKey.stderr.hasPrefix("\(bare).key: no key file; importing activities needs the key"))
        let noKeyRecord = try workspace.run(["record", "--type", "volunteer_shift", "--date", "2026-11-28", "--member", "DV005", "--hours", "2"],
                                            db: bare, secret: nil)
        #expect(noKeyRecord.status == 66)
        #expect(try workspace.run(["explain", "--member", "DV004", "--period", "2026-W48", "--format", "json"], db: bare, secret: nil)
            .stdout.contains("A101") == false)
    }

    @Test func aKeyThatIsNotTheDatabasesIsRefusedByEveryCommand() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["init"], secret: nil).status == 0)
        for kind in ["units", "members", "activities"] {
            #expect(try workspace.run(["import", kind, "province/\(kind).csv"], secret: nil).status == 0)
        }
        let claim = workspace.path("claim.csv")
        try Data(Self.repeatClaim.utf8).write(to: URL(fileURLWithPath: claim))
        let contents = "SELECT (SELECT group_concat(id || ':' || points || ':' || rejected) FROM activity), (SELECT fingerprint FROM key_fingerprint)"
        let before = try PublishTests.sqlite(workspace.database, contents)
        let message = "\(workspace.database): the key does not match this database; use its own key file \(workspace.database).key (or the right CHUNGTAY_SECRET), never a new key\n"
        // Through CHUNGTAY_SECRET, then through a replaced key file.
        for arguments in [["import", "activities", claim], ["check"], ["leaderboard", "branches"], ["rank", "--unit", "AL-ANHUNG"],
                          ["backup", workspace.path("copy.sqlite")], ["reject", "A001", "--reason", "x"], ["publish", "--week", "2026-W48", "--out", workspace.path("out")]] {
            let output = try workspace.run(arguments, secret: "another-key")
            #expect(output.status == 65, "\(arguments)")
            #expect(output.stderr == message, "\(arguments)")
        }
        try Data("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".utf8).write(to: URL(fileURLWithPath: workspace.database + ".key"))
        let replaced = try workspace.run(["import", "activities", claim], secret: nil)
        #expect(replaced.status == 65)
        #expect(replaced.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("copy.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out")))
        #expect(try workspace.run(["check"], secret: nil).status == 65)
        // Nothing was imported, rejected or re-keyed.
        #expect(try PublishTests.sqlite(workspace.database, contents) == before)
    }

    @Test func initOverAnExistingDatabaseOrKeyFileChangesNothing() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["init"], secret: nil).status == 0)
        #expect(try workspace.run(["import", "units", "province/units.csv"], secret: nil).status == 0)
        let database = try Data(contentsOf: URL(fileURLWithPath: workspace.database))
        let key = try Data(contentsOf: URL(fileURLWithPath: workspace.database + ".key"))
        for secret in [nil, "another-key"] {
            let again = try workspace.run(["init"], secret: secret)
            #expect(again.status == 73)
            #expect(again.stderr == "\(workspace.database): already exists; init never overwrites a database or a key file. Choose another name with --db\n")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.database)) == database)
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.database + ".key")) == key)

        // A key file left without its database: init refuses it too, and creates no database.
        let orphan = workspace.path("orphan.sqlite")
        try Data("abc".utf8).write(to: URL(fileURLWithPath: orphan + ".key"))
        let refused = try workspace.run(["init"], db: orphan, secret: nil)
        #expect(refused.status == 73)
        #expect(refused.stderr == "\(orphan).key: already exists; init never overwrites a database or a key file. Choose another name with --db\n")
        #expect(!FileManager.default.fileExists(atPath: orphan))
        #expect(try String(contentsOfFile: orphan + ".key", encoding: .utf8) == "abc")
    }

    @Test func aBackupRefusesToWriteOverAKeyFile() throws {
        let workspace = try Workspace()
        try workspace.province()
        let copy = workspace.path("copy.sqlite")
        try Data("old".utf8).write(to: URL(fileURLWithPath: copy + ".key"))
        let output = try workspace.run(["backup", copy])
        #expect(output.status == 73)
        #expect(output.stderr == "\(copy).key: already exists; choose another name\n")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try String(contentsOfFile: copy + ".key", encoding: .utf8) == "old")
    }
}
