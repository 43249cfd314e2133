import ChungtayBuiltIn
import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import ChungtaySample
import ChungtayTestSupport
import Foundation
import GRDB
import Testing

/// Generated provinces reorganised by the 2025 reform on different days (the sample's generator, small), held to two
/// things on every board, period kind and structure date: the stored standings give the same boards as the activities
/// summed, and every total is what a plain reading of organisation.md gives from the stored points (``NaiveHeirs``).
@Suite struct ReorganisedProvinceTests {
    static let periods = ["2025", "2026", "2025-Q2", "2025-Q3", "2025-06", "2025-07", "2025-W26", "2025-W27", "2025-W40", "2026-W05",
                          "2025-06-20..2025-07-10"]

    @Test(arguments: [("2025-07-01", UInt64(7)), ("2025-07-03", 11), ("2025-09-29", 23), ("2026-01-01", 5)])
    func boardsFollowTheHeirRule(reform: String, seed: UInt64) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-reorganised-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = SampleProvince.files(options: try SeedOptions(arguments: [
            "--out", folder.path, "--members", "240", "--activities", "2500", "--seed", String(seed), "--reform", reform,
            "--until", "2026-03-31",
        ]))
        let book = try RuleBook(sources: BuiltIn.rules.map { RuleBook.Source(path: "Rules/\($0.name)", bytes: $0.bytes) }, folder: "Rules")
        let path = folder.appendingPathComponent("ledger.sqlite").path
        let ledger = try Ledger.create(at: path, book: book, secret: "test-secret")
        func source(_ name: String) -> ImportSource { ImportSource(path: name, data: Data(files[name]!)) }
        _ = try ledger.importUnits([source("units.csv")])
        _ = try ledger.importMembers([source("members.csv")], today: CivilDate(iso: "2026-03-31")!)
        _ = try ledger.importActivities([source("activities.csv")])
        #expect(try ledger.check().isEmpty)

        let naive = try NaiveHeirs(path: path, versions: ledger.organisation().versions)
        let reformDay = CivilDate(iso: reform)!
        // Both sides of the change have entries to compare.
        #expect(try naive.totals(.districts, Period(parsing: "2025"), on: reformDay.adding(days: -1)).count > 5)
        #expect(try naive.totals(.branches, Period(parsing: "2025"), on: reformDay).count > 20)
        let dates: [CivilDate?] = [nil, reformDay.adding(days: -1), reformDay, CivilDate(iso: "2026-02-15")]
        func boards() throws -> [String] {
            try Self.periods.flatMap { text in
                let period = try Period(parsing: text)
                return try BoardKind.allCases.flatMap { kind in
                    try dates.map { date in
                        Reference.describe(try ledger.board(kind, period: period, options: BoardOptions(all: true, asOf: date)))
                    }
                }
            }
        }
        for text in Self.periods {
            let period = try Period(parsing: text)
            for date in dates {
                let on = date ?? period.to
                for kind in [BoardKind.branches, .districts] {
                    let board = try ledger.board(kind, period: period, options: BoardOptions(all: true, asOf: date))
                    let totals = Dictionary(uniqueKeysWithValues: (board.entries + board.unranked).map { ($0.id, $0.total.hundredths) })
                        .filter { $0.value != 0 }
                    #expect(totals == (try naive.totals(kind, period, on: on)), "\(kind) \(text) as of \(on)")
                }
            }
        }
        let stored = try boards()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO standing_dirty (day) VALUES ('*')") }
        try queue.close()
        #expect(try !ledger.storedStandingsAreCurrent())
        #expect(try boards() == stored)
    }
}

/// organisation.md read as plainly as it is written, day by day and version by version, over the stored points: what
/// each unit-board entry's total must be on a structure date.
struct NaiveHeirs {
    let versions: [Organisation.Unit]
    let activities: [(unit: String, date: CivilDate, hundredths: Int64)]
    let bonuses: [(unit: String, date: CivilDate, hundredths: Int64)]

    init(path: String, versions: [Organisation.Unit]) throws {
        self.versions = versions
        let queue = try DatabaseQueue(path: path)
        (activities, bonuses) = try queue.read { db in
            (try Row.fetchAll(db, sql: "SELECT unit, date, points FROM activity WHERE status = 'scored' AND rejected = 0").map {
                ($0[0], CivilDate(iso: $0[1] as String)!, $0[2])
            }, try Row.fetchAll(db, sql: "SELECT unit, date, points FROM bonus").map { ($0[0], CivilDate(iso: $0[1] as String)!, $0[2]) })
        }
        try queue.close()
    }

    func version(_ code: String, on day: CivilDate) -> Organisation.Unit? {
        versions.first { $0.code == code && ($0.from.map { $0 <= day } ?? true) && ($0.until.map { day <= $0 } ?? true) }
    }

    /// The unit of `level` at or above `code` on `day`.
    func above(_ code: String, _ level: UnitLevel, on day: CivilDate) -> String? {
        var cursor = code
        for _ in 0 ..< 10 {
            guard let unit = version(cursor, on: day) else { return nil }
            if unit.level == level { return cursor }
            guard let parent = unit.parent else { return nil }
            cursor = parent
        }
        return nil
    }

    /// U itself where in force; else the heir of the successor of its latest version ending before the day.
    func heir(_ code: String, on day: CivilDate) -> String? {
        if version(code, on: day) != nil { return code }
        let ended = versions.filter { $0.code == code && ($0.until.map { $0 < day } ?? false) }.max { $0.until! < $1.until! }
        return ended?.successor.flatMap { heir($0, on: day) }
    }

    /// Each entry's total above 0 on a board of the period drawn on `on`.
    func totals(_ kind: BoardKind, _ period: Period, on: CivilDate) throws -> [String: Int64] {
        var totals: [String: Int64] = [:]
        func credit(grassroots: String, _ hundredths: Int64) {
            guard let heir = heir(grassroots, on: on), version(heir, on: on)?.level == .grassroots else { return }
            if kind == .branches { totals[heir, default: 0] += hundredths }
            if kind == .districts, let district = above(heir, .district, on: on) { totals[district, default: 0] += hundredths }
        }
        for activity in activities where period.from <= activity.date && activity.date <= period.to {
            if let grassroots = above(activity.unit, .grassroots, on: activity.date) {
                credit(grassroots: grassroots, activity.hundredths)
            } else if kind == .districts, version(activity.unit, on: activity.date)?.level == .district,
                      let heir = heir(activity.unit, on: on), version(heir, on: on)?.level == .district {
                totals[heir, default: 0] += activity.hundredths
            }
        }
        for bonus in bonuses where period.from <= bonus.date && bonus.date <= period.to { credit(grassroots: bonus.unit, bonus.hundredths) }
        return totals.filter { $0.value != 0 }
    }
}
