import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

extension Ledger {
    /// The activities behind a member's score in a period: every member-credited activity of the member dated in
    /// it, duplicates and rejected ones included. Throws ``RankingError/unknownMember(_:)`` for an unknown id.
    public func explanation(member id: String, period: Period) throws -> Explanation {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM member WHERE id = ?", arguments: [id]) != nil else {
                throw RankingError.unknownMember(id)
            }
            return try Explanation.make(.members, id: id, period: period, book: book, db)
        }
    }

    /// The activities and bonuses behind a unit's total in a period: for a grassroots unit, the activities of the
    /// unit and its cells and its bonuses; for a district-level unit, those of its grassroots units and its own
    /// activities. A cell, the province and an unknown code are refused as `rank` refuses them.
    public func explanation(unit code: String, period: Period) throws -> Explanation {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT level, parent FROM unit WHERE code = ?", arguments: [code]) else {
                throw RankingError.unknownUnit(code)
            }
            switch UnitLevel(rawValue: row["level"]) {
            case .grassroots: return try Explanation.make(.branches, id: code, period: period, book: book, db)
            case .district: return try Explanation.make(.districts, id: code, period: period, book: book, db)
            case .cell: throw RankingError.cellNotRanked(cell: code, grassroots: row["parent"] ?? "")
            default: throw RankingError.provinceNotRanked(code)
            }
        }
    }
}

extension Explanation {
    /// The explanation from one consistent read, with the same selection of activities as the board's query.
    static func make(_ kind: BoardKind, id: String, period: Period, book: RuleBook, _ db: Database) throws -> Explanation {
        let standing = try Standing.make(kind, id: id, period: period, book: book, db)
        let files = Dictionary(book.files.map { (fileName($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        var arguments: StatementArguments = ["id": id, "from": period.from.description, "to": period.to.description]
        let columns = """
            activity.id, activity.date, activity.type, activity.unit, activity.member, activity.status, activity.duplicate_of,
            activity.base, activity.factor, activity.multipliers, activity.points_before_caps, activity.points, activity.capped,
            activity.rules_file
            """
        let inPeriod = "activity.date BETWEEN :from AND :to"
        // What the board sums, without its filter on the status.
        let activitySQL: String
        // Members earn no bonuses: targets are a grassroots unit's.
        let bonusSQL: String?
        let order = "ORDER BY bonus.date, bonus.unit, bonus.target"
        switch kind {
        case .members:
            activitySQL = "SELECT \(columns) FROM activity WHERE \(inPeriod) AND activity.member = :id AND activity.credit = 'member' ORDER BY activity.date, activity.id"
            bonusSQL = nil
        case .branches, .districts:
            // The units whose activities count for the entry: those it is the grassroots (or district-level) unit of.
            let organisation = try Organisation(db)
            let places = kind == .branches ? organisation.grassroots : organisation.districts
            arguments += ["units": MemberRows.jsonArray(places.filter { $0.value == id }.map(\.key).sorted())]
            let inUnits = "IN (SELECT value FROM json_each(:units))"
            activitySQL = "SELECT \(columns) FROM activity WHERE \(inPeriod) AND activity.unit \(inUnits) ORDER BY activity.date, activity.id"
            bonusSQL = kind == .branches
                ? "SELECT bonus.* FROM bonus WHERE bonus.date BETWEEN :from AND :to AND bonus.unit = :id \(order)"
                : "SELECT bonus.* FROM bonus WHERE bonus.date BETWEEN :from AND :to AND bonus.unit \(inUnits) \(order)"
        }

        var activities: [ExplainedActivity] = []
        let rows = try Row.fetchCursor(db, sql: activitySQL, arguments: arguments)
        while let row = try rows.next() {
            activities.append(explained(row, files: files))
        }
        let bonuses = try (bonusSQL.map { try Row.fetchAll(db, sql: $0, arguments: arguments) } ?? []).map { row in
            let target: String = row["target"]
            let file = (row["rules_file"] as String?).flatMap { files[$0] }
            return ExplainedBonus(unit: row["unit"], target: target,
                                  targetLabel: file?.targets.first { $0.id == target }?.label ?? target,
                                  period: PeriodKind(rawValue: row["period"]) ?? .year,
                                  periodStart: CivilDate(iso: row["period_start"] as String)!, date: CivilDate(iso: row["date"] as String)!,
                                  points: Points(hundredths: row["points"]), activity: row["activity"])
        }
        return Explanation(board: kind, period: period, standing: standing, activities: activities, bonuses: bonuses)
    }

    /// One stored activity with its scoring steps; the multipliers come from the bit mask into its rules file's list.
    private static func explained(_ row: Row, files: [String: RulesFile]) -> ExplainedActivity {
        let type: String = row["type"]
        let fileName: String? = row["rules_file"]
        let file = fileName.flatMap { files[$0] }
        let status = ActivityScore.Status(rawValue: row["status"]) ?? .scored
        let scored = status == .scored
        let mask = UInt64(bitPattern: row["multipliers"] as Int64)
        let capped: Int64 = row["capped"]
        return ExplainedActivity(
            id: row["id"], date: CivilDate(iso: row["date"] as String)!, type: type,
            typeLabel: file?.activityType(type)?.label ?? type, unit: row["unit"], member: row["member"], status: status,
            duplicateOf: status == .duplicate ? row["duplicate_of"] : nil,
            base: scored ? (row["base"] as String?).flatMap { ExactDecimal(parsing: $0) } : nil,
            factor: scored ? (row["factor"] as String?).flatMap { ExactDecimal(parsing: $0) } : nil,
            multipliers: scored ? (file?.multipliers ?? []).enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }.map(\.element) : [],
            pointsBeforeCaps: scored ? (row["points_before_caps"] as Int64?).map { Points(hundredths: $0) } : nil,
            points: scored ? Points(hundredths: row["points"]) : .zero,
            // Bit i stands for PeriodKind.allCases[i], as the ledger stores it.
            cappedBy: scored ? PeriodKind.allCases.enumerated().filter { capped & (1 << Int64($0.offset)) != 0 }.map(\.element) : [],
            rulesFile: fileName)
    }

    /// `Rules/2026.json` → `2026.json`, as the ledger names rules files in its rows.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
