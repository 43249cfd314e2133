import ChungtayCore
import ChungtayRanking

/// `rules diff` in the default format: for each board, the entries under the current and the new rules side by
/// side, the farthest moves first.
public enum RulesDiffTable {
    /// `rules diff ...` as tables, in the user's language.
    public static func text(_ diff: RulesDiff, _ lang: Language) -> String {
        var output = RulesDiffText.title(diff, lang) + "\n" + RulesDiffText.versions(diff, lang) + "\n"
        for board in diff.boards {
            output += "\n" + RulesDiffText.boardName(board.kind, lang) + "\n" + RulesDiffText.summary(board, lang) + "\n"
            guard !board.entries.isEmpty else {
                output += BoardText.nobody(lang) + "\n"
                continue
            }
            let columns = RulesDiffText.columns(board, lang)
            var table = TextTable(headers: columns.map(\.header), alignments: columns.map { $0.alignRight ? .right : .left })
            for entry in board.entries { table.append(columns.map { $0.cell(entry) }) }
            output += table.rendered()
        }
        return output
    }
}
