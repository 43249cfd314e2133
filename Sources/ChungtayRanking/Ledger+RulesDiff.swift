import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

extension Ledger {
    /// Each board of a period under the current rules (the stored points) beside the same board under another
    /// rule book, the activities scored afresh in memory; nothing is written.
    ///
    /// Both sides list what a board without `--all` lists. Throws ``LedgerError/invalid(_:)`` when the other book
    /// cannot score an activity dated up to the period's end.
    public func rulesDiff(under other: RuleBook, period: Period) throws -> RulesDiff {
        try read { db in
            let current = try BoardKind.allCases.map { try Board.make($0, period: period, options: BoardOptions(), book: book, db) }
            let rescored = try Rescoring(book: other, period: period).boards(db)
            return RulesDiff(period: period, boards: zip(current, rescored).map { BoardDiff(old: $0, new: $1) })
        }
    }
}
