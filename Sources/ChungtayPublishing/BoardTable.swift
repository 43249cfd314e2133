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
        let entry = standing.entry
        let boardName: String
        switch standing.board {
        case .members: boardName = lang.pick("bảng đoàn viên", "members' board")
        case .branches: boardName = lang.pick("bảng cơ sở Đoàn", "branches' board")
        case .districts: boardName = lang.pick("bảng cấp huyện", "districts' board")
        }
        var place = [entry.unit, entry.district].compactMap { $0 }.filter { $0 != entry.id }.joined(separator: ", ")
        if !place.isEmpty { place = " (\(place))" }
        var output = "\(entry.name) — \(entry.id)\(place)\n"
        output += "\(boardName.prefix(1).uppercased() + boardName.dropFirst()), \(BoardText.periodText(standing.period, lang))\n\n"

        var lines: [(String, String)] = []
        let rankText: String
        if let rank = entry.rank {
            rankText = "\(rank)/\(standing.ranked.display(lang))"
        } else if entry.score == nil {
            rankText = lang.pick("chưa xếp hạng (số đoàn viên bằng 0 hoặc chưa có)", "unranked (no member count, or 0)")
        } else {
            rankText = lang.pick("chưa có hạng (không có điểm trong kỳ; \(standing.ranked) được xếp hạng)",
                                 "no rank (no points in the period; \(standing.ranked) ranked)")
        }
        lines.append((lang.pick("Hạng", "Rank"), rankText))
        lines.append((lang.pick("Điểm", "Score"), entry.score?.display(lang) ?? "–"))
        if standing.scoreBasis == .per_member {
            lines.append((lang.pick("Tổng điểm", "Total"), entry.total.display(lang)))
            lines.append((lang.pick("Số đoàn viên", "Members"), entry.members.map { $0.display(lang) } ?? "–"))
        }
        lines.append((lang.pick("Cách hạng trên", "Gap to the rank above"), standing.gapToAbove?.display(lang) ?? "–"))
        if standing.hasMovement {
            let movement = BoardText.movement(entry, lang)
            let previous = entry.previousRank.map { lang.pick(" (kỳ trước: hạng \($0))", " (previous period: rank \($0))") } ?? ""
            lines.append((lang.pick("Thay đổi", "Change"), (movement.isEmpty ? "–" : movement) + previous))
        }
        let width = lines.map { TextTable.displayWidth($0.0) }.max() ?? 0
        for (label, value) in lines {
            output += label + ":" + String(repeating: " ", count: width - TextTable.displayWidth(label) + 1) + value + "\n"
        }

        output += "\n" + lang.pick("Điểm theo loại", "Points by type") + "\n"
        if entry.tallies.isEmpty {
            output += lang.pick("Không có hoạt động nào được tính điểm trong kỳ.\n", "No scoring activity in the period.\n")
        } else {
            var table = TextTable(headers: [lang.pick("Loại", "Type"), lang.pick("Số lượng", "Count"), lang.pick("Điểm", "Points")],
                                  alignments: [.left, .right, .right])
            for (key, points) in entry.pointsByKey { table.append([standing.label(key), entry.tally(key).count.display(lang), points.display(lang)]) }
            output += table.rendered()
        }
        return output
    }
}
