import ArgumentParser
import ChungtayCore
import Foundation

/// A refusal with its exit code (outputs.md): the message goes to stderr, one line per problem.
struct CommandFailure: Error {
    let code: Int32
    let lines: [String]

    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let cannotOpen: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let busy: Int32 = 75

    init(_ code: Int32, _ lines: [String]) {
        self.code = code
        self.lines = lines
    }

    init(_ code: Int32, _ line: String) {
        self.init(code, [line])
    }

    /// Every problem found, one line each, in the user's language (exit 65).
    init(_ error: DiagnosticsError, lang: Language) {
        self.init(Self.invalidData, error.diagnostics.map { $0.text(lang) })
    }
}

extension ParsableCommand {
    /// Runs the body; a `CommandFailure` is written to stderr and becomes the process's exit code.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(failure.lines.map { $0 + "\n" }.joined().utf8))
            throw ExitCode(failure.code)
        }
    }
}

/// Writes a report to `--out` or standard output; a file is written whole or not at all.
func emit(_ text: String, to path: String?) throws {
    try emit(bytes: Data(text.utf8), to: path)
}

/// Writes a report given as UTF-8 to `--out` or standard output; a file is written whole or not at all.
func emit(bytes: Data, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(bytes)
        return
    }
    do {
        try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(CommandFailure.cannotCreate, "\(path): cannot write the report (\(error.localizedDescription)); check the folder exists and is writable")
    }
}
