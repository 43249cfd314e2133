import ChungtayCore
import ChungtayRanking

/// `rules diff --format json` (the shape is documented in docs/ranking.md):
///
/// ```json
/// { "period": { "label", "from", "to" },
///   "boards": [ { "board": "members",
///                 "old": { "rules_version", "method", "score_basis", "ranked" },
///                 "new": { "rules_version", "method", "score_basis", "ranked" },
///                 "moved": 3,
///                 "entries": [ { "id", "name", "change", "old_rank", "new_rank", "movement",
///                                "old_score", "new_score", "old_total", "new_total" } ] } ] }
/// ```
public enum RulesDiffJSON {
    /// The whole comparison, boards in the order members, branches, districts.
    public static func document(_ diff: RulesDiff) -> JSONValue {
        .object([
            ("period", BoardJSON.period(diff.period)),
            ("boards", .array(diff.boards.map(board))),
        ])
    }

    static func board(_ board: BoardDiff) -> JSONValue {
        func side(_ side: BoardDiff.Side) -> JSONValue {
            .object([("rules_version", .text(side.rulesVersion)), ("method", .string(side.method.rawValue)),
                     ("score_basis", .string(side.scoreBasis.rawValue)), ("ranked", .integer(side.ranked))])
        }
        return .object([
            ("board", .string(board.kind.rawValue)),
            ("old", side(board.old)),
            ("new", side(board.new)),
            ("moved", .integer(board.moved)),
            ("entries", .array(board.entries.map { entry in
                .object([
                    ("id", .string(entry.id)), ("name", .string(entry.name)), ("change", .string(entry.change.rawValue)),
                    ("old_rank", .integer(entry.oldRank)), ("new_rank", .integer(entry.newRank)), ("movement", .integer(entry.movement)),
                    ("old_score", .points(entry.oldScore)), ("new_score", .points(entry.newScore)),
                    ("old_total", .points(entry.oldTotal)), ("new_total", .points(entry.newTotal)),
                ])
            })),
        ])
    }
}
