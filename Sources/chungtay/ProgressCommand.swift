import ArgumentParser
import ChungtayAwards
import ChungtayCore
import ChungtayPublishing

struct ProgressCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: localized("Xem chỉ tiêu năm của Đề án: kết quả, chỉ tiêu, tỷ lệ, dự báo cuối năm, theo từng huyện.", "Show the campaign's yearly indicators: value, target, percent, projection, per district."))

    @OptionGroup var options: GlobalOptions

    @Option(help: .localized("Năm, YYYY (mặc định: năm của --today).", "The year, YYYY (default: the year of --today)."))
    var year: Int?

    @Option(help: .localized("table, json hoặc md.", "table, json or md."))
    var format: OutputFormat = .table

    func validate() throws {
        guard [.table, .json, .md].contains(format) else {
            throw ValidationError("progress writes table, json or md, not \(format.rawValue)")
        }
        if let year, !(1 ... 9999).contains(year) { throw ValidationError("--year \(year): write a year such as 2026") }
    }

    func execute() throws {
        let lang = options.language
        let ledger = try options.openLedger()
        let progress = try ledger.progress(year: year ?? options.todayDate.year, today: options.todayDate)
        switch format {
        case .json: try emit(ProgressJSON.document(progress).serialized())
        case .md: try emit(ProgressMarkdown.text(progress, lang))
        default: try emit(ProgressTable.text(progress, lang))
        }
    }
}
