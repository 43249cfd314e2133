import ChungtayCore
import ChungtayRules

/// What one board entry earned in a period, as ranking needs it: the total, the last day with points above 0,
/// and the count and points per activity type (and per target, as `target:ID`).
struct EntrySums {
    var total: Int64 = 0
    /// ISO date of the last scoring activity with points above 0 (`earliest`); bonuses do not count.
    var lastDay: String?
    /// One per key, in no particular order.
    var tallies: [TypeTally] = []

    /// Adds one tally, merging it with the entry's tally of the same key.
    mutating func add(_ key: String, count: Int, hundredths: Int64) {
        total += hundredths
        if let index = tallies.firstIndex(where: { $0.key == key }) {
            let held = tallies[index]
            tallies[index] = TypeTally(key: key, count: held.count + count, points: Points(hundredths: held.points.hundredths + hundredths))
        } else {
            tallies.append(TypeTally(key: key, count: count, points: Points(hundredths: hundredths)))
        }
    }

    /// Adds the tally of a key these sums do not hold yet.
    mutating func append(_ key: String, count: Int, hundredths: Int64) {
        total += hundredths
        tallies.append(TypeTally(key: key, count: count, points: Points(hundredths: hundredths)))
    }

    /// Adds one scoring activity of a type, dated `day` (ISO); only points above 0 make it the last day.
    mutating func add(_ type: String, hundredths: Int64, on day: String) {
        add(type, count: 1, hundredths: hundredths)
        if hundredths > 0, lastDay.map({ $0 < day }) ?? true { lastDay = day }
    }

    /// Merges the sums of another unit or window into these.
    /// - Complexity: O(keys) when both list their keys in the same order (sums of stored lines do: by type id), as a
    ///   district board merging thousands of branches' sums does; else O(keys²).
    mutating func add(_ other: EntrySums) {
        if let day = other.lastDay, lastDay.map({ $0 < day }) ?? true { lastDay = day }
        for (index, tally) in other.tallies.enumerated() {
            if index < tallies.count, tallies[index].key == tally.key {
                let held = tallies[index]
                total += tally.points.hundredths
                tallies[index] = TypeTally(key: held.key, count: held.count + tally.count,
                                           points: Points(hundredths: held.points.hundredths + tally.points.hundredths))
            } else {
                add(tally.key, count: tally.count, hundredths: tally.points.hundredths)
            }
        }
    }

    /// The value of a `count:` or `points:` tie-break key; 0 without a tally of that type, and for `earliest`.
    func value(of key: RankingSettings.TieBreak) -> Int64 {
        switch key {
        case let .count(type): return Int64(tallies.first { $0.key == type }?.count ?? 0)
        case let .points(type): return tallies.first { $0.key == type }?.points.hundredths ?? 0
        case .earliest: return 0
        }
    }
}
