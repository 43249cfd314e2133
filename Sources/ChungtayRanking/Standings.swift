import ChungtayCore
import ChungtayRules
import GRDB

/// The sums of each entry of one board for one period: its total, its last day with points above 0, and the count and
/// points of each activity type. Every board, `rank`, movement and `rules diff` ranks one of these, whatever gave it
/// (docs/architecture.md): ``StoredStandings`` reads the ledger's member standing lines (a cache of the activities,
/// trusted only while current); ``SummedStandings`` holds sums in memory: of members, or of units placed on the
/// board's structure date from ``UnitSums`` (the stored branch and district lines, the period's activities as SQL
/// reads them, or the activities rescored under another rule book).
///
/// A member standing lists the ledger's members with a scoring activity in the period, by total, highest first. A unit
/// standing lists every unit of its board on the structure date, by code, without its target bonuses (``bonuses(_:)``
/// gives those). Members and units are placed on the structure (organisation.md).
protocol Standings {
    associatedtype Entry: StandingsEntry
    var kind: BoardKind { get }
    /// The structure the entries are placed on.
    var structure: Structure { get }
    /// On a member standing, how many entries have a total above 0.
    var ranked: Int { get }
    /// Visits the entries in order while `more` holds for their totals.
    func scan(while more: (_ total: Int64) -> Bool, _ visit: (Entry) throws -> Void) throws
    /// Visits the entry of a member id or unit code, if the standing lists it.
    func visit(_ id: String, _ body: (Entry) throws -> Void) throws
    /// The target bonuses dated in the period, per unit-board entry: a branch's own, a district's those of the units below it.
    func bonuses(_ db: Database) throws -> [String: [TargetBonus]]
    /// Board candidates for the given member ids, by position, placed by their units; nil for an id not in the ledger.
    /// For nil, every member of the ledger, in no particular order.
    func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?]
}

/// One entry of a standing while it is visited.
protocol StandingsEntry {
    /// The member id or unit code.
    var id: String { get }
    /// The total in hundredths, without target bonuses.
    var total: Int64 { get }
    /// The last day with points above 0, `YYYY-MM-DD`.
    var lastDay: String? { get }
    /// The last day with points above 0 as ``CivilDate/sortKey(iso:)`` numbers it.
    var day: Int64? { get }
    /// The value of a `count:` or `points:` tie-break key; 0 without a tally of that type, and for `earliest`.
    func value(of key: RankingSettings.TieBreak) -> Int64
    /// The total, last day and tallies.
    var sums: EntrySums { get }
    /// A unit's divisor under `per_member` (0 for a member).
    var divisor: Int { get }
    /// A unit-board entry's name, place and divisor.
    func unitCandidate(on kind: BoardKind) -> BoardCandidate
    /// A member entry as a board entry, without its rank: its tallies by key, and the member's name and place on the
    /// structure.
    func memberEntry(_ structure: Structure) -> BoardEntry
}

/// The bonuses of one target that one board entry earned in a period.
struct TargetBonus {
    let target: String
    let count: Int
    let hundredths: Int64
}

/// Work on a board's standings, whichever source gives them.
protocol StandingsTask {
    associatedtype Result
    func run(on standings: some Standings, _ db: Database) throws -> Result
}

extension StandingsTask {
    /// Runs on the board's standings for the period drawn on a structure: from the stored standings where they answer
    /// (a week or a year, while current; a branch board read in place where every line places to itself), else from
    /// the period's activities summed.
    /// - Parameter current: whether the stored standings sum the activities as they are now (``StoredStanding/areCurrent(_:)``).
    func run(_ kind: BoardKind, _ period: Period, on structure: Structure, current: Bool, _ db: Database) throws -> Result {
        if kind == .members {
            if let stored = try StoredStandings(period: period, structure: structure, current: current, db) { return try run(on: stored, db) }
            return try run(on: SummedStandings(membersOf: period, structure: structure, db), db)
        }
        if kind == .branches, let stored = try StoredBranchStandings(period: period, structure: structure, current: current, db) {
            return try run(on: stored, db)
        }
        let sums = try UnitSums(stored: period, current: current, db) ?? UnitSums(activitiesOf: period, organisation: structure.organisation, db)
        return try run(on: SummedStandings(kind, units: sums, structure: structure), db)
    }
}
