import ChungtayCore
import ChungtayRules
import GRDB

/// Scores an import's activities as they are inserted, when that gives exactly what rescoring the whole ledger
/// afterwards would: the ledger held no activity before the import, and the rows come in strictly increasing
/// (date, id) order (a province's first load, exported by date). Each row is then written once, with its points,
/// and the import needs no rescore. The first row out of order ends it: from there on rows are inserted unscored
/// and the import rescores everything, as every other import does.
///
/// Duplicate claims are found without holding every claim in memory: a Bloom filter of the claims' digests (8 MiB,
/// whatever the import's size) says which claims may have come before, and only for those the claim index says
/// whether one did and which. With five million claims, about 1 in 70 is looked up in vain.
struct InlineScoring {
    private var session: ScoringSession
    private var standings: StandingsBuilder
    private let book: RuleBook
    private let fileNames: [String]
    /// Two bits per claim inserted so far, chosen by its digest's first 8 bytes.
    private var claimed = [UInt64](repeating: 0, count: InlineScoring.filterBits / 64)
    private static let filterBits = 1 << 26
    private let firstClaim: RawStatement
    private var last: (day: Int32, id: String)?
    /// Whether every row so far came in order and was scored here.
    private(set) var inOrder = true
    /// The duplicate claims scored here.
    private(set) var duplicates = 0

    /// Inline scoring for an import into `db`, or nil when the ledger already holds activities.
    init?(book: RuleBook, chart: OrgChart, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM activity)") == true else { return nil }
        let members = try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0
        session = ScoringSession(scorer: Scorer(book: book, chart: chart), expectedMembers: members)
        standings = try StandingsBuilder(db)
        self.book = book
        fileNames = book.files.map { Ledger.fileName($0.path) }
        firstClaim = RawStatement(try db.makeStatement(sql: """
            SELECT id FROM activity WHERE claim = ? AND rejected = 0 ORDER BY date, id LIMIT 1
            """))
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
        if let digest = checked.claim, !markClaimed(digest) {
            firstClaim.reset()
            firstClaim.bind(1, digest.data)
            if try firstClaim.step(), let first = firstClaim.text(0) {
                claim = .duplicate(of: first)
                duplicates += 1
            }
        }
        let score = session.score(activity, claim: claim)
        return StoredScore(score, of: activity, book: book, fileNames: fileNames)
    }

    /// Sets the claim's two bits; true when either was clear (no claim before it had the same digest).
    private mutating func markClaimed(_ digest: ClaimDigest) -> Bool {
        func set(_ bits: UInt64) -> Bool {
            let bit = Int(truncatingIfNeeded: bits) & (Self.filterBits - 1)
            let mask: UInt64 = 1 << UInt64(bit & 63)
            defer { claimed[bit >> 6] |= mask }
            return claimed[bit >> 6] & mask == 0
        }
        let first = set(digest.high)
        let second = set(digest.high >> 32)
        return first || second
    }

    /// Counts a row inserted with the score ``score(_:)`` gave it.
    mutating func inserted(_ activity: Activity, score: StoredScore, seq: Int64) throws {
        try standings.add(date: activity.date, type: activity.type, member: activity.member, unit: activity.unit,
                          scoring: score.status == ActivityScore.Status.scored.rawValue, hundredths: score.points,
                          memberCredit: score.credit == "member", seq: seq, changed: true)
    }

    /// A row the import did not insert after scoring it: the scores from here on would not be the ledger's.
    mutating func skipped() {
        inOrder = false
    }

    /// Stores the target bonuses and the standings when every row was scored here; false when the import must
    /// rescore instead.
    mutating func finish(_ ledger: Ledger, _ db: Database) throws -> Bool {
        guard inOrder else { return false }
        try ledger.finishScoring(session, standings: &standings, db)
        return true
    }
}
