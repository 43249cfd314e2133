import ArgumentParser
import ChungtayAwards
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct AwardsCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards", abstract: localized("Lập danh sách đề nghị khen thưởng theo từng hình thức của thể lệ, cho hội đồng thi đua, khen thưởng.", "List the nominees for each award of the period's rules, for the award committee."))

    @OptionGroup var options: GlobalOptions

    @Option(help: .localized("Năm xét khen thưởng, YYYY (mặc định: năm của --today).", "The award year, YYYY (default: the year of --today)."))
    var year: Int?

    @Option(help: .localized("Một kỳ bất kỳ thay cho năm: \(Period.forms.vi).", "Any period instead of a year: \(Period.forms.en)."))
    var period: String?

    @OptionGroup var structure: StructureDate

    @Option(help: .localized("table, json, csv, md, html hoặc xlsx (xlsx cần --out).", "table, json, csv, md, html or xlsx (xlsx needs --out)."))
    var format: OutputFormat = .table

    func validate() throws {
        if year != nil, period != nil { throw ValidationError("give --year or --period, not both") }
        if let year, !(1 ... 9998).contains(year) { throw ValidationError("--year \(year): write a year such as 2026") }
    }

    func execute() throws {
        let lang = options.language
        try refuseWorkbookWithoutOut(format)
        let awardPeriod = try options.period(period ?? year.map(String.init) ?? String(options.todayDate.year))
        let ledger = try options.openLedger()
        let nominations = try ledger.nominations(period: awardPeriod, today: options.todayDate, asOf: structure.date)
        switch format {
        case .json: try emit(AwardsJSON.document(nominations, lang).serialized())
        case .csv: try emit(AwardsCSV.text(nominations, lang))
        case .md: try emit(AwardsMarkdown.text(nominations, lang))
        case .html: try emit(AwardsHTML.text(nominations, lang))
        case .xlsx: try emit(bytes: try AwardsWorkbook.data(nominations, lang))
        case .table: try emit(AwardsTable.text(nominations, lang))
        }
    }
}
