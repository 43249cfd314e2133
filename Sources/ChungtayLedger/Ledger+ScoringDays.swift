import ChungtayCore
import GRDB

extension Ledger {
    /// Whether a scoring activity (neither rejected nor a duplicate; 0 points included) is dated from `from` to `to`.
    /// - Complexity: stops at the first one (a week of a province holds tens of thousands).
    public func hasScoringActivity(from: CivilDate, to: CivilDate) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM activity WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0)
                """, arguments: [from.description, to.description]) ?? false
        }
    }

    /// The date of the latest scoring activity; nil when there is none.
    public func latestScoringDate() throws -> CivilDate? {
        try read { db in
            // Down the date index from the end: the first scoring row found is the answer.
            try String.fetchOne(db, sql: "SELECT date FROM activity WHERE status = 'scored' AND rejected = 0 ORDER BY date DESC LIMIT 1")
                .flatMap { CivilDate(iso: $0) }
        }
    }
}
