import Foundation
import Testing

/// A database another process holds: commands wait at least 5 seconds, then exit 75 saying so.
@Suite struct BusyDatabaseTests {
    @Test func aCommandWaitsThenExits75WhenAnotherProcessHoldsTheDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("busy.sqlite").path
        let rules = CommandRunner.resources.appendingPathComponent("rules-good").path
        let province = CommandRunner.resources.appendingPathComponent("province")
        let environment = ["CHUNGTAY_SECRET": "test-secret"]
        #expect(try CommandRunner.run(["init", "--db", database, "--rules", rules], environment: environment).status == 0)

        // Another process opens a write transaction and keeps it open.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [database]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nDELETE FROM audit;\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)

        let start = Date()
        let output = try CommandRunner.run(["import", "units", province.appendingPathComponent("units.csv").path,
                                            "--db", database, "--rules", rules, "--lang", "en"], environment: environment)
        let waited = Date().timeIntervalSince(start)
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        holder.waitUntilExit()

        #expect(output.status == 75)
        #expect(waited >= 5)
        #expect(output.stderr == "\(database): another process held the database for more than 5 seconds; try again later\n")
        // Once released, the same import goes through.
        #expect(try CommandRunner.run(["import", "units", province.appendingPathComponent("units.csv").path,
                                       "--db", database, "--rules", rules], environment: environment).status == 0)
    }
}
