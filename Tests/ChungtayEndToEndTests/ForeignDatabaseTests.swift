import Foundation
import Testing

/// outputs.md, Everywhere: a file at the database path that is not chungtay's is refused (65) before any key is
/// looked for, and left byte-identical; no database there (no file, or 0 bytes) is 66, and only `init` creates one.
@Suite struct ForeignDatabaseTests {
    typealias Workspace = LedgerCommandTests.Workspace

    /// Every kind of command: reading, writing, and `init` (last).
    static func commands(_ workspace: Workspace) -> [[String]] {
        [["leaderboard", "members"], ["rank", "--unit", "AL-ANHUNG"], ["check"], ["progress"], ["backup", workspace.path("copy.sqlite")],
         ["import", "units", "province/units.csv"], ["import", "activities", "province/activities.csv"], ["reject", "A001", "--reason", "x"],
         ["init"]]
    }

    /// The files a user might point `--db` at by mistake.
    static func foreignFiles(in workspace: Workspace) throws -> [String] {
        var generator = SystemRandomNumberGenerator()
        let random = workspace.path("random.bin")
        try Data((0 ..< 8192).map { _ in UInt8.random(in: 0 ... 255, using: &generator) }).write(to: URL(fileURLWithPath: random))
        let text = workspace.path("notes.txt")
        try Data("Danh sách đoàn viên\nNguyễn Thị Lan\n".utf8).write(to: URL(fileURLWithPath: text))
        let other = workspace.path("other.sqlite")
        try FileManager.default.copyItem(atPath: CommandRunner.resources.appendingPathComponent("ledger/other.sqlite").path, toPath: other)
        // Another program's SQLite database with no table yet (the header of an empty database written by sqlite3).
        let bare = workspace.path("bare.sqlite")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [bare, "PRAGMA user_version = 7"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let folder = workspace.path("a-folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        return [random, text, other, bare, folder]
    }

    @Test func aFileThatIsNotChungtaysIsRefusedBeforeAnyKeyAndLeftByteIdentical() throws {
        let workspace = try Workspace()
        for path in try Self.foreignFiles(in: workspace) {
            let before = try? Data(contentsOf: URL(fileURLWithPath: path))
            for arguments in Self.commands(workspace) {
                // No key anywhere: the file is refused for what it is, not for the missing key.
                let output = try workspace.run(arguments, db: path, secret: nil)
                #expect(output.status == 65, "\(path): \(arguments): \(output.stderr)")
                #expect(output.stderr == "\(path): not a chungtay database; it was left untouched, choose another file with --db\n", "\(arguments)")
                let after = try? Data(contentsOf: URL(fileURLWithPath: path))
                #expect(after == before, "\(path) changed by \(arguments)")
            }
            for suffix in ["-wal", "-shm", "-journal", ".key"] {
                #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(path)\(suffix)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path("copy.sqlite")))
    }

    @Test func noDatabaseOrAnEmptyFileIs66AndNothingIsCreated() throws {
        let workspace = try Workspace()
        let empty = workspace.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        for path in [workspace.path("missing.sqlite"), empty] {
            for arguments in Self.commands(workspace).dropLast() {
                let output = try workspace.run(arguments, db: path)
                #expect(output.status == 66, "\(path): \(arguments): \(output.stderr)")
                #expect(output.stderr == "\(path): no database there; create it with `chungtay init --db \(path)`\n", "\(arguments)")
            }
            for suffix in ["-wal", "-shm", ".key"] {
                #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(path)\(suffix)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path("missing.sqlite")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        // init makes a database of the empty file.
        #expect(try workspace.run(["init"], db: empty).status == 0)
        #expect(try workspace.run(["check"], db: empty).status == 0)
    }
}
