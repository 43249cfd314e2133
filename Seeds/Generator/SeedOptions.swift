import ChungtayCore

/// The command line: `--out DIR [--members N] [--activities N] [--seed S] [--until YYYY-MM-DD]`.
/// The defaults give the committed sample in `Seeds/`.
public struct SeedOptions {
    var out = ""
    var members = 5_200
    var activities = 32_000
    var seed: UInt64 = 2026
    var until = CivilDate(year: 2026, month: 11, day: 22)!

    public static let usage = """
        usage: chungtay-seed --out DIR [--members N] [--activities N] [--seed S] [--until YYYY-MM-DD]
          defaults: --members 5200 --activities 32000 --seed 2026 --until 2026-11-22 (the sample in Seeds/)
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
            case "--until":
                guard let date = CivilDate(iso: value), date.year == 2026 else {
                    throw .usage("--until takes a date of 2026 (the year Rules/2026.json covers) as YYYY-MM-DD, not \(value)")
                }
                until = date
            default:
                throw .usage("unknown option \(flag)")
            }
        }
        if out.isEmpty { throw .usage("--out DIR is required") }
    }

    private static func count(_ text: String, _ flag: String, maximum: Int) throws(SeedError) -> Int {
        guard let number = Int(text), (0 ... maximum).contains(number) else {
            throw .usage("\(flag) takes a whole number from 0 to \(maximum), not \(text)")
        }
        return number
    }
}
