import Foundation
import Testing

/// An installed chungtay is one file: copied alone into an empty folder it runs `demo` and `rules check` on the rules
/// and the sample built into it, which are `Rules/` and `Seeds/` byte for byte (issue 17).
@Suite struct InstalledBinaryTests {
    @Test func theBinaryAloneRunsTheDemoAndChecksItsRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-installed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("chungtay")
        try FileManager.default.copyItem(at: CommandRunner.binary, to: binary)
        func run(_ arguments: [String]) throws -> CommandRunner.Output {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CHUNGTAY_NOW": "2026-11-23T09:00:00+07:00"]
            let stdout = Pipe(), stderr = Pipe()
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            let out = stdout.fileHandleForReading.readDataToEndOfFile(), err = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return .init(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
        }

        let check = try run(["rules", "check", "--lang", "en"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("chungtay:Rules/2022.json: valid, version 2022.1"))
        #expect(check.stdout.split(separator: "\n").count == 6)

        // The demo of the built-in sample is the demo of Seeds/ and Rules/ (DemoTests), but for where the files came from.
        let demo = try run(["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let tour = try #require(demo.stdout.firstMatch(of: #/Cơ sở dữ liệu mẫu: (/\S+)/demo\.sqlite/#)?.1)
        defer { try? FileManager.default.removeItem(atPath: String(tour)) }
        try CommandRunner.expectGolden(demo.stdout.replacingOccurrences(of: String(tour), with: "TMP")
            .replacingOccurrences(of: "chungtay:Seeds/", with: "Seeds/").replacingOccurrences(of: " (có sẵn trong chungtay)", with: ""), "demo.txt")
        // Every line that names the rules' version says they are the built-in ones (issue 17).
        let versions = demo.stdout.split(separator: "\n").filter { $0.hasPrefix("Thể lệ 202") }
        #expect(versions.count > 5)
        #expect(versions.allSatisfy { $0.contains(" (có sẵn trong chungtay) ") }, "\(versions)")
        #expect(demo.stdout.contains("\nchungtay:Seeds/activities.csv: thêm 61400,"))

        // `rules export` writes the built-in files out: they are Rules/ as committed.
        let export = try run(["rules", "export", "thele"])
        #expect(export.status == 0, "\(export.stderr)")
        for year in 2022 ... 2027 {
            let exported = try Data(contentsOf: folder.appendingPathComponent("thele/\(year).json"))
            #expect(exported == (try Data(contentsOf: DemoTests.project.appendingPathComponent("Rules/\(year).json"))), "\(year)")
        }
        #expect(try run(["rules", "export", "thele"]).status == 73)
    }
}
