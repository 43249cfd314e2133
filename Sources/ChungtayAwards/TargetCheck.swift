import ChungtayCore
import ChungtayRanking
import ChungtayRules
import GRDB

/// `targets_met` (outputs.md, Awards): which grassroots units reached every target of the award's rules file
/// that applies to them, in each of the target's periods lying wholly within the award's period. A period that
/// has not begun by `today` counts as not reached; a unit to which no target applies meets the condition.
///
/// Reaching is counted from the stored activities, as scoring.md step 6 counts: the unit's scoring activities of
/// the target's type (its own and its cells'), whatever file scored them.
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
    static func make(targets: [Target], period: Period, today: CivilDate, _ db: Database) throws -> TargetCheck {
        let units = try Row.fetchAll(db, sql: "SELECT code, sector FROM unit WHERE level = 'grassroots'").map { row in
            (code: row["code"] as String, sector: (row["sector"] as String?).flatMap(Sector.init))
        }
        var applicable: [String: Int] = [:]
        var failing: Set<String> = []
        for target in targets {
            let concerned = units.filter { unit in unit.sector.map { !target.excludeSectors.contains($0) } ?? true }.map { $0.code }
            for code in concerned { applicable[code, default: 0] += 1 }
            for window in windows(target.period, within: period) {
                // A period still to come is not reached, whatever is recorded in it.
                guard window.from <= today else {
                    failing.formUnion(concerned)
                    continue
                }
                let reached = Set(try String.fetchAll(db, sql: """
                    SELECT CASE unit.level WHEN 'cell' THEN unit.parent ELSE unit.code END AS grassroots
                    FROM activity JOIN unit ON unit.code = activity.unit
                    WHERE activity.date BETWEEN ? AND ? AND activity.type = ? AND activity.status = 'scored'
                      AND activity.rejected = 0 AND unit.level IN ('grassroots', 'cell')
                    GROUP BY grassroots HAVING count(*) >= ?
                    """, arguments: [window.from.description, window.to.description, target.type, target.minCount]))
                failing.formUnion(concerned.filter { !reached.contains($0) })
            }
        }
        return TargetCheck(applicable: applicable, failing: failing)
    }
}
