import ChungtayAwards
import ChungtayCore
import ChungtayRanking

/// `awards --format json` (outputs.md, Awards): keys in the contract's order, reasons in the user's language.
public enum AwardsJSON {
    public static func document(_ nominations: Nominations, _ lang: Language) -> JSONValue {
        .object([
            ("period", BoardJSON.period(nominations.period)),
            ("as_of", .date(nominations.asOf)),
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

    /// A nominee: its board entry's fields as Board JSON writes them, in the contract's order, with the award's own.
    static func nominee(for nominee: Nominee, _ lang: Language) -> JSONValue {
        let fields = Dictionary(BoardJSON.fields(nominee.entry).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return .object([("n", .integer(nominee.n))]
            + ["id", "name", "unit", "district", "rank", "score", "counts"].map { ($0, fields[$0] ?? .null) }
            + [("reasons", .array(nominee.reasons.map { .string($0.text(lang)) })), ("tie_at_cutoff", .bool(nominee.tieAtCutoff))])
    }
}
