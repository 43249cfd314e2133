import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation

/// Times `import activities` of a generated province (issue 3) in the same run as the `sqlite3` shell's own
/// `.import` of the same CSV into a bare table, and of SQLite alone storing the imported rows the way the ledger
/// stores them; reports the peak memory of the process.
func importBenchmark(dataFolder: String, rulesFolder: String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: rulesFolder).filter { $0.hasSuffix(".json") }.sorted()
    let book = try RuleBook(sources: names.map {
        RuleBook.Source(path: "\(rulesFolder)/\($0)", bytes: Array(FileManager.default.contents(atPath: "\(rulesFolder)/\($0)")!))
    }, folder: rulesFolder)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    func source(_ name: String) throws -> ImportSource {
        let path = "\(dataFolder)/\(name)"
        return ImportSource(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
    }
    let ledger = try Ledger.create(at: folder.appendingPathComponent("bench.sqlite").path, book: book, secret: "bench")
    _ = try ledger.importUnits([source("units.csv")])
    _ = try ledger.importMembers([source("members.csv")], today: CivilDate(year: 2026, month: 11, day: 29)!)
    let activities = try source("activities.csv")
    // Counted through a small buffer: reading the mapped file would make all of it resident before the import.
    var rows = 0
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: activities.path))
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { rows += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    try handle.close()

    let start = DispatchTime.now().uptimeNanoseconds
    let summary = try ledger.importActivities([activities])
    let ours = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

    let theirs = try sqlite3([folder.appendingPathComponent("bare.sqlite").path, ".mode csv", ".import \(dataFolder)/activities.csv activities"])
    // SQLite alone storing the rows the import stored, as it stores them: the activity table with its indexes, in a
    // new WAL database, the claim index built at the end, in one transaction. What the import cannot go below.
    let ledgerPath = folder.appendingPathComponent("bench.sqlite").path
    let schema = Pipe()
    let reading = Process()
    reading.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    reading.arguments = [ledgerPath, """
        SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'activity' AND type IN ('table', 'index') AND sql IS NOT NULL
        ORDER BY name = 'activity_claim', type = 'index'
        """]
    reading.standardOutput = schema
    try reading.run()
    let statements = String(decoding: schema.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    reading.waitUntilExit()
    let claimIndex = statements.split(separator: "\n").last { $0.contains("activity_claim") }.map(String.init) ?? ""
    let tables = statements.replacingOccurrences(of: claimIndex, with: "")
    let alone = try sqlite3([folder.appendingPathComponent("alone.sqlite").path, "PRAGMA journal_mode = wal", """
        \(tables) ATTACH '\(ledgerPath)' AS ledger; BEGIN; INSERT INTO activity SELECT * FROM ledger.activity ORDER BY seq;
        \(claimIndex) COMMIT;
        """])

    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peakMiB = Double(usage.ru_maxrss) / 1024
    print("import activities: \(summary.added) added (\(rows) lines), \(summary.duplicates) duplicate claims, "
        + String(format: "%.2f s", ours) + (summary.rescored ? " (inserted, then rescored)" : " (scored as inserted)"))
    print("sqlite3 .import of the same CSV into a bare table: " + String(format: "%.2f s", theirs))
    print("sqlite3 alone storing the imported rows as the ledger stores them (INSERT ... SELECT, same indexes): "
        + String(format: "%.2f s, %.2f × .import", alone, alone / theirs))
    print(String(format: "ratio %.2f (goal ≤ 1.5): %@", ours / theirs, ours / theirs <= 1.5 ? "met" : "NOT met"))
    print(String(format: "peak memory of the importing process: %.0f MiB (goal < 200): %@", peakMiB, peakMiB < 200 ? "met" : "NOT met"))
}

/// Runs the `sqlite3` shell with `arguments`, output discarded; the seconds it took.
private func sqlite3(_ arguments: [String]) throws -> Double {
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    shell.arguments = arguments
    shell.standardOutput = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try shell.run()
    shell.waitUntilExit()
    guard shell.terminationStatus == 0 else { throw ShellFailure(arguments: arguments, status: shell.terminationStatus) }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The `sqlite3` shell ended with an error (its message is on standard error).
private struct ShellFailure: Error {
    let arguments: [String]
    let status: Int32
}
