import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// `explain ...` in the default format: every activity behind the score with the steps of scoring.md, laid out
/// so that a branch secretary can redo the sums by hand; then the target bonuses, the total and the rank. The words
/// and rows here are the Markdown and CSV forms' too.
public enum ExplainTable {
    /// `explain ...` as a table, in the user's language.
    public static func text(_ explanation: Explanation, _ lang: Language) -> String {
        var output = heading(explanation, lang) + "\n" + StandingText.boardAndPeriod(explanation.standing, lang) + "\n\n"
        if explanation.activities.isEmpty {
            output += noActivity(lang) + "\n"
        } else {
            let headers = activityHeaders(explanation, lang)
            var table = TextTable(headers: headers, alignments: headers.indices.map { $0 == headers.count - 2 ? .right : .left })
            for activity in explanation.activities { table.append(activityRow(activity, explanation, lang)) }
            output += table.rendered()
        }
        if explanation.board != .members {
            output += "\n" + bonusHeading(lang) + "\n"
            if explanation.bonuses.isEmpty {
                output += noBonus(lang) + "\n"
            } else {
                let headers = bonusHeaders(explanation, lang)
                var table = TextTable(headers: headers, alignments: headers.indices.map { $0 == headers.count - 1 ? .right : .left })
                for bonus in explanation.bonuses { table.append(bonusRow(bonus, explanation, lang)) }
                output += table.rendered()
            }
        }
        let lines = summary(explanation, lang)
        let width = lines.map { TextTable.displayWidth($0.label) }.max() ?? 0
        return output + "\n" + lines.map { label, value in
            label + ":" + String(repeating: " ", count: width - TextTable.displayWidth(label) + 1) + value + "\n"
        }.joined()
    }

    /// `Giải trình điểm: Đoàn xã An Hòa — GL-ANHOA`.
    static func heading(_ explanation: Explanation, _ lang: Language) -> String {
        lang.pick("Giải trình điểm: ", "Score explained: ") + StandingText.heading(explanation.standing, lang)
    }

    static func noActivity(_ lang: Language) -> String {
        lang.pick("Không có hoạt động nào trong kỳ.", "No activity in the period.")
    }

    /// The activities' columns; a unit's explanation names each activity's unit and member.
    static func activityHeaders(_ explanation: Explanation, _ lang: Language) -> [String] {
        var headers = [lang.pick("Ngày", "Date"), lang.pick("Mã", "Id"), lang.pick("Loại hoạt động", "Type")]
        if explanation.board != .members { headers += [lang.pick("Đơn vị", "Unit"), lang.pick("Đoàn viên", "Member")] }
        return headers + [lang.pick("Cơ sở × hệ số = trước giới hạn → điểm", "Base × factor = before caps → points"), lang.pick("Ghi chú", "Notes")]
    }

    /// One activity under ``activityHeaders(_:_:)``. Dates as dd/mm/yyyy in both languages: the form of the branch's
    /// own records, which the reader checks against.
    static func activityRow(_ activity: ExplainedActivity, _ explanation: Explanation, _ lang: Language) -> [String] {
        var row = [activity.date.vietnamese, activity.id, activity.typeLabel]
        if explanation.board != .members { row += [activity.unit, activity.member ?? ""] }
        return row + [steps(activity, lang), notes(activity, lang)]
    }

    static func bonusHeading(_ lang: Language) -> String {
        lang.pick("Điểm thưởng chỉ tiêu", "Target bonuses")
    }

    static func noBonus(_ lang: Language) -> String {
        lang.pick("Không có điểm thưởng chỉ tiêu trong kỳ.", "No target bonus in the period.")
    }

    /// The bonuses' columns; on the district board, each bonus's branch.
    static func bonusHeaders(_ explanation: Explanation, _ lang: Language) -> [String] {
        var headers = [lang.pick("Ngày", "Date"), lang.pick("Chỉ tiêu", "Target")]
        if explanation.board == .districts { headers.append(lang.pick("Cơ sở Đoàn", "Branch")) }
        return headers + [lang.pick("Đạt ở hoạt động", "Reached by"), lang.pick("Điểm", "Points")]
    }

    /// One bonus under ``bonusHeaders(_:_:)``: the target by its label.
    static func bonusRow(_ bonus: ExplainedBonus, _ explanation: Explanation, _ lang: Language) -> [String] {
        var row = [bonus.date.vietnamese, bonus.targetLabel]
        if explanation.board == .districts { row.append(bonus.unit) }
        return row + [bonus.activity, bonus.points.display(lang)]
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
    static func summary(_ explanation: Explanation, _ lang: Language) -> [(label: String, value: String)] {
        let activityPoints = explanation.activities.reduce(Points.zero) { $0 + $1.points }
        let counts = [ActivityScore.Status.scored, .duplicate, .rejected].map { status in
            (status, explanation.activities.filter { $0.status == status }.count)
        }
        var parts = ["\(counts[0].1) " + lang.pick("được tính điểm", "scoring")]
        if counts[1].1 > 0 { parts.append("\(counts[1].1) " + lang.pick("trùng", counts[1].1 == 1 ? "duplicate" : "duplicates")) }
        if counts[2].1 > 0 { parts.append("\(counts[2].1) " + lang.pick("bị từ chối", "rejected")) }

        let standing = explanation.standing
        let entry = standing.entry
        var lines: [(label: String, value: String)] = [(lang.pick("Cộng điểm hoạt động", "Activities"), activityPoints.display(lang) + " (" + parts.joined(separator: ", ") + ")")]
        if explanation.board != .members {
            lines.append((lang.pick("Cộng điểm thưởng", "Bonuses"), explanation.bonuses.reduce(Points.zero) { $0 + $1.points }.display(lang)))
        }
        lines.append((lang.pick("Tổng điểm", "Total"), explanation.total.display(lang)))
        if standing.scoreBasis == .per_member, let members = entry.members, members > 0, let score = entry.score {
            lines.append((lang.pick("Điểm xếp hạng", "Score"),
                          "\(explanation.total.display(lang)) ÷ \(members.display(lang)) " + lang.pick("đoàn viên", members == 1 ? "member" : "members") + " = \(score.display(lang))"))
        }
        lines.append((lang.pick("Hạng", "Rank"), StandingText.rank(standing, lang, sayingRanked: false)))
        return lines
    }
}
