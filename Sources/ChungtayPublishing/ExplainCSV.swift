import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// `explain ... --format csv` for Excel (outputs.md, Everywhere): one row per activity, then one per target bonus,
/// so that the points column adds up to the entry's total. Each row says what it is (`hoạt động`, `điểm thưởng`),
/// its date (`YYYY-MM-DD`), the activity's id (for a bonus, the activity that reached the target), the type's or
/// target's label and code, the unit and member, its status, the exact base and factor, the points before caps and
/// the points, and the table's notes.
public enum ExplainCSV {
    public static func text(_ explanation: Explanation, _ lang: Language) -> String {
        let header = [lang.pick("Dòng", "Row"), lang.pick("Ngày", "Date"), lang.pick("Mã hoạt động", "Activity id"),
                      lang.pick("Loại", "Type"), lang.pick("Mã loại", "Type code"), lang.pick("Đơn vị", "Unit"),
                      lang.pick("Đoàn viên", "Member"), lang.pick("Trạng thái", "Status"), lang.pick("Cơ sở", "Base"),
                      lang.pick("Hệ số", "Factor"), lang.pick("Trước giới hạn", "Before caps"), lang.pick("Điểm", "Points"),
                      lang.pick("Ghi chú", "Notes")]
        var output = "\u{FEFF}" + BoardCSV.line(header.map(BoardCSV.Cell.text))
        for activity in explanation.activities {
            output += BoardCSV.line([
                .text(lang.pick("hoạt động", "activity")), .number(activity.date.description), .text(activity.id), .text(activity.typeLabel),
                .text(activity.type), .text(activity.unit), .text(activity.member ?? ""), .text(status(activity.status, lang)),
                .number(activity.base?.description), .number(activity.factor?.description), .number(activity.pointsBeforeCaps?.description),
                .number(activity.points.description), .text(ExplainTable.notes(activity, lang)),
            ])
        }
        for bonus in explanation.bonuses {
            output += BoardCSV.line([
                .text(lang.pick("điểm thưởng", "bonus")), .number(bonus.date.description), .text(bonus.activity), .text(bonus.targetLabel),
                .text("target:" + bonus.target), .text(bonus.unit), .text(""), .text(lang.pick("đạt chỉ tiêu", "target reached")),
                .number(nil), .number(nil), .number(nil), .number(bonus.points.description), .text(""),
            ])
        }
        return output
    }

    static func status(_ status: ActivityScore.Status, _ lang: Language) -> String {
        switch status {
        case .scored: lang.pick("được tính điểm", "scored")
        case .duplicate: lang.pick("trùng", "duplicate")
        case .rejected: lang.pick("bị từ chối", "rejected")
        }
    }
}
