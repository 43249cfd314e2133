import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// The ledger's activities scored afresh under another rule book, in memory, summed per board entry and type for
/// one period (``SummedStandings``): the "new" side of `rules diff`. Nothing is written to the ledger.
///
/// It follows the ledger's own rescoring: the activities stream in (date, id) order through a
/// ``ScoringSession`` of the other book, and first claims are found by SQL over claim keys computed under that
/// book. Only activities dated up to the period's end can change the period's points (caps, duplicates and
/// targets only look back), so later ones are not read.
struct Rescoring {
    let book: RuleBook
    let period: Period

    /// The three boards of the period under the other book.
    /// - Throws: ``LedgerError/invalid(_:)`` naming each activity the other book cannot score.
    /// - Complexity: one pass over the activities up to the period's end, plus an SQLite sort of their claim keys;
    ///   memory for the duplicates found, the scoring session's windows and the period's sums.
    func boards(_ db: Database) throws -> [Board] {
        let organisation = try Organisation.stored(db)
        let scorer = Scorer(book: book, organisation: organisation)
        let firstClaims = try duplicates(db, scorer: scorer)
        var session = ScoringSession(scorer: scorer)
        // Per member (member-credited activities), and per home on each activity's date.
        var members: [String: EntrySums] = [:]
        var units: [Organisation.Home: EntrySums] = [:]
        var homes = HomeFinder(organisation: organisation)
        var problems: [Diagnostic] = []

        let rows = try Row.fetchCursor(db, sql: "SELECT \(Ledger.activityColumns) FROM activity WHERE date <= ? ORDER BY date, id",
                                       arguments: [period.to.description])
        while let row = try rows.next() {
            let activity = Ledger.activity(row)
            let known = session.problems.count
            let score = session.score(activity, claim: firstClaims[row[0] as Int64].map { .duplicate(of: $0) } ?? .none)
            if session.problems.count > known {
                problems.append(problem(activity))
                continue
            }
            guard score.isScoring, activity.date >= period.from else { continue }
            let day = activity.date.description
            if book.files[score.fileIndex].activityType(activity.type)!.credit == .member, let member = activity.member {
                members[member, default: EntrySums()].add(activity.type, hundredths: score.points.hundredths, on: day)
            }
            if let home = homes.home(of: activity.unit, on: activity.date) {
                units[home, default: EntrySums()].add(activity.type, hundredths: score.points.hundredths, on: day)
            }
        }
        guard problems.isEmpty else { throw LedgerError.invalid(problems) }

        let sums = UnitSums(units, bonuses: session.bonuses.filter { period.from <= $0.date && $0.date <= period.to }.map { bonus in
            SummedStandings.EarnedBonus(unit: bonus.unit, target: bonus.target, hundredths: bonus.points.hundredths)
        })
        let structure = organisation.structure(on: period.to)
        let speaking = book.speaking(for: period.to)
        return try BoardKind.allCases.map { kind in
            let standings = kind == .members ? try SummedStandings(members: members, structure: structure, db)
                : SummedStandings(kind, units: sums, structure: structure)
            return try Board.Making(ranking: BoardRanking(kind: kind, settings: speaking?.ranking ?? RankingSettings()), period: period,
                                    speaking: speaking, options: BoardOptions(), movement: nil).run(on: standings, db)
        }
    }

    /// The activities that are later claims on the same thing under the other book, with the first claim's id:
    /// claim keys are computed by ``Scorer/claimText(of:)`` inside SQLite, which sorts them by (claim, date, id).
    private func duplicates(_ db: Database, scorer: Scorer) throws -> [Int64: String] {
        // Only types with `unique` in some file can make claims.
        let claiming = Set(book.files.flatMap { $0.activityTypes.filter { !$0.unique.isEmpty }.map(\.id) }).sorted()
        guard !claiming.isEmpty else { return [:] }
        let claim = DatabaseFunction("chungtay_diff_claim", argumentCount: 12, pure: true) { values in
            scorer.claimText(of: Self.claimActivity(values))
        }
        db.add(function: claim)
        defer { db.remove(function: claim) }
        var firstClaims: [Int64: String] = [:]
        // Rejected activities are no claims (scoring.md, Computing points).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT seq, first FROM (
                SELECT seq, id, first_value(id) OVER (PARTITION BY claim ORDER BY date, id) AS first
                FROM (SELECT seq, id, date, chungtay_diff_claim(\(Self.claimColumns)) AS claim
                      FROM activity
                      WHERE rejected = 0 AND date <= ? AND type IN (\(claiming.map { _ in "?" }.joined(separator: ", "))))
                WHERE claim IS NOT NULL)
            WHERE first <> id
            """, arguments: StatementArguments([period.to.description] + claiming))
        while let row = try rows.next() { firstClaims[row[0] as Int64] = row[1] as String }
        return firstClaims
    }

    /// Why the other book cannot score an activity, naming the rules file and JSON path where it can.
    private func problem(_ activity: Activity) -> Diagnostic {
        guard let file = book.file(on: activity.date) else {
            // A book always holds at least one file; its folder is what the user named.
            let path = book.files.first?.path ?? "."
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            return Diagnostic(
                file: folder, location: .file,
                vi: "không có tệp thể lệ nào có hiệu lực ngày \(activity.date.vietnamese), ngày của hoạt động \(activity.id); "
                    + "thư mục thể lệ mới phải chấm được mọi hoạt động đã lưu đến hết kỳ",
                en: "no rules file is in effect on \(activity.date), the date of activity \(activity.id); "
                    + "the new rules folder must score every stored activity up to the period's end")
        }
        return Diagnostic(
            file: file.path, location: .jsonPath("$.activities"),
            vi: "không có loại hoạt động '\(activity.type)', cần để chấm hoạt động \(activity.id) ngày \(activity.date.vietnamese); hãy thêm loại này",
            en: "no activity type '\(activity.type)', which activity \(activity.id) of \(activity.date) needs; add the type")
    }

    /// The columns a claim key depends on: the type, the date (which rules file) and every attribute `unique` may name.
    static let claimColumns = "type, date, level, dossier, citizen, subject, online, paid_online, url, channel, attendees, hours"

    /// What ``Scorer/claimText(of:)`` reads of an activity, from the values of ``claimColumns``.
    static func claimActivity(_ values: [DatabaseValue]) -> Activity {
        func text(_ index: Int) -> String? { String.fromDatabaseValue(values[index]) }
        func integer(_ index: Int) -> Int64? { Int64.fromDatabaseValue(values[index]) }
        return Activity(id: "", date: text(1).flatMap { CivilDate(iso: $0) } ?? CivilDate(dayNumber: 0), type: text(0) ?? "", unit: "",
                        level: integer(2).map(Int.init), dossier: text(3), citizen: text(4), subject: text(5).flatMap(Subject.init),
                        online: integer(6) == 1, paidOnline: integer(7) == 1, url: text(8), channel: text(9).flatMap(Channel.init),
                        attendees: integer(10), hours: text(11).flatMap { ExactDecimal(parsing: $0) })
    }
}
