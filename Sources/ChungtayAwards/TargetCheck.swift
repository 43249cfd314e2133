import ChungtayCore
import ChungtayRanking
import ChungtayRules
import GRDB

/// `targets_met` (outputs.md, Awards): which grassroots units reached every target of the award's rules file
/// that applies to them, in each of the target's periods lying wholly within the award's period. A period that
/// has not begun by `today` counts as not reached; a unit to which no target applies meets the condition.
///
/// Reaching is counted from the stored activities, as scoring.md step 6 counts, for the units of the award's structure
/// date: each scoring activity of the target's type counts for the unit it counts for on that date (organisation.md),
/// whatever file scored it.
struct TargetCheck {
    /// For each grassroots unit: how many targets apply to it (its sector is not excluded).
    let applicable: [String: Int]
    /// The grassroots units that missed a target in at least one of its periods.
    let failing: Set<String>

    func met(_ unit: String) -> Bool {
        !failing.contains(unit)
    }

    /// The windows of a target's kind that lie wholly within the period, in date order.
    static func windows(_ kind: PeriodKind, within period: Period) -> [(from: CivilDate, to: CivilDate)] {
        var windows: [(from: CivilDate, to: CivilDate)] = []
        var start = kind.windowStart(of: period.from)
        if start < period.from { start = kind.windowEnd(startingOn: start).adding(days: 1) }
        while kind.windowEnd(startingOn: start) <= period.to {
            let end = kind.windowEnd(startingOn: start)
            windows.append((start, end))
            start = end.adding(days: 1)
        }
        return windows
    }

    /// - Complexity: one query per target and window, each over the window's activities by the date index.
    static func make(targets: [Target], period: Period, today: CivilDate, structure: Structure, _ db: Database) throws -> TargetCheck {
        let units = structure.grassrootsUnits
        var applicable: [String: Int] = [:]
        var failing: Set<String> = []
        var homes = HomeFinder(organisation: structure.organisation)
        for target in targets {
            let concerned = units.filter { unit in unit.sector.map { !target.excludeSectors.contains($0) } ?? true }.map(\.code)
            for code in concerned { applicable[code, default: 0] += 1 }
            for window in windows(target.period, within: period) {
                // A period still to come is not reached, whatever is recorded in it.
                guard window.from <= today else {
                    failing.formUnion(concerned)
                    continue
                }
                var counts: [String: Int] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT unit, date, count(*) FROM activity
                    WHERE date BETWEEN ? AND ? AND type = ? AND status = 'scored' AND rejected = 0 GROUP BY unit, date
                    """, arguments: [window.from.description, window.to.description, target.type])
                while let row = try rows.next() {
                    guard let date = CivilDate(iso: row[1] as String), let home = homes.home(of: row[0], on: date),
                          case .grassroots = home, let unit = structure.branch(for: home) else { continue }
                    counts[unit, default: 0] += row[2] as Int
                }
                failing.formUnion(concerned.filter { counts[$0, default: 0] < target.minCount })
            }
        }
        return TargetCheck(applicable: applicable, failing: failing)
    }
}
