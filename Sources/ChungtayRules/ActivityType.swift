import ChungtayCore

/// One activity type of a rules file: what it is worth and how it is limited (scoring.md, Fields).
public struct ActivityType: Sendable, Hashable {
    public let id: String
    public let label: String
    public let credit: Credit
    public let requires: [Attribute]
    /// The base points.
    public let points: ExactDecimal
    /// `{attribute: {value: points}}` for level, subject and channel.
    public let by: [Attribute: [String: ExactDecimal]]
    /// `{attribute: points}` for online and paid_online.
    public let flags: [Attribute: ExactDecimal]
    /// `{attribute: points}` for attendees and hours.
    public let per: [Attribute: ExactDecimal]
    public let maxBase: ExactDecimal?
    /// Attributes identifying one real-world thing, sorted, so that two files listing the same set agree.
    public let unique: [Attribute]
    public let caps: [Cap]

    public init(id: String, label: String, credit: Credit, requires: [Attribute] = [], points: ExactDecimal,
                by: [Attribute: [String: ExactDecimal]] = [:], flags: [Attribute: ExactDecimal] = [:],
                per: [Attribute: ExactDecimal] = [:], maxBase: ExactDecimal? = nil, unique: [Attribute] = [],
                caps: [Cap] = []) {
        self.id = id
        self.label = label
        self.credit = credit
        self.requires = requires
        self.points = points
        self.by = by
        self.flags = flags
        self.per = per
        self.maxBase = maxBase
        self.unique = unique.sorted()
        self.caps = caps
    }
}

/// A limit on the points of one type that one credited party earns in one calendar window.
public struct Cap: Sendable, Hashable {
    /// `day`, `week`, `month` or `year`.
    public let period: PeriodKind
    public let points: Points

    public init(period: PeriodKind, points: Points) {
        self.period = period
        self.points = points
    }
}

/// A factor applied to the activities that meet every condition it has.
public struct Multiplier: Sendable, Hashable {
    public let label: String
    public let factor: ExactDecimal
    /// The unit (or an ancestor) has at least one of these flags; nil: no condition.
    public let area: Set<AreaFlag>?
    /// The grassroots unit's sector is one of these; nil: no condition.
    public let sectors: Set<Sector>?
    public let types: Set<String>?
    public let from: CivilDate?
    public let to: CivilDate?

    public init(label: String, factor: ExactDecimal, area: Set<AreaFlag>? = nil, sectors: Set<Sector>? = nil,
                types: Set<String>? = nil, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.label = label
        self.factor = factor
        self.area = area
        self.sectors = sectors
        self.types = types
        self.from = from
        self.to = to
    }
}

/// Something each grassroots unit should reach in each period, worth a bonus on the day it is reached.
public struct Target: Sendable, Hashable {
    public let id: String
    public let label: String
    public let type: String
    public let minCount: Int
    /// `year`, `quarter` or `month`.
    public let period: PeriodKind
    public let excludeSectors: Set<Sector>
    public let bonus: Points

    public init(id: String, label: String, type: String, minCount: Int, period: PeriodKind,
                excludeSectors: Set<Sector> = [], bonus: Points) {
        self.id = id
        self.label = label
        self.type = type
        self.minCount = minCount
        self.period = period
        self.excludeSectors = excludeSectors
        self.bonus = bonus
    }
}
