import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show every activity behind a member's or unit's score, with each step of scoring.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "A member's id: the member-credited activities of that member.")
    var member: String?

    @Option(help: "A grassroots unit's code (its and its cells' activities) or a district-level unit's code (its branches' and its own).")
    var unit: String?

    @Option(help: "YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD (default: the ISO week holding --today).")
    var period: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard (member == nil) != (unit == nil) else { throw ValidationError("give one of --member ID or --unit CODE") }
        guard format == .table || format == .json else { throw ValidationError("explain writes table or json, not \(format.rawValue)") }
    }

    func run() throws {
        try reportingFailures {
            let period = try resolvedPeriod(self.period, options: options)
            let ledger = try options.openLedger()
            let explanation = try rankingWork(options) {
                if let member { return try ledger.explanation(member: member.uppercased(), period: period) }
                return try ledger.explanation(unit: unit!.uppercased(), period: period)
            }
            try emit(format == .json ? ExplainJSON.document(explanation).serialized() : ExplainTable.text(explanation, options.language),
                     to: options.out)
        }
    }
}
