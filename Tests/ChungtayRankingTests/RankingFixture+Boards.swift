import ChungtayRanking

/// The weeks of `RankingFixture.weeks47and48()` that the board tests use.
let week47 = try! Period(parsing: "2026-W47")
let week48 = try! Period(parsing: "2026-W48")

/// An entry in one line, for whole-board comparisons: `rank id score total members prev movement`, `-` for null.
func line(_ entry: BoardEntry) -> String {
    func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "-" }
    return "\(text(entry.rank)) \(entry.id) \(text(entry.score)) \(entry.total) \(text(entry.members)) \(text(entry.previousRank)) \(text(entry.movement))"
}

/// The tallies of an entry in one line: `key=count/points ...`, by key.
func tallies(_ entry: BoardEntry) -> String {
    entry.tallies.map { "\($0.key)=\($0.count)/\($0.points)" }.joined(separator: " ")
}
