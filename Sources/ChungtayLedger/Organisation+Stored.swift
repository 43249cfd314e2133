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
        // Levels, sectors, area flags and dates are read from the bytes, without making a text of each.
        func date(_ column: Int32) -> CivilDate? {
            rows.bytes(column).flatMap { CivilDate.sortKey(iso: $0) }.flatMap { CivilDate(year: Int($0 / 10000), month: Int($0 / 100 % 100), day: Int($0 % 100)) }
        }
        while try rows.step() {
            units.append(Unit(code: rows.text(0) ?? "", name: rows.text(1) ?? "", level: rows.bytes(3).flatMap { choice($0, UnitLevel.self) } ?? .cell,
                              parent: rows.text(2), sector: rows.bytes(4).flatMap { choice($0, Sector.self) },
                              area: rows.bytes(5).map(areaFlags) ?? [], members: rows.int(6).map(Int.init), from: date(7), until: date(8),
                              successor: rows.text(9), decision: decisions ? rows.text(10) : nil))
        }
        return Organisation(units: units)
    }

    /// The case whose name is these bytes (a short text: no allocation).
    private static func choice<T: RawRepresentable>(_ bytes: some Collection<UInt8>, _: T.Type) -> T? where T.RawValue == String {
        T(rawValue: String(decoding: bytes, as: UTF8.self))
    }

    /// The area flags as the unit table holds them: their names joined by `;`.
    private static func areaFlags(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<AreaFlag> {
        var flags = Set<AreaFlag>()
        for name in bytes.split(separator: UInt8(ascii: ";")) {
            if let flag = choice(name, AreaFlag.self) { flags.insert(flag) }
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
