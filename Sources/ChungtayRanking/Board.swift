import ChungtayCore
import ChungtayRules

/// What a board lists besides the ranked entries above 0, and which part of the province it shows.
public struct BoardOptions: Sendable, Hashable {
    /// List every member or unit of the board; those with total 0 share one last rank.
    public var all: Bool
    /// Keep the entries whose rank is at most this (ties at the cut are all kept).
    public var top: Int?
    /// Keep the entries below this district-level unit; ranks stay province-wide.
    public var district: String?
    /// Keep the entries whose grassroots unit is of this sector; ranks stay province-wide.
    public var sector: Sector?
    /// The structure date units are drawn on (`--as-of`); nil: the period's last day.
    public var asOf: CivilDate?

    /// The default is the contract's plain board: entries above 0, the whole province, drawn on the period's last day.
    public init(all: Bool = false, top: Int? = nil, district: String? = nil, sector: Sector? = nil, asOf: CivilDate? = nil) {
        self.all = all
        self.top = top
        self.district = district
        self.sector = sector
        self.asOf = asOf
    }
}

/// The points one entry earned from one activity type (or one target, as `target:ID`) in the period.
public struct TypeTally: Sendable, Hashable {
    /// The activity type, or `target:ID` for target bonuses.
    public let key: String
    /// Scoring activities of the type (0-point ones included), or bonuses of the target.
    public let count: Int
    public let points: Points

    /// A tally as the board query sums it.
    public init(key: String, count: Int, points: Points) {
        self.key = key
        self.count = count
        self.points = points
    }
}

/// One line of a board: a member, a grassroots unit or a district-level unit (outputs.md, Board JSON).
public struct BoardEntry: Sendable, Hashable {
    /// Nil for an unranked entry (a divisor of 0 under `per_member`), and for a total of 0 unless `--all`.
    public var rank: Int?
    /// The member id or the unit code.
    public let id: String
    public let name: String
    /// The member's grassroots unit; for a branch, itself; for a district, nil.
    public let unit: String?
    /// The district-level unit above; nil where there is none, and on a district entry.
    public let district: String?
    /// The sector of the entry's grassroots unit (nil on district entries), for `--sector`.
    public let sector: Sector?
    /// What ranks: the total, or the per-member figure rounded to two decimals; nil when unranked.
    public let score: Points?
    public let total: Points
    /// The divisor under `per_member`; nil under `total`.
    public let members: Int?
    /// Per activity type and per target, sorted by key.
    public let tallies: [TypeTally]
    /// The date of the last activity with points above 0 in the period (`earliest` tie-break).
    public let lastActive: CivilDate?
    /// The rank on the previous period's board (without `--all`), if any.
    public var previousRank: Int?

    /// An entry as the board query gives it; `previousRank` is filled in from the previous period's board.
    public init(rank: Int?, id: String, name: String, unit: String?, district: String?, sector: Sector?, score: Points?,
                total: Points, members: Int?, tallies: [TypeTally], lastActive: CivilDate?, previousRank: Int? = nil) {
        self.rank = rank
        self.id = id
        self.name = name
        self.unit = unit
        self.district = district
        self.sector = sector
        self.score = score
        self.total = total
        self.members = members
        self.tallies = tallies
        self.lastActive = lastActive
        self.previousRank = previousRank
    }

    /// Previous rank minus rank: above 0 for a climb; nil without a rank or a previous rank.
    public var movement: Int? {
        guard let rank, let previousRank else { return nil }
        return previousRank - rank
    }

    /// Counts per key, the largest first, then by key.
    public var counts: [(key: String, count: Int)] {
        tallies.sorted { ($1.count, $0.key) < ($0.count, $1.key) }.map { ($0.key, $0.count) }
    }

    /// Points per key, the largest first, then by key.
    public var pointsByKey: [(key: String, points: Points)] {
        tallies.sorted { ($1.points, $0.key) < ($0.points, $1.key) }.map { ($0.key, $0.points) }
    }

    /// The tally of one key; zero when the entry has none.
    public func tally(_ key: String) -> TypeTally {
        tallies.first { $0.key == key } ?? TypeTally(key: key, count: 0, points: .zero)
    }
}

/// A board for a period: its ranked entries in board order and its unranked units (outputs.md, Board JSON).
public struct Board: Sendable {
    public let kind: BoardKind
    public let period: Period
    /// The `version` of the rules file that speaks for the period; nil when the rule book is empty.
    public let rulesVersion: String?
    /// Whether that rules file is built into chungtay (``RulesFile/isBuiltIn``); false on a frozen board.
    public let rulesBuiltIn: Bool
    public let method: RankingSettings.Method
    public let scoreBasis: RankingSettings.ScoreBasis
    /// Entries with a rank, before `--top`, `--district` and `--sector` cut the list.
    public let ranked: Int
    /// In board order: by rank, then by name (Vietnamese order), then by id.
    public let entries: [BoardEntry]
    /// Units with a divisor of 0 under `per_member`.
    public let unranked: [BoardEntry]
    /// Whether the period has a previous one to move from (a custom range has not).
    public let hasMovement: Bool
    /// The structure date its units were drawn on (organisation.md); nil for a board frozen in a bulletin published
    /// before boards had one (its files are rendered again without it).
    public let asOf: CivilDate?
    /// On a unit board, how many units of its kind are in force on the structure date (0: the board has nobody to
    /// list, as the district board after the 2025 reform); nil on the member board.
    public let unitsInForce: Int?
    /// What people read for each tally's key: the labels of the rules file that speaks for the period
    /// (``RulesFile/keyLabels``); empty on a board frozen in a bulletin published before boards carried them.
    public let labels: [String: String]

    /// A board already ranked and cut, in board order, drawn on `asOf`.
    public init(kind: BoardKind, period: Period, rulesVersion: String?, method: RankingSettings.Method,
                scoreBasis: RankingSettings.ScoreBasis, ranked: Int, entries: [BoardEntry], unranked: [BoardEntry],
                hasMovement: Bool, asOf: CivilDate?, unitsInForce: Int? = nil, labels: [String: String] = [:], rulesBuiltIn: Bool = false) {
        self.rulesBuiltIn = rulesBuiltIn
        self.asOf = asOf
        self.unitsInForce = unitsInForce
        self.labels = labels
        self.kind = kind
        self.period = period
        self.rulesVersion = rulesVersion
        self.method = method
        self.scoreBasis = scoreBasis
        self.ranked = ranked
        self.entries = entries
        self.unranked = unranked
        self.hasMovement = hasMovement
    }

    /// The label of a tally's key, or the key itself.
    public func label(_ key: String) -> String {
        labels[key] ?? key
    }
}
