import ChungtayCore
import ChungtayRanking
import CXlsxWriter
import Foundation

/// `leaderboard --format xlsx`: the board as a real workbook (``Workbook``), for an office that forwards boards in
/// Excel (where a comma-separated CSV opens as one column under Vietnamese regional settings). One sheet: the board's
/// title and settings, then the table's columns and a count and a points column for each activity type or target,
/// headed by its label; ranks, counts and points as numbers, every text as a string. The unranked units follow
/// under their own heading; an empty board says why, as the table does. Prints on A4 landscape.
public enum BoardWorkbook {
    /// The workbook's bytes.
    /// - Parameter empty: for an empty board, where the activities are, to say which period to ask for instead.
    public static func data(_ board: Board, _ lang: Language, empty: EmptyBoardHint? = nil) throws -> Data {
        var workbook = try Workbook()
        let title = BoardText.title(board.kind, board.period, lang)
        let sheet = try workbook.sheet(sheetName(board, lang), pageHeader: title)
        worksheet_write_string(sheet, 0, 0, title, workbook.title)
        worksheet_write_string(sheet, 1, 0, BoardText.settings(board, lang), nil)
        let headerRow: UInt32 = 3
        guard !board.entries.isEmpty || !board.unranked.isEmpty else {
            worksheet_write_string(sheet, headerRow, 0, BoardText.nobody(board, hint: empty, lang), nil)
            return try workbook.finished()
        }
        let columns = BoardText.columns(board, lang)
        let keys = BoardText.tallyKeys(board)
        let headers = columns.map(\.header) + keys.flatMap { BoardText.tallyHeaders(board.label($0), lang) }
        // Numbers narrow, the id (the second column) a code's width, names and places wide.
        let widths = columns.enumerated().map { index, column in column.alignRight ? 11.0 : index == 1 ? 14 : 30 }
            + Array(repeating: 14, count: 2 * keys.count)
        workbook.headerRow(headers, row: headerRow, widths: widths, on: sheet)

        var row = headerRow + 1
        func write(_ entry: borrowing BoardEntry) {
            for (index, column) in columns.enumerated() {
                let place = UInt16(index)
                switch column.value(entry) {
                case let .text(text): worksheet_write_string(sheet, row, place, text, workbook.wrapped)
                case let .rank(number), let .count(number):
                    if let number { worksheet_write_number(sheet, row, place, Double(number), workbook.whole) }
                case let .points(points):
                    if let points { worksheet_write_number(sheet, row, place, Double(points.hundredths) / 100, workbook.points) }
                }
            }
            for (index, key) in keys.enumerated() {
                let tally = entry.tally(key)
                let place = UInt16(columns.count + 2 * index)
                worksheet_write_number(sheet, row, place, Double(tally.count), workbook.whole)
                worksheet_write_number(sheet, row, place + 1, Double(tally.points.hundredths) / 100, workbook.points)
            }
            row += 1
        }
        if board.entries.isEmpty {
            worksheet_write_string(sheet, row, 0, BoardText.nobody(board, hint: empty, lang), nil)
            row += 1
        }
        board.entries.withUnsafeBufferPointer { entries in
            for index in entries.indices { write(entries[index]) }
        }
        if !board.unranked.isEmpty {
            row += 1
            worksheet_write_string(sheet, row, 0, BoardText.unrankedHeading(lang), workbook.header)
            row += 1
            for entry in board.unranked { write(entry) }
        }
        return try workbook.finished()
    }

    /// `Đoàn viên 2026-W48`, `Cơ sở Đoàn 2026-11`, `Cấp huyện 2026`; a custom range (too long for a sheet's name) is
    /// left out.
    static func sheetName(_ board: Board, _ lang: Language) -> String {
        let name = switch board.kind {
        case .members: lang.pick("Đoàn viên", "Members")
        case .branches: lang.pick("Cơ sở Đoàn", "Branches")
        case .districts: lang.pick("Cấp huyện", "Districts")
        }
        return board.period.kind == .range ? name : "\(name) \(board.period.label)"
    }
}
