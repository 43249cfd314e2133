import Foundation
import Testing

/// An import killed at any moment leaves the database with all of the file or none of it, passing `check`.
@Suite struct KilledImportTests {
    /// A province of one district and a file of 20,000 activities (one claim each, so none is a duplicate).
    static func prepare(in folder: URL) throws -> (database: String, activities: String) {
        let province = CommandRunner.resources.appendingPathComponent("province")
        let database = folder.appendingPathComponent("base.sqlite").path
        let environment = ["CHUNGTAY_SECRET": "test-secret"]
        for arguments in [["init", "--db", database],
                          ["import", "units", province.appendingPathComponent("units.csv").path, "--db", database],
                          ["import", "members", province.appendingPathComponent("members.csv").path, "--db", database, "--today", "2026-11-29"]] {
            let output = try CommandRunner.run(arguments + ["--rules", CommandRunner.resources.appendingPathComponent("rules-good").path],
                                               environment: environment)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
        var csv = "id,date,type,member,level,dossier\n"
        for index in 0 ..< 20_000 {
            csv += "K\(index),2026-\(String(format: "%02d", index % 11 + 1))-\(String(format: "%02d", index % 28 + 1)),dossier_assisted,DV00\(index % 5 + 1),3,HS-K\(index)\n"
        }
        let activities = folder.appendingPathComponent("big.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: activities))
        return (database, activities)
    }

    @Test func killedImportsLeaveAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (base, activities) = try Self.prepare(in: folder)
        let rules = CommandRunner.resources.appendingPathComponent("rules-good").path
        // How long the whole import takes on this machine, left to finish: it holds all of the file.
        let whole = folder.appendingPathComponent("whole.sqlite").path
        try FileManager.default.copyItem(atPath: base, toPath: whole)
        let start = Date()
        let finished = try CommandRunner.run(["import", "activities", activities, "--db", whole, "--rules", rules],
                                             environment: ["CHUNGTAY_SECRET": "test-secret"])
        let duration = Date().timeIntervalSince(start)
        #expect(finished.status == 0)
        #expect(try CommandRunner.sqlite(whole, "SELECT count(*) FROM activity") == "20000")

        var outcomes: Set<Int> = []
        // Kill at moments spread over the import, from before it opens the file to about when it commits.
        for (attempt, fraction) in [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.97, 1.05].enumerated() {
            let delay = duration * fraction
            let database = folder.appendingPathComponent("db\(attempt).sqlite").path
            try FileManager.default.copyItem(atPath: base, toPath: database)
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["import", "activities", activities, "--db", database, "--rules", rules]
            process.environment = ["CHUNGTAY_SECRET": "test-secret"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let check = try CommandRunner.run(["check", "--db", database, "--rules", rules], environment: ["CHUNGTAY_SECRET": "test-secret"])
            #expect(check.status == 0, "attempt \(attempt) (\(delay) s of \(duration) s): \(check.stderr)")
            let count = try CommandRunner.sqlite(database, "SELECT count(*) FROM activity")
            #expect(count == "0" || count == "20000", "attempt \(attempt): \(count) activities")
            outcomes.insert(Int(count) ?? -1)
        }
        // Every killed import left none or all of the file, and the early kills caught it before its commit.
        #expect(outcomes.isSubset(of: [0, 20_000]))
        #expect(outcomes.contains(0))
    }
}

extension CommandRunner {
    /// One value from the `sqlite3` shell.
    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
