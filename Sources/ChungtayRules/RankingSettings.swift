import ChungtayCore

/// How a rules file ranks its boards (scoring.md, Ranking).
public struct RankingSettings: Sendable, Hashable {
    public enum ScoreBasis: String, Sendable, Hashable { case total, per_member }
    public enum Method: String, Sendable, Hashable { case competition, dense }
    public enum TieBreak: Sendable, Hashable, CustomStringConvertible {
        case count(type: String)
        case points(type: String)
        case earliest

        public var description: String {
            switch self {
            case let .count(type): return "count:\(type)"
            case let .points(type): return "points:\(type)"
            case .earliest: return "earliest"
            }
        }
    }

    public let branchScore: ScoreBasis
    public let districtScore: ScoreBasis
    public let method: Method
    public let tieBreak: [TieBreak]

    public init(branchScore: ScoreBasis = .total, districtScore: ScoreBasis = .total,
                method: Method = .competition, tieBreak: [TieBreak] = []) {
        self.branchScore = branchScore
        self.districtScore = districtScore
        self.method = method
        self.tieBreak = tieBreak
    }
}
