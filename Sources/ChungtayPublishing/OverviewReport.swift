import ChungtayCore
import ChungtayLedger

/// A few paragraphs on what a ledger holds, for `demo`.
public enum OverviewReport {
    /// - Parameter labels: what people read for each activity type (``RulesFile/keyLabels``); a type without one is
    ///   shown by its id.
    public static func text(_ overview: LedgerOverview, labels: [String: String], _ lang: Language) -> String {
        var output = lang.pick("Đơn vị: ", "Units: ")
            + overview.unitsByLevel.map { "\($0.count.display(lang)) \(levelName($0.level, count: $0.count, lang))" }.joined(separator: ", ")
            + lang.pick("; đoàn viên: \(overview.members.display(lang))\n", "; members: \(overview.members.display(lang))\n")
        if let first = overview.firstDate, let last = overview.lastDate {
            output += lang.pick("Hoạt động từ \(first.vietnamese) đến \(last.vietnamese)\n", "Activities from \(first) to \(last)\n")
        }
        var types = TextTable(headers: lang == .vi ? ["Loại", "Số lượng", "Trùng", "Bị từ chối", "Điểm"]
                                                   : ["Type", "Count", "Duplicates", "Rejected", "Points"],
                              alignments: [.left, .right, .right, .right, .right])
        for line in overview.types {
            types.append([labels[line.type] ?? line.type, line.count.display(lang), line.duplicates.display(lang), line.rejected.display(lang), line.points.display(lang)])
        }
        output += "\n" + types.rendered()
        output += lang.pick("Thưởng chỉ tiêu: \(overview.bonuses.display(lang)) lượt, \(overview.bonusPoints.display(lang)) điểm\n",
                            "Target bonuses: \(overview.bonuses.display(lang)), \(overview.bonusPoints.display(lang)) points\n")
        var members = TextTable(headers: lang == .vi ? ["Mã", "Họ và tên", "Đơn vị", "Điểm"] : ["Id", "Name", "Unit", "Points"],
                                alignments: [.left, .left, .left, .right])
        for line in overview.topMembers { members.append([line.id, line.name, line.unit, line.points.display(lang)]) }
        output += "\n" + lang.pick("Đoàn viên nhiều điểm nhất (toàn bộ dữ liệu)\n", "Members with the most points (all data)\n")
            + members.rendered()
        return output
    }

    /// A level's name for people: `15 đơn vị cấp huyện`, `163 grassroots units`.
    static func levelName(_ level: String, count: Int, _ lang: Language) -> String {
        let (vi, one, many): (String, String, String) = switch level {
        case "province": ("tỉnh đoàn", "province", "provinces")
        case "district": ("đơn vị cấp huyện", "district-level unit", "district-level units")
        case "grassroots": ("cơ sở Đoàn", "grassroots unit", "grassroots units")
        case "cell": ("chi đoàn", "cell", "cells")
        default: (level, level, level)
        }
        return lang.pick(vi, count == 1 ? one : many)
    }
}
