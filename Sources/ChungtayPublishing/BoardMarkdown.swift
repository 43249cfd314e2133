import ChungtayCore
import ChungtayRanking

/// Boards as Markdown: a heading, the settings, a pipe table, then any unranked units.
public enum BoardMarkdown {
    /// `leaderboard ... --format md`.
    public static func text(_ board: Board, _ lang: Language) -> String {
        var output = "## " + escaped(BoardText.title(board.kind, board.period, lang)) + "\n\n" + escaped(BoardText.settings(board, lang)) + "\n\n"
        if board.entries.isEmpty {
            output += escaped(BoardText.nobody(lang)) + "\n"
        } else {
            let columns = BoardText.columns(board, lang)
            output += row(columns.map(\.header)) + row(columns.map { $0.alignRight ? "---:" : "---" }, escaping: false)
            for entry in board.entries { output += row(columns.map { $0.cell(entry) }) }
        }
        if !board.unranked.isEmpty {
            output += "\n### " + escaped(BoardText.unrankedHeading(lang)) + "\n\n"
            output += row([lang.pick("Mã", "Id"), lang.pick("Tên đơn vị", "Name"), lang.pick("Huyện", "District"), lang.pick("Tổng điểm", "Total")])
            output += row(["---", "---", "---", "---:"], escaping: false)
            for entry in board.unranked { output += row([entry.id, entry.name, entry.district ?? "", entry.total.fixed]) }
        }
        return output
    }

    static func row(_ cells: [String], escaping: Bool = true) -> String {
        "| " + cells.map { escaping ? escaped($0) : $0 }.joined(separator: " | ") + " |\n"
    }

    /// The bytes of the characters `escaped` escapes, to let a text without any through as it is.
    static let special = Set("\\|*_`<>[]#".utf8)

    /// The text with Markdown's special characters escaped, so that a name shows as written.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { Self.special.contains($0) }) else { return text }
        var output = ""
        for character in text {
            if "\\|*_`<>[]#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
