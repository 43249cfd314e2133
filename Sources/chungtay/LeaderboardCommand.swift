import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct LeaderboardCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard", abstract: localized("Xem bảng xếp hạng đoàn viên, cơ sở Đoàn hoặc huyện trong một kỳ.", "Show the members', branches' or districts' board for a period."))

    @OptionGroup var options: GlobalOptions

    @Argument(help: .localized("members (đoàn viên), branches (cơ sở) hoặc districts (huyện).", "members, branches or districts."))
    var board: BoardKind

    @Option(help: GlobalOptions.periodHelp)
    var period: String?

    @Option(help: .localized("Chỉ giữ các mục thuộc đơn vị cấp huyện này; hạng vẫn tính toàn tỉnh.", "Keep the entries below this district-level unit; ranks stay province-wide."))
    var district: String?

    @Option(help: .localized("Chỉ giữ đoàn viên và cơ sở của khối này (commune, ward, school, ...); hạng vẫn tính toàn tỉnh.", "Keep the members and branches of this sector (commune, ward, school, ...); ranks stay province-wide."))
    var sector: String?

    @Option(help: .localized("Chỉ giữ các mục có hạng từ 1 đến N (các mục đồng hạng ở ngưỡng đều được giữ).", "Keep the entries ranked N or better (ties at the cut are all kept)."))
    var top: Int?

    @Flag(help: .localized("Liệt kê mọi đoàn viên hoặc đơn vị; những mục không có điểm cùng hạng cuối.", "List every member or unit; those with no points share the last rank."))
    var all = false

    @OptionGroup var structure: StructureDate

    @Option(help: .localized("table, json, csv, md hoặc xlsx (xlsx cần --out).", "table, json, csv, md or xlsx (xlsx needs --out)."))
    var format: OutputFormat = .table

    func validate() throws {
        guard format != .html else { throw ValidationError("leaderboard writes table, json, csv, md or xlsx, not html") }
        if let top, top < 1 { throw ValidationError("--top \(top): give a number of 1 or more") }
    }

    func execute() throws {
        let lang = options.language
        try refuseWorkbookWithoutOut(format)
        let period = try options.period(self.period)
        var boardOptions = BoardOptions(all: all, top: top, district: district?.uppercased(), asOf: structure.date)
        if let sector {
            guard let value = Sector(rawValue: sector.lowercased()) else { throw RankingError.unknownSector(sector) }
            boardOptions.sector = value
        }
        let ledger = try options.openLedger()
        let board = try ledger.board(self.board, period: period, options: boardOptions)
        switch format {
        case .json:
            // To standard output a piece at a time: a board of every member is megabytes.
            if options.out == nil {
                BoardJSON.write(board) { FileHandle.standardOutput.write(Data($0)) }
            } else {
                try emit(bytes: Data(BoardJSON.bytes(board)))
            }
        case .csv: try emit(BoardCSV.text(board, lang))
        case .md: try emit(BoardMarkdown.text(board, lang, empty: try emptyHint(board, ledger)))
        case .xlsx: try emit(bytes: try BoardWorkbook.data(board, lang, empty: try emptyHint(board, ledger)))
        case .table, .html: try emit(BoardTable.text(board, lang, empty: try emptyHint(board, ledger)))
        }
    }

    /// For an empty board, where the activities are; nil for a board with entries.
    private func emptyHint(_ board: Board, _ ledger: Ledger) throws -> EmptyBoardHint? {
        board.entries.isEmpty && board.unranked.isEmpty ? EmptyBoardHint(latestActivity: try ledger.latestScoringDate()) : nil
    }
}

extension BoardKind: ExpressibleByArgument {}
