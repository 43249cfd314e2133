import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// The words and cells that the table, CSV and Markdown forms of `rules diff` share, in either language.
enum RulesDiffText {
    /// `So sánh thể lệ — 2026-W48 (23/11/2026–29/11/2026)`.
    static func title(_ diff: RulesDiff, _ lang: Language) -> String {
        lang.pick("So sánh thể lệ", "Rules compared") + " — " + BoardText.periodText(diff.period, lang)
    }

    /// `Thể lệ hiện hành 2026.1 → thể lệ mới 2026.2`.
    static func versions(_ diff: RulesDiff, _ lang: Language) -> String {
        let old = diff.boards.first.map { BoardText.rulesVersion($0.old.rulesVersion, builtIn: $0.old.rulesBuiltIn, lang) } ?? "–"
        let new = diff.boards.first.map { BoardText.rulesVersion($0.new.rulesVersion, builtIn: $0.new.rulesBuiltIn, lang) } ?? "–"
        return lang.pick("Thể lệ hiện hành \(old) → thể lệ mới \(new)", "Current rules \(old) → new rules \(new)")
    }

    static func boardName(_ kind: BoardKind, _ lang: Language) -> String {
        switch kind {
        case .members: return lang.pick("Bảng xếp hạng đoàn viên", "Members' board")
        case .branches: return lang.pick("Bảng xếp hạng cơ sở Đoàn", "Branches' board")
        case .districts: return lang.pick("Bảng xếp hạng Huyện, Thị, Thành đoàn, Đoàn trực thuộc", "Districts' board")
        }
    }

    /// `3 thay đổi hạng · số được xếp hạng: 11 → 12`, with the ranking settings where the two sides differ. An entry
    /// that gains or loses a rank counts as a change.
    static func summary(_ board: BoardDiff, _ lang: Language) -> String {
        let moved = board.moved == 0 ? lang.pick("không ai thay đổi hạng", "nobody moves")
            : lang.pick("\(board.moved) thay đổi hạng", "\(board.moved) " + (board.moved == 1 ? "change" : "changes") + " of rank")
        var parts = [moved,
                     lang.pick("số được xếp hạng: ", "ranked: ") + "\(board.old.ranked) → \(board.new.ranked)"]
        if board.old.scoreBasis != board.new.scoreBasis {
            parts.append(lang.pick("điểm xếp hạng: ", "score: ") + basis(board.old.scoreBasis, lang) + " → " + basis(board.new.scoreBasis, lang))
        }
        if board.old.method != board.new.method {
            parts.append(lang.pick("cách xếp hạng: ", "ranking: ") + method(board.old.method) + " → " + method(board.new.method))
        }
        return parts.joined(separator: " · ")
    }

    static func basis(_ basis: RankingSettings.ScoreBasis, _ lang: Language) -> String {
        basis == .total ? lang.pick("tổng điểm", "total points") : lang.pick("bình quân mỗi đoàn viên", "points per member")
    }

    static func method(_ method: RankingSettings.Method) -> String {
        method == .competition ? "1, 2, 2, 4" : "1, 2, 2, 3"
    }

    /// `▲5`, `▼2`, `–`, `mới`/`new`, `rời bảng`/`gone`: the movement as tables show it.
    static func movement(_ entry: DiffEntry, _ lang: Language) -> String {
        switch entry.change {
        case .up: return "▲\(entry.movement!)"
        case .down: return "▼\(-entry.movement!)"
        case .same: return "–"
        case .new: return lang.pick("mới", "new")
        case .gone: return lang.pick("rời bảng", "gone")
        }
    }

    /// The change in words, for spreadsheets.
    static func change(_ change: DiffEntry.Change, _ lang: Language) -> String {
        switch change {
        case .up: return lang.pick("lên", "up")
        case .down: return lang.pick("xuống", "down")
        case .same: return lang.pick("giữ nguyên", "same")
        case .new: return lang.pick("mới", "new")
        case .gone: return lang.pick("rời bảng", "gone")
        }
    }

    /// The columns of one board's comparison, as the table and Markdown forms show them: totals too where either
    /// side ranks per member.
    struct Column {
        let header: String
        let alignRight: Bool
        let cell: (DiffEntry) -> String
    }

    static func columns(_ board: BoardDiff, _ lang: Language) -> [Column] {
        func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "" }
        var columns = [
            Column(header: lang.pick("Hạng cũ", "Old rank"), alignRight: true) { text($0.oldRank) },
            Column(header: lang.pick("Hạng mới", "New rank"), alignRight: true) { text($0.newRank) },
            Column(header: lang.pick("Thay đổi", "Change"), alignRight: true) { movement($0, lang) },
            Column(header: lang.pick("Mã", "Id"), alignRight: false) { $0.id },
            Column(header: board.kind == .members ? lang.pick("Họ và tên", "Name") : lang.pick("Tên đơn vị", "Name"), alignRight: false) { $0.name },
            Column(header: lang.pick("Điểm cũ", "Old score"), alignRight: true) { $0.oldScore?.display(lang) ?? "" },
            Column(header: lang.pick("Điểm mới", "New score"), alignRight: true) { $0.newScore?.display(lang) ?? "" },
        ]
        if board.old.scoreBasis == .per_member || board.new.scoreBasis == .per_member {
            columns.append(Column(header: lang.pick("Tổng điểm cũ", "Old total"), alignRight: true) { $0.oldTotal?.display(lang) ?? "" })
            columns.append(Column(header: lang.pick("Tổng điểm mới", "New total"), alignRight: true) { $0.newTotal?.display(lang) ?? "" })
        }
        return columns
    }
}
