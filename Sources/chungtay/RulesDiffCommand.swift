import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

extension RulesCommand {
    struct Diff: ChungtayCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff", abstract: localized("Xếp hạng mọi bảng theo thể lệ hiện hành và theo thể lệ ở thư mục khác, và cho biết ai đổi hạng bao nhiêu.", "Rank every board under the current rules and under the rules in another folder, and show who moves how far."))

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp(localized("Thư mục thể lệ mới, được kiểm tra như --rules.", "The folder of the new rules, checked as --rules is."), valueName: "new-dir"))
        var newRules: String

        @Option(help: GlobalOptions.periodHelp)
        var period: String?

        @Option(help: .localized("table, json, csv hoặc md.", "table, json, csv or md."))
        var format: OutputFormat = .table

        func validate() throws {
            guard [.table, .json, .csv, .md].contains(format) else {
                throw ValidationError("rules diff writes table, json, csv or md, not \(format.rawValue)")
            }
        }

        func execute() throws {
            let lang = options.language
            let period = try options.period(self.period)
            // The new folder must pass the same check as the current one (65 with every problem, 66 if missing).
            let other = try RulesFolder.load(newRules, lang: lang)
            let ledger = try options.openLedger()
            let diff = try ledger.rulesDiff(under: other, period: period)
            switch format {
            case .json: try emit(RulesDiffJSON.document(diff).serialized())
            case .csv: try emit(RulesDiffCSV.text(diff, lang))
            case .md: try emit(RulesDiffMarkdown.text(diff, lang))
            default: try emit(RulesDiffTable.text(diff, lang))
            }
        }
    }
}
