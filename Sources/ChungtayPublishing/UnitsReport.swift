import ChungtayCore
import ChungtayRules

/// `units [--as-of DATE]` and `units history CODE` (organisation.md, Commands): the structure in force on a date as a
/// tree, and one unit's versions, in every format `units` writes.
public enum UnitsReport {
    /// `{ "as_of", "units": [ { "code", "name", "level", "parent", "depth", "sector", "area", "members", "from", "until",
    /// "decision" } ] }`, in tree order.
    public static func json(_ structure: Structure) -> JSONValue {
        .object([
            ("as_of", .date(structure.date)),
            ("units", .array(structure.tree.map { unit, depth in
                .object([
                    ("code", .string(unit.code)), ("name", .string(unit.name)), ("level", .string(unit.level.rawValue)),
                    ("parent", .text(unit.parent)), ("depth", .integer(depth)), ("sector", .text(unit.sector?.rawValue)),
                    ("area", .array(area(unit).map(JSONValue.string))), ("members", .integer(unit.members)),
                    ("from", unit.from.map(JSONValue.date) ?? .null), ("until", unit.until.map(JSONValue.date) ?? .null),
                    ("decision", .text(unit.decision)),
                ])
            })),
        ])
    }

    /// The same columns as the JSON, one row per unit in tree order; UTF-8 with a byte-order mark, CRLF.
    public static func csv(_ structure: Structure, _ lang: Language) -> String {
        var output = "\u{FEFF}" + BoardCSV.line(["code", "name", "level", "parent", "depth", "sector", "area", "members", "from", "until",
                                                 "decision"].map(BoardCSV.Cell.text))
        for (unit, depth) in structure.tree {
            output += BoardCSV.line([.text(unit.code), .text(unit.name), .text(unit.level.rawValue), .text(unit.parent ?? ""),
                                     .number(String(depth)), .text(unit.sector?.rawValue ?? ""), .text(area(unit).joined(separator: ";")),
                                     .number(unit.members.map(String.init)), .number(unit.from?.description), .number(unit.until?.description),
                                     .text(unit.decision ?? "")])
        }
        return output
    }

    /// A tree people read: code (indented by depth), name, level, members and the day its version began.
    public static func text(_ structure: Structure, _ lang: Language, markdown: Bool = false) -> String {
        let headers = [lang.pick("Mã", "Code"), lang.pick("Tên đơn vị", "Name"), lang.pick("Cấp", "Level"),
                       lang.pick("Số đoàn viên", "Members"), lang.pick("Hiệu lực từ", "Since")]
        let rows = structure.tree.map { unit, depth in
            [(markdown ? String(repeating: "· ", count: depth) : String(repeating: "  ", count: depth)) + unit.code, unit.name,
             level(unit.level, lang), unit.members.map { $0.display(lang) } ?? "", unit.from.map { date($0, lang) } ?? ""]
        }
        let title = lang.pick("Tổ chức có hiệu lực ngày \(structure.date.vietnamese)", "The organisation in force on \(structure.date)")
        if markdown {
            return "## " + BoardMarkdown.escaped(title) + "\n\n" + BoardMarkdown.row(headers)
                + BoardMarkdown.row(["---", "---", "---", "---:", "---"], escaping: false) + rows.map { BoardMarkdown.row($0) }.joined()
        }
        var table = TextTable(headers: headers, alignments: [.left, .left, .left, .right, .left])
        for row in rows { table.append(row) }
        return title + "\n\n" + table.rendered()
    }

    /// One unit's history: its versions with their decisions, the units whose history it took over, its successor.
    public static func text(_ history: Organisation.History, _ lang: Language) -> String {
        var table = TextTable(headers: [lang.pick("Hiệu lực từ", "From"), lang.pick("đến", "Until"), lang.pick("Tên đơn vị", "Name"),
                                        lang.pick("Cấp", "Level"), lang.pick("Trực thuộc", "Parent"), lang.pick("Kế thừa bởi", "Successor"),
                                        lang.pick("Quyết định", "Decision")])
        for version in history.versions {
            table.append([version.from.map { date($0, lang) } ?? lang.pick("từ trước", "always"), version.until.map { date($0, lang) } ?? "",
                          version.name, level(version.level, lang), version.parent ?? "", version.successor ?? "", version.decision ?? ""])
        }
        var text = lang.pick("Lịch sử đơn vị \(history.code)", "History of unit \(history.code)") + "\n\n" + table.rendered()
        if history.predecessors.isEmpty {
            text += "\n" + lang.pick("Không nhận lịch sử của đơn vị nào.", "It took over no other unit's history.") + "\n"
        } else {
            var taken = TextTable(headers: [lang.pick("Mã", "Code"), lang.pick("Tên đơn vị", "Name"), lang.pick("Hết hiệu lực", "Ended"),
                                            lang.pick("Kế thừa bởi", "Successor")])
            for predecessor in history.predecessors {
                taken.append([predecessor.code, predecessor.name, predecessor.until.map { date($0, lang) } ?? "", predecessor.successor])
            }
            text += "\n" + lang.pick("Nhận lịch sử của:", "Took over the history of:") + "\n" + taken.rendered()
        }
        return text
    }

    /// `{ "code", "versions": [...], "predecessors": [ { "code", "name", "until", "successor" } ] }`.
    public static func json(_ history: Organisation.History) -> JSONValue {
        .object([
            ("code", .string(history.code)),
            ("versions", .array(history.versions.map { version in
                .object([
                    ("name", .string(version.name)), ("level", .string(version.level.rawValue)), ("parent", .text(version.parent)),
                    ("sector", .text(version.sector?.rawValue)), ("area", .array(area(version).map(JSONValue.string))),
                    ("members", .integer(version.members)), ("from", version.from.map(JSONValue.date) ?? .null),
                    ("until", version.until.map(JSONValue.date) ?? .null), ("successor", .text(version.successor)),
                    ("decision", .text(version.decision)),
                ])
            })),
            ("predecessors", .array(history.predecessors.map { predecessor in
                .object([("code", .string(predecessor.code)), ("name", .string(predecessor.name)),
                         ("until", predecessor.until.map(JSONValue.date) ?? .null), ("successor", .string(predecessor.successor))])
            })),
        ])
    }

    private static func area(_ unit: Organisation.Unit) -> [String] {
        AreaFlag.allCases.filter(unit.area.contains).map(\.rawValue)
    }

    private static func date(_ date: CivilDate, _ lang: Language) -> String {
        lang == .vi ? date.vietnamese : date.description
    }

    static func level(_ level: UnitLevel, _ lang: Language) -> String {
        switch level {
        case .province: lang.pick("tỉnh", "province")
        case .district: lang.pick("cấp huyện", "district")
        case .grassroots: lang.pick("cơ sở", "grassroots")
        case .cell: lang.pick("chi đoàn", "cell")
        }
    }
}
