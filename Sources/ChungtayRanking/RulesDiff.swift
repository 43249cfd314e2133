import ChungtayCore
import ChungtayRules

/// What `chungtay rules diff` shows: for each board of a period, the ranks under the current rules (the stored
/// points) beside the ranks under another rules folder (the same activities scored afresh in memory).
public struct RulesDiff: Sendable {
    public let period: Period
    /// Members, branches, districts, in that order.
    public let boards: [BoardDiff]

    /// The comparison of the boards of one period.
    public init(period: Period, boards: [BoardDiff]) {
        self.period = period
        self.boards = boards
    }
}

/// One board under the current rules and under the new ones, entry by entry.
public struct BoardDiff: Sendable {
    /// How a board was ranked: the settings of the rules file that speaks for the period, and how many it ranked.
    public struct Side: Sendable, Hashable {
        public let rulesVersion: String?
        /// Whether that rules file is built into chungtay (``RulesFile/isBuiltIn``).
        public let rulesBuiltIn: Bool
        public let method: RankingSettings.Method
        public let scoreBasis: RankingSettings.ScoreBasis
        public let ranked: Int
    }

    public let kind: BoardKind
    /// The board as the stored points rank it.
    public let old: Side
    /// The board as the new rules rank it.
    public let new: Side
    /// Every entry listed on either board (ranked, or unranked under `per_member`), the farthest moves first.
    public let entries: [DiffEntry]

    /// Compares two boards of the same kind and period (listed without `--all`).
    ///
    /// Order: by how far the entry moves, the largest rank change first. An entry that gains or loses a rank (new
    /// to the board, gone from it, or ranked on one side only) counts as moving farther than any entry ranked on
    /// both sides. Then by new rank, then by old rank (entries without one after those with one), then by name
    /// (Vietnamese order), then by id.
    /// - Complexity: O(n log n) in the number of entries.
    public init(old: Board, new: Board) {
        kind = old.kind
        self.old = Side(rulesVersion: old.rulesVersion, rulesBuiltIn: old.rulesBuiltIn, method: old.method, scoreBasis: old.scoreBasis,
                        ranked: old.ranked)
        self.new = Side(rulesVersion: new.rulesVersion, rulesBuiltIn: new.rulesBuiltIn, method: new.method, scoreBasis: new.scoreBasis,
                        ranked: new.ranked)
        let before = Dictionary((old.entries + old.unranked).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary((new.entries + new.unranked).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries = before.map { id, entry in DiffEntry(old: entry, new: after[id]) }
        entries += after.filter { before[$0.key] == nil }.map { DiffEntry(old: nil, new: $0.value) }

        let keys = Dictionary(entries.map { ($0.id, VietnameseSortKey($0.name)) }, uniquingKeysWith: { first, _ in first })
        func ascending(_ lhs: Int?, _ rhs: Int?) -> Bool? {
            switch (lhs, rhs) {
            case let (left?, right?): return left == right ? nil : left < right
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return nil
            }
        }
        self.entries = entries.sorted { lhs, rhs in
            if lhs.distance != rhs.distance { return lhs.distance > rhs.distance }
            if let order = ascending(lhs.newRank, rhs.newRank) { return order }
            if let order = ascending(lhs.oldRank, rhs.oldRank) { return order }
            let (left, right) = (keys[lhs.id]!, keys[rhs.id]!)
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// Entries whose rank changed, or that gained or lost a rank.
    public var moved: Int { entries.filter { $0.change != .same }.count }
}

/// One entry under the current rules and under the new ones.
public struct DiffEntry: Sendable {
    /// How the entry's rank changes.
    public enum Change: String, Sendable, Hashable {
        /// A better rank under the new rules.
        case up
        /// A worse rank under the new rules.
        case down
        /// The same rank, or no rank on either side.
        case same
        /// A rank under the new rules only: not on the current board, or unranked there.
        case new
        /// A rank under the current rules only: not on the new board, or unranked there.
        case gone
    }

    /// The entry on the current board; nil when it is not listed there (total 0).
    public let old: BoardEntry?
    /// The entry on the new board; nil when it is not listed there.
    public let new: BoardEntry?

    /// A comparison of one entry; at least one side is given.
    public init(old: BoardEntry?, new: BoardEntry?) {
        precondition(old != nil || new != nil, "an entry is listed on at least one board")
        self.old = old
        self.new = new
    }

    public var id: String { (old ?? new)!.id }
    public var name: String { (old ?? new)!.name }
    public var oldRank: Int? { old?.rank }
    public var newRank: Int? { new?.rank }
    public var oldScore: Points? { old?.score }
    public var newScore: Points? { new?.score }
    public var oldTotal: Points? { old?.total }
    public var newTotal: Points? { new?.total }

    /// Old rank minus new rank: above 0 for a climb; nil unless ranked on both sides.
    public var movement: Int? {
        guard let oldRank, let newRank else { return nil }
        return oldRank - newRank
    }

    public var change: Change {
        switch (oldRank, newRank) {
        case let (before?, after?): return before == after ? .same : before > after ? .up : .down
        case (nil, .some): return .new
        case (.some, nil): return .gone
        case (nil, nil):
            // Unranked on both sides, or listed on one side only and unranked there.
            if old == nil { return .new }
            if new == nil { return .gone }
            return .same
        }
    }

    /// How far the entry moves, for sorting: the rank change, or `Int.max` for an entry that gains or loses a
    /// place on the board.
    var distance: Int {
        switch change {
        case .new, .gone: return .max
        case .same: return 0
        case .up, .down: return abs(movement!)
        }
    }
}
