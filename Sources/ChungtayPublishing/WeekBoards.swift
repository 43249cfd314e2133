import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import Dispatch
import Foundation

/// The three boards of a week, computed side by side when more than one ledger is open on the database (each
/// ledger is an SQLite connection of its own, and SQLite reads side by side), so that publishing takes about as
/// long as its longest board rather than the three together.
enum WeekBoards {
    /// The longest first (on the generated 100,000-member province the branch board takes about 1.4 times the
    /// member board, the district board a quarter of it), so that the others fill the remaining workers.
    static let order: [BoardKind] = [.branches, .members, .districts]

    /// Each board as `leaderboard` shows it by default; the first error any board met is thrown.
    static func compute(_ week: Period, on ledgers: [Ledger]) throws -> [BoardKind: Board] {
        let work = Work(ledgers: ledgers)
        DispatchQueue.concurrentPerform(iterations: min(ledgers.count, order.count)) { worker in
            work.run(worker: worker, week: week)
        }
        return try work.boards()
    }

    /// The queue of boards and their results, shared by the workers behind a lock; each worker reads through
    /// its own ledger only.
    private final class Work: @unchecked Sendable {
        private let ledgers: [Ledger]
        private let lock = NSLock()
        private var next = 0
        private var results: [BoardKind: Result<Board, any Error>] = [:]

        init(ledgers: [Ledger]) {
            self.ledgers = ledgers
        }

        func run(worker: Int, week: Period) {
            while let kind = take() {
                let result = Result { try ledgers[worker].board(kind, period: week) }
                lock.withLock { results[kind] = result }
            }
        }

        private func take() -> BoardKind? {
            lock.withLock {
                guard next < order.count else { return nil }
                next += 1
                return order[next - 1]
            }
        }

        func boards() throws -> [BoardKind: Board] {
            var boards: [BoardKind: Board] = [:]
            for kind in order { boards[kind] = try results[kind]!.get() }
            return boards
        }
    }
}
