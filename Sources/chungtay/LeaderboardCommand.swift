import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard", abstract: "Show the members', branches' or districts' board for a period.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "members, branches or districts.")
    var board: BoardKind

    @Option(help: "YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD (default: the ISO week holding --today).")
    var period: String?

    @Option(help: "Keep the entries below this district-level unit; ranks stay province-wide.")
    var district: String?

    @Option(help: "Keep the members and branches of this sector (commune, ward, school, ...); ranks stay province-wide.")
    var sector: String?

    @Option(help: "Keep the entries ranked N or better (ties at the cut are all kept).")
    var top: Int?

    @Flag(help: "List every member or unit; those with no points share the last rank.")
    var all = false

    @Option(help: "table, json, csv or md.")
    var format: OutputFormat = .table

    func validate() throws {
        guard [.table, .json, .csv, .md].contains(format) else {
            throw ValidationError("leaderboard writes table, json, csv or md, not \(format.rawValue)")
        }
        if let top, top < 1 { throw ValidationError("--top \(top): give a number of 1 or more") }
    }

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let period = try resolvedPeriod(self.period, options: options)
            var boardOptions = BoardOptions(all: all, top: top, district: district?.uppercased())
            if let sector {
                guard let value = Sector(rawValue: sector.lowercased()) else { throw CommandFailure(RankingError.unknownSector(sector), lang: lang) }
                boardOptions.sector = value
            }
            let ledger = try options.openLedger()
            let board = try rankingWork(options) {
                try ledger.board(self.board, period: period, options: boardOptions)
            }
            switch format {
            case .json:
                // To standard output a piece at a time: a board of every member is megabytes.
                if options.out == nil {
                    BoardJSON.write(board) { FileHandle.standardOutput.write(Data(buffer: $0)) }
                } else {
                    try emit(bytes: Data(BoardJSON.bytes(board)), to: options.out)
                }
            case .csv: try emit(BoardCSV.text(board, lang), to: options.out)
            case .md: try emit(BoardMarkdown.text(board, lang), to: options.out)
            default: try emit(BoardTable.text(board, lang), to: options.out)
            }
        }
    }
}

/// `--period`, or the ISO week holding `--today`; a malformed value is wrong usage (exit 64) naming it.
func resolvedPeriod(_ text: String?, options: GlobalOptions) throws -> Period {
    guard let text else { return Period.week(containing: options.todayDate) }
    do {
        return try Period(parsing: text)
    } catch {
        throw CommandFailure(error, lang: options.language)
    }
}

/// Runs ranking work, turning its refusals and the ledger's into exit codes and messages.
func rankingWork<T>(_ options: GlobalOptions, _ work: () throws -> T) throws -> T {
    do {
        return try options.ledgerWork(work)
    } catch let error as RankingError {
        throw CommandFailure(error, lang: options.language)
    }
}

extension CommandFailure {
    init(_ error: RankingError, lang: Language) {
        self.init(error.exitCode, error.text(lang))
    }
}

extension BoardKind: ExpressibleByArgument {}
