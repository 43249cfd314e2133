import ChungtayRules

/// What ranks a board's entries, one row of numbers per entry, for ranking thousands of entries without comparing
/// their values (scoring.md, Ranking). Rows compare as sequences, the better entry having the smaller row: the score,
/// then each tie-break key in turn, each turned so that the better value is the smaller (the score and `count:` and
/// `points:` keys bitwise negated, `earliest` as the day's number, `Int64.max` for an entry without a day). Entries of
/// equal rows share a rank.
struct RankRows {
    let settings: RankingSettings
    /// The numbers of a row: the score and one per tie-break key.
    let width: Int
    /// The rows, one after the other; an unranked entry's row is left out.
    private var values: [Int64] = []
    /// Per entry, the start of its row in `values`; nil for an entry without a rank.
    private var starts: [Int?] = []

    init(settings: RankingSettings, capacity: Int = 0) {
        self.settings = settings
        width = 1 + settings.tieBreak.count
        values.reserveCapacity(capacity * width)
        starts.reserveCapacity(capacity)
    }

    var count: Int { starts.count }

    /// Adds an entry: unranked where `score` is nil. `value` gives the value of the n-th `count:` or `points:` key
    /// (counting those keys alone, from 0); `day` the last day with points above 0 as a number that grows with the
    /// date (``CivilDate/sortKey(iso:)``), asked only under `earliest`.
    mutating func append(score: Int64?, value: (_ nth: Int, _ key: RankingSettings.TieBreak) -> Int64, day: () -> Int64?) {
        guard let score else { return starts.append(nil) }
        starts.append(values.count)
        Self.appendRow(score: score, settings: settings, to: &values, value: value, day: day)
    }

    /// Appends the row of an entry with a score to `row`, as ``append(score:value:day:)`` takes its values.
    static func appendRow(score: Int64, settings: RankingSettings, to row: inout [Int64],
                          value: (_ nth: Int, _ key: RankingSettings.TieBreak) -> Int64, day: () -> Int64?) {
        row.append(~score)
        var nth = 0
        for key in settings.tieBreak {
            if key == .earliest {
                row.append(day() ?? .max)
            } else {
                row.append(~value(nth, key))
                nth += 1
            }
        }
    }

    /// The rank of each entry, by its position; nil for those added without a score.
    /// - Complexity: O(n log n), O(n) when the rows were added in board order (the sort takes runs as they come).
    func ranks() -> [Int?] {
        var ranks = [Int?](repeating: nil, count: starts.count)
        let width = width
        values.withUnsafeBufferPointer { values in
            func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
                for offset in 0 ..< width where values[lhs + offset] != values[rhs + offset] {
                    return values[lhs + offset] < values[rhs + offset]
                }
                return false
            }
            var order = starts.enumerated().compactMap { entry, row in row.map { (entry: entry, row: $0) } }
            order.sort { precedes($0.row, $1.row) }
            var rank = 0
            for (position, item) in order.enumerated() {
                if position == 0 || precedes(order[position - 1].row, item.row) {
                    rank = settings.method == .competition ? position + 1 : rank + 1
                }
                ranks[item.entry] = rank
            }
        }
        return ranks
    }
}
