import ChungtayAwards
import ChungtayCore

/// `progress --format json` (outputs.md, Progress): keys in the contract's order, exact numbers.
public enum ProgressJSON {
    public static func document(_ progress: Progress) -> JSONValue {
        .object([
            ("year", .integer(progress.year)),
            ("as_of", .date(progress.asOf)),
            ("indicators", .array(progress.indicators.map { item in
                .object([
                    ("id", .string(item.indicator.id)),
                    ("label", .string(item.indicator.label)),
                    ("kind", .string(item.indicator.kind.name)),
                    ("value", .decimal(item.value)),
                    ("target", .decimal(item.indicator.target)),
                    ("percent", .decimal(item.percent)),
                    ("reached", .bool(item.reached)),
                    ("projected", .decimal(item.projected)),
                    ("by_district", .array(item.byDistrict.map { district in
                        .object([("id", .string(district.id)), ("name", .string(district.name)), ("value", .decimal(district.value))])
                    })),
                ])
            })),
        ])
    }
}
