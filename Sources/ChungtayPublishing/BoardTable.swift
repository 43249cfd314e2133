import ChungtayCore
import ChungtayRanking

/// Boards and standings as terminal tables, aligned by what a terminal shows (Vietnamese letters one column each).
public enum BoardTable {
    /// `leaderboard ...` in the default format: a title, the settings, the table, then any unranked units.
    /// - Parameter empty: for an empty board, where the activities are, to say which period to ask for instead.
    public static func text(_ board: Board, _ lang: Language, empty: EmptyBoardHint? = nil) -> String {
        var output = BoardText.title(board.kind, board.period, lang) + "\n" + BoardText.settings(board, lang) + "\n\n"
        if board.entries.isEmpty {
            output += BoardText.nobody(board, hint: empty, lang) + "\n"
        } else {
            let columns = BoardText.columns(board, lang)
            var table = TextTable(headers: columns.map(\.header), alignments: columns.map { $0.alignRight ? .right : .left })
            // Each entry read where it lies, not copied.
            board.entries.withUnsafeBufferPointer { entries in
                for index in entries.indices { table.append(columns.map { $0.cell(entries[index]) }) }
            }
            output += table.rendered()
        }
        if !board.unranked.isEmpty {
            var table = TextTable(headers: [lang.pick("Mã", "Id"), lang.pick("Tên đơn vị", "Name"), lang.pick("Huyện", "District"),
                                            lang.pick("Tổng điểm", "Total")],
                                  alignments: [.left, .left, .left, .right])
            for entry in board.unranked { table.append([entry.id, entry.name, entry.district ?? "", entry.total.display(lang)]) }
            output += "\n" + BoardText.unrankedHeading(lang) + "\n" + table.rendered()
        }
        return output
    }

    /// `rank ...` in the default format: rank of ranked, score, gap to the entry above, movement, points by type.
    public static func text(_ standing: Standing, _ lang: Language) -> String {
        var output = StandingText.heading(standing, lang) + "\n" + StandingText.boardAndPeriod(standing, lang) + "\n\n"
        let lines = StandingText.lines(standing, lang)
        let width = lines.map { TextTable.displayWidth($0.label) }.max() ?? 0
        for (label, value) in lines {
            output += label + ":" + String(repeating: " ", count: width - TextTable.displayWidth(label) + 1) + value + "\n"
        }

        output += "\n" + StandingText.byTypeHeading(lang) + "\n"
        let rows = StandingText.typeRows(standing, lang)
        if rows.isEmpty {
            output += StandingText.noActivity(lang) + "\n"
        } else {
            var table = TextTable(headers: StandingText.typeHeaders(lang), alignments: [.left, .right, .right])
            for row in rows { table.append(row) }
            output += table.rendered()
        }
        return output
    }
}
