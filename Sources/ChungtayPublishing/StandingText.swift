import ChungtayCore
import ChungtayRanking

/// The words of one entry's standing (`rank`) that its table, Markdown and CSV forms share, in either language.
enum StandingText {
    /// `Đoàn xã An Hòa — GL-ANHOA`, with the member's branch and district in brackets.
    static func heading(_ standing: Standing, _ lang: Language) -> String {
        let entry = standing.entry
        let place = [entry.unit, entry.district].compactMap { $0 }.filter { $0 != entry.id }.joined(separator: ", ")
        return "\(entry.name) — \(entry.id)" + (place.isEmpty ? "" : " (\(place))")
    }

    /// `Bảng cơ sở Đoàn, 2026-11 (01/11/2026–30/11/2026)`.
    static func boardAndPeriod(_ standing: Standing, _ lang: Language) -> String {
        let board = boardName(standing.board, lang)
        return board.prefix(1).uppercased() + board.dropFirst() + ", " + BoardText.periodText(standing.period, lang)
    }

    /// `bảng đoàn viên`, `bảng cơ sở Đoàn`, `bảng cấp huyện`.
    static func boardName(_ kind: BoardKind, _ lang: Language) -> String {
        switch kind {
        case .members: lang.pick("bảng đoàn viên", "members' board")
        case .branches: lang.pick("bảng cơ sở Đoàn", "branches' board")
        case .districts: lang.pick("bảng cấp huyện", "districts' board")
        }
    }

    /// The rank (or why there is none), the score, the total and members under `per_member`, the gap to the entry
    /// above and the movement, as (label, value).
    static func lines(_ standing: Standing, _ lang: Language) -> [(label: String, value: String)] {
        let entry = standing.entry
        var lines: [(label: String, value: String)] = [(lang.pick("Hạng", "Rank"), rank(standing, lang, sayingRanked: true))]
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
        return lines
    }

    /// `9/121`, or why there is no rank: no member count (unranked), or no points (with how many are ranked, where
    /// `sayingRanked`).
    static func rank(_ standing: Standing, _ lang: Language, sayingRanked: Bool) -> String {
        let entry = standing.entry
        if let rank = entry.rank { return "\(rank)/\(standing.ranked.display(lang))" }
        if entry.score == nil { return lang.pick("chưa xếp hạng (số đoàn viên bằng 0 hoặc chưa có)", "unranked (no member count, or 0)") }
        return sayingRanked
            ? lang.pick("chưa có hạng (không có điểm trong kỳ; \(standing.ranked) được xếp hạng)", "no rank (no points in the period; \(standing.ranked) ranked)")
            : lang.pick("chưa có hạng (không có điểm trong kỳ)", "no rank (no points in the period)")
    }

    static func byTypeHeading(_ lang: Language) -> String {
        lang.pick("Điểm theo loại", "Points by type")
    }

    static func noActivity(_ lang: Language) -> String {
        lang.pick("Không có hoạt động nào được tính điểm trong kỳ.", "No scoring activity in the period.")
    }

    static func typeHeaders(_ lang: Language) -> [String] {
        [lang.pick("Loại", "Type"), lang.pick("Số lượng", "Count"), lang.pick("Điểm", "Points")]
    }

    /// One row per type or target the entry tallies, most points first: its label, count and points.
    static func typeRows(_ standing: Standing, _ lang: Language) -> [[String]] {
        standing.entry.pointsByKey.map { key, points in
            [standing.label(key), standing.entry.tally(key).count.display(lang), points.display(lang)]
        }
    }
}
