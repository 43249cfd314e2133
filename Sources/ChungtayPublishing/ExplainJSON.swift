import ChungtayCore
import ChungtayRanking

/// `explain ... --format json` (outputs.md, Board JSON): keys in the contract's order, exact numbers.
public enum ExplainJSON {
    /// `{ "board", "period", "as_of", "id", "total", "activities", "bonuses" }`.
    public static func document(_ explanation: Explanation) -> JSONValue {
        .object([
            ("board", .string(explanation.board.rawValue)),
            ("period", BoardJSON.period(explanation.period)),
            ("as_of", .date(explanation.standing.asOf)),
            ("id", .string(explanation.id)),
            ("total", .points(explanation.total)),
            ("activities", .array(explanation.activities.map(activity))),
            ("bonuses", .array(explanation.bonuses.map { bonus in
                .object([("target", .string(bonus.target)), ("date", .date(bonus.date)), ("points", .points(bonus.points))])
            })),
        ])
    }

    /// One activity; a duplicate or rejected one has `base`, `factor` and `points_before_caps` null, `multipliers`
    /// and `capped_by` empty and `points` 0 (the explanation already holds them so).
    static func activity(_ activity: ExplainedActivity) -> JSONValue {
        .object([
            ("id", .string(activity.id)),
            ("date", .date(activity.date)),
            ("unit", .string(activity.unit)),
            ("type", .string(activity.type)),
            ("status", .string(activity.status.rawValue)),
            ("duplicate_of", .text(activity.duplicateOf)),
            ("base", .decimal(activity.base)),
            ("factor", .decimal(activity.factor)),
            ("multipliers", .array(activity.multipliers.map { .string($0.label) })),
            ("points_before_caps", .points(activity.pointsBeforeCaps)),
            ("points", .points(activity.points)),
            ("capped_by", .array(activity.cappedBy.map { .string($0.rawValue) })),
        ])
    }
}
