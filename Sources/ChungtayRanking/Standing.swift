import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// Where one member or unit stands on its board for a period: what `chungtay rank` shows (outputs.md, Board JSON).
public struct Standing: Sendable {
    public let board: BoardKind
    public let period: Period
    public let rulesVersion: String?
    public let scoreBasis: RankingSettings.ScoreBasis
    /// The entry; its rank is nil when its total is 0 or it is unranked (a divisor of 0 under `per_member`).
    public let entry: BoardEntry
    /// Entries with a rank on the board without `--all`.
    public let ranked: Int
    /// The score of the nearest entry with a better rank minus this entry's score; nil at rank 1 and without a rank.
    public let gapToAbove: Points?
    /// Whether the period has a previous one to move from.
    public let hasMovement: Bool
}

extension Ledger {
    /// A member's standing on the member board.
    public func standing(member id: String, period: Period) throws -> Standing {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM member WHERE id = ?", arguments: [id]) != nil else {
                throw RankingError.unknownMember(id)
            }
            return try Standing.make(.members, id: id, period: period, book: book, db)
        }
    }

    /// A unit's standing: a grassroots unit on the branch board, a district-level unit on the district board.
    /// A cell or the province is refused, as is an unknown code.
    public func standing(unit code: String, period: Period) throws -> Standing {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT level, parent FROM unit WHERE code = ?", arguments: [code]) else {
                throw RankingError.unknownUnit(code)
            }
            switch UnitLevel(rawValue: row["level"]) {
            case .grassroots: return try Standing.make(.branches, id: code, period: period, book: book, db)
            case .district: return try Standing.make(.districts, id: code, period: period, book: book, db)
            case .cell: throw RankingError.cellNotRanked(cell: code, grassroots: row["parent"] ?? "")
            default: throw RankingError.provinceNotRanked(code)
            }
        }
    }
}

extension Standing {
    static func make(_ kind: BoardKind, id: String, period: Period, book: RuleBook, _ db: Database) throws -> Standing {
        // The board with --all holds every member or unit, so that an entry with total 0 still shows its counts.
        let board = try Board.make(kind, period: period, options: BoardOptions(all: true), book: book, db)
        let withRank = board.entries.filter { $0.total > .zero }
        guard var entry = board.entries.first(where: { $0.id == id }) ?? board.unranked.first(where: { $0.id == id }) else {
            // Not on the board at all: a member or unit the board does not list (cannot happen with --all).
            throw RankingError.unknownUnit(id)
        }
        if entry.total == .zero { entry.rank = nil }
        var gap: Points?
        if let rank = entry.rank, let score = entry.score,
           let above = withRank.last(where: { $0.rank! < rank }), let aboveScore = above.score {
            gap = aboveScore - score
        }
        return Standing(board: kind, period: period, rulesVersion: board.rulesVersion, scoreBasis: board.scoreBasis, entry: entry,
                        ranked: withRank.count, gapToAbove: gap, hasMovement: board.hasMovement)
    }
}
