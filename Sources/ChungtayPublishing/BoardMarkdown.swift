import ChungtayCore
import ChungtayRanking

/// Boards as Markdown: a heading, the settings, a pipe table, then any unranked units.
public enum BoardMarkdown {
    /// `leaderboard ... --format md`.
    /// - Parameter empty: for an empty board, where the activities are, to say which period to ask for instead.
    public static func text(_ board: Board, _ lang: Language, empty: EmptyBoardHint? = nil) -> String {
        var output = "## " + escaped(BoardText.title(board.kind, board.period, lang)) + "\n\n" + escaped(BoardText.settings(board, lang)) + "\n\n"
        if board.entries.isEmpty {
            output += escaped(BoardText.nobody(board, hint: empty, lang)) + "\n"
        } else {
            let columns = BoardText.columns(board, lang)
            output += row(columns.map(\.header)) + row(columns.map { $0.alignRight ? "---:" : "---" }, escaping: false)
            // Written as bytes, each entry read where it lies: a board of every member has thousands of rows.
            var rows: [UInt8] = []
            board.entries.withUnsafeBufferPointer { entries in
                for index in entries.indices { row(columns.map { $0.cell(entries[index]) }, to: &rows) }
            }
            output += String(decoding: rows, as: UTF8.self)
        }
        if !board.unranked.isEmpty {
            output += "\n### " + escaped(BoardText.unrankedHeading(lang)) + "\n\n"
            output += row([lang.pick("Mã", "Id"), lang.pick("Tên đơn vị", "Name"), lang.pick("Huyện", "District"), lang.pick("Tổng điểm", "Total")])
            output += row(["---", "---", "---", "---:"], escaping: false)
            for entry in board.unranked { output += row([entry.id, entry.name, entry.district ?? "", entry.total.display(lang)]) }
        }
        return output
    }

    /// A pipe table: the headers, the alignment row (the columns in `right` aligned right), then the rows, escaped.
    static func table(_ headers: [String], right: Set<Int>, _ rows: [[String]]) -> String {
        row(headers) + row(headers.indices.map { right.contains($0) ? "---:" : "---" }, escaping: false) + rows.map { row($0) }.joined()
    }

    static func row(_ cells: [String], escaping: Bool = true) -> String {
        "| " + cells.map { escaping ? escaped($0) : $0 }.joined(separator: " | ") + " |\n"
    }

    /// The UTF-8 of ``row(_:escaping:)`` for escaped cells, appended.
    static func row(_ cells: [String], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "|"))
        for cell in cells {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: escaped(cell).utf8)
            output.append(UInt8(ascii: " "))
            output.append(UInt8(ascii: "|"))
        }
        output.append(0x0A)
    }

    /// Whether a byte is one of the characters `escaped` escapes: a text without any goes through as it is.
    static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// The text with Markdown's special characters escaped, so that a name shows as written.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var output = ""
        for character in text {
            if "\\|*_`<>[]#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
