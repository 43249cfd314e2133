import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// A board's sums as the ledger's standing for an ISO week or a calendar year holds them (docs/ranking.md,
/// Standings): a cache of the scoring activities, read only while it sums them as they are stored now.
struct StoredStandings: Standings {
    let kind: BoardKind
    let period: Period
    let ranked: Int
    private let lines: StandingLines

    /// The standing of the board for the period; nil when the standings cannot answer: stale standings, a period
    /// other than a week or a year, a unit standing not written. A missing member standing (no member activity in the
    /// window) has no lines.
    /// - Parameter current: whether the standings are current (``areCurrent(_:)``).
    init?(_ kind: BoardKind, period: Period, current: Bool, _ db: Database) throws {
        guard current, let span = Self.span(period.kind) else { return nil }
        let key: StatementArguments = [kind.standing, span, period.from.description]
        self.kind = kind
        self.period = period
        guard let first = try Row.fetchOne(db, sql: "SELECT ranked, entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = 0",
                                           arguments: key) else {
            // A unit standing lists every unit: without one, the units come from the unit table.
            guard kind == .members else { return nil }
            ranked = 0
            lines = StandingLines(part: { _ in nil })
            return
        }
        ranked = first[0]
        let statement = try db.cachedStatement(sql: "SELECT entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = ?")
        // Each part is fetched once, however often the lines are read.
        let parts = PartCache(first: first[1])
        lines = StandingLines(part: { number in
            while parts.texts.count <= number, !parts.ended {
                if let text = try String.fetchOne(statement, arguments: key + [parts.texts.count]) { parts.texts.append(text) } else { parts.ended = true }
            }
            return number < parts.texts.count ? parts.texts[number] : nil
        })
    }

    /// Whether the standings sum the activities as they are stored now: no day marked, no activity added and no member
    /// that activities named come into the ledger since they were written. (CROSS JOIN keeps the few orphans the outer
    /// loop: without statistics, SQLite would walk the member table for them.)
    static func areCurrent(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM standing_dirty)
               AND NOT EXISTS (SELECT 1 FROM standing_orphan CROSS JOIN member ON member.id = standing_orphan.member)
               AND (SELECT coalesce(max(seq), 0) FROM activity) = (SELECT activity_seq FROM standing_state)
            """) == true
    }

    /// The window of a period the standings hold: a week or a year.
    private static func span(_ kind: Period.Kind) -> String? {
        switch kind {
        case .week: return "week"
        case .year: return "year"
        case .month, .quarter, .range: return nil
        }
    }

    /// The parts of a standing fetched so far.
    private final class PartCache {
        var texts: [String]
        var ended = false
        init(first: String) { texts = [first] }
    }

    func scan(while more: (Int64) -> Bool, _ visit: (StandingLineView) throws -> Void) throws {
        try lines.scan(while: more, visit)
    }

    func visit(_ id: String, _ body: (StandingLineView) throws -> Void) throws {
        let written = StandingLines.written(id)
        try lines.scan { line in if line.isEntry(written) { try body(line) } }
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

extension StandingLineView: StandingsEntry {
    var divisor: Int { lastNumber }

    /// A unit's name, place and divisor from the text fields of its line.
    func unitCandidate(on kind: BoardKind) -> BoardCandidate {
        let fields = fields
        let divisor = Int(fields.last ?? "") ?? 0
        return kind == .branches && fields.count == 4
            ? BoardCandidate(id: id, name: fields[0], unit: id, district: fields[1].isEmpty ? nil : fields[1],
                             sector: Sector(rawValue: fields[2]), divisor: divisor)
            : BoardCandidate(id: id, name: fields.first ?? "", unit: nil, district: nil, sector: nil, divisor: divisor)
    }
}
