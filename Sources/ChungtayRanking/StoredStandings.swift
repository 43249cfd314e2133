import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// The member board's sums as the ledger's member standing for an ISO week or a calendar year holds them
/// (docs/ranking.md, Standings): a cache of the scoring activities, read only while it sums them as they are stored
/// now. Each member is placed on the board's structure by the unit its line ends with.
struct StoredStandings: Standings {
    let kind = BoardKind.members
    let structure: Structure
    private let standing: StoredStanding
    var ranked: Int { standing.ranked }

    /// The member standing of the period; nil when the standings cannot answer: stale standings, a period other than a
    /// week or a year. A missing standing (no member activity in the window) has no lines.
    /// - Parameter current: whether the standings are current (``StoredStanding/areCurrent(_:)``).
    init?(period: Period, structure: Structure, current: Bool, _ db: Database) throws {
        guard current, let span = PeriodKind(rawValue: period.kind.rawValue), StoredStanding.spans.contains(span) else { return nil }
        self.structure = structure
        standing = try StoredStanding(.members, span: span, start: period.from, db) ?? .empty
    }

    func scan(while more: (Int64) -> Bool, _ visit: (StandingLine) throws -> Void) throws {
        try standing.scan(while: more, visit)
    }

    func visit(_ id: String, _ body: (StandingLine) throws -> Void) throws {
        try standing.visit(id, body)
    }

    /// Members earn no bonuses.
    func bonuses(_ db: Database) throws -> [String: [TargetBonus]] { [:] }

    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        try MemberRows.fetch(ids, db).map { $0.map { structure.member(id: $0.id, name: $0.name, unit: $0.unit) } }
    }
}

extension StandingLine: StandingsEntry {
    var sums: EntrySums {
        var sums = EntrySums()
        sums.lastDay = lastDay
        // A line names each type once.
        forEachTally { type, count, hundredths in sums.append(type, count: count, hundredths: hundredths) }
        return sums
    }

    /// A stored line is a member's, who has no divisor.
    var divisor: Int { 0 }

    func unitCandidate(on kind: BoardKind) -> BoardCandidate {
        BoardCandidate(id: id, name: member.name, unit: nil, district: nil, sector: nil, divisor: nil)
    }

    func memberEntry(_ structure: Structure) -> BoardEntry {
        let member = member
        let place = structure.placeOfMember(unit: member.unit)
        var tallies: [TypeTally] = []
        forEachTally { type, count, hundredths in tallies.append(TypeTally(key: type, count: count, points: Points(hundredths: hundredths))) }
        return BoardEntry(rank: nil, id: id, name: member.name, unit: place.grassroots, district: place.district, sector: place.sector,
                          score: Points(hundredths: total), total: Points(hundredths: total), members: nil, tallies: tallies,
                          lastActive: day.flatMap { CivilDate(year: Int($0 / 10000), month: Int($0 / 100 % 100), day: Int($0 % 100)) })
    }
}
