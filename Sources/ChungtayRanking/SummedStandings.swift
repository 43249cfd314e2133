import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// A board's sums held in memory: of the period's scoring activities as SQL reads them (where the stored standings
/// cannot answer), or of the activities rescored under another rule book (`rules diff`). Members and units are
/// named and placed by the ``Organisation``.
struct SummedStandings: Standings {
    /// An entry: who, and its sums.
    struct Entry: StandingsEntry {
        let candidate: BoardCandidate
        let sums: EntrySums

        var id: String { candidate.id }
        var total: Int64 { sums.total }
        var lastDay: String? { sums.lastDay }
        var day: Int64? { sums.lastDay.flatMap { CivilDate.sortKey(iso: $0.utf8) } }
        func value(of key: RankingSettings.TieBreak) -> Int64 { sums.value(of: key) }
        var divisor: Int { candidate.divisor ?? 0 }
        func unitCandidate(on kind: BoardKind) -> BoardCandidate { candidate }

        var memberEntry: BoardEntry {
            BoardEntry(rank: nil, id: candidate.id, name: candidate.name, unit: candidate.unit, district: candidate.district,
                       sector: candidate.sector, score: Points(hundredths: sums.total), total: Points(hundredths: sums.total),
                       members: nil, tallies: sums.tallies.sorted { $0.key < $1.key }, lastActive: sums.lastDay.flatMap { CivilDate(iso: $0) })
        }
    }

    /// A target bonus as earned: by a grassroots unit, on a day of the period.
    struct EarnedBonus {
        let unit: String
        let target: String
        let hundredths: Int64
    }

    let kind: BoardKind
    let ranked: Int
    private let organisation: Organisation
    /// Members by total, highest first; units by code.
    private let entries: [Entry]
    private let positions: [String: Int]
    private let bonusesByEntry: [String: [TargetBonus]]

    /// The board's sums from the period's scoring activities and target bonuses as they are stored.
    init(activitiesOf kind: BoardKind, period: Period, _ db: Database) throws {
        let byMember = kind == .members
        var sums: [String: EntrySums] = [:]
        let arguments: StatementArguments = [period.from.description, period.to.description]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(byMember ? "member" : "unit"), type, points, date FROM activity
            WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0\(byMember ? " AND credit = 'member' AND member IS NOT NULL" : "")
            """, arguments: arguments)
        while let row = try rows.next() { sums[row[0], default: EntrySums()].add(row[1], hundredths: row[2], on: row[3]) }
        var bonuses: [EarnedBonus] = []
        if !byMember {
            let rows = try Row.fetchCursor(db, sql: "SELECT unit, target, points FROM bonus WHERE date BETWEEN ? AND ?", arguments: arguments)
            while let row = try rows.next() { bonuses.append(EarnedBonus(unit: row[0], target: row[1], hundredths: row[2])) }
        }
        try self.init(kind, sums: sums, bonuses: bonuses, organisation: Organisation(db), db)
    }

    /// A board's sums.
    /// - Parameters:
    ///   - sums: on the member board, per member; on a unit board, per unit the activities were recorded at (each
    ///     counts for its grassroots and its district-level unit).
    ///   - bonuses: the target bonuses of the period (unit boards).
    init(_ kind: BoardKind, sums: [String: EntrySums], bonuses: [EarnedBonus], organisation: Organisation, _ db: Database) throws {
        self.kind = kind
        self.organisation = organisation
        var entries: [Entry]
        var byEntry: [String: [String: (count: Int, hundredths: Int64)]] = [:]
        switch kind {
        case .members:
            let ids = Array(sums.keys)
            entries = zip(ids, try MemberRows.fetch(ids, db)).compactMap { id, member in
                member.map { Entry(candidate: organisation.member(id: $0.id, name: $0.name, unit: $0.unit), sums: sums[id]!) }
            }
            entries.sort { $0.total != $1.total ? $0.total > $1.total : $0.id < $1.id }
        case .branches, .districts:
            let owner: (String) -> String? = kind == .branches ? { organisation.grassroots[$0] } : { organisation.districts[$0] }
            var summed: [String: EntrySums] = [:]
            for (unit, part) in sums {
                if let id = owner(unit) { summed[id, default: EntrySums()].add(part) }
            }
            entries = (organisation.unitCandidates(kind) ?? []).map { Entry(candidate: $0, sums: summed[$0.id] ?? EntrySums()) }
            // A branch's bonuses are its own; a district's those of the units below it.
            for bonus in bonuses {
                guard let id = kind == .branches ? bonus.unit : organisation.districts[bonus.unit] else { continue }
                let held = byEntry[id, default: [:]][bonus.target, default: (0, 0)]
                byEntry[id, default: [:]][bonus.target] = (held.count + 1, held.hundredths + bonus.hundredths)
            }
        }
        self.entries = entries
        positions = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        bonusesByEntry = byEntry.mapValues { targets in targets.map { TargetBonus(target: $0.key, count: $0.value.count, hundredths: $0.value.hundredths) } }
        ranked = entries.count(where: { $0.total > 0 })
    }

    func scan(while more: (Int64) -> Bool, _ visit: (Entry) throws -> Void) throws {
        for entry in entries {
            guard more(entry.total) else { return }
            try visit(entry)
        }
    }

    func visit(_ id: String, _ body: (Entry) throws -> Void) throws {
        if let position = positions[id] { try body(entries[position]) }
    }

    func bonuses(_ db: Database) throws -> [String: [TargetBonus]] { bonusesByEntry }

    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        try MemberRows.fetch(ids, db).map { $0.map { organisation.member(id: $0.id, name: $0.name, unit: $0.unit) } }
    }
}
