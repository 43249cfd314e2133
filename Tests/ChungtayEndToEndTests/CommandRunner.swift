import Foundation
import Testing

/// Runs the built `chungtay` binary as users do, and compares what it prints with golden files.
struct CommandRunner {
    struct Output {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    /// The folder of this target's resources (fixtures and golden files), as copied next to the tests.
    static let resources: URL = Bundle.module.url(forResource: "Resources", withExtension: nil)!

    /// The binary next to the test bundle (both are built into the same folder), or `CHUNGTAY_BIN`.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["CHUNGTAY_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("chungtay").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("chungtay")
    }()

    /// Runs `chungtay ARGUMENTS` in `directory` (default: the resources folder) with a clean environment.
    static func run(_ arguments: [String], in directory: URL = resources, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Compares `text` with `golden/NAME`; with `CHUNGTAY_UPDATE_GOLDEN=1` it rewrites the file in the source tree.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
                             filePath: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["CHUNGTAY_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Resources/golden/\(name)")
            try Data(text.utf8).write(to: source)
            return
        }
        // Decoded by hand: String(contentsOf:encoding:) would drop a CSV's byte-order mark.
        let expected = String(decoding: try Data(contentsOf: resources.appendingPathComponent("golden/\(name)")), as: UTF8.self)
        #expect(text == expected, "differs from golden/\(name); rerun with CHUNGTAY_UPDATE_GOLDEN=1 to see the difference in git", sourceLocation: sourceLocation)
    }
}
