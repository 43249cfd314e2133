import ChungtayCore
import ChungtayLedger
import ChungtayRules
import ChungtayTestSupport
import Foundation
import GRDB

/// A ledger whose rows a test writes itself, points and all (``FixtureLedger``), under rules files with the awards,
/// targets and indicators a test gives; activities carry the attributes indicators filter on.
final class AwardsFixture: FixtureLedger {
    private var sequence = 0

    init(files: [String]) throws {
        try super.init(files: files, kind: "awards")
    }

    /// A rules file of `year` with member types (dossier, account opened and transacted, own dossier) and unit types
    /// (article, information session), total scores everywhere, competition ranks, and the given extra sections
    /// (`"targets": [...], "awards": [...]`, …).
    static func rules(year: Int, version: String? = nil, _ sections: String = "") -> String {
        """
        {
          "schema": 1, "campaign": "test", "title": "Test", "version": "\(version ?? "\(year).1")",
          "valid_from": "\(year)-01-01", "valid_to": "\(year)-12-31",
          "activities": {
            "dossier_assisted": { "label": "Hỗ trợ nộp hồ sơ", "credit": "member", "points": 3 },
            "account_opened": { "label": "Hỗ trợ mở tài khoản", "credit": "member", "points": 2 },
            "account_transacted": { "label": "Tài khoản có giao dịch", "credit": "member", "points": 1 },
            "own_dossier": { "label": "Hồ sơ của bản thân", "credit": "member", "points": 1 },
            "article_posted": { "label": "Tin, bài", "credit": "unit", "points": 2 },
            "propaganda_session": { "label": "Buổi tuyên truyền", "credit": "unit", "points": 5 }
          },
          "ranking": { "branch_score": "total", "district_score": "total", "method": "competition" }\(sections.isEmpty ? "" : ",\n" + sections)
        }
        """
    }

    /// One activity with its stored points in hundredths; `status` is `scored`, `duplicate` or `rejected`.
    func activity(_ date: String, _ type: String, member: String? = nil, unit: String, hundredths: Int64 = 100, status: String = "scored",
                  subject: String? = nil, online: Bool = false, attendees: Int? = nil, hours: String? = nil) throws {
        sequence += 1
        let credit = ["article_posted", "propaganda_session"].contains(type) ? "unit" : "member"
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO activity (id, date, type, member, unit, subject, online, attendees, hours, source, rejected, status, points, credit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?)
                """, arguments: ["T\(sequence)", date, type, member, unit, subject, online, attendees, hours,
                                 status == "rejected" ? 1 : 0, status, status == "scored" ? hundredths : 0, credit])
        }
    }

    /// The small province the tests share.
    ///
    ///     BD province
    ///     ├── AL district
    ///     │   ├── AL-A grassroots, commune (cell AL-A-T1)
    ///     │   └── AL-B grassroots, commune
    ///     ├── QN district
    ///     │   ├── QN-G grassroots, ward
    ///     │   └── QN-CA grassroots, armed forces
    ///     ├── TS district (no units below it)
    ///     └── BD-BV grassroots, agency (directly under the province)
    ///
    /// Members: M01 Nguyễn Thị Lan (AL-A-T1), M02 Đinh Văn Hùng (AL-A), M03 Trần Minh Âu (QN-G, inactive),
    /// M04 Bùi Thị Hà (QN-G), M05 Hồ Quốc Bảo (BD-BV), M06 Đặng Thu Hà (AL-B).
    func province() throws {
        try unit("BD", "Tỉnh đoàn Bình Định", parent: nil, level: .province)
        try unit("AL", "Huyện đoàn An Lão", parent: "BD", level: .district)
        try unit("QN", "Thành đoàn Quy Nhơn", parent: "BD", level: .district)
        try unit("TS", "Huyện đoàn Tây Sơn", parent: "BD", level: .district)
        try unit("AL-A", "Đoàn xã An Hưng", parent: "AL", level: .grassroots, sector: .commune, members: 40)
        try unit("AL-A-T1", "Chi đoàn thôn 1", parent: "AL-A", level: .cell)
        try unit("AL-B", "Đoàn xã An Toàn", parent: "AL", level: .grassroots, sector: .commune, members: 20)
        try unit("QN-G", "Đoàn phường Ghềnh Ráng", parent: "QN", level: .grassroots, sector: .ward, members: 60)
        try unit("QN-CA", "Đoàn Công an thành phố", parent: "QN", level: .grassroots, sector: .armed_forces, members: 30)
        try unit("BD-BV", "Đoàn cơ sở Bệnh viện tỉnh", parent: "BD", level: .grassroots, sector: .agency, members: 25)
        try member("M01", "Nguyễn Thị Lan", unit: "AL-A-T1")
        try member("M02", "Đinh Văn Hùng", unit: "AL-A")
        try member("M03", "Trần Minh Âu", unit: "QN-G", status: .inactive)
        try member("M04", "Bùi Thị Hà", unit: "QN-G")
        try member("M05", "Hồ Quốc Bảo", unit: "BD-BV")
        try member("M06", "Đặng Thu Hà", unit: "AL-B")
    }
}
