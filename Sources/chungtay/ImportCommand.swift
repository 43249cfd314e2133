import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct ImportCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: localized("Nhập đơn vị, đoàn viên hoặc hoạt động từ tệp CSV hoặc JSONL.", "Import units, members or activities from CSV or JSONL files."))

    enum Kind: String, ExpressibleByArgument, CaseIterable { case units, members, activities }

    @OptionGroup var options: GlobalOptions

    @Argument(help: .localized("units (đơn vị), members (đoàn viên) hoặc activities (hoạt động).", "units, members or activities."))
    var kind: Kind

    @Argument(help: .localized("Các tệp (.csv hoặc .jsonl).", "The files (.csv or .jsonl)."))
    var files: [String]

    @Flag(help: .localized("Kiểm tra tất cả và in số lượng, nhưng không ghi gì.", "Check everything and print the counts, but write nothing."))
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
