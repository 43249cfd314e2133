import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// `explain ...` in the default format: every activity behind the score with the steps of scoring.md, laid out
/// so that a branch secretary can redo the sums by hand; then the target bonuses, the total and the rank.
public enum ExplainTable {
    /// `explain ...` as a table, in the user's language.
    public static func text(_ explanation: Explanation, _ lang: Language) -> String {
        let entry = explanation.standing.entry
        var place = [entry.unit, entry.district].compactMap { $0 }.filter { $0 != entry.id }.joined(separator: ", ")
        if !place.isEmpty { place = " (\(place))" }
        var output = lang.pick("Giải trình điểm: ", "Score explained: ") + "\(entry.name) — \(entry.id)\(place)\n"
        let board = boardName(explanation.board, lang)
        output += board.prefix(1).uppercased() + board.dropFirst() + ", " + BoardText.periodText(explanation.period, lang) + "\n\n"

        let units = explanation.board != .members
        if explanation.activities.isEmpty {
            output += lang.pick("Không có hoạt động nào trong kỳ.\n", "No activity in the period.\n")
        } else {
            var headers = [lang.pick("Ngày", "Date"), lang.pick("Mã", "Id"), lang.pick("Loại hoạt động", "Type")]
            if units { headers += [lang.pick("Đơn vị", "Unit"), lang.pick("Đoàn viên", "Member")] }
            headers += [lang.pick("Cơ sở × hệ số = trước giới hạn → điểm", "Base × factor = before caps → points"), lang.pick("Ghi chú", "Notes")]
            var table = TextTable(headers: headers, alignments: headers.indices.map { $0 == headers.count - 2 ? .right : .left })
            // Dates as dd/mm/yyyy in both languages: the form of the branch's own records, which the reader checks against.
            for activity in explanation.activities {
                var row = [activity.date.vietnamese, activity.id, activity.typeLabel]
                if units { row += [activity.unit, activity.member ?? ""] }
                row += [steps(activity, lang), notes(activity, lang)]
                table.append(row)
            }
            output += table.rendered()
        }

        if units {
            output += "\n" + lang.pick("Điểm thưởng chỉ tiêu", "Target bonuses") + "\n"
            if explanation.bonuses.isEmpty {
                output += lang.pick("Không có điểm thưởng chỉ tiêu trong kỳ.\n", "No target bonus in the period.\n")
            } else {
                var headers = [lang.pick("Ngày", "Date"), lang.pick("Chỉ tiêu", "Target")]
                if explanation.board == .districts { headers.append(lang.pick("Cơ sở Đoàn", "Branch")) }
                headers += [lang.pick("Đạt ở hoạt động", "Reached by"), lang.pick("Điểm", "Points")]
                var table = TextTable(headers: headers, alignments: headers.indices.map { $0 == headers.count - 1 ? .right : .left })
                for bonus in explanation.bonuses {
                    var row = [bonus.date.vietnamese, "\(bonus.target): \(bonus.targetLabel)"]
                    if explanation.board == .districts { row.append(bonus.unit) }
                    row += [bonus.activity, bonus.points.display(lang)]
                    table.append(row)
                }
                output += table.rendered()
            }
        }

        output += "\n" + summary(explanation, lang)
        return output
    }

    /// `3,35 × 1,8 = 6,03 → 6,03` (`3.35 × 1.8 = 6.03 → 6.03` in English: base and factor exact, the points with two
    /// decimals); a duplicate or rejected activity shows only its 0 points.
    static func steps(_ activity: ExplainedActivity, _ lang: Language) -> String {
        guard let base = activity.base, let factor = activity.factor, let beforeCaps = activity.pointsBeforeCaps else {
            return activity.points.display(lang)
        }
        return "\(base.grouped(lang)) × \(factor.grouped(lang)) = \(beforeCaps.display(lang)) → \(activity.points.display(lang))"
    }

    /// The multipliers that applied, the caps that cut the points, or why the activity scores nothing.
    static func notes(_ activity: ExplainedActivity, _ lang: Language) -> String {
        switch activity.status {
        case .duplicate: return lang.pick("trùng với \(activity.duplicateOf ?? "?")", "duplicate of \(activity.duplicateOf ?? "?")")
        case .rejected: return lang.pick("bị từ chối", "rejected")
        case .scored:
            var notes: [String] = []
            if !activity.multipliers.isEmpty {
                notes.append(lang.pick("hệ số: ", "multipliers: ") + activity.multipliers.map { "\($0.label) ×\($0.factor.grouped(lang))" }.joined(separator: ", "))
            }
            if !activity.cappedBy.isEmpty {
                notes.append(lang.pick("bị giới hạn: ", "capped: ") + activity.cappedBy.map { periodName($0, lang) }.joined(separator: ", "))
            }
            return notes.joined(separator: "; ")
        }
    }

    /// The closing lines: activities, bonuses, total, then how the board ranks it.
    static func summary(_ explanation: Explanation, _ lang: Language) -> String {
        let activityPoints = explanation.activities.reduce(Points.zero) { $0 + $1.points }
        let counts = [ActivityScore.Status.scored, .duplicate, .rejected].map { status in
            (status, explanation.activities.filter { $0.status == status }.count)
        }
        var parts = ["\(counts[0].1) " + lang.pick("được tính điểm", "scoring")]
        if counts[1].1 > 0 { parts.append("\(counts[1].1) " + lang.pick("trùng", counts[1].1 == 1 ? "duplicate" : "duplicates")) }
        if counts[2].1 > 0 { parts.append("\(counts[2].1) " + lang.pick("bị từ chối", "rejected")) }

        let standing = explanation.standing
        let entry = standing.entry
        var lines = [(lang.pick("Cộng điểm hoạt động", "Activities"), activityPoints.display(lang) + " (" + parts.joined(separator: ", ") + ")")]
        if explanation.board != .members {
            lines.append((lang.pick("Cộng điểm thưởng", "Bonuses"), explanation.bonuses.reduce(Points.zero) { $0 + $1.points }.display(lang)))
        }
        lines.append((lang.pick("Tổng điểm", "Total"), explanation.total.display(lang)))
        if standing.scoreBasis == .per_member, let members = entry.members, members > 0, let score = entry.score {
            lines.append((lang.pick("Điểm xếp hạng", "Score"),
                          "\(explanation.total.display(lang)) ÷ \(members.display(lang)) " + lang.pick("đoàn viên", members == 1 ? "member" : "members") + " = \(score.display(lang))"))
        }
        let rank: String
        if let value = entry.rank {
            rank = "\(value)/\(standing.ranked.display(lang))"
        } else if entry.score == nil {
            rank = lang.pick("chưa xếp hạng (số đoàn viên bằng 0 hoặc chưa có)", "unranked (no member count, or 0)")
        } else {
            rank = lang.pick("chưa có hạng (không có điểm trong kỳ)", "no rank (no points in the period)")
        }
        lines.append((lang.pick("Hạng", "Rank"), rank))
        let width = lines.map { TextTable.displayWidth($0.0) }.max() ?? 0
        return lines.map { label, value in
            label + ":" + String(repeating: " ", count: width - TextTable.displayWidth(label) + 1) + value + "\n"
        }.joined()
    }

    static func boardName(_ kind: BoardKind, _ lang: Language) -> String {
        switch kind {
        case .members: return lang.pick("bảng đoàn viên", "members' board")
        case .branches: return lang.pick("bảng cơ sở Đoàn", "branches' board")
        case .districts: return lang.pick("bảng cấp huyện", "districts' board")
        }
    }
}
