import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

extension RulesCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff", abstract: "Rank every board under the current rules and under the rules in another folder, and show who moves how far.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("The folder of the new rules, checked as --rules is.", valueName: "new-dir"))
        var newRules: String

        @Option(help: "YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD (default: the ISO week holding --today).")
        var period: String?

        @Option(help: "table, json, csv or md.")
        var format: OutputFormat = .table

        func validate() throws {
            guard [.table, .json, .csv, .md].contains(format) else {
                throw ValidationError("rules diff writes table, json, csv or md, not \(format.rawValue)")
            }
        }

        func run() throws {
            try reportingFailures {
                let lang = options.language
                let period = try resolvedPeriod(self.period, options: options)
                // The new folder must pass the same check as the current one (65 with every problem, 66 if missing).
                let other = try RulesFolder.load(newRules, lang: lang)
                let ledger = try options.openLedger()
                let diff = try rankingWork(options) { try ledger.rulesDiff(under: other, period: period) }
                switch format {
                case .json: try emit(RulesDiffJSON.document(diff).serialized(), to: options.out)
                case .csv: try emit(RulesDiffCSV.text(diff, lang), to: options.out)
                case .md: try emit(RulesDiffMarkdown.text(diff, lang), to: options.out)
                default: try emit(RulesDiffTable.text(diff, lang), to: options.out)
                }
            }
        }
    }
}
