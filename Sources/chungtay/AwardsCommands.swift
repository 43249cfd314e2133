import ArgumentParser
import ChungtayAwards
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct AwardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards", abstract: "List the nominees for each award of the period's rules, for the award committee.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The award year, YYYY (default: the year of --today).")
    var year: Int?

    @Option(help: "Any period instead of a year: YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD.")
    var period: String?

    @Option(help: "table, json, csv, md, html or xlsx (xlsx needs --out).")
    var format: OutputFormat = .table

    func validate() throws {
        if year != nil, period != nil { throw ValidationError("give --year or --period, not both") }
        if let year, !(1 ... 9998).contains(year) { throw ValidationError("--year \(year): write a year such as 2026") }
    }

    func run() throws {
        try reportingFailures {
            let lang = options.language
            if format == .xlsx, options.out == nil {
                throw CommandFailure(CommandFailure.usage, lang.pick(
                    "--format xlsx ghi ra một tệp nhị phân: hãy thêm --out TỆP.xlsx (không ghi tệp nhị phân ra màn hình)",
                    "--format xlsx writes a binary file: add --out FILE.xlsx (binary output is not written to the terminal)"))
            }
            let awardPeriod = try resolvedPeriod(period ?? year.map(String.init) ?? String(options.todayDate.year), options: options)
            let ledger = try options.openLedger()
            let nominations = try rankingWork(options) { try ledger.nominations(period: awardPeriod, today: options.todayDate) }
            switch format {
            case .json: try emit(AwardsJSON.document(nominations, lang).serialized(), to: options.out)
            case .csv: try emit(AwardsCSV.text(nominations, lang), to: options.out)
            case .md: try emit(AwardsMarkdown.text(nominations, lang), to: options.out)
            case .html: try emit(AwardsHTML.text(nominations, lang), to: options.out)
            case .xlsx:
                let data: Data
                do {
                    data = try AwardsWorkbook.data(nominations, lang)
                } catch let failure as AwardsWorkbook.Failure {
                    throw CommandFailure(CommandFailure.cannotCreate, lang.pick("không tạo được tệp xlsx: \(failure.message)",
                                                                                "cannot make the xlsx file: \(failure.message)"))
                }
                try emit(data, to: options.out!)
            case .table: try emit(AwardsTable.text(nominations, lang), to: options.out)
            }
        }
    }
}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Show the campaign's yearly indicators: value, target, percent, projection, per district.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The year, YYYY (default: the year of --today).")
    var year: Int?

    @Option(help: "table, json or md.")
    var format: OutputFormat = .table

    func validate() throws {
        guard [.table, .json, .md].contains(format) else {
            throw ValidationError("progress writes table, json or md, not \(format.rawValue)")
        }
        if let year, !(1 ... 9999).contains(year) { throw ValidationError("--year \(year): write a year such as 2026") }
    }

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let ledger = try options.openLedger()
            let progress = try progressWork(options) { try ledger.progress(year: year ?? options.todayDate.year, today: options.todayDate) }
            switch format {
            case .json: try emit(ProgressJSON.document(progress).serialized(), to: options.out)
            case .md: try emit(ProgressMarkdown.text(progress, lang), to: options.out)
            default: try emit(ProgressTable.text(progress, lang), to: options.out)
            }
        }
    }
}

/// Runs progress work, turning its refusal (a year not begun, exit 64) and the ledger's into exit codes and messages.
func progressWork<T>(_ options: GlobalOptions, _ work: () throws -> T) throws -> T {
    do {
        return try options.ledgerWork(work)
    } catch let error as ProgressError {
        throw CommandFailure(error.exitCode, error.text(options.language))
    }
}

/// Writes binary output (a workbook) to a file, whole or not at all.
func emit(_ data: Data, to path: String) throws {
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(CommandFailure.cannotCreate, "\(path): cannot write the file (\(error.localizedDescription)); check the folder exists and is writable")
    }
}
