import ChungtayCore
import ChungtayRanking

/// Boards as CSV for Excel (outputs.md, Everywhere): UTF-8 with a byte-order mark, CRLF line ends, text cells
/// that a spreadsheet could run as a formula written with a leading `'`, numbers plain.
///
/// One row per entry, the unranked units after the ranked entries (with rank and score empty), and two columns
/// per activity type or target on the board (count and points), sorted by key and headed by its label.
public enum BoardCSV {
    /// `leaderboard ... --format csv`, headers in the user's language.
    public static func text(_ board: Board, _ lang: Language) -> String {
        String(decoding: bytes(board, lang), as: UTF8.self)
    }

    /// The UTF-8 of ``text(_:_:)``, written cell by cell as bytes: a board of every member has hundreds of thousands
    /// of cells.
    public static func bytes(_ board: Board, _ lang: Language) -> [UInt8] {
        let everyone = board.entries + board.unranked
        let sortedKeys = BoardText.tallyKeys(board)
        var header = [lang.pick("Hạng", "Rank"), lang.pick("Mã", "Id"), lang.pick("Tên", "Name"), lang.pick("Cơ sở Đoàn", "Branch"),
                      lang.pick("Huyện", "District"), lang.pick("Điểm", "Score"), lang.pick("Tổng điểm", "Total"),
                      lang.pick("Số đoàn viên", "Members"), lang.pick("Hạng kỳ trước", "Previous rank"), lang.pick("Thay đổi", "Movement")]
        for key in sortedKeys { header += BoardText.tallyHeaders(board.label(key), lang) }
        var output: [UInt8] = []
        output.reserveCapacity(256 * (everyone.count + 1))
        output.append(contentsOf: ("\u{FEFF}" + line(header.map(Cell.text))).utf8)
        // Each entry's tallies by key, in the columns' order: the counts and points of the keys it lacks are 0.
        var columns = [TypeTally?](repeating: nil, count: sortedKeys.count)
        let column = Dictionary(uniqueKeysWithValues: sortedKeys.enumerated().map { ($0.element, $0.offset) })
        everyone.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                let entry = entries.baseAddress! + index
                number(entry.pointee.rank, to: &output)
                output.append(UInt8(ascii: ","))
                text(entry.pointee.id, to: &output)
                output.append(UInt8(ascii: ","))
                text(entry.pointee.name, to: &output)
                output.append(UInt8(ascii: ","))
                text(entry.pointee.unit ?? "", to: &output)
                output.append(UInt8(ascii: ","))
                text(entry.pointee.district ?? "", to: &output)
                output.append(UInt8(ascii: ","))
                if let score = entry.pointee.score { score.appendDescription(to: &output) }
                output.append(UInt8(ascii: ","))
                entry.pointee.total.appendDescription(to: &output)
                output.append(UInt8(ascii: ","))
                number(entry.pointee.members, to: &output)
                output.append(UInt8(ascii: ","))
                number(entry.pointee.previousRank, to: &output)
                output.append(UInt8(ascii: ","))
                number(entry.pointee.movement, to: &output)
                for place in columns.indices { columns[place] = nil }
                for tally in entry.pointee.tallies { columns[column[tally.key]!] = tally }
                for tally in columns {
                    output.append(UInt8(ascii: ","))
                    number(tally?.count ?? 0, to: &output)
                    output.append(UInt8(ascii: ","))
                    (tally?.points ?? .zero).appendDescription(to: &output)
                }
                output.append(0x0D)
                output.append(0x0A)
            }
        }
        return output
    }

    /// A text cell as ``Cell/written`` writes it.
    private static func text(_ value: String, to output: inout [UInt8]) {
        let plain = value.utf8.first.map { !"=+-@\t\r".utf8.contains($0) } == true
            && !value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        if plain { output.append(contentsOf: value.utf8) } else { output.append(contentsOf: Cell.text(value).written.utf8) }
    }

    /// A whole number's digits (nothing for nil).
    private static func number(_ value: Int?, to output: inout [UInt8]) {
        if let value { output.appendDecimal(value) }
    }

    /// A text cell (guarded against formulas) or a number written as it is (nil: empty).
    enum Cell {
        case text(String)
        case number(String?)

        var written: String {
            switch self {
            case let .number(value): return value ?? ""
            case let .text(value):
                // A text beginning with = + - @ TAB or CR would run as a formula in a spreadsheet.
                // (All of them ASCII, so the bytes are looked at, not the characters: much faster.)
                let guarded = value.utf8.first.map { "=+-@\t\r".utf8.contains($0) } == true ? "'" + value : value
                guard guarded.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
                else { return guarded }
                return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
        }
    }

    static func line(_ cells: [Cell]) -> String {
        cells.map(\.written).joined(separator: ",") + "\r\n"
    }
}
