import ChungtayCore
@testable import ChungtayLedger
@testable import ChungtayRanking
import ChungtayRules
import GRDB

/// Boards and standings as the ledger gave them before it kept standings: every entry summed and ranked by
/// ``BoardQuery``'s SQL over the activities, sorted by name with Foundation-free sort keys, then cut. The tests
/// compare every board the ledger gives now with these.
enum Reference {
    static func board(_ ledger: Ledger, _ kind: BoardKind, _ period: Period, _ options: BoardOptions = BoardOptions()) throws -> Board {
        try ledger.read { db in
            let book = ledger.book
            let speaking = book.speaking(for: period.to)
            let query = BoardQuery(kind: kind, period: period, settings: speaking?.ranking ?? RankingSettings(), listAll: options.all)
            var listed = try query.entries(db)
            let previous = period.previous
            if let previous {
                let settings = book.speaking(for: previous.to)?.ranking ?? RankingSettings()
                let before = try BoardQuery(kind: kind, period: previous, settings: settings, listAll: false).entries(db)
                let ranks = Dictionary(before.compactMap { entry in entry.rank.map { (entry.id, $0) } }, uniquingKeysWith: min)
                for index in listed.indices where listed[index].score != nil {
                    listed[index].previousRank = ranks[listed[index].id]
                }
            }
            let keys = Dictionary(listed.map { ($0.id, VietnameseSortKey(decomposing: $0.name)) }, uniquingKeysWith: { first, _ in first })
            func byName(_ lhs: BoardEntry, _ rhs: BoardEntry) -> Bool {
                let (left, right) = (keys[lhs.id]!, keys[rhs.id]!)
                return left != right ? left < right : lhs.id < rhs.id
            }
            let ranked = listed.filter { $0.rank != nil }.sorted { $0.rank! != $1.rank! ? $0.rank! < $1.rank! : byName($0, $1) }
            let unranked = listed.filter { $0.rank == nil }.sorted { $0.total != $1.total ? $0.total > $1.total : byName($0, $1) }
            func kept(_ entry: BoardEntry) -> Bool {
                if let district = options.district {
                    guard kind == .districts ? entry.id == district : entry.district == district else { return false }
                }
                if let sector = options.sector, entry.sector != sector { return false }
                return true
            }
            return Board(kind: kind, period: period, rulesVersion: speaking?.version, method: query.settings.method,
                         scoreBasis: query.scoreBasis, ranked: ranked.count,
                         entries: ranked.filter { entry in kept(entry) && (options.top.map { entry.rank! <= $0 } ?? true) },
                         unranked: unranked.filter(kept), hasMovement: previous != nil, asOf: options.asOf ?? period.to)
        }
    }

    /// A standing as `rank` gave it: picked from the board with `--all`.
    static func standing(_ ledger: Ledger, _ kind: BoardKind, id: String, _ period: Period) throws -> String {
        let board = try board(ledger, kind, period, BoardOptions(all: true))
        let withRank = board.entries.filter { $0.total > .zero }
        guard var entry = board.entries.first(where: { $0.id == id }) ?? board.unranked.first(where: { $0.id == id }) else {
            return "none"
        }
        if entry.total == .zero { entry.rank = nil }
        var gap: Points?
        if let rank = entry.rank, let score = entry.score, let above = withRank.last(where: { $0.rank! < rank }), let aboveScore = above.score {
            gap = aboveScore - score
        }
        return describe(entry) + " | ranked \(withRank.count) gap \(gap.map { "\($0)" } ?? "-") \(board.rulesVersion ?? "-")"
            + " \(board.scoreBasis.rawValue) \(board.hasMovement)"
    }

    /// A standing from the ledger, in the same words.
    static func standing(_ standing: Standing) -> String {
        describe(standing.entry) + " | ranked \(standing.ranked) gap \(standing.gapToAbove.map { "\($0)" } ?? "-")"
            + " \(standing.rulesVersion ?? "-") \(standing.scoreBasis.rawValue) \(standing.hasMovement)"
    }

    /// Everything a board shows, one entry a line.
    static func describe(_ board: Board) -> String {
        (["\(board.kind) \(board.period) \(board.rulesVersion ?? "-") \(board.method) \(board.scoreBasis) ranked \(board.ranked) "
            + "movement \(board.hasMovement)"] + board.entries.map(describe) + ["unranked:"] + board.unranked.map(describe))
            .joined(separator: "\n")
    }

    static func describe(_ entry: BoardEntry) -> String {
        func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "-" }
        return "\(text(entry.rank)) \(entry.id) \(entry.name) \(text(entry.unit)) \(text(entry.district)) \(text(entry.sector)) "
            + "\(text(entry.score)) \(entry.total) \(text(entry.members)) \(text(entry.lastActive)) \(text(entry.previousRank)) "
            + entry.tallies.map { "\($0.key)=\($0.count)/\($0.points)" }.joined(separator: ",")
    }
}
