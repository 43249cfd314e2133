import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "Show where one member or unit stands: rank, score, gap to the entry above, movement.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var selection: EntrySelection

    func run() throws {
        try reportingFailures {
            let period = try resolvedPeriod(selection.period, options: options)
            let ledger = try options.openLedger()
            let standing = try rankingWork(options) {
                if let member = selection.member { return try ledger.standing(member: member.uppercased(), period: period) }
                return try ledger.standing(unit: selection.unit!.uppercased(), period: period)
            }
            try emit(selection.format == .json ? BoardJSON.document(standing).serialized() : BoardTable.text(standing, options.language),
                     to: options.out)
        }
    }
}
