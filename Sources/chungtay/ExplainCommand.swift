import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show every activity behind a member's or unit's score, with each step of scoring.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var selection: EntrySelection

    func run() throws {
        try reportingFailures {
            let period = try resolvedPeriod(selection.period, options: options)
            let ledger = try options.openLedger()
            let explanation = try rankingWork(options) {
                if let member = selection.member { return try ledger.explanation(member: member.uppercased(), period: period) }
                return try ledger.explanation(unit: selection.unit!.uppercased(), period: period)
            }
            try emit(selection.format == .json ? ExplainJSON.document(explanation).serialized() : ExplainTable.text(explanation, options.language),
                     to: options.out)
        }
    }
}
