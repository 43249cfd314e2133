import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// The branch board's sums read where the stored branch lines lie: the fast path of ``UnitSums`` and
/// ``SummedStandings`` for a week or a year whose every line's unit is on the board drawn on the structure date (in
/// force then, so its own heir: any period after the last reorganisation). A branch without a line (no scoring
/// activity in the period) is an entry with no sums; names and places come from the structure, and only for the
/// entries that are shown. The standings tests hold it to ``SummedStandings`` on every board they draw.
struct StoredBranchStandings: Standings {
    /// An entry: the unit's number in the organisation, and its stored line if it has one.
    struct Entry: StandingsEntry {
        let number: Int
        let line: StandingLine?
        let structure: StructureBox

        var id: String { structure.structure.organisation.codes[number] }
        var total: Int64 { line?.total ?? 0 }
        var lastDay: String? { line?.lastDay }
        var day: Int64? { line?.day }
        func value(of key: RankingSettings.TieBreak) -> Int64 { line?.value(of: key) ?? 0 }
        var sums: EntrySums { line?.sums ?? EntrySums() }
        var divisor: Int { structure.structure.members(number: number) ?? 0 }

        func unitCandidate(on kind: BoardKind) -> BoardCandidate {
            let placed = structure.structure.unit(number: number)
            return BoardCandidate(id: id, name: placed?.unit.name ?? id, unit: id, district: placed?.district, sector: placed?.unit.sector,
                                  divisor: divisor)
        }

        func memberEntry(_ structure: Structure) -> BoardEntry {
            let candidate = unitCandidate(on: .branches)
            return BoardEntry(rank: nil, id: id, name: candidate.name, unit: id, district: candidate.district, sector: candidate.sector,
                              score: Points(hundredths: total), total: Points(hundredths: total), members: nil,
                              tallies: sums.tallies.sorted { $0.key < $1.key }, lastActive: lastDay.flatMap { CivilDate(iso: $0) })
        }
    }

    /// The structure, shared by every entry (one reference each, not a copy of its arrays).
    final class StructureBox {
        let structure: Structure
        init(_ structure: Structure) { self.structure = structure }
    }

    let kind = BoardKind.branches
    let structure: Structure
    private let box: StructureBox
    private let standing: StoredStanding
    /// The branches in force, by number, in code order.
    private let branches: [Int]
    private let period: Period
    var ranked: Int { standing.ranked }

    /// The period's branch standing on the structure; nil where it cannot answer: stale standings, a period other than a
    /// week or a year, or a line whose unit is not a branch on the structure date (its sums count for an heir).
    init?(period: Period, structure: Structure, current: Bool, _ db: Database) throws {
        guard current, let span = PeriodKind(rawValue: period.kind.rawValue), StoredStanding.spans.contains(span) else { return nil }
        let standing = try StoredStanding(.branches, span: span, start: period.from, db) ?? .empty
        var placesToItself = true
        try standing.scan { line in
            guard placesToItself, let number = structure.organisation.number(of: line.id),
                  structure.level(number: number) == .grassroots else { placesToItself = false; return }
        }
        guard placesToItself else { return nil }
        self.structure = structure
        box = StructureBox(structure)
        self.standing = standing
        branches = structure.numbers(of: .grassroots)
        self.period = period
    }

    /// Every branch in code order (the lines come in code order too), each with its line where it has one, while `more`
    /// holds for their totals.
    func scan(while more: (Int64) -> Bool, _ visit: (Entry) throws -> Void) throws {
        let codes = structure.organisation.codes
        var next = 0
        var going = true
        func offer(_ entry: Entry) throws {
            going = going && more(entry.total)
            if going { try visit(entry) }
        }
        func emptyUpTo(_ code: String?) throws {
            while going, next < branches.count, code.map({ codes[branches[next]] < $0 }) ?? true {
                try offer(Entry(number: branches[next], line: nil, structure: box))
                next += 1
            }
        }
        try standing.scan(while: { _ in going }) { line in
            let id = line.id
            try emptyUpTo(id)
            if going, next < branches.count, codes[branches[next]] == id {
                try offer(Entry(number: branches[next], line: line, structure: box))
                next += 1
            }
        }
        try emptyUpTo(nil)
    }

    func visit(_ id: String, _ body: (Entry) throws -> Void) throws {
        guard let number = structure.organisation.number(of: id), structure.level(number: number) == .grassroots else { return }
        var found: StandingLine?
        try standing.visit(id) { found = $0 }
        try body(Entry(number: number, line: found, structure: box))
    }

    /// Each bonus of the period for the branch it counts for on the structure date.
    func bonuses(_ db: Database) throws -> [String: [TargetBonus]] {
        var byEntry: [String: [String: (count: Int, hundredths: Int64)]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT unit, target, points FROM bonus WHERE date BETWEEN ? AND ?",
                                       arguments: [period.from.description, period.to.description])
        while let row = try rows.next() {
            guard let id = structure.branch(for: .grassroots(row[0])) else { continue }
            let target: String = row[1], hundredths: Int64 = row[2]
            let held = byEntry[id, default: [:]][target, default: (0, 0)]
            byEntry[id, default: [:]][target] = (held.count + 1, held.hundredths + hundredths)
        }
        return byEntry.mapValues { targets in targets.map { TargetBonus(target: $0.key, count: $0.value.count, hundredths: $0.value.hundredths) } }
    }

    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        try MemberRows.fetch(ids, db).map { $0.map { structure.member(id: $0.id, name: $0.name, unit: $0.unit) } }
    }
}
