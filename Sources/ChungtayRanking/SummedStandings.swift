import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// A board's sums held in memory, placed on a structure: members' sums of the period's scoring activities as SQL reads
/// them (where the stored standings cannot answer), units' from ``UnitSums``, or either rescored under another rule
/// book (`rules diff`).
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

        func memberEntry(_ structure: Structure) -> BoardEntry {
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
    let structure: Structure
    let ranked: Int
    /// Members by total, highest first; units by code.
    private let entries: [Entry]
    private let bonusesByEntry: [String: [TargetBonus]]

    /// The member board's sums from the period's scoring member-credited activities as they are stored.
    init(membersOf period: Period, structure: Structure, _ db: Database) throws {
        var sums: [String: EntrySums] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT member, type, points, date FROM activity
            WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0 AND credit = 'member' AND member IS NOT NULL
            """, arguments: [period.from.description, period.to.description])
        while let row = try rows.next() { sums[row[0], default: EntrySums()].add(row[1], hundredths: row[2], on: row[3]) }
        try self.init(members: sums, structure: structure, db)
    }

    /// The member board from sums per member id (members not in the ledger are left out), placed on the structure.
    init(members sums: [String: EntrySums], structure: Structure, _ db: Database) throws {
        let ids = Array(sums.keys)
        var entries = zip(ids, try MemberRows.fetch(ids, db)).compactMap { id, member in
            member.map { Entry(candidate: structure.member(id: $0.id, name: $0.name, unit: $0.unit), sums: sums[id]!) }
        }
        entries.sort { $0.total != $1.total ? $0.total > $1.total : $0.id < $1.id }
        self.init(.members, structure: structure, entries: entries, bonuses: [:])
    }

    /// A unit board drawn on the structure (organisation.md, Where activities count): each grassroots unit in force is
    /// an entry (each district-level unit, on the district board), and every sum and bonus counts for the heir on the
    /// structure date of the unit it belongs to, where that heir is on the board.
    init(_ kind: BoardKind, units: UnitSums, structure: Structure) {
        // By the entries' numbers, not their codes: a board places thousands of sums.
        var summed = [EntrySums?](repeating: nil, count: structure.organisation.codes.count)
        for (home, part) in units.homes {
            guard let number = structure.entryNumber(for: home, on: kind) else { continue }
            // Most entries have one part (a unit that took over no other): it is kept, not merged.
            if summed[number] == nil { summed[number] = part } else { summed[number]!.add(part) }
        }
        var byEntry: [String: [String: (count: Int, hundredths: Int64)]] = [:]
        for bonus in units.bonuses {
            guard let number = structure.entryNumber(for: .grassroots(bonus.unit), on: kind) else { continue }
            let id = structure.organisation.codes[number]
            let held = byEntry[id, default: [:]][bonus.target, default: (0, 0)]
            byEntry[id, default: [:]][bonus.target] = (held.count + 1, held.hundredths + bonus.hundredths)
        }
        let entries = (structure.unitCandidates(kind) ?? []).map { Entry(candidate: $0.candidate, sums: summed[$0.number] ?? EntrySums()) }
        self.init(kind, structure: structure, entries: entries,
                  bonuses: byEntry.mapValues { targets in targets.map { TargetBonus(target: $0.key, count: $0.value.count, hundredths: $0.value.hundredths) } })
    }

    private init(_ kind: BoardKind, structure: Structure, entries: [Entry], bonuses: [String: [TargetBonus]]) {
        self.kind = kind
        self.structure = structure
        self.entries = entries
        bonusesByEntry = bonuses
        ranked = entries.count(where: { $0.total > 0 })
    }

    func scan(while more: (Int64) -> Bool, _ visit: (Entry) throws -> Void) throws {
        for entry in entries {
            guard more(entry.total) else { return }
            try visit(entry)
        }
    }

    /// (One entry is visited at a time, for `rank` and movement: found by a pass, not a table built for every board.)
    func visit(_ id: String, _ body: (Entry) throws -> Void) throws {
        if let entry = entries.first(where: { $0.id == id }) { try body(entry) }
    }

    func bonuses(_ db: Database) throws -> [String: [TargetBonus]] { bonusesByEntry }

    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        try MemberRows.fetch(ids, db).map { $0.map { structure.member(id: $0.id, name: $0.name, unit: $0.unit) } }
    }
}
