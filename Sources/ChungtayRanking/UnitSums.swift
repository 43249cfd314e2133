import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// A period's scoring activities summed by where each counts on its own date (its ``Organisation/Home``: its grassroots
/// unit then, or the district-level unit it was recorded at), with the period's target bonuses: what a unit board
/// places on its structure date (``SummedStandings/init(_:units:structure:)``).
struct UnitSums {
    /// Each home once, in no particular order.
    private(set) var homes: [(home: Organisation.Home, sums: EntrySums)] = []
    var bonuses: [SummedStandings.EarnedBonus] = []

    /// The sums of each home, and the period's bonuses.
    init(_ homes: [Organisation.Home: EntrySums], bonuses: [SummedStandings.EarnedBonus]) {
        self.homes = homes.map { ($0.key, $0.value) }
        self.bonuses = bonuses
    }

    /// The sums as the ledger's branch and district standings hold them, for a week or a year while they are current;
    /// nil otherwise.
    init?(stored period: Period, current: Bool, _ db: Database) throws {
        guard current, let span = PeriodKind(rawValue: period.kind.rawValue), StoredStanding.spans.contains(span) else { return nil }
        for (kind, home) in [(BoardKind.branches, Organisation.Home.grassroots), (.districts, Organisation.Home.district)] {
            // A standing has one line per unit.
            try StoredStanding(kind, span: span, start: period.from, db)?.scan { line in homes.append((home(line.id), line.sums)) }
        }
        try readBonuses(period, db)
    }

    /// The sums of the period's scoring activities as they are stored, each placed on its own date.
    init(activitiesOf period: Period, organisation: Organisation, _ db: Database) throws {
        var placed = HomeFinder(organisation: organisation)
        var homes: [Organisation.Home: EntrySums] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT unit, type, points, date FROM activity WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0
            """, arguments: [period.from.description, period.to.description])
        while let row = try rows.next() {
            let date: String = row[3]
            guard let day = CivilDate(iso: date), let home = placed.home(of: row[0], on: day) else { continue }
            homes[home, default: EntrySums()].add(row[1], hundredths: row[2], on: date)
        }
        self.homes = homes.map { ($0.key, $0.value) }
        try readBonuses(period, db)
    }

    private mutating func readBonuses(_ period: Period, _ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT unit, target, points FROM bonus WHERE date BETWEEN ? AND ?",
                                       arguments: [period.from.description, period.to.description])
        while let row = try rows.next() { bonuses.append(SummedStandings.EarnedBonus(unit: row[0], target: row[1], hundredths: row[2])) }
    }
}
