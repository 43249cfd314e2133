import ChungtayCore
import ChungtayRules
import GRDB

/// What a ledger holds, in a few numbers: for `demo` and a quick look after an import.
public struct LedgerOverview: Sendable {
    public struct TypeLine: Sendable {
        public let type: String
        public let count: Int
        public let duplicates: Int
        public let rejected: Int
        public let points: Points
    }

    public struct MemberLine: Sendable {
        public let id: String
        public let name: String
        public let unit: String
        public let points: Points
    }

    public var unitsByLevel: [(level: String, count: Int)] = []
    public var members = 0
    public var types: [TypeLine] = []
    public var bonuses = 0
    public var bonusPoints = Points.zero
    public var firstDate: CivilDate?
    public var lastDate: CivilDate?
    /// The members with the most points over the whole ledger (boards by period come with ranking).
    public var topMembers: [MemberLine] = []
}

extension Ledger {
    /// What the ledger holds: its units by level (those in force on the date of its latest activity, or on `today`
    /// without one), its members, its activities by type.
    public func overview(top: Int = 10, today: CivilDate) throws -> LedgerOverview {
        try read { db in
            var overview = LedgerOverview()
            overview.members = try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0
            overview.types = try Row.fetchAll(db, sql: """
                SELECT type, count(*) AS n, sum(status = 'duplicate') AS duplicates, sum(rejected) AS rejected, sum(points) AS points
                FROM activity GROUP BY type ORDER BY type
                """).map {
                LedgerOverview.TypeLine(type: $0["type"], count: $0["n"], duplicates: $0["duplicates"], rejected: $0["rejected"],
                                        points: Points(hundredths: $0["points"]))
            }
            if let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, coalesce(sum(points), 0) AS points FROM bonus") {
                overview.bonuses = row["n"]
                overview.bonusPoints = Points(hundredths: row["points"])
            }
            if let row = try Row.fetchOne(db, sql: "SELECT min(date) AS first, max(date) AS last FROM activity") {
                overview.firstDate = (row["first"] as String?).flatMap { CivilDate(iso: $0) }
                overview.lastDate = (row["last"] as String?).flatMap { CivilDate(iso: $0) }
            }
            let units = try Organisation.stored(db).structure(on: overview.lastDate ?? today).units
            overview.unitsByLevel = UnitLevel.allCases.compactMap { level in
                let count = units.count { $0.level == level }
                return count > 0 ? (level.rawValue, count) : nil
            }
            overview.topMembers = try Row.fetchAll(db, sql: """
                SELECT m.id, m.name, m.unit, sum(a.points) AS points FROM activity a JOIN member m ON m.id = a.member
                WHERE a.credit = 'member'
                GROUP BY m.id ORDER BY points DESC, m.id LIMIT ?
                """, arguments: [top]).map {
                LedgerOverview.MemberLine(id: $0["id"], name: $0["name"], unit: $0["unit"], points: Points(hundredths: $0["points"]))
            }
            return overview
        }
    }
}
