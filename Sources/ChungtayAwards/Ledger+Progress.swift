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
        let (units, sums) = try read { db -> ([ProgressUnit], [String: [Int64]]) in
            let units = try Row.fetchAll(db, sql: "SELECT code, name, parent, level, sector FROM unit ORDER BY code").map(ProgressUnit.init)
            let sums = try plans.isEmpty ? [:] : query.sums(from: first, to: asOf, db)
            return (units, sums)
        }
        let places = ProgressPlaces(units: units)
        let districts = units.filter { $0.level == .district }
        let daysInYear = Int128(last.dayNumber - first.dayNumber + 1)
        let daysSoFar = Int128(asOf.dayNumber - first.dayNumber + 1)

        let results = zip(indicators, plans).map { indicator, plan -> IndicatorProgress in
            let exact = plan.value(sums, places: places, district: nil)
            let byDistrict = districts.map { district in
                DistrictValue(id: district.code, name: district.name, value: plan.value(sums, places: places, district: district.code).map(plan.shown))
            }
            guard let exact else {
                return IndicatorProgress(indicator: indicator, value: nil, percent: nil, reached: false, projected: nil, byDistrict: byDistrict)
            }
            let value = plan.shown(exact)
            let projected = plan.isFraction ? value : Fraction(exact.numerator * daysInYear, exact.denominator * daysSoFar).rounded(toPlaces: 0)
            return IndicatorProgress(indicator: indicator, value: value,
                                     percent: exact.divided(by: indicator.target).times(100).rounded(toPlaces: 2),
                                     reached: exact.isAtLeast(indicator.target), projected: projected, byDistrict: byDistrict)
        }
        return Progress(year: year, asOf: asOf, rulesVersion: file?.version, indicators: results)
    }
}

/// A unit as progress needs it.
struct ProgressUnit {
    let code: String
    let name: String
    let parent: String?
    let level: UnitLevel
    let sector: Sector?

    init(_ row: Row) {
        code = row["code"]
        name = row["name"]
        parent = row["parent"]
        level = UnitLevel(rawValue: row["level"]) ?? .cell
        sector = (row["sector"] as String?).flatMap(Sector.init)
    }
}

/// For each unit: its district-level unit and its grassroots unit, found by walking up the parents.
struct ProgressPlaces {
    let units: [ProgressUnit]
    let district: [String: String]
    let grassroots: [String: String]

    init(units: [ProgressUnit]) {
        self.units = units
        let byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var district: [String: String] = [:]
        var grassroots: [String: String] = [:]
        for unit in units {
            var cursor: ProgressUnit? = unit
            var steps = 0
            while let current = cursor, steps <= 8 {
                if current.level == .district, district[unit.code] == nil { district[unit.code] = current.code }
                if current.level == .grassroots, grassroots[unit.code] == nil { grassroots[unit.code] = current.code }
                cursor = current.parent.flatMap { byCode[$0] }
                steps += 1
            }
        }
        self.district = district
        self.grassroots = grassroots
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

        /// The exact value over the province (`district` nil) or one district; nil for an empty ratio or coverage.
        func value(_ sums: [String: [Int64]], places: ProgressPlaces, district: String?) -> Fraction? {
            func total(_ column: Int) -> Int128 {
                sums.reduce(0) { sum, unit in
                    district == nil || places.district[unit.key] == district ? sum + Int128(unit.value[column]) : sum
                }
            }
            switch self {
            case let .count(column): return Fraction(total(column), 1)
            case let .sum(column): return Fraction(total(column), 100)
            case let .ratio(numerator, denominator):
                let below = total(denominator)
                return below == 0 ? nil : Fraction(total(numerator), below)
            case let .coverage(column, minCount, excluded):
                let eligible = places.units.filter { unit in
                    unit.level == .grassroots && !(unit.sector.map { excluded.contains($0) } ?? false)
                        && (district == nil || places.district[unit.code] == district)
                }
                guard !eligible.isEmpty else { return nil }
                var counts: [String: Int64] = [:]
                for (code, values) in sums {
                    if let grassroots = places.grassroots[code] { counts[grassroots, default: 0] += values[column] }
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

    /// Per unit, every column, over the scoring activities dated `from` through `to`.
    func sums(from: CivilDate, to: CivilDate, _ db: Database) throws -> [String: [Int64]] {
        let sql = """
            SELECT unit, \(columns.joined(separator: ", ")) FROM activity
            WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0
              AND type IN (\(types.map { _ in "?" }.joined(separator: ", ")))
            GROUP BY unit
            """
        var result: [String: [Int64]] = [:]
        let bound = arguments + [from.description, to.description] + types.map { $0 as (any DatabaseValueConvertible)? }
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(bound))
        while let row = try rows.next() {
            result[row[0]] = (1 ... columns.count).map { row[$0] }
        }
        return result
    }
}
