import ChungtayCore

/// How one activity was scored, with every step `explain` shows (scoring.md, Computing points).
///
/// Held compactly (about 80 bytes), since a province's whole year is scored in memory at once.
public struct ActivityScore: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case scored, duplicate, rejected
    }

    public var status: Status
    /// The id of the first claim, for a duplicate.
    public var duplicateOf: String?
    /// Bit i set: multiplier i of the activity's rules file applied.
    public var multiplierMask: UInt64
    /// The index in ``RuleBook/files`` of the file in effect on the activity's date (-1: none).
    public var fileIndex: Int
    private var baseTenThousandths: Int128
    private var factorMantissa: Int64
    private var factorScale: Int8
    private var beforeCapsHundredths: Int64
    private var pointsHundredths: Int64
    private var cappedMask: UInt8

    public init(status: Status, duplicateOf: String? = nil, base: ExactDecimal? = nil, factor: ExactDecimal? = nil,
                multiplierMask: UInt64 = 0, pointsBeforeCaps: Points? = nil, points: Points = .zero,
                cappedBy: [PeriodKind] = [], fileIndex: Int) {
        self.init(status: status, duplicateOf: duplicateOf, fileIndex: fileIndex)
        if let base, let factor, let pointsBeforeCaps {
            let normalizedFactor = factor.normalized
            setScored(baseTenThousandths: (base + ExactDecimal(mantissa: 0, scale: 4)).mantissa,
                      factorMantissa: Int64(normalizedFactor.mantissa), factorScale: normalizedFactor.scale,
                      multiplierMask: multiplierMask, beforeCaps: pointsBeforeCaps.hundredths, points: points.hundredths,
                      cappedMask: cappedBy.reduce(0) { $0 | Self.bit($1) })
        }
    }

    init(status: Status, duplicateOf: String? = nil, fileIndex: Int) {
        self.status = status
        self.duplicateOf = duplicateOf
        self.fileIndex = fileIndex
        multiplierMask = 0
        baseTenThousandths = -1
        factorMantissa = 0
        factorScale = 0
        beforeCapsHundredths = 0
        pointsHundredths = 0
        cappedMask = 0
    }

    mutating func setScored(baseTenThousandths: Int128, factorMantissa: Int64, factorScale: Int, multiplierMask: UInt64,
                            beforeCaps: Int64, points: Int64, cappedMask: UInt8) {
        self.baseTenThousandths = baseTenThousandths
        self.factorMantissa = factorMantissa
        self.factorScale = Int8(factorScale)
        self.multiplierMask = multiplierMask
        beforeCapsHundredths = beforeCaps
        pointsHundredths = points
        self.cappedMask = cappedMask
    }

    static func bit(_ period: PeriodKind) -> UInt8 { 1 << UInt8(PeriodKind.allCases.firstIndex(of: period)!) }

    /// The base after `max_base`, exact; nil unless scored.
    public var base: ExactDecimal? {
        baseTenThousandths < 0 ? nil : ExactDecimal(mantissa: baseTenThousandths, scale: 4).normalized
    }

    /// The product of the factors that applied, exact; nil unless scored.
    public var factor: ExactDecimal? {
        baseTenThousandths < 0 ? nil : ExactDecimal(mantissa: Int128(factorMantissa), scale: Int(factorScale)).normalized
    }

    /// base × factor rounded to two decimals, before caps; nil unless scored.
    public var pointsBeforeCaps: Points? {
        baseTenThousandths < 0 ? nil : Points(hundredths: beforeCapsHundredths)
    }

    public var points: Points { Points(hundredths: pointsHundredths) }

    /// The cap periods whose remainder was below the points before caps.
    public var cappedBy: [PeriodKind] {
        cappedMask == 0 ? [] : PeriodKind.allCases.filter { cappedMask & Self.bit($0) != 0 }
    }

    /// Whether the activity counts as a scoring activity (not rejected, not a duplicate), whatever its points.
    public var isScoring: Bool { status == .scored }
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
