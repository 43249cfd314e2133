import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct ImportCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import units, members or activities from CSV or JSONL files.")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case units, members, activities }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "units, members or activities.")
    var kind: Kind

    @Argument(help: "The files (.csv or .jsonl).")
    var files: [String]

    @Flag(help: "Check everything and print the counts, but write nothing.")
    var dryRun = false

    func execute() throws {
        let sources = try importSources(files, lang: options.language)
        let ledger = try options.openLedger()
        let summary = switch kind {
        case .units: try ledger.importUnits(sources, dryRun: dryRun)
        case .members: try ledger.importMembers(sources, today: options.todayDate, dryRun: dryRun)
        case .activities: try ledger.importActivities(sources, dryRun: dryRun)
        }
        try emit(summary.text(kind.rawValue, options.language))
    }
}
