import ChungtayCore
import ChungtayRanking

/// Boards as CSV for Excel (outputs.md, Everywhere): UTF-8 with a byte-order mark, CRLF line ends, text cells
/// that a spreadsheet could run as a formula written with a leading `'`, numbers plain.
///
/// One row per entry, the unranked units after the ranked entries (with rank and score empty), and two columns
/// per activity type or target on the board (count and points), sorted by key.
public enum BoardCSV {
    /// `leaderboard ... --format csv`, headers in the user's language.
    public static func text(_ board: Board, _ lang: Language) -> String {
        let everyone = board.entries + board.unranked
        let keys = Set(everyone.flatMap { $0.tallies.map(\.key) }).sorted()
        var header = [lang.pick("Hạng", "Rank"), lang.pick("Mã", "Id"), lang.pick("Tên", "Name"), lang.pick("Cơ sở Đoàn", "Branch"),
                      lang.pick("Huyện", "District"), lang.pick("Điểm", "Score"), lang.pick("Tổng điểm", "Total"),
                      lang.pick("Số đoàn viên", "Members"), lang.pick("Hạng kỳ trước", "Previous rank"), lang.pick("Thay đổi", "Movement")]
        for key in keys {
            header.append(lang.pick("\(key) (số lượng)", "\(key) (count)"))
            header.append(lang.pick("\(key) (điểm)", "\(key) (points)"))
        }
        var output = "\u{FEFF}" + line(header.map(Cell.text))
        for entry in everyone {
            var cells: [Cell] = [.number(entry.rank.map(String.init)), .text(entry.id), .text(entry.name), .text(entry.unit ?? ""),
                                 .text(entry.district ?? ""), .number(entry.score?.description), .number(entry.total.description),
                                 .number(entry.members.map(String.init)), .number(entry.previousRank.map(String.init)),
                                 .number(entry.movement.map(String.init))]
            for key in keys {
                let tally = entry.tally(key)
                cells.append(.number(String(tally.count)))
                cells.append(.number(tally.points.description))
            }
            output += line(cells)
        }
        return output
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
