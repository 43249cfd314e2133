import ChungtayCore
import ChungtayRules
import GRDB

/// Scores an import's activities as they are inserted, when that gives exactly what rescoring the whole ledger
/// afterwards would: the ledger held no activity before the import, and the rows come in strictly increasing
/// (date, id) order (a province's first load, exported by date). Each row is then written once, with its points,
/// and the import needs no rescore. The first row out of order ends it: from there on rows are inserted unscored
/// and the import rescores everything, as every other import does.
///
/// The claim index is dropped for the load and built again at its end (SQLite sorts the claims once, with a helper
/// thread, instead of placing each row's claim among the others, which at millions of rows reads and writes a page
/// of the index per row); later claims on the same thing are found with ``FirstClaims`` meanwhile. The load only
/// appends, so SQLite's page cache is 8 MiB meanwhile.
struct InlineScoring {
    private var session: ScoringSession
    private var standings: StandingsBuilder
    private var maker: StoredScore.Maker
    private var firstClaims: FirstClaims
    /// The claim and id of a row, by seq.
    private let claimOf: RawStatement
    /// The new first claim of the row being scored, and its slot in `firstClaims`.
    private var newClaim: (ClaimDigest, Int)?
    /// The claim index's definition, to build it again.
    private let claimIndex: String
    private let cacheSize: Int
    private var last: (day: Int32, id: String)?
    /// Whether every row so far came in order and was scored here.
    private(set) var inOrder = true
    /// The duplicate claims scored here.
    private(set) var duplicates = 0

    /// The standings' number of each unit of the scorer's organisation, by its number there.
    private let unitOwners: [Int32]

    /// Inline scoring for an import of at most `lines` rows into `db`, checked by `validator`, or nil when the
    /// ledger already holds activities.
    init?(_ validator: ActivityValidator, lines: @autoclosure () -> Int, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM activity)") == true,
              let claimIndex = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'activity_claim'")
        else { return nil }
        self.claimIndex = claimIndex
        cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -32768
        try db.execute(sql: "DROP INDEX activity_claim")
        try db.execute(sql: "PRAGMA cache_size = -8192")
        firstClaims = FirstClaims(lines: lines())
        let scorer = validator.scorer
        session = ScoringSession(scorer: scorer, expectedMembers: validator.memberIDs.count)
        // Members first, so that a member's number is the validator's.
        var standings = try StandingsBuilder(db, owners: validator.memberIDs, types: scorer.typeNames)
        unitOwners = scorer.organisation.codes.map { standings.number(ofOwner: $0) }
        self.standings = standings
        maker = StoredScore.Maker(book: validator.book)
        claimOf = RawStatement(try db.makeStatement(sql: "SELECT claim, id FROM activity WHERE seq = ?"))
    }

    /// The score to insert `checked` with; nil once a row came out of order.
    mutating func score(_ checked: ActivityValidator.Checked) throws -> StoredScore? {
        guard inOrder else { return nil }
        let activity = checked.activity
        let day = activity.date.dayNumber
        if let last, day < last.day || (day == last.day && !last.id.utf8.lexicographicallyPrecedes(activity.id.utf8)) {
            inOrder = false
            return nil
        }
        last = (day, activity.id)
        var claim = Claim.none
        newClaim = nil
        if let digest = checked.claim {
            var first: String?
            switch try firstClaims.find(digest, { seq in
                claimOf.reset()
                claimOf.bind(1, seq)
                guard try claimOf.step(), claimOf.digest(0) == digest else { return false }
                first = claimOf.text(1)
                return true
            }) {
            case .found:
                claim = .duplicate(of: first!)
                duplicates += 1
            case let .free(slot):
                newClaim = (digest, slot)
            }
        }
        let score = session.score(activity, claim: claim, keys: checked.keys)
        return maker.columns(score, of: activity)
    }

    /// Counts a row inserted with the score ``score(_:)`` gave it.
    mutating func inserted(_ checked: ActivityValidator.Checked, score: StoredScore, seq: Int64) throws {
        if let (digest, slot) = newClaim, !firstClaims.insert(digest, seq: seq, at: slot) { inOrder = false }
        let activity = checked.activity
        let keys = checked.keys
        // Numbered as the validator and the organisation number them; by text otherwise (a unit the organisation lacks).
        try standings.add(date: activity.date, type: keys.typeCode.map(Int32.init) ?? standings.number(ofType: activity.type),
                          member: keys.member.map(Int32.init), unit: keys.unitIndex.map { unitOwners[$0] } ?? standings.number(ofOwner: activity.unit),
                          scoring: score.status == ActivityScore.Status.scored.rawValue, hundredths: score.points,
                          memberCredit: score.credit == "member", seq: seq, changed: true)
    }

    /// A row the import did not insert after scoring it: the scores from here on would not be the ledger's.
    mutating func skipped() {
        inOrder = false
    }

    /// Gives SQLite back the page cache it had before the load (also when the import fails and rolls back).
    func restoreCache(_ db: Database) {
        try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
    }

    /// Builds the claim index again, then stores the target bonuses and the standings when every row was scored
    /// here; false when the import must rescore instead (or added nothing).
    mutating func finish(added: Int, _ ledger: Ledger, _ db: Database) throws -> Bool {
        // The first claims are found in the index from here on; its sort gets a second thread (SQLite's own).
        firstClaims = FirstClaims(lines: 0)
        try db.execute(sql: "PRAGMA threads = 1")
        defer { try? db.execute(sql: "PRAGMA threads = 0") }
        try db.execute(sql: claimIndex)
        restoreCache(db)
        guard inOrder, added > 0 else { return false }
        try ledger.finishScoring(session, standings: &standings, db)
        return true
    }
}
