import ArgumentParser
import ChungtayAwards
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct DemoCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: localized("Tạo cơ sở dữ liệu mẫu từ Seeds/ trong thư mục tạm và giới thiệu những gì nó có.", "Build a database from Seeds/ in a temporary folder and show what it holds."))

    @OptionGroup var options: GlobalOptions

    func execute() throws {
        let lang = options.language
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let databasePath = folder.appendingPathComponent("demo.sqlite").path
        let book = try RulesFolder.load(options.rulesFolder, lang: lang)
        let ledger = try Ledger.create(at: databasePath, book: book, secret: CitizenHasher.newSecret())
        var text = lang.pick("Cơ sở dữ liệu mẫu: \(databasePath)\n", "Sample database: \(databasePath)\n")
        text += try SeedLoader.load(into: ledger, options: options)
        let overview = try ledger.overview(today: options.todayDate)
        text += "\n" + OverviewReport.text(overview, labels: Dictionary(book.files.flatMap(\.keyLabels), uniquingKeysWith: { _, later in later }), lang)
        // A year that ended before the latest activity, whose units changed: its branch board drawn on its last day (the
        // new units carrying their predecessors' history), and the history of the unit that took over the most others.
        if let first = overview.firstDate, let last = overview.lastDate, first.year < last.year {
            let year = try options.period(String(last.year - 1))
            let organisation = try ledger.organisation()
            if !organisation.isStatic {
                text += "\n" + BoardTable.text(try ledger.board(.branches, period: year, options: BoardOptions(top: 10)), lang)
                let heirs = organisation.structure(on: last).grassrootsUnits.compactMap { organisation.history(of: $0.code) }
                if let widest = heirs.max(by: { ($0.predecessors.count, $1.code) < ($1.predecessors.count, $0.code) }), !widest.predecessors.isEmpty {
                    text += "\n" + UnitsReport.text(widest, lang)
                }
            }
        }
        // The latest week with activities, and its year: what the provincial office would publish now.
        if let last = overview.lastDate {
            let week = Period.week(containing: last)
            for kind in [BoardKind.branches, .members] {
                let board = try ledger.board(kind, period: week, options: BoardOptions(top: 10))
                text += "\n" + BoardTable.text(board, lang)
            }
            let year = try options.period(String(last.year))
            let districts = try ledger.board(.districts, period: year, options: BoardOptions())
            text += "\n" + BoardTable.text(districts, lang)
            // The week's bulletin, as `publish --week` writes it.
            let bulletin = folder.appendingPathComponent("bulletin").path
            _ = try ledger.publish(week: week, today: last, at: Clock.utcTimestamp()) { try BulletinFolder.write($0, into: bulletin, lang: lang) }
            text += "\n" + lang.pick("Bảng tin tuần \(week.label): \(bulletin)/index.html\n", "Bulletin of \(week.label): \(bulletin)/index.html\n")
            // The year's indicators and nominees as of the latest activity, so that the tour reads the same any day.
            let progress = try ledger.progress(year: last.year, today: last)
            text += "\n" + ProgressTable.text(progress, lang)
            let nominations = try ledger.nominations(period: year, today: last)
            text += "\n" + AwardsTable.text(nominations, lang)
        }
        try emit(text)
    }
}
