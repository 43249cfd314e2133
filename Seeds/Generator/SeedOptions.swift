import ChungtayCore

/// The command line: `--out DIR [--members N] [--activities N] [--seed S] [--from YYYY-MM-DD] [--until YYYY-MM-DD]
/// [--reform YYYY-MM-DD|none]`. The defaults give the committed sample in `Seeds/`.
public struct SeedOptions {
    var out = ""
    var members = 5_200
    var activities = 61_400
    var seed: UInt64 = 2026
    var from = CivilDate(year: 2025, month: 1, day: 1)!
    var until = CivilDate(year: 2026, month: 11, day: 22)!
    /// The first day of the organisation after the 2025 reform; nil for the old organisation all the time.
    var reform: CivilDate? = CivilDate(year: 2025, month: 7, day: 1)!

    /// The campaign's years (Rules/2022.json to Rules/2027.json): activities are dated within them.
    static let firstDay = CivilDate(year: 2022, month: 1, day: 1)!
    static let lastDay = CivilDate(year: 2027, month: 12, day: 31)!

    public static let usage = """
        usage: chungtay-seed --out DIR [--members N] [--activities N] [--seed S] [--from YYYY-MM-DD] [--until YYYY-MM-DD]
                             [--reform YYYY-MM-DD|none]
          defaults: --members 5200 --activities 61400 --seed 2026 --from 2025-01-01 --until 2026-11-22 --reform 2025-07-01
          (the sample in Seeds/). Activities are dated from --from to --until, both within 2022-2027; --reform is the
          first day of the organisation after the 2025 reform (none: the old organisation all the time).
        """

    /// The defaults: the sample in `Seeds/`.
    public init() {}

    public init(arguments: [String]) throws(SeedError) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "-h" || flag == "--help" { throw .help }
            guard let value = rest.popFirst() else { throw .usage("\(flag) needs a value") }
            switch flag {
            case "--out": out = value
            case "--members": members = try SeedOptions.count(value, flag, maximum: 9_999_999)
            case "--activities": activities = try SeedOptions.count(value, flag, maximum: 99_999_999)
            case "--seed":
                guard let number = UInt64(value) else { throw .usage("--seed takes a whole number, not \(value)") }
                seed = number
            case "--from": from = try SeedOptions.date(value, flag)
            case "--until": until = try SeedOptions.date(value, flag)
            case "--reform": reform = value == "none" ? nil : try SeedOptions.date(value, flag)
            default:
                throw .usage("unknown option \(flag)")
            }
        }
        if out.isEmpty { throw .usage("--out DIR is required") }
        if until < from { throw .usage("--until \(until) is before --from \(from)") }
        if let reform, reform > until {
            throw .usage("--reform \(reform) is after --until \(until): members.csv gives each member's unit on --until, "
                + "which would not exist yet (use --reform none for the old organisation all the time)")
        }
    }

    private static func count(_ text: String, _ flag: String, maximum: Int) throws(SeedError) -> Int {
        guard let number = Int(text), (0 ... maximum).contains(number) else {
            throw .usage("\(flag) takes a whole number from 0 to \(maximum), not \(text)")
        }
        return number
    }

    /// A date of the campaign (the years Rules/ covers).
    private static func date(_ text: String, _ flag: String) throws(SeedError) -> CivilDate {
        guard let date = CivilDate(iso: text), date >= firstDay, date <= lastDay else {
            throw .usage("\(flag) takes a date of 2022 to 2027 (the years Rules/ covers) as YYYY-MM-DD, not \(text)")
        }
        return date
    }
}
