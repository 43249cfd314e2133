import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "Show where one member or unit stands: rank, score, gap to the entry above, movement.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "A member's id: looked up on the members' board.")
    var member: String?

    @Option(help: "A grassroots unit's code (branches' board) or a district-level unit's code (districts' board).")
    var unit: String?

    @Option(help: "YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD (default: the ISO week holding --today).")
    var period: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard (member == nil) != (unit == nil) else { throw ValidationError("give one of --member ID or --unit CODE") }
        guard format == .table || format == .json else { throw ValidationError("rank writes table or json, not \(format.rawValue)") }
    }

    func run() throws {
        try reportingFailures {
            let period = try resolvedPeriod(self.period, options: options)
            let ledger = try options.openLedger()
            let standing = try rankingWork(options) {
                if let member { return try ledger.standing(member: member.uppercased(), period: period) }
                return try ledger.standing(unit: unit!.uppercased(), period: period)
            }
            try emit(format == .json ? BoardJSON.document(standing).serialized() : BoardTable.text(standing, options.language),
                     to: options.out)
        }
    }
}
