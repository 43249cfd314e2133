import ChungtayCore
import ChungtayRules
import GRDB

/// The organisation every step asks where a unit or a member counts (docs/architecture.md): for each unit, its
/// grassroots unit (itself, or a cell's parent) and its district-level unit, found by walking up the parents (the
/// greatest code where several ancestors have a level), and the divisors of the unit boards. The standings, the
/// boards summed from activities, `explain` and `rules diff` all place entries through it; scoring reads the same
/// units as an ``OrgChart`` (``OrgChart/stored(_:)``). It is read once per use, as the unit table holds it now: when
/// units get dated versions, this is the one place that answers for a structure date.
public struct Organisation: Sendable {
    /// A unit as the unit table holds it.
    public struct Unit: Sendable {
        public let code: String
        public let name: String
        public let parent: String?
        public let level: String
        public let sector: String?
        public let members: Int?
    }

    /// Units by code.
    public let units: [String: Unit]
    /// Each unit's grassroots unit, where it has one.
    public let grassroots: [String: String]
    /// Each unit's district-level unit, where it has one.
    public let districts: [String: String]

    /// - Complexity: O(units × depth); one read of the unit table.
    public init(_ db: Database) throws {
        var units: [String: Unit] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT code, name, parent, level, sector, members FROM unit")
        while let row = try rows.next() {
            let unit = Unit(code: row[0], name: row[1], parent: row[2], level: row[3], sector: row[4], members: row[5])
            units[unit.code] = unit
        }
        var grassroots: [String: String] = [:]
        var districts: [String: String] = [:]
        for code in units.keys {
            // The lineage: the unit and up to 16 parents, as long as each is a stored unit; where several
            // ancestors have a level, the greatest code wins (SQLite's max over text).
            var ancestor = code
            var depth = 0
            while true {
                if let unit = units[ancestor] {
                    if unit.level == UnitLevel.grassroots.rawValue { Self.keepGreatest(ancestor, for: code, in: &grassroots) }
                    if unit.level == UnitLevel.district.rawValue { Self.keepGreatest(ancestor, for: code, in: &districts) }
                }
                guard depth < 16, let parent = units[ancestor]?.parent else { break }
                ancestor = parent
                depth += 1
            }
        }
        self.units = units
        self.grassroots = grassroots
        self.districts = districts
    }

    private static func keepGreatest(_ code: String, for unit: String, in places: inout [String: String]) {
        if let held = places[unit], !held.utf8.lexicographicallyPrecedes(code.utf8) { return }
        places[unit] = code
    }

    /// The sector of a unit's grassroots unit.
    public func sector(ofGrassroots code: String?) -> String? {
        code.flatMap { units[$0]?.sector }
    }

    /// The grassroots units, by code.
    public var grassrootsUnits: [Unit] {
        units.values.filter { $0.level == UnitLevel.grassroots.rawValue }.sorted { $0.code < $1.code }
    }

    /// The district-level units, by code, each with the divisor a `per_member` district score uses: its own members
    /// where above 0, else the sum over its grassroots units.
    public var districtUnits: [(unit: Unit, divisor: Int)] {
        var sums: [String: Int] = [:]
        for unit in units.values where unit.level == UnitLevel.grassroots.rawValue {
            if let district = districts[unit.code] { sums[district, default: 0] += unit.members ?? 0 }
        }
        return units.values.filter { $0.level == UnitLevel.district.rawValue }.sorted { $0.code < $1.code }.map { unit in
            let own = unit.members ?? 0
            return (unit, own > 0 ? own : sums[unit.code] ?? 0)
        }
    }
}

extension OrgChart {
    /// The organisation as the unit table holds it, for scoring (units by code): the chart the ledger's scoring and
    /// `rules diff`'s rescoring share.
    public static func stored(_ db: Database) throws -> OrgChart {
        OrgChart(units: try Row.fetchAll(db, sql: "SELECT code, name, parent, level, sector, area, members FROM unit ORDER BY code").map { row in
            OrgChart.Unit(code: row["code"], name: row["name"], level: UnitLevel(rawValue: row["level"])!,
                          parent: row["parent"] as String?, sector: (row["sector"] as String?).flatMap(Sector.init),
                          area: Set((row["area"] as String).split(separator: ";").compactMap { AreaFlag(rawValue: String($0)) }),
                          members: row["members"])
        })
    }
}
