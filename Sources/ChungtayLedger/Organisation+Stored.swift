import ChungtayCore
import ChungtayRules
import GRDB

extension Organisation {
    /// The organisation as the unit table holds it: every version of every unit (organisation.md). Scoring, the
    /// standings, boards, awards and progress all read it through this.
    public static func stored(_ db: Database) throws -> Organisation {
        Organisation(units: try Row.fetchAll(db, sql: """
            SELECT code, name, parent, level, sector, area, members, valid_from, valid_until, successor, decision FROM unit
            """).map(Unit.init(row:)))
    }
}

extension Organisation.Unit {
    /// A version as a row of the unit table holds it.
    init(row: Row) {
        self.init(code: row["code"], name: row["name"], level: UnitLevel(rawValue: row["level"]) ?? .cell,
                  parent: row["parent"] as String?, sector: (row["sector"] as String?).flatMap(Sector.init),
                  area: Set((row["area"] as String).split(separator: ";").compactMap { AreaFlag(rawValue: String($0)) }),
                  members: row["members"], from: (row["valid_from"] as String?).flatMap(CivilDate.init(iso:)),
                  until: (row["valid_until"] as String?).flatMap(CivilDate.init(iso:)), successor: row["successor"],
                  decision: row["decision"])
    }
}

extension Ledger {
    /// The organisation over time, as the ledger holds it.
    public func organisation() throws -> Organisation {
        try read { db in try Organisation.stored(db) }
    }
}
