import ChungtayCore
import ChungtayRanking

/// An entry whose rank or score differs from the previous revision of the same week's bulletin (đính chính),
/// including entries that appeared on a board or left it.
public struct Correction: Sendable, Hashable {
    public let board: BoardKind
    public let id: String
    public let name: String
    /// Whether the entry was on the board (ranked or unranked) in the previous revision.
    public let wasListed: Bool
    public let previousRank: Int?
    public let previousScore: Points?
    /// Whether the entry is on the board in this revision.
    public let isListed: Bool
    public let rank: Int?
    public let score: Points?

    /// The corrections from `previous` to `current`: per board (members, branches, districts), the changed entries
    /// in the current board's order, then those that left it in the previous board's order.
    public static func between(_ previous: Bulletin, _ current: Bulletin) -> [Correction] {
        zip(previous.boards, current.boards).flatMap { before, after in changes(before, after) }
    }

    static func changes(_ before: Board, _ after: Board) -> [Correction] {
        let old = Dictionary((before.entries + before.unranked).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set((after.entries + after.unranked).map(\.id))
        var corrections: [Correction] = []
        for entry in after.entries + after.unranked {
            let was = old[entry.id]
            guard was?.rank != entry.rank || was?.score != entry.score || was == nil else { continue }
            corrections.append(Correction(board: after.kind, id: entry.id, name: entry.name, wasListed: was != nil, previousRank: was?.rank,
                                          previousScore: was?.score, isListed: true, rank: entry.rank, score: entry.score))
        }
        for entry in before.entries + before.unranked where !new.contains(entry.id) {
            corrections.append(Correction(board: before.kind, id: entry.id, name: entry.name, wasListed: true, previousRank: entry.rank,
                                          previousScore: entry.score, isListed: false, rank: nil, score: nil))
        }
        return corrections
    }
}
