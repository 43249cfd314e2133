import ArgumentParser
import ChungtayCore
import ChungtayPublishing
import ChungtayRules

extension RulesCommand {
    struct Show: ChungtayCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: localized("Xem thể lệ có hiệu lực vào một ngày.", "Show the rules in effect on a date."))

        @OptionGroup var options: GlobalOptions

        @Option(help: .localized("Ngày, YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: --today).", "The date, YYYY-MM-DD or DD/MM/YYYY (default: --today)."))
        var date: String?

        @Option(help: .localized("table hoặc json.", "table or json."))
        var format: OutputFormat = .table

        func validate() throws {
            if let date, CivilDate(userText: date) == nil {
                throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD or DD/MM/YYYY")
            }
            guard format == .table || format == .json else { throw ValidationError("rules show writes table or json") }
        }

        func execute() throws {
            let book = try RulesFolder.load(options.rulesFolder, lang: options.language)
            let day = date.flatMap { CivilDate(userText: $0) } ?? options.todayDate
            guard let file = book.file(on: day) else {
                throw CommandFailure(CommandFailure.invalidData, options.language.pick(
                    "\(options.rulesFolderName): không có thể lệ nào có hiệu lực ngày \(day.vietnamese); thêm tệp thể lệ cho năm đó",
                    "\(options.rulesFolderName): no rules file is in effect on \(day); add a rules file for that year"))
            }
            let report = RulesReport(file: file, date: day)
            try emit(format == .json ? report.json().serialized() : report.table(options.language))
        }
    }
}
