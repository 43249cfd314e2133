import ArgumentParser
import ChungtayCore
import Foundation

/// A subcommand over the shared options. Its work throws any ``Refusal`` (the libraries' and the command line's
/// own); `run` prints it on stderr in the user's language and exits with its code, never with a stack trace.
protocol ChungtayCommand: ParsableCommand {
    var options: GlobalOptions { get }

    /// The command's work.
    func execute() throws
}

extension ChungtayCommand {
    func run() throws {
        do {
            try execute()
        } catch let refusal as any Refusal {
            FileHandle.standardError.write(Data(refusal.lines(options.language).map { $0 + "\n" }.joined().utf8))
            throw ExitCode(refusal.exitCode)
        }
    }

    /// Refuses (64) a workbook without `--out`: binary output is never written to the terminal.
    func refuseWorkbookWithoutOut(_ format: OutputFormat) throws {
        guard format == .xlsx, options.out == nil else { return }
        throw CommandFailure(CommandFailure.usage, options.language.pick(
            "--format xlsx ghi ra một tệp nhị phân: hãy thêm --out TỆP.xlsx (không ghi tệp nhị phân ra màn hình)",
            "--format xlsx writes a binary file: add --out FILE.xlsx (binary output is not written to the terminal)"))
    }

    /// Writes a report to `--out` or standard output.
    func emit(_ text: String) throws {
        try emit(bytes: Data(text.utf8))
    }

    /// Writes a report given as bytes (UTF-8 text, or a workbook) to `--out` or standard output; a file is written
    /// whole or not at all (exit 73 when it cannot be).
    func emit(bytes: Data) throws {
        guard let path = options.out else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        do {
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(CommandFailure.cannotCreate, options.language.pick(
                "\(path): không ghi được báo cáo (\(WriteProblem.reason(error, file: path, .vi))); kiểm tra thư mục có tồn tại và ghi được không",
                "\(path): cannot write the report (\(WriteProblem.reason(error, file: path, .en))); check the folder exists and is writable"))
        }
    }
}
