import ChungtayRules
import GRDB
import GRDBSQLite

/// Inserts checked activities with one prepared statement, binding values straight to SQLite: an import of a
/// province's year is a million rows, and this is its hottest loop.
final class ActivityInserter {
    private let statement: Statement
    /// The last date bound, as text: an import's rows come by date, a day's hundreds of them in a row.
    private var lastDate = (day: Int32.min, text: "")

    init(_ db: Database) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO activity (id, date, type, member, unit, level, dossier, citizen, subject, online, paid_online, url, channel,
                attendees, hours, note, source, claim, status, duplicate_of, base, factor, multipliers, points_before_caps,
                points, capped, rules_file, credit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """)
    }

    /// Inserts the activity with its score (``StoredScore/unscored`` when a rescore will give it one); false when
    /// its id is already stored (nothing is changed then).
    func insert(_ checked: ActivityValidator.Checked, source: String, score: StoredScore = .unscored, db: Database) throws -> Bool {
        let raw = RawStatement(statement)
        let activity = checked.activity
        raw.reset()
        raw.bind(1, activity.id)
        if activity.date.dayNumber != lastDate.day { lastDate = (activity.date.dayNumber, activity.date.description) }
        raw.bind(2, lastDate.text)
        raw.bind(3, activity.type)
        raw.bind(4, activity.member)
        raw.bind(5, activity.unit)
        raw.bind(6, activity.level.map(Int64.init))
        raw.bind(7, activity.dossier)
        raw.bind(8, activity.citizen)
        raw.bind(9, activity.subject?.rawValue)
        raw.bind(10, activity.online ? 1 : 0)
        raw.bind(11, activity.paidOnline ? 1 : 0)
        raw.bind(12, activity.url)
        raw.bind(13, activity.channel?.rawValue)
        raw.bind(14, activity.attendees)
        raw.bind(15, activity.hours?.description)
        raw.bind(16, checked.note)
        raw.bind(17, source)
        raw.bind(18, checked.claim)
        score.bind(to: raw, from: 19)
        _ = try raw.step()
        return sqlite3_changes(db.sqliteConnection) == 1
    }
}
