import ChungtayCore
import ChungtayRules

/// Every activity and target bonus behind one entry's total for a period, each with the steps of scoring.md
/// (Computing points): what `chungtay explain` shows, so that a branch secretary can check the score by hand.
public struct Explanation: Sendable {
    /// The board the entry is ranked on: members for a member, branches for a grassroots unit, districts for a
    /// district-level unit.
    public let board: BoardKind
    public let period: Period
    /// Where the entry stands on that board (rank, score, divisor), for the closing lines of the table.
    public let standing: Standing
    /// In (date, id) order, duplicates and rejected ones included.
    public let activities: [ExplainedActivity]
    /// In date order, then by unit and target.
    public let bonuses: [ExplainedBonus]

    /// The member id or unit code.
    public var id: String { standing.entry.id }
    public var name: String { standing.entry.name }

    /// The points of the activities plus the bonuses: the entry's total on the board for the same period.
    public var total: Points {
        activities.reduce(Points.zero) { $0 + $1.points } + bonuses.reduce(Points.zero) { $0 + $1.points }
    }
}

/// One activity as scoring treated it (scoring.md, Computing points, steps 1–5).
public struct ExplainedActivity: Sendable, Hashable {
    public let id: String
    public let date: CivilDate
    /// The activity type's id.
    public let type: String
    /// The type's label in the activity's rules file.
    public let typeLabel: String
    /// The activity's unit (a cell, a grassroots unit or a district).
    public let unit: String
    /// The member who did it; for a unit-credited type, its author (who earns nothing from it).
    public let member: String?
    public let status: ActivityScore.Status
    /// For a duplicate: the id of the first claim on the same thing.
    public let duplicateOf: String?
    /// Step 2, exact; nil unless scored.
    public let base: ExactDecimal?
    /// Step 3, the product of the factors that applied, exact; nil unless scored.
    public let factor: ExactDecimal?
    /// The multipliers that applied, in the order the rules file lists them.
    public let multipliers: [Multiplier]
    /// Step 4: base × factor rounded to two decimals; nil unless scored.
    public let pointsBeforeCaps: Points?
    /// Step 5: what the caps left; 0 for a duplicate or a rejected activity.
    public let points: Points
    /// The cap periods whose remainder was below the points before caps.
    public let cappedBy: [PeriodKind]
    /// The file name of the rules file in effect on the activity's date, e.g. `2026.json`.
    public let rulesFile: String?

    /// An activity with the steps of its scoring.
    public init(id: String, date: CivilDate, type: String, typeLabel: String, unit: String, member: String?,
                status: ActivityScore.Status, duplicateOf: String?, base: ExactDecimal?, factor: ExactDecimal?,
                multipliers: [Multiplier], pointsBeforeCaps: Points?, points: Points, cappedBy: [PeriodKind], rulesFile: String?) {
        self.id = id
        self.date = date
        self.type = type
        self.typeLabel = typeLabel
        self.unit = unit
        self.member = member
        self.status = status
        self.duplicateOf = duplicateOf
        self.base = base
        self.factor = factor
        self.multipliers = multipliers
        self.pointsBeforeCaps = pointsBeforeCaps
        self.points = points
        self.cappedBy = cappedBy
        self.rulesFile = rulesFile
    }
}

/// A target bonus earned by a grassroots unit (scoring.md, Computing points, step 6).
public struct ExplainedBonus: Sendable, Hashable {
    /// The grassroots unit that earned it.
    public let unit: String
    /// The target's id.
    public let target: String
    /// The target's label in the rules file that gave the bonus.
    public let targetLabel: String
    /// The kind of period the target counts in, and the first day of the one this bonus is for.
    public let period: PeriodKind
    public let periodStart: CivilDate
    /// The date of the activity that made the count reach `min_count`.
    public let date: CivilDate
    public let points: Points
    /// The activity that made the count reach `min_count`.
    public let activity: String

    /// A bonus as the ledger stores it.
    public init(unit: String, target: String, targetLabel: String, period: PeriodKind, periodStart: CivilDate, date: CivilDate,
                points: Points, activity: String) {
        self.unit = unit
        self.target = target
        self.targetLabel = targetLabel
        self.period = period
        self.periodStart = periodStart
        self.date = date
        self.points = points
        self.activity = activity
    }
}
