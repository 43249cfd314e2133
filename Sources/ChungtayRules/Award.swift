import ChungtayCore

/// A commendation and the conditions for nominating an entry of its board (outputs.md, Awards).
public struct Award: Sendable, Hashable {
    public let id: String
    public let title: String
    public let board: BoardKind
    public let minScore: ExactDecimal?
    /// Scoring activities of a type the entry must have, in the order the file lists them.
    public let minCounts: [MinCount]
    public let maxRank: Int?
    public let topPercent: ExactDecimal?
    /// For members; nil means the default, `["active"]`.
    public let statuses: Set<MemberStatus>?
    /// At most this many nominees of this award per district.
    public let quotaPerDistrict: Int?
    public let limit: Int?
    public let targetsMet: Bool

    public struct MinCount: Sendable, Hashable {
        public let type: String
        public let count: Int
    }

    public init(id: String, title: String, board: BoardKind, minScore: ExactDecimal? = nil, minCounts: [MinCount] = [],
                maxRank: Int? = nil, topPercent: ExactDecimal? = nil, statuses: Set<MemberStatus>? = nil,
                quotaPerDistrict: Int? = nil, limit: Int? = nil, targetsMet: Bool = false) {
        self.id = id
        self.title = title
        self.board = board
        self.minScore = minScore
        self.minCounts = minCounts
        self.maxRank = maxRank
        self.topPercent = topPercent
        self.statuses = statuses
        self.quotaPerDistrict = quotaPerDistrict
        self.limit = limit
        self.targetsMet = targetsMet
    }
}
