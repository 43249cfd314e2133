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
    /// What people read for each tally's key (as on ``Board/labels``).
    public let labels: [String: String]
    /// The structure date the board was drawn on (organisation.md).
    public let asOf: CivilDate

    /// The label of a tally's key, or the key itself.
    public func label(_ key: String) -> String {
        labels[key] ?? key
    }
}

/// One member or one unit, as `rank` and `explain` name it.
enum Entrant {
    case member(String)
    case unit(String)
}

extension Ledger {
    /// A member's standing on the member board, drawn on `asOf` (default: the period's last day).
    public func standing(member id: String, period: Period, asOf: CivilDate? = nil) throws -> Standing {
        try onBoard(.member(id), period: period, asOf: asOf) { try Standing.make($0, id: id, period: period, structure: $1, book: book, $2) }
    }

    /// A unit's standing: a grassroots unit on the branch board, a district-level unit on the district board, drawn on
    /// `asOf` (default: the period's last day). A unit not in force then, a cell, the province and an unknown code are
    /// refused (``Structure/board(ofUnit:)``).
    public func standing(unit code: String, period: Period, asOf: CivilDate? = nil) throws -> Standing {
        try onBoard(.unit(code), period: period, asOf: asOf) { try Standing.make($0, id: code, period: period, structure: $1, book: book, $2) }
    }

    /// In one read, the board an entrant is on and the structure of `asOf` (default: the period's last day), given to
    /// `body`: an unknown member, and a unit no board ranks on that date, are refused.
    func onBoard<T>(_ entrant: Entrant, period: Period, asOf: CivilDate?, _ body: (BoardKind, Structure, Database) throws -> T) throws -> T {
        try read { db in
            let structure = try Organisation.stored(db).structure(on: asOf ?? period.to)
            switch entrant {
            case let .member(id):
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM member WHERE id = ?", arguments: [id]) != nil else {
                    throw RankingError.unknownMember(id)
                }
                return try body(.members, structure, db)
            case let .unit(code):
                return try body(structure.board(ofUnit: code), structure, db)
            }
        }
    }
}

extension Standing {
    /// The standing from the entry's own sums and a count of the entries ranked above it.
    static func make(_ kind: BoardKind, id: String, period: Period, structure: Structure, book: RuleBook, _ db: Database) throws -> Standing {
        let speaking = book.speaking(for: period.to)
        let ranking = BoardRanking(kind: kind, settings: speaking?.ranking ?? RankingSettings())
        let current = try StoredStanding.areCurrent(db)
        guard let (focus, rank, ranked, nearest) = try Placed(id: id, ranking: ranking).run(kind, period, on: structure, current: current, db) else {
            throw kind == .members ? RankingError.unknownMember(id) : RankingError.unknownUnit(id)
        }
        var entry = ranking.entry(focus, rank: rank)
        let previous = period.previous
        if let previous, focus.score != nil {
            let movement = Board.Movement(period: previous, book: book, structure: structure, current: current)
            entry.previousRank = try Ranked(id: id, ranking: movement.ranking(kind)).run(kind, previous, on: structure, current: current, db)
        }
        // The score of the nearest better rank, minus this one's.
        let gap = rank.flatMap { _ in nearest.map { Points(hundredths: $0 - focus.score!) } }
        return Standing(board: kind, period: period, rulesVersion: speaking?.version, scoreBasis: ranking.scoreBasis, entry: entry,
                        ranked: ranked, gapToAbove: gap, hasMovement: previous != nil, labels: speaking?.keyLabels ?? [:],
                        asOf: structure.date)
    }

    /// Where one entry stands: ``Standings/place(_:ranking:_:)``.
    private struct Placed: StandingsTask {
        let id: String
        let ranking: BoardRanking

        func run(on standings: some Standings, _ db: Database) throws
            -> (focus: BoardRanking.Contender, rank: Int?, ranked: Int, nearest: Int64?)? {
            try standings.place(id, ranking: ranking, db)
        }
    }

    /// One entry's rank: ``Standings/rank(of:ranking:_:)``.
    private struct Ranked: StandingsTask {
        let id: String
        let ranking: BoardRanking

        func run(on standings: some Standings, _ db: Database) throws -> Int? {
            try standings.rank(of: id, ranking: ranking, db)
        }
    }
}
