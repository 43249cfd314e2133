import ChungtayCore
import ChungtayLedger

/// A few paragraphs on what a ledger holds, for `demo`.
public enum OverviewReport {
    public static func text(_ overview: LedgerOverview, _ lang: Language) -> String {
        var output = lang.pick("Đơn vị: ", "Units: ")
            + overview.unitsByLevel.map { "\($0.count) \($0.level)" }.joined(separator: ", ")
            + lang.pick("; đoàn viên: \(overview.members)\n", "; members: \(overview.members)\n")
        if let first = overview.firstDate, let last = overview.lastDate {
            output += lang.pick("Hoạt động từ \(first.vietnamese) đến \(last.vietnamese)\n", "Activities from \(first) to \(last)\n")
        }
        var types = TextTable(headers: lang == .vi ? ["Loại", "Số lượng", "Trùng", "Bị từ chối", "Điểm"]
                                                   : ["Type", "Count", "Duplicates", "Rejected", "Points"],
                              alignments: [.left, .right, .right, .right, .right])
        for line in overview.types {
            types.append([line.type, String(line.count), String(line.duplicates), String(line.rejected), line.points.fixed])
        }
        output += "\n" + types.rendered()
        output += lang.pick("Thưởng chỉ tiêu: \(overview.bonuses) lượt, \(overview.bonusPoints.fixed) điểm\n",
                            "Target bonuses: \(overview.bonuses), \(overview.bonusPoints.fixed) points\n")
        var members = TextTable(headers: lang == .vi ? ["Mã", "Họ và tên", "Đơn vị", "Điểm"] : ["Id", "Name", "Unit", "Points"],
                                alignments: [.left, .left, .left, .right])
        for line in overview.topMembers { members.append([line.id, line.name, line.unit, line.points.fixed]) }
        output += "\n" + lang.pick("Đoàn viên nhiều điểm nhất (toàn bộ dữ liệu)\n", "Members with the most points (all data)\n")
            + members.rendered()
        return output
    }
}
