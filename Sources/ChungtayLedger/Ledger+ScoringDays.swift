import ChungtayCore
import GRDB

extension Ledger {
    /// How many scoring activities (neither rejected nor a duplicate; 0 points included) are dated from `from` to `to`.
    public func scoringActivityCount(from: CivilDate, to: CivilDate) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM activity WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0
                """, arguments: [from.description, to.description]) ?? 0
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
