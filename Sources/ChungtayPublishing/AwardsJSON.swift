import ChungtayAwards
import ChungtayCore
import ChungtayRanking

/// `awards --format json` (outputs.md, Awards): keys in the contract's order, reasons in the user's language.
public enum AwardsJSON {
    public static func document(_ nominations: Nominations, _ lang: Language) -> JSONValue {
        .object([
            ("period", BoardJSON.period(nominations.period)),
            ("awards", .array(nominations.lists.map { list in
                .object([
                    ("id", .string(list.award.id)),
                    ("title", .string(list.award.title)),
                    ("board", .string(list.award.board.rawValue)),
                    ("nominees", .array(list.nominees.map { nominee(for: $0, lang) })),
                ])
            })),
        ])
    }

    static func nominee(for nominee: Nominee, _ lang: Language) -> JSONValue {
        let entry = nominee.entry
        return .object([
            ("n", .integer(nominee.n)),
            ("id", .string(entry.id)),
            ("name", .string(entry.name)),
            ("unit", .text(entry.unit)),
            ("district", .text(entry.district)),
            ("rank", .integer(entry.rank)),
            ("score", .points(entry.score)),
            ("counts", .object(entry.counts.map { ($0.key, .integer($0.count)) })),
            ("reasons", .array(nominee.reasons.map { .string($0.text(lang)) })),
            ("tie_at_cutoff", .bool(nominee.tieAtCutoff)),
        ])
    }
}
