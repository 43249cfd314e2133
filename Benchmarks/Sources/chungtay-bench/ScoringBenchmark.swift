import ChungtayCore
import ChungtayRules
import Foundation

/// Times the scoring engine on generated in-memory activities (issue 2: 1,000,000 in under 2 s, release build).
func scoringBenchmark(activityCount: Int, memberCount: Int, rulesFolder: String) throws {

    let names = try FileManager.default.contentsOfDirectory(atPath: rulesFolder).filter { $0.hasSuffix(".json") }.sorted()
    let book = try RuleBook(sources: names.map {
        RuleBook.Source(path: "\(rulesFolder)/\($0)", bytes: Array(FileManager.default.contents(atPath: "\(rulesFolder)/\($0)")!))
    }, folder: rulesFolder)

    // A province of 11 districts × 50 grassroots units × 2 cells; every third district is mountainous.
    var units: [Organisation.Unit] = [.init(code: "BD", name: "Tỉnh đoàn", level: .province, parent: nil)]
    var memberUnits: [String] = []
    for district in 0 ..< 11 {
        let code = "D\(district)"
        units.append(.init(code: code, name: code, level: .district, parent: "BD", area: district % 3 == 0 ? [.mountain] : []))
        for branch in 0 ..< 50 {
            let branchCode = "\(code)-G\(branch)"
            units.append(.init(code: branchCode, name: branchCode, level: .grassroots, parent: code,
                               sector: Sector.allCases[branch % Sector.allCases.count], members: 200))
            for cell in 0 ..< 2 {
                units.append(.init(code: "\(branchCode)-C\(cell)", name: "", level: .cell, parent: branchCode))
                memberUnits.append("\(branchCode)-C\(cell)")
            }
        }
    }
    let organisation = Organisation(units: units)

    var random = SeededGenerator(seed: 2026)
    let year2026 = CivilDate(year: 2026, month: 1, day: 1)!
    let types = ["account_opened", "account_transacted", "dossier_assisted", "own_dossier", "article_posted",
                 "propaganda_session", "volunteer_shift", "training_attended", "contest_held", "vneid_activated"]
    var activities: [Activity] = []
    activities.reserveCapacity(activityCount)
    for index in 0 ..< activityCount {
        let member = Int.random(in: 0 ..< memberCount, using: &random)
        let unit = memberUnits[member % memberUnits.count]
        let type = types[Int.random(in: 0 ..< types.count, using: &random)]
        var activity = Activity(id: "A\(index)", date: year2026.adding(days: Int.random(in: 0 ..< 330, using: &random)),
                                type: type, member: "M\(member)", unit: unit)
        switch type {
        case "account_opened", "account_transacted", "vneid_activated":
            activity.citizen = String(Int.random(in: 0 ..< activityCount, using: &random), radix: 16)
            activity.subject = Subject.allCases.randomElement(using: &random)
        case "dossier_assisted", "own_dossier":
            activity.dossier = "HS\(Int.random(in: 0 ..< activityCount * 2, using: &random))"
            activity.level = Int.random(in: 3 ... 4, using: &random)
            activity.paidOnline = Bool.random(using: &random)
            activity.online = Bool.random(using: &random)
        case "article_posted":
            activity.url = "https://doan.vn/\(Int.random(in: 0 ..< activityCount, using: &random))"
            activity.channel = Channel.allCases.randomElement(using: &random)
        case "propaganda_session", "contest_held":
            activity.attendees = Int64.random(in: 10 ... 300, using: &random)
        case "volunteer_shift":
            activity.hours = ExactDecimal(mantissa: Int128(Int.random(in: 100 ... 800, using: &random)), scale: 2)
        default:
            break
        }
        activity.rejected = Int.random(in: 0 ..< 200, using: &random) == 0
        activities.append(activity)
    }
    let sorted = activities.sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }

    func time(_ label: String, _ input: [Activity], _ scorer: Scorer) -> Double {
        var best = Double.infinity
        var summary = ""
        for _ in 0 ..< (ProcessInfo.processInfo.environment["BENCH_SORTED_ONLY"] != nil ? 8 : 3) {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = scorer.score(input)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            let total = result.scores.reduce(Int64(0)) { $0 + $1.points.hundredths }
            summary = "total \(Points(hundredths: total)) points, \(result.bonuses.count) bonuses, "
                + "\(result.scores.filter { $0.status == .duplicate }.count) duplicates, \(result.problems.count) problems"
        }
        print("score \(input.count) activities, \(label): best of 3 \(String(format: "%.3f", best)) s (\(summary))")
        return best
    }
    let scorer = Scorer(book: book, organisation: organisation)
    let sortedSeconds = time("in (date, id) order", sorted, scorer)
    let shuffledSeconds = ProcessInfo.processInfo.environment["BENCH_SORTED_ONLY"] != nil ? 0 : time("in random order", activities, scorer)
    print("goal: under 2 s for 1,000,000 → \(max(sortedSeconds, shuffledSeconds) < 2 ? "met" : "NOT met")")
}
