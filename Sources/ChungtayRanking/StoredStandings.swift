import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// A board's sums as the ledger's standing for an ISO week or a calendar year holds them (docs/ranking.md,
/// Standings): a cache of the scoring activities, read only while it sums them as they are stored now.
struct StoredStandings: Standings {
    let kind: BoardKind
    let period: Period
    private let standing: StoredStanding
    var ranked: Int { standing.ranked }

    /// The standing of the board for the period; nil when the standings cannot answer: stale standings, a period
    /// other than a week or a year, a unit standing not written. A missing member standing (no member activity in the
    /// window) has no lines.
    /// - Parameter current: whether the standings are current (``StoredStanding/areCurrent(_:)``).
    init?(_ kind: BoardKind, period: Period, current: Bool, _ db: Database) throws {
        guard current, let span = PeriodKind(rawValue: period.kind.rawValue), StoredStanding.spans.contains(span) else { return nil }
        self.kind = kind
        self.period = period
        if let standing = try StoredStanding(kind, span: span, start: period.from, db) {
            self.standing = standing
        } else {
            // A unit standing lists every unit: without one, the units come from the unit table.
            guard kind == .members else { return nil }
            standing = .empty
        }
    }

    func scan(while more: (Int64) -> Bool, _ visit: (StandingLine) throws -> Void) throws {
        try standing.scan(while: more, visit)
    }

    func visit(_ id: String, _ body: (StandingLine) throws -> Void) throws {
        try standing.visit(id, body)
    }

    func bonuses(_ db: Database) throws -> [String: [TargetBonus]] {
        var bonuses: [String: [TargetBonus]] = [:]
        let rows = try Row.fetchCursor(db, sql: kind == .branches ? """
            SELECT unit, target, count(*), sum(points) FROM bonus WHERE date BETWEEN ? AND ? GROUP BY unit, target
            """ : """
            SELECT place.district, bonus.target, count(*), sum(bonus.points)
            FROM bonus JOIN standing_place AS place ON place.unit = bonus.unit
            WHERE bonus.date BETWEEN ? AND ? AND place.district IS NOT NULL GROUP BY place.district, bonus.target
            """, arguments: [period.from.description, period.to.description])
        while let row = try rows.next() { bonuses[row[0], default: []].append(TargetBonus(target: row[1], count: row[2], hundredths: row[3])) }
        return bonuses
    }

    /// Members placed by the units' places the standings keep: each unit is placed once, however many of its members
    /// are listed.
    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        let listed = try MemberRows.fetch(ids, db)
        var places: [String: (grassroots: String?, district: String?, sector: Sector?)] = [:]
        let placeRows = try Row.fetchCursor(db, sql: """
            SELECT unit, grassroots, district, sector FROM standing_place WHERE unit IN (SELECT value FROM json_each(?))
            """, arguments: [MemberRows.jsonArray(Set(listed.compactMap { $0?.unit }).sorted())])
        while let row = try placeRows.next() { places[row[0]] = (row[1], row[2], (row[3] as String?).flatMap(Sector.init)) }
        return listed.map { member in
            member.map { member in
                let place = places[member.unit]
                return BoardCandidate(id: member.id, name: member.name, unit: place?.grassroots, district: place?.district,
                                      sector: place?.sector, divisor: nil)
            }
        }
    }
}

extension StandingLine: StandingsEntry {
    var sums: EntrySums {
        var sums = EntrySums()
        sums.lastDay = lastDay
        forEachTally { type, count, hundredths in sums.add(type, count: count, hundredths: hundredths) }
        return sums
    }

    func unitCandidate(on kind: BoardKind) -> BoardCandidate {
        let unit = unit
        return kind == .branches
            ? BoardCandidate(id: id, name: unit.name, unit: id, district: unit.district, sector: unit.sector, divisor: unit.divisor)
            : BoardCandidate(id: id, name: unit.name, unit: nil, district: nil, sector: nil, divisor: unit.divisor)
    }

    var memberEntry: BoardEntry {
        let member = member
        var tallies: [TypeTally] = []
        forEachTally { type, count, hundredths in tallies.append(TypeTally(key: type, count: count, points: Points(hundredths: hundredths))) }
        return BoardEntry(rank: nil, id: id, name: member.name, unit: member.unit, district: member.district, sector: member.sector,
                          score: Points(hundredths: total), total: Points(hundredths: total), members: nil, tallies: tallies,
                          lastActive: day.flatMap { CivilDate(year: Int($0 / 10000), month: Int($0 / 100 % 100), day: Int($0 % 100)) })
    }
}
