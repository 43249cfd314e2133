import ChungtayCore
import ChungtayRanking

/// `rules diff --format md`: a heading, then one section and pipe table per board.
public enum RulesDiffMarkdown {
    /// `rules diff ... --format md`, in the user's language.
    public static func text(_ diff: RulesDiff, _ lang: Language) -> String {
        var output = "## " + BoardMarkdown.escaped(RulesDiffText.title(diff, lang)) + "\n\n"
            + BoardMarkdown.escaped(RulesDiffText.versions(diff, lang)) + "\n"
        for board in diff.boards {
            output += "\n### " + BoardMarkdown.escaped(RulesDiffText.boardName(board.kind, lang)) + "\n\n"
                + BoardMarkdown.escaped(RulesDiffText.summary(board, lang)) + "\n\n"
            guard !board.entries.isEmpty else {
                output += BoardMarkdown.escaped(BoardText.nobody(lang)) + "\n"
                continue
            }
            let columns = RulesDiffText.columns(board, lang)
            output += BoardMarkdown.row(columns.map(\.header))
                + BoardMarkdown.row(columns.map { $0.alignRight ? "---:" : "---" }, escaping: false)
            for entry in board.entries { output += BoardMarkdown.row(columns.map { $0.cell(entry) }) }
        }
        return output
    }
}
