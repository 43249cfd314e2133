import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// The branch board's sums read where the stored branch lines lie: the fast path of ``UnitSums`` and
/// ``SummedStandings`` for a week or a year. Each line (a unit's sums on its activities' dates) is placed on the structure
/// date once, by the heir rule; an entry's sums are those of its lines, added up where they are read (most entries have
/// one line; a unit that took over others has theirs too). A branch without a line (no scoring activity in the period)
/// is an entry with no sums; names and places come from the structure, and only for the entries that are shown. The
/// standings tests hold it to ``SummedStandings`` on every board they draw.
struct StoredBranchStandings: Standings {
    /// An entry: the unit's number in the organisation, and its placed lines (a range of ``Placed/lines``).
    struct Entry: StandingsEntry {
        let number: Int
        let lines: Range<Int>
        let placed: Placed

        private var each: ArraySlice<StandingLine> { placed.lines[lines] }
        var id: String { placed.structure.organisation.codes[number] }
        var total: Int64 { each.reduce(0) { $0 + $1.total } }
        var lastDay: String? {
            var last: String?
            for line in each { if let day = line.lastDay, last.map({ $0 < day }) ?? true { last = day } }
            return last
        }
        var day: Int64? {
            var last: Int64?
            for line in each { if let day = line.day, last.map({ $0 < day }) ?? true { last = day } }
            return last
        }
        func value(of key: RankingSettings.TieBreak) -> Int64 { each.reduce(0) { $0 + $1.value(of: key) } }
        var sums: EntrySums {
            var sums = EntrySums()
            for line in each { sums.add(line.sums) }
            return sums
        }
        var divisor: Int { placed.structure.members(number: number) ?? 0 }

        func unitCandidate(on kind: BoardKind) -> BoardCandidate {
            let unit = placed.structure.unit(number: number)
            return BoardCandidate(id: id, name: unit?.unit.name ?? id, unit: id, district: unit?.district, sector: unit?.unit.sector,
                                  divisor: divisor)
        }

        func memberEntry(_ structure: Structure) -> BoardEntry {
            let candidate = unitCandidate(on: .branches)
            return BoardEntry(rank: nil, id: id, name: candidate.name, unit: id, district: candidate.district, sector: candidate.sector,
                              score: Points(hundredths: total), total: Points(hundredths: total), members: nil,
                              tallies: sums.tallies.sorted { $0.key < $1.key }, lastActive: lastDay.flatMap { CivilDate(iso: $0) })
        }
    }

    /// The lines placed on the structure, by the number of the branch each counts for (lines that count for no branch
    /// on the structure date are left out), shared by every entry.
    final class Placed {
        let structure: Structure
        let lines: [StandingLine]
        /// The number of the branch each line counts for, ascending (the lines in the same order).
        let numbers: [Int]

        init(_ structure: Structure, lines: [StandingLine], numbers: [Int]) {
            self.structure = structure
            self.lines = lines
            self.numbers = numbers
        }
    }

    let kind = BoardKind.branches
    let structure: Structure
    private let placed: Placed
    /// The branches in force, by number (so in code order).
    private let branches: [Int]
    private let period: Period
    /// Not used on a unit board (``Standings/ranked`` counts member entries).
    var ranked: Int { 0 }

    /// The period's branch standing placed on the structure; nil where it cannot answer: stale standings, a period other
    /// than a week or a year.
    init?(period: Period, structure: Structure, current: Bool, _ db: Database) throws {
        guard current, let span = PeriodKind(rawValue: period.kind.rawValue), StoredStanding.spans.contains(span) else { return nil }
        var placed: [(number: Int, line: StandingLine)] = []
        try StoredStanding(.branches, span: span, start: period.from, db)?.scan { line in
            if let number = structure.entryNumber(for: .grassroots(line.id), on: .branches) { placed.append((number, line)) }
        }
        // Lines come by their own code; a line placed on another unit (an heir) moves to its place.
        placed.sort { $0.number < $1.number }
        self.structure = structure
        self.placed = Placed(structure, lines: placed.map(\.line), numbers: placed.map(\.number))
        branches = structure.numbers(of: .grassroots)
        self.period = period
    }

    /// Every branch in code order, each with its lines, while `more` holds for their totals.
    func scan(while more: (Int64) -> Bool, _ visit: (Entry) throws -> Void) throws {
        let numbers = placed.numbers
        var next = 0
        for number in branches {
            while next < numbers.count, numbers[next] < number { next += 1 }
            var end = next
            while end < numbers.count, numbers[end] == number { end += 1 }
            let entry = Entry(number: number, lines: next ..< end, placed: placed)
            guard more(entry.total) else { return }
            try visit(entry)
            next = end
        }
    }

    func visit(_ id: String, _ body: (Entry) throws -> Void) throws {
        guard let number = structure.organisation.number(of: id), structure.level(number: number) == .grassroots else { return }
        let numbers = placed.numbers
        var start = 0, end = numbers.count
        // The first line placed at or after the number, then its run.
        while start < end {
            let middle = (start + end) / 2
            if numbers[middle] < number { start = middle + 1 } else { end = middle }
        }
        end = start
        while end < numbers.count, numbers[end] == number { end += 1 }
        try body(Entry(number: number, lines: start ..< end, placed: placed))
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
