import Foundation
import Testing

/// LibreOffice, headless, as the office's spreadsheet: the workbooks and CSV files chungtay writes must open in it.
enum LibreOffice {
    /// LibreOffice's `soffice`; its absence fails the test (scripts/setup installs libreoffice-calc-nogui).
    static func soffice(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        let found = folders.map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil { Issue.record("LibreOffice (soffice) is missing: run scripts/setup, which installs libreoffice-calc-nogui", sourceLocation: sourceLocation) }
        return found
    }

    /// Converts `file` to CSV (UTF-8, every sheet to its own file) headless, with a private profile, and returns the
    /// text of every CSV written. `infilter` gives the import filter's options (a CSV's character set).
    static func converted(_ file: URL, soffice: String, infilter: String? = nil) throws -> String {
        let folder = file.deletingLastPathComponent().appendingPathComponent("converted-\(UUID().uuidString)")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless"] + (infilter.map { ["--infilter=\($0)"] } ?? []) + [
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                             "--outdir", folder.path, file.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": profile.path, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
        #expect(!files.isEmpty, "LibreOffice wrote no CSV")
        return try files.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }.joined(separator: "\n")
    }
}
