import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

extension Ledger {
    /// The activities behind a member's score in a period: every member-credited activity of the member dated in
    /// it, duplicates and rejected ones included. Throws ``RankingError/unknownMember(_:)`` for an unknown id.
    public func explanation(member id: String, period: Period, asOf: CivilDate? = nil) throws -> Explanation {
        try onBoard(.member(id), period: period, asOf: asOf) { try Explanation.make($0, id: id, period: period, structure: $1, book: book, $2) }
    }

    /// The activities and bonuses behind a unit's total in a period, drawn on `asOf` (default: the period's last day):
    /// every activity and bonus that counts for the unit on that date (organisation.md), its predecessors' included.
    /// A unit not in force then, a cell, the province and an unknown code are refused as `rank` refuses them.
    public func explanation(unit code: String, period: Period, asOf: CivilDate? = nil) throws -> Explanation {
        try onBoard(.unit(code), period: period, asOf: asOf) { try Explanation.make($0, id: code, period: period, structure: $1, book: book, $2) }
    }
}

extension Explanation {
    /// The explanation from one consistent read, with the same selection of activities as the board's query.
    static func make(_ kind: BoardKind, id: String, period: Period, structure: Structure, book: RuleBook, _ db: Database) throws -> Explanation {
        let standing = try Standing.make(kind, id: id, period: period, structure: structure, book: book, db)
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
            // The units whose activities may count for the entry on the structure date (those recorded at a unit whose
            // home, on some day of the period, has the entry as its heir there); each activity is then placed on its
            // own date.
            arguments += ["units": MemberRows.jsonArray(Self.units(countingFor: id, kind, in: period, structure))]
            let inUnits = "IN (SELECT value FROM json_each(:units))"
            activitySQL = "SELECT \(columns) FROM activity WHERE \(inPeriod) AND activity.unit \(inUnits) ORDER BY activity.date, activity.id"
            // Every bonus of the period, each kept where it counts for the entry (its unit may not be in force in the period).
            bonusSQL = "SELECT bonus.* FROM bonus WHERE bonus.date BETWEEN :from AND :to \(order)"
        }
        func counts(_ home: Organisation.Home?) -> Bool {
            guard kind != .members, let home else { return kind == .members }
            return (kind == .branches ? structure.branch(for: home) : structure.district(for: home)) == id
        }

        var activities: [ExplainedActivity] = []
        var homes = HomeFinder(organisation: structure.organisation)
        let rows = try Row.fetchCursor(db, sql: activitySQL, arguments: arguments)
        while let row = try rows.next() {
            let activity = explained(row, files: files)
            guard counts(homes.home(of: activity.unit, on: activity.date)) else { continue }
            activities.append(activity)
        }
        let bonusRows = try (bonusSQL.map { try Row.fetchAll(db, sql: $0, arguments: arguments) } ?? []).filter { counts(.grassroots($0["unit"])) }
        let bonuses = bonusRows.map { row in
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

    /// The unit codes whose activities or bonuses may count for a unit-board entry in a period drawn on a structure:
    /// those whose home on a day of the period (a grassroots unit, or for a district-level unit itself) has the entry
    /// as its place on the structure.
    private static func units(countingFor id: String, _ kind: BoardKind, in period: Period, _ structure: Structure) -> [String] {
        let organisation = structure.organisation
        var days = [period.from]
        for version in organisation.versions {
            for day in [version.from, version.until?.adding(days: 1)].compactMap({ $0 }) where period.from < day && day <= period.to { days.append(day) }
        }
        return organisation.codes.filter { code in
            days.contains { day in
                guard let home = organisation.home(of: code, on: day) else { return false }
                return (kind == .branches ? structure.branch(for: home) : structure.district(for: home)) == id
            }
        }
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
