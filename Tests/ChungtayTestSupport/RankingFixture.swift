import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation
import GRDB

/// A ledger whose rows a test writes itself (``FixtureLedger``), so that each board query is checked against fixture
/// rows alone, under rules with two member-credited and two unit-credited types.
public final class RankingFixture: FixtureLedger {
    private var sequence = 0

    /// A ledger under the given rules files (default: one 2026 file with `ranking`).
    public init(files: [String]) throws {
        try super.init(files: files, kind: "ranking")
    }

    public convenience init(ranking: String) throws {
        try self.init(files: [Self.rules(version: "2026.1", from: "2026-01-01", to: "2026-12-31", ranking: ranking)])
    }

    /// A rules file with two member-credited and two unit-credited types and the given `ranking` object.
    public static func rules(version: String, from: String, to: String, ranking: String) -> String {
        """
        {
          "schema": 1, "campaign": "test", "title": "Test", "version": "\(version)",
          "valid_from": "\(from)", "valid_to": "\(to)",
          "activities": {
            "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "points": 3 },
            "account_opened": { "label": "Tài khoản", "credit": "member", "points": 2 },
            "article_posted": { "label": "Tin bài", "credit": "unit", "points": 2 },
            "propaganda_session": { "label": "Tuyên truyền", "credit": "unit", "points": 5 }
          },
          "ranking": \(ranking)
        }
        """
    }

    /// One activity with its stored points (in hundredths); `credit` follows the type as the fixture rules say.
    public func activity(_ date: String, _ type: String, member: String? = nil, unit: String, hundredths: Int64,
                         status: String = "scored") throws {
        sequence += 1
        let id = "T\(sequence)"
        let credit = type == "dossier_assisted" || type == "account_opened" ? "member" : "unit"
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO activity (id, date, type, member, unit, source, rejected, status, points, credit)
                VALUES (?, ?, ?, ?, ?, 'test', ?, ?, ?, ?)
                """, arguments: [id, date, type, member, unit, status == "rejected" ? 1 : 0, status,
                                 status == "scored" ? hundredths : 0, credit])
        }
    }

    /// A target bonus of a grassroots unit, dated `date`.
    public func bonus(_ unit: String, _ target: String, _ date: String, hundredths: Int64) throws {
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO bonus (unit, target, period, period_start, date, points, activity, rules_file)
                VALUES (?, ?, 'year', '2026-01-01', ?, ?, 'T0', '0.json')
                """, arguments: [unit, target, date, hundredths])
        }
    }

    /// The small province most tests use.
    ///
    ///     BD province
    ///     ├── AL district (members not given)
    ///     │   ├── AL-A grassroots, commune, 40 members
    ///     │   │   └── AL-A-T1 cell
    ///     │   └── AL-B grassroots, commune, 0 members
    ///     ├── QN district, 50 members of its own
    ///     │   ├── QN-G grassroots, ward, 60 members
    ///     │   └── QN-Q grassroots, school, 30 members
    ///     └── BD-BV grassroots, agency, 25 members (directly under the province)
    ///
    /// Members: M01 Nguyễn Thị Lan (AL-A-T1), M02 Đinh Văn Hùng (AL-A), M03 Trần Minh Âu (QN-G), M04 Bùi Thị Hà (QN-Q),
    /// M05 Hồ Quốc Bảo (BD-BV), M06 Đặng Thu Hà (AL-B).
    public func province() throws {
        try unit("BD", "Tỉnh đoàn Bình Định", parent: nil, level: .province)
        try unit("AL", "Huyện đoàn An Lão", parent: "BD", level: .district)
        try unit("QN", "Thành đoàn Quy Nhơn", parent: "BD", level: .district, members: 50)
        try unit("AL-A", "Đoàn xã An Hưng", parent: "AL", level: .grassroots, sector: .commune, members: 40)
        try unit("AL-A-T1", "Chi đoàn thôn 1", parent: "AL-A", level: .cell)
        try unit("AL-B", "Đoàn xã An Toàn", parent: "AL", level: .grassroots, sector: .commune, members: 0)
        try unit("QN-G", "Đoàn phường Ghềnh Ráng", parent: "QN", level: .grassroots, sector: .ward, members: 60)
        try unit("QN-Q", "Đoàn trường THPT Quang Trung", parent: "QN", level: .grassroots, sector: .school, members: 30)
        try unit("BD-BV", "Đoàn cơ sở Bệnh viện tỉnh", parent: "BD", level: .grassroots, sector: .agency, members: 25)
        try member("M01", "Nguyễn Thị Lan", unit: "AL-A-T1")
        try member("M02", "Đinh Văn Hùng", unit: "AL-A")
        try member("M03", "Trần Minh Âu", unit: "QN-G")
        try member("M04", "Bùi Thị Hà", unit: "QN-Q")
        try member("M05", "Hồ Quốc Bảo", unit: "BD-BV")
        try member("M06", "Đặng Thu Hà", unit: "AL-B")
    }

    /// The activities of weeks 2026-W47 (16–22 Nov) and W48 (23–29 Nov) that the board tests share, with one outside
    /// both (30 Nov, W49).
    public func weeks47and48() throws {
        // W47: M04 10, M05 4, M01 1.
        try activity("2026-11-17", "dossier_assisted", member: "M04", unit: "QN-Q", hundredths: 1000)
        try activity("2026-11-20", "dossier_assisted", member: "M05", unit: "BD-BV", hundredths: 400)
        try activity("2026-11-21", "account_opened", member: "M01", unit: "AL-A-T1", hundredths: 100)
        // W48.
        try activity("2026-11-23", "dossier_assisted", member: "M01", unit: "AL-A-T1", hundredths: 500)
        try activity("2026-11-24", "dossier_assisted", member: "M01", unit: "AL-A-T1", hundredths: 500)
        try activity("2026-11-25", "account_opened", member: "M01", unit: "AL-A-T1", hundredths: 300)
        try activity("2026-11-24", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 300)
        // Unit-credited, with M02 as its author: it earns M02 nothing.
        try activity("2026-11-24", "article_posted", member: "M02", unit: "AL-A", hundredths: 200)
        try bonus("AL-A", "articles", "2026-11-26", hundredths: 1000)
        try activity("2026-11-25", "article_posted", unit: "AL-B", hundredths: 200)
        // M03: a 0-point scoring activity (it counts), a duplicate and a rejected one (they do not).
        try activity("2026-11-26", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 0)
        try activity("2026-11-26", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 500, status: "duplicate")
        try activity("2026-11-27", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 500, status: "rejected")
        try activity("2026-11-29", "dossier_assisted", member: "M04", unit: "QN-Q", hundredths: 1300)
        // Recorded at the district itself.
        try activity("2026-11-28", "propaganda_session", unit: "AL", hundredths: 500)
        // W49: outside both weeks.
        try activity("2026-11-30", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 10000)
    }

    public static let standard = #"{ "branch_score": "per_member", "district_score": "total", "method": "competition", "tie_break": ["count:dossier_assisted", "earliest"] }"#
}
