import ChungtayCore
import ChungtayRules
import Foundation
import GRDB

extension Ledger {
    /// The columns scoring reads of an activity, `seq` first.
    public static let activityColumns = "seq, id, date, type, member, unit, level, dossier, citizen, subject, online, paid_online, url, channel, attendees, hours, rejected"

    /// An activity as scoring reads it, from a row holding at least ``activityColumns``.
    public static func activity(_ row: Row) -> Activity {
        Activity(id: row["id"], date: CivilDate(iso: row["date"] as String)!, type: row["type"], member: row["member"],
                 unit: row["unit"], level: row["level"], dossier: row["dossier"], citizen: row["citizen"],
                 subject: (row["subject"] as String?).flatMap(Subject.init), online: row["online"], paidOnline: row["paid_online"],
                 url: row["url"], channel: (row["channel"] as String?).flatMap(Channel.init), attendees: row["attendees"],
                 hours: (row["hours"] as String?).flatMap { ExactDecimal(parsing: $0) }, rejected: row["rejected"])
    }

    /// An activity from a raw row whose first columns are ``activityColumns``.
    static func activity(_ row: RawStatement) -> Activity {
        Activity(id: row.text(1)!, date: CivilDate(iso: row.text(2)!)!, type: row.text(3)!, member: row.text(4), unit: row.text(5)!,
                 level: row.int(6).map(Int.init), dossier: row.text(7), citizen: row.text(8),
                 subject: row.text(9).flatMap(Subject.init), online: row.int(10) == 1, paidOnline: row.int(11) == 1,
                 url: row.text(12), channel: row.text(13).flatMap(Channel.init), attendees: row.int(14),
                 hours: row.text(15).flatMap { ExactDecimal(parsing: $0) }, rejected: row.int(16) == 1)
    }

    /// Stores each activity's claim key under the rules file in effect on its date (after a rules change).
    func recomputeClaims(_ db: Database) throws {
        let scorer = Scorer(book: book, organisation: Organisation(units: []))
        let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.activityColumns), claim FROM activity")
        var changed: [(Int64, Data?)] = []
        while let row = try rows.next() {
            let claim = scorer.claimText(of: Self.activity(row)).map { ClaimDigest($0).data }
            if claim != row["claim"] as Data? { changed.append((row["seq"], claim)) }
        }
        let update = try db.makeStatement(sql: "UPDATE activity SET claim = ? WHERE seq = ?")
        for (seq, claim) in changed { try update.execute(arguments: [claim, seq]) }
    }

    /// Scores every activity together from scratch and writes back what differs from what is stored, the
    /// target bonuses, and the standings of the windows whose activities changed; afterwards the stored points
    /// are exactly what ``Scorer`` gives for the whole ledger, and the standings sum them.
    ///
    /// Activities stream from SQLite in (date, id) order, so memory stays flat however large the province;
    /// first claims are found by SQL over the claim index.
    /// - Returns: the number of activities whose stored score changed.
    @discardableResult
    func rescore(_ db: Database) throws -> Int {
        let scorer = Scorer(book: book, organisation: try Organisation.stored(db))
        var session = ScoringSession(scorer: scorer, expectedMembers: try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0)
        var firstClaims: [Int64: String] = [:]
        let duplicates = try Row.fetchCursor(db, sql: """
            SELECT seq, first FROM (
                SELECT seq, id, first_value(id) OVER (PARTITION BY claim ORDER BY date, id) AS first
                FROM activity WHERE claim IS NOT NULL AND rejected = 0)
            WHERE first <> id
            """)
        while let row = try duplicates.next() { firstClaims[row["seq"]] = row["first"] }

        let update = RawStatement(try db.makeStatement(sql: """
            UPDATE activity SET status = ?, duplicate_of = ?, base = ?, factor = ?, multipliers = ?,
                points_before_caps = ?, points = ?, capped = ?, rules_file = ?, credit = ? WHERE seq = ?
            """))
        let rows = RawStatement(try db.makeStatement(sql: """
            SELECT \(Self.activityColumns), status, duplicate_of, base, factor, multipliers, points_before_caps, points, capped,
                rules_file, credit
            FROM activity ORDER BY date, id
            """))
        var pending: [(StoredScore, Int64)] = []
        var changed = 0
        var maker = StoredScore.Maker(book: book)
        func flush() throws {
            for (score, seq) in pending {
                update.reset()
                score.bind(to: update)
                update.bind(11, seq)
                _ = try update.step()
            }
            pending.removeAll(keepingCapacity: true)
        }
        var standings = try StandingsBuilder(db)
        rows.reset()
        while try rows.step() {
            let seq = rows.int(0)!
            let activity = Self.activity(rows)
            let score = session.score(activity, claim: firstClaims[seq].map { .duplicate(of: $0) } ?? .none)
            let stored = maker.columns(score, of: activity)
            let differs = stored != StoredScore(rows, from: 17)
            try standings.add(date: activity.date, type: activity.type, member: activity.member, unit: activity.unit,
                              scoring: score.status == .scored && !activity.rejected, hundredths: stored.points,
                              memberCredit: stored.credit == "member", seq: seq, changed: differs)
            guard differs else { continue }
            pending.append((stored, seq))
            changed += 1
            // The query walks the (date, id) index; changing only score columns leaves the walk undisturbed.
            if pending.count == 10_000 { try flush() }
        }
        try flush()
        try finishScoring(session, standings: &standings, db)
        return changed
    }

    /// What follows scoring every activity in order: refuses activities no rules could score, stores the target
    /// bonuses, and writes back the standings.
    func finishScoring(_ session: ScoringSession, standings: inout StandingsBuilder, _ db: Database) throws {
        guard session.problems.isEmpty else {
            throw LedgerError.invalid(session.problems.map {
                Diagnostic(file: path, location: .file, vi: "hoạt động \($0.activity): không có thể lệ để tính điểm (\($0.message))",
                           en: "activity \($0.activity): no rules can score it (\($0.message))")
            })
        }
        try db.execute(sql: "DELETE FROM bonus")
        let insert = try db.makeStatement(sql: """
            INSERT INTO bonus (unit, target, period, period_start, date, points, activity, rules_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for bonus in session.bonuses {
            try insert.execute(arguments: [bonus.unit, bonus.target, bonus.period.rawValue, bonus.periodStart.description,
                                           bonus.date.description, bonus.points.hundredths, bonus.activity,
                                           Self.fileName(book.files[bonus.fileIndex].path)])
        }
        try standings.finish()
    }
}

/// The score columns of an activity row, to tell whether a rescore changed anything.
struct StoredScore: Equatable {
    let status: String
    let duplicateOf: String?
    let base: String?
    let factor: String?
    let multipliers: Int64
    let pointsBeforeCaps: Int64?
    let points: Int64
    let capped: Int64
    let file: String?
    let credit: String?

    /// Turns scores into their columns, keeping the text of each base and factor: a province's year has a few
    /// dozen of them, written a million times.
    struct Maker {
        /// The names of the book's files, by index.
        private let fileNames: [String]
        /// Per file, by index: how it credits each type it has, by the type's id.
        private let credits: [[String: String]]
        /// A value as written: two forms of one value each get a text, since comparing values costs more.
        private struct Form: Hashable {
            let mantissa: Int128
            let scale: Int
        }

        private var texts: [Form: String] = [:]

        init(book: RuleBook) {
            fileNames = book.files.map { Ledger.fileName($0.path) }
            credits = book.files.map { file in
                Dictionary(uniqueKeysWithValues: file.activityTypes.map { ($0.id, $0.credit.rawValue) })
            }
        }

        /// The score columns of `activity` scored as `score`.
        mutating func columns(_ score: ActivityScore, of activity: Activity) -> StoredScore {
            let file = score.fileIndex >= 0 ? score.fileIndex : nil
            return StoredScore(score, base: text(score.base), factor: text(score.factor), file: file.map { fileNames[$0] },
                               credit: file.flatMap { credits[$0][activity.type] })
        }

        private mutating func text(_ value: ExactDecimal?) -> String? {
            guard let value else { return nil }
            let form = Form(mantissa: value.mantissa, scale: value.scale)
            if let text = texts[form] { return text }
            let text = value.description
            texts[form] = text
            return text
        }
    }

    private init(_ score: ActivityScore, base: String?, factor: String?, file: String?, credit: String?) {
        status = score.status.rawValue
        duplicateOf = score.duplicateOf
        self.base = base
        self.factor = factor
        multipliers = Int64(bitPattern: score.multiplierMask)
        pointsBeforeCaps = score.pointsBeforeCaps?.hundredths
        points = score.points.hundredths
        capped = Int64(score.cappedBy.reduce(0) { $0 | 1 << PeriodKind.allCases.firstIndex(of: $1)! })
        self.file = file
        self.credit = credit
    }

    /// The score columns of a raw row, from `first` on, in the order `bind(to:)` writes them.
    init(_ row: RawStatement, from first: Int32) {
        status = row.text(first) ?? ""
        duplicateOf = row.text(first + 1)
        base = row.text(first + 2)
        factor = row.text(first + 3)
        multipliers = row.int(first + 4) ?? 0
        pointsBeforeCaps = row.int(first + 5)
        points = row.int(first + 6) ?? 0
        capped = row.int(first + 7) ?? 0
        file = row.text(first + 8)
        credit = row.text(first + 9)
    }

    /// The columns' defaults: what a row holds until a rescore scores it.
    static let unscored = StoredScore()

    private init() {
        status = ActivityScore.Status.scored.rawValue
        duplicateOf = nil
        base = nil
        factor = nil
        multipliers = 0
        pointsBeforeCaps = nil
        points = 0
        capped = 0
        file = nil
        credit = nil
    }

    /// Binds the ten columns to parameters `first`… of `statement`.
    func bind(to statement: RawStatement, from first: Int32 = 1) {
        statement.bind(first, status)
        statement.bind(first + 1, duplicateOf)
        statement.bind(first + 2, base)
        statement.bind(first + 3, factor)
        statement.bind(first + 4, multipliers)
        statement.bind(first + 5, pointsBeforeCaps)
        statement.bind(first + 6, points)
        statement.bind(first + 7, capped)
        statement.bind(first + 8, file)
        statement.bind(first + 9, credit)
    }
}
