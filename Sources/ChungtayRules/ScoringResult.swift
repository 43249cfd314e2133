import ChungtayCore

/// How one activity was scored, with every step `explain` shows (scoring.md, Computing points).
public struct ActivityScore: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case scored, duplicate, rejected
    }

    public var status: Status
    /// The id of the first claim, for a duplicate.
    public var duplicateOf: String?
    /// The base after `max_base`, exact; nil unless scored.
    public var base: ExactDecimal?
    /// The product of the factors that applied, exact; nil unless scored.
    public var factor: ExactDecimal?
    /// Bit i set: multiplier i of the activity's rules file applied.
    public var multiplierMask: UInt64
    /// base × factor rounded to two decimals, before caps; nil unless scored.
    public var pointsBeforeCaps: Points?
    public var points: Points
    /// The cap periods whose remainder was below the points before caps.
    public var cappedBy: [PeriodKind]
    /// The index in ``RuleBook/files`` of the file in effect on the activity's date.
    public var fileIndex: Int

    /// Whether the activity counts as a scoring activity (not rejected, not a duplicate), whatever its points.
    public var isScoring: Bool { status == .scored }

    public init(status: Status, duplicateOf: String? = nil, base: ExactDecimal? = nil, factor: ExactDecimal? = nil,
                multiplierMask: UInt64 = 0, pointsBeforeCaps: Points? = nil, points: Points = .zero,
                cappedBy: [PeriodKind] = [], fileIndex: Int) {
        self.status = status
        self.duplicateOf = duplicateOf
        self.base = base
        self.factor = factor
        self.multiplierMask = multiplierMask
        self.pointsBeforeCaps = pointsBeforeCaps
        self.points = points
        self.cappedBy = cappedBy
        self.fileIndex = fileIndex
    }
}

/// A target bonus a grassroots unit earned, dated on the day the count was reached.
public struct TargetBonus: Sendable, Hashable {
    /// The grassroots unit's code.
    public var unit: String
    public var target: String
    public var period: PeriodKind
    /// The first day of the period (year, quarter or month) the bonus is for.
    public var periodStart: CivilDate
    /// The date of the activity that made the count reach `min_count`.
    public var date: CivilDate
    public var points: Points
    /// The activity that reached the count.
    public var activity: String
    public var fileIndex: Int

    public init(unit: String, target: String, period: PeriodKind, periodStart: CivilDate, date: CivilDate,
                points: Points, activity: String, fileIndex: Int) {
        self.unit = unit
        self.target = target
        self.period = period
        self.periodStart = periodStart
        self.date = date
        self.points = points
        self.activity = activity
        self.fileIndex = fileIndex
    }
}

/// Why an activity could not be scored at all: no rules file in effect on its date, or its type undefined there.
public struct ScoringProblem: Sendable, Hashable, CustomStringConvertible {
    public let activity: String
    public let message: String

    public var description: String { "activity \(activity): \(message)" }
}

/// The points of every activity, in the order they were given, and the target bonuses in date order.
public struct ScoringResult: Sendable {
    public var scores: [ActivityScore]
    public var bonuses: [TargetBonus]
    /// Activities that no rules file can score; the importer refuses them before they are stored.
    public var problems: [ScoringProblem]
}
