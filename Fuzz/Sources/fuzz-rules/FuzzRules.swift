import ChungtayCore
import ChungtayRules
import FuzzSupport

@main
enum FuzzRules {
    static func main() { runFuzzer(fuzzRules) }
}

/// The unit every fuzzed activity is recorded at: a grassroots unit under every multiplier's conditions
/// (all area flags), with as many members as a file may say.
let chart = OrgChart(units: [
    .init(code: "P", name: "P", level: .province, parent: nil),
    .init(code: "D", name: "D", level: .district, parent: "P", area: Set(AreaFlag.allCases)),
    .init(code: "G", name: "G", level: .grassroots, parent: "D", sector: .commune, members: 10_000_000),
])

/// One input: the bytes of one rules file. The loader must refuse what is wrong with a JSON path
/// (never crash), and what it accepts must score the largest activities data.md allows without overflowing
/// (the bounds of `RulesLimits` promise exact arithmetic in 128 bits).
func fuzzRules(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(FuzzSupport.bytes(start, count))
    let book: RuleBook
    do {
        book = try RuleBook(sources: [.init(path: "Rules/fuzz.json", bytes: bytes)], folder: "Rules")
    } catch {
        for diagnostic in error.diagnostics {
            var hasPath = false
            if case let .jsonPath(path) = diagnostic.location { hasPath = path.hasPrefix("$") }
            check(hasPath && diagnostic.file == "Rules/fuzz.json", "a rules problem without its JSON path: \(diagnostic)")
        }
        check(!error.diagnostics.isEmpty, "a refusal with no problem named")
        return 0
    }
    let file = book.files[0]
    var activities: [Activity] = []
    for type in file.activityTypes {
        for copy in 0 ..< 3 {
            activities.append(Activity(
                id: "\(type.id)-\(copy)", date: file.validFrom, type: type.id, member: type.credit == .member ? "M" : nil, unit: "G",
                level: 4, dossier: "HS-\(copy)", citizen: String(repeating: "a", count: 64), subject: .citizen, online: true,
                paidOnline: true, url: "https://x.vn/\(copy)", channel: .web, attendees: 10_000_000, hours: ExactDecimal(100_000)))
        }
    }
    let result = Scorer(book: book, chart: chart).score(activities)
    check(result.scores.allSatisfy { $0.points >= .zero }, "negative points: \(result.scores)")
    return 0
}
