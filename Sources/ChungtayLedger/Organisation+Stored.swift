import ChungtayCore
import ChungtayRules
import GRDB

extension Organisation {
    /// The organisation as the unit table holds it: every version of every unit (organisation.md). Scoring, the
    /// standings, boards, awards and progress all read it through this, without the versions' decisions (nil), which
    /// only `units` shows: a province's decisions are most of the table's text, and every board reads the table.
    public static func stored(_ db: Database, decisions: Bool = false) throws -> Organisation {
        var units: [Unit] = []
        // Read by position, in the model's order along the index on (code, valid_from) (SQLite puts an empty `from`
        // first): a board reads every version (thousands), and a sort or a row's columns found by name cost more.
        let rows = RawStatement(try db.makeStatement(sql: """
            SELECT code, name, parent, level, sector, area, members, valid_from, valid_until, successor\(decisions ? ", decision" : "")
            FROM unit ORDER BY code, valid_from
            """))
        while try rows.step() {
            let area = rows.text(5) ?? ""
            units.append(Unit(code: rows.text(0) ?? "", name: rows.text(1) ?? "", level: rows.text(3).flatMap(UnitLevel.init) ?? .cell,
                              parent: rows.text(2), sector: rows.text(4).flatMap(Sector.init),
                              area: area.isEmpty ? [] : areaFlags(area),
                              members: rows.int(6).map(Int.init), from: rows.text(7).flatMap(CivilDate.init(iso:)),
                              until: rows.text(8).flatMap(CivilDate.init(iso:)), successor: rows.text(9), decision: decisions ? rows.text(10) : nil))
        }
        return Organisation(units: units)
    }

    /// The area flags as the unit table holds them: their names joined by `;`.
    private static func areaFlags(_ text: String) -> Set<AreaFlag> {
        var flags = Set<AreaFlag>()
        for name in text.utf8.split(separator: UInt8(ascii: ";")) {
            if let flag = AreaFlag.allCases.first(where: { $0.rawValue.utf8.elementsEqual(name) }) { flags.insert(flag) }
        }
        return flags
    }
}

extension Ledger {
    /// The organisation over time, as the ledger holds it, with every version's decision (`units`, `units history`).
    public func organisation() throws -> Organisation {
        try read { db in try Organisation.stored(db, decisions: true) }
    }
}
