import Foundation
import Testing

/// Two people using one database at once (issue 7): readers never fail (but for exit 75 after the documented
/// wait) and never see part of an import; two imports serialise; a backup taken during an import is whole.
@Suite(.serialized) struct ConcurrentUseTests {
    /// `count` dossier activities with ids `PREFIX1…`, spread over the five members and the days of `months`.
    static func activities(_ count: Int, prefix: String, months: ClosedRange<Int>) -> String {
        var csv = "id,date,type,member,level,dossier\n"
        for index in 0 ..< count {
            let month = months.lowerBound + index % months.count
            let day = index / months.count % 28 + 1
            csv += "\(prefix)\(index),2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),dossier_assisted,"
                + "DV00\(index % 5 + 1),\(index % 2 + 3),HS-\(prefix)\(index)\n"
        }
        return csv
    }

    /// The fixture province with `before` activities of January to May, and a file of `after` more activities
    /// of June to November ready to import.
    static func workspace(before: Int, after: Int) throws -> (LedgerCommandTests.Workspace, String) {
        let workspace = try LedgerCommandTests.Workspace()
        try workspace.province()
        try Data(activities(before, prefix: "B", months: 1 ... 5).utf8).write(to: URL(fileURLWithPath: workspace.path("before.csv")))
        try Data(activities(after, prefix: "N", months: 6 ... 11).utf8).write(to: URL(fileURLWithPath: workspace.path("after.csv")))
        let first = try workspace.run(["import", "activities", workspace.path("before.csv")])
        #expect(first.status == 0, "\(first.stderr)")
        return (workspace, workspace.path("after.csv"))
    }

    /// One reader's run: what it saw, and whether it started while the import ran.
    struct Reading {
        /// Which of the readers ran.
        let reader: Int
        let output: CommandRunner.Output
        let seconds: Double
        let duringImport: Bool
    }

    /// Runs each reader (a command, given the workspace's options) in a loop, on a thread of its own, while
    /// `process` runs.
    static func readWhile(_ process: Process, database: String, readers: [[String]]) -> [Reading] {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var readings: [Reading] = []
        }
        let log = Log()
        DispatchQueue.concurrentPerform(iterations: readers.count) { index in
            let arguments = readers[index] + ["--db", database, "--rules", LedgerCommandTests.rules, "--today", "2026-11-29", "--lang", "en"]
            while process.isRunning {
                let start = Date()
                // Noted as the reader starts: an import may end while a reader runs, which is what this is about.
                let startedDuringImport = process.isRunning
                guard let output = try? CommandRunner.run(arguments, environment: ["CHUNGTAY_SECRET": LedgerCommandTests.secret]) else { continue }
                let reading = Reading(reader: index, output: output, seconds: Date().timeIntervalSince(start), duringImport: startedDuringImport)
                log.lock.withLock { log.readings.append(reading) }
            }
        }
        return log.readings
    }

    static let busy = ": another process held the database for more than 5 seconds; try again later\n"

    /// The members' board of 2026, as (activities counted, hundredths of points) over every entry.
    static func boardTotals(_ json: String) -> [Int] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let entries = object["entries"] as? [[String: Any]] else { return [-1] }
        let counts = entries.reduce(0) { sum, entry in sum + ((entry["counts"] as? [String: Int])?.values.reduce(0, +) ?? 0) }
        let points = entries.reduce(0) { sum, entry in sum + Int((((entry["total"] as? NSNumber)?.doubleValue ?? 0) * 100).rounded()) }
        return [counts, points]
    }

    /// One member's standing in 2026, as (activities counted, hundredths of points).
    static func rankTotals(_ json: String) -> [Int] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [-1] }
        let counts = (object["counts"] as? [String: Int])?.values.reduce(0, +) ?? 0
        return [counts, Int((((object["total"] as? NSNumber)?.doubleValue ?? 0) * 100).rounded())]
    }

    @Test func readersSeeAnImportWholeOrNotAtAll() throws {
        let (workspace, after) = try Self.workspace(before: 3_000, after: 30_000)
        let board = ["leaderboard", "members", "--period", "2026", "--all", "--format", "json"]
        let rank = ["rank", "--member", "DV001", "--period", "2026", "--format", "json"]
        let boardBefore = Self.boardTotals(try workspace.run(board).stdout)
        let rankBefore = Self.rankTotals(try workspace.run(rank).stdout)
        #expect(boardBefore[0] == 3_000)

        let importer = try workspace.start(["import", "activities", after])
        let readings = Self.readWhile(importer, database: workspace.database, readers: [board, rank])
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        let boardAfter = Self.boardTotals(try workspace.run(board).stdout)
        let rankAfter = Self.rankTotals(try workspace.run(rank).stdout)
        #expect(boardAfter[0] == 33_000)
        #expect(boardAfter[1] > boardBefore[1] && rankAfter[1] > rankBefore[1])

        #expect(readings.contains { $0.duringImport && $0.output.status == 0 }, "no reader ran during the import")
        for reading in readings {
            let output = reading.output
            if output.status == 75 {
                #expect(reading.seconds >= 5 && output.stderr == workspace.database + Self.busy)
                continue
            }
            #expect(output.status == 0, "\(output.stderr)")
            let seen = reading.reader == 0
                ? (Self.boardTotals(output.stdout), boardBefore, boardAfter)
                : (Self.rankTotals(output.stdout), rankBefore, rankAfter)
            #expect(seen.0 == seen.1 || seen.0 == seen.2, "a reader saw \(seen.0), neither \(seen.1) before nor \(seen.2) after")
        }
        #expect(try workspace.run(["check"]).status == 0)
    }

    @Test func twoImportsAtOnceSerialise() throws {
        let workspace = try LedgerCommandTests.Workspace()
        try workspace.province()
        let files = [("one.csv", "P", 1 ... 6), ("two.csv", "Q", 7 ... 12)].map { name, prefix, months in
            let path = workspace.path(name)
            try? Data(Self.activities(12_000, prefix: prefix, months: months).utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let processes = try files.map { try workspace.start(["import", "activities", $0], stderr: true) }
        for (process, file) in zip(processes, files) {
            process.waitUntilExit()
            let stderr = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationStatus == 75 {
                // The other import held the database for the whole wait: this one wrote nothing, and goes through now.
                #expect(stderr == workspace.database + Self.busy)
                #expect(try workspace.run(["import", "activities", file]).status == 0)
            } else {
                #expect(process.terminationStatus == 0, "\(stderr)")
            }
        }
        #expect(try CommandRunner.sqlite(workspace.database, "SELECT count(*) FROM activity") == "24000")
        #expect(try workspace.run(["check"]).status == 0)
        for file in files {
            #expect(try workspace.run(["import", "activities", file]).stdout == "added 0, unchanged 12000, duplicate claims 0\n")
        }
    }

    @Test func aBackupTakenDuringAnImportHoldsAllOrNoneOfItAndPassesCheck() throws {
        let (workspace, after) = try Self.workspace(before: 3_000, after: 30_000)
        let importer = try workspace.start(["import", "activities", after])
        var copies: [(path: String, output: CommandRunner.Output, duringImport: Bool)] = []
        // A few copies, one after another, while the import runs (each is checked below, which takes a while).
        // Whether the import was still running is noted as each backup starts: an import that ends while a copy is
        // being made is the case this test is about, and a fast one may end during the first copy.
        while importer.isRunning, copies.count < 5 {
            let copy = workspace.path("backup-\(copies.count).sqlite")
            let startedDuringImport = importer.isRunning
            let output = try workspace.run(["backup", copy])
            copies.append((copy, output, startedDuringImport))
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(copies.contains { $0.duringImport && $0.output.status == 0 }, "no backup was started during the import")
        for copy in copies where copy.output.status == 0 {
            let check = try workspace.run(["check"], db: copy.path)
            #expect(check.status == 0, "\(copy.path): \(check.stderr)")
            let count = try CommandRunner.sqlite(copy.path, "SELECT count(*) FROM activity")
            #expect(count == "3000" || count == "33000", "\(copy.path) holds \(count) activities")
        }
        for copy in copies where copy.output.status != 0 {
            #expect(copy.output.status == 75 && copy.output.stderr == workspace.database + Self.busy)
        }
    }
}

extension LedgerCommandTests.Workspace {
    /// Starts `chungtay ARGUMENTS` with the workspace's options and returns at once; stderr is kept in a pipe if asked.
    func start(_ arguments: [String], stderr: Bool = false) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments + ["--db", database, "--rules", LedgerCommandTests.rules, "--today", "2026-11-29", "--lang", "en"]
        process.currentDirectoryURL = CommandRunner.resources
        process.environment = ["PATH": "/usr/bin:/bin", "CHUNGTAY_SECRET": LedgerCommandTests.secret]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ? Pipe() : FileHandle.nullDevice
        try process.run()
        return process
    }
}
