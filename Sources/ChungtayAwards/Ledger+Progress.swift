import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

extension Ledger {
    /// The campaign's indicators for a year (outputs.md, Progress), counting the scoring activities dated from
    /// 1 January to `as_of` (`today` or 31 December, whichever is earlier). A year that begins after `today` is
    /// refused with ``ProgressError/yearNotBegun(year:today:)``.
    ///
    /// - Complexity: one pass of SQLite over the year's activities, summed per unit for every indicator at once;
    ///   the units are then folded into districts and grassroots units in memory.
    public func progress(year: Int, today: CivilDate) throws -> Progress {
        let first = CivilDate(year: year, month: 1, day: 1)!
        let last = CivilDate(year: year, month: 12, day: 31)!
        guard first <= today else { throw ProgressError.yearNotBegun(year: year, today: today) }
        let asOf = min(today, last)
        let file = book.file(on: last) ?? book.file(on: asOf)
        let indicators = file?.indicators ?? []

        var query = ProgressQuery()
        let plans = indicators.map { query.plan($0) }
        // Units are drawn on `as_of` (organisation.md): each activity counts where it counts on a board drawn then.
        let (structure, sums) = try read { db -> (Structure, [Organisation.Home?: [Int64]]) in
            let organisation = try Organisation.stored(db)
            let sums = try plans.isEmpty ? [:] : query.sums(from: first, to: asOf, organisation: organisation, db)
            return (organisation.structure(on: asOf), sums)
        }
        let districts = structure.units.filter { $0.level == .district }
        // Where no district-level unit is in force, people read the indicators by grassroots unit instead.
        let breakdown = districts.isEmpty ? structure.grassrootsUnits : districts
        let daysInYear = Int128(last.dayNumber - first.dayNumber + 1)
        let daysSoFar = Int128(asOf.dayNumber - first.dayNumber + 1)

        let results = zip(indicators, plans).map { indicator, plan -> IndicatorProgress in
            let exact = plan.value(sums, structure: structure, within: nil)
            let byUnit = breakdown.map { unit in
                DistrictValue(id: unit.code, name: unit.name, value: plan.value(sums, structure: structure, within: unit).map(plan.shown))
            }
            let (byDistrict, byGrassroots) = districts.isEmpty ? ([], byUnit) : (byUnit, [])
            guard let exact else {
                return IndicatorProgress(indicator: indicator, value: nil, percent: nil, reached: false, projected: nil, byDistrict: byDistrict,
                                         byGrassroots: byGrassroots)
            }
            let value = plan.shown(exact)
            let projected = plan.isFraction ? value : Fraction(exact.numerator * daysInYear, exact.denominator * daysSoFar).rounded(toPlaces: 0)
            return IndicatorProgress(indicator: indicator, value: value,
                                     percent: exact.divided(by: indicator.target).times(100).rounded(toPlaces: 2),
                                     reached: exact.isAtLeast(indicator.target), projected: projected, byDistrict: byDistrict,
                                     byGrassroots: byGrassroots)
        }
        return Progress(year: year, asOf: asOf, rulesVersion: file?.version, rulesBuiltIn: file?.isBuiltIn ?? false,
                        indicators: results)
    }
}

/// The SQL behind progress: one conditional sum per column, per unit. Column expressions come from this type's
/// constants; activity types and attribute values are bound.
struct ProgressQuery {
    private(set) var columns: [String] = []
    private(set) var arguments: [(any DatabaseValueConvertible)?] = []
    /// The activity types some column counts: the only rows the query needs.
    private(set) var types: [String] = []

    /// What to compute for one indicator from the per-unit sums.
    enum Plan {
        case count(Int)
        /// The column holds hundredths.
        case sum(Int)
        case ratio(numerator: Int, denominator: Int)
        case coverage(Int, minCount: Int, excluded: Set<Sector>)

        var isFraction: Bool {
            switch self {
            case .count, .sum: return false
            case .ratio, .coverage: return true
            }
        }

        /// The value as shown: `count` and `sum` exact, `ratio` and `coverage` rounded to four decimals.
        func shown(_ value: Fraction) -> ExactDecimal {
            isFraction ? value.rounded(toPlaces: 4) : value.rounded(toPlaces: 2)
        }

        /// The exact value over the province (`within` nil), or within one district-level or grassroots unit of the
        /// structure (what it would count on a board drawn on the structure); nil for an empty ratio or coverage.
        func value(_ sums: [Organisation.Home?: [Int64]], structure: Structure, within unit: Organisation.Unit?) -> Fraction? {
            func counted(_ home: Organisation.Home?) -> Bool {
                guard let unit else { return true }
                guard let home else { return false }
                return (unit.level == .district ? structure.district(for: home) : structure.branch(for: home)) == unit.code
            }
            func total(_ column: Int) -> Int128 {
                sums.reduce(0) { sum, part in counted(part.key) ? sum + Int128(part.value[column]) : sum }
            }
            switch self {
            case let .count(column): return Fraction(total(column), 1)
            case let .sum(column): return Fraction(total(column), 100)
            case let .ratio(numerator, denominator):
                let below = total(denominator)
                return below == 0 ? nil : Fraction(total(numerator), below)
            case let .coverage(column, minCount, excluded):
                let eligible = structure.grassrootsUnits.filter { branch in
                    !(branch.sector.map { excluded.contains($0) } ?? false)
                        && (unit == nil || branch.code == unit?.code || structure.district(of: branch.code) == unit?.code)
                }
                guard !eligible.isEmpty else { return nil }
                var counts: [String: Int64] = [:]
                for (home, values) in sums {
                    if let home, let branch = structure.branch(for: home) { counts[branch, default: 0] += values[column] }
                }
                let reached = eligible.filter { counts[$0.code, default: 0] >= Int64(minCount) }.count
                return Fraction(Int128(reached), Int128(eligible.count))
            }
        }
    }

    mutating func plan(_ indicator: Indicator) -> Plan {
        switch indicator.kind {
        case let .count(selector): return .count(add(selector, amount: "1"))
        case let .sum(selector, attribute):
            let amount = attribute == .hours ? "CAST(round(CAST(hours AS REAL) * 100) AS INTEGER)" : "coalesce(attendees, 0) * 100"
            return .sum(add(selector, amount: amount))
        case let .ratio(numerator, denominator):
            return .ratio(numerator: add(numerator, amount: "1"), denominator: add(denominator, amount: "1"))
        case let .coverage(type, minCount, excluded):
            return .coverage(add(Indicator.Selector(type: type), amount: "1"), minCount: minCount, excluded: excluded)
        }
    }

    /// Adds the column `sum(CASE WHEN <selector> THEN amount ELSE 0 END)` and returns its index.
    private mutating func add(_ selector: Indicator.Selector, amount: String) -> Int {
        var condition = ["type = ?"]
        arguments.append(selector.type)
        if !types.contains(selector.type) { types.append(selector.type) }
        for (attribute, values) in selector.filter.sorted(by: { $0.key < $1.key }) {
            condition.append("\(Self.textOf(attribute)) IN (\(values.map { _ in "?" }.joined(separator: ", ")))")
            arguments += values.map { $0 as (any DatabaseValueConvertible)? }
        }
        columns.append("coalesce(sum(CASE WHEN \(condition.joined(separator: " AND ")) THEN \(amount) ELSE 0 END), 0)")
        return columns.count - 1
    }

    /// An attribute's stored value as the text a `where` lists (`"4"`, `"true"`); empty values match nothing.
    /// `citizen` is stored only as its keyed hash, so a `where` on it matches nothing.
    static func textOf(_ attribute: Attribute) -> String {
        switch attribute {
        case .level, .attendees: return "CAST(\(attribute.rawValue) AS TEXT)"
        case .online, .paid_online: return "(CASE WHEN \(attribute.rawValue) THEN 'true' ELSE 'false' END)"
        default: return attribute.rawValue
        }
    }

    /// Every column, over the scoring activities dated `from` through `to`, per place each counts for on its own date
    /// (nil: none), summed in SQL per unit and stretch of days over which the organisation stays the same.
    func sums(from: CivilDate, to: CivilDate, organisation: Organisation, _ db: Database) throws -> [Organisation.Home?: [Int64]] {
        // The first day of each stretch within the dates (our own dates, written into the SQL as text).
        var starts = [from]
        for day in Set(organisation.versions.flatMap { [$0.from, $0.until?.adding(days: 1)].compactMap { $0 } }).sorted()
            where from < day && day <= to { starts.append(day) }
        let stretch = starts.count == 1 ? "0"
            : "CASE " + starts.dropFirst().enumerated().map { "WHEN date < '\($0.element)' THEN \($0.offset)" }.joined(separator: " ") + " ELSE \(starts.count - 1) END"
        let sql = """
            SELECT unit, \(stretch) AS stretch, \(columns.joined(separator: ", ")) FROM activity
            WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0
              AND type IN (\(types.map { _ in "?" }.joined(separator: ", ")))
            GROUP BY unit, stretch
            """
        var result: [Organisation.Home?: [Int64]] = [:]
        let bound = arguments + [from.description, to.description] + types.map { $0 as (any DatabaseValueConvertible)? }
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(bound))
        while let row = try rows.next() {
            let home = organisation.home(of: row[0], on: starts[row[1] as Int])
            let values = (2 ... columns.count + 1).map { row[$0] as Int64 }
            result[home] = zip(result[home] ?? Array(repeating: 0, count: columns.count), values).map(+)
        }
        return result
    }
}
