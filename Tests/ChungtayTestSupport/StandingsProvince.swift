import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation

/// A generated province imported through the ledger, as a deployment fills it: units, members and a few thousand
/// activities from December 2025 to March 2026, under rules with caps, duplicates, 0-point types and a target.
///
///     BD province
///     ├── AL district (no members of its own): AL-A (cell AL-A-1), AL-B (0 members), AL-C
///     ├── QN district (50 members): QN-G, QN-Q
///     ├── PM district (0 members of its own): PM-A (0 members)
///     └── BD-BV grassroots unit directly under the province
public final class StandingsProvince {
    public static let perMember = #"{ "branch_score": "per_member", "district_score": "total", "method": "competition", "tie_break": ["count:dossier_assisted", "earliest"] }"#
    public static let byTotals = #"{ "branch_score": "total", "district_score": "per_member", "method": "dense", "tie_break": ["points:account_opened"] }"#

    public let folder: URL
    public let ledger: Ledger
    /// What importing the activities did.
    public private(set) var firstImport = ImportSummary()

    /// - Parameter sortedActivities: the activities file lists them in (date, id) order (else at random).
    public init(ranking: String, sortedActivities: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-standings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let book = try RuleBook(sources: [
            RuleBook.Source(path: "Rules/2025.json", bytes: Array(Self.rules(year: 2025, ranking: #"{ "branch_score": "total" }"#).utf8)),
            RuleBook.Source(path: "Rules/2026.json", bytes: Array(Self.rules(year: 2026, ranking: ranking).utf8)),
        ], folder: "Rules")
        ledger = try Ledger.create(at: folder.appendingPathComponent("ledger.sqlite").path, book: book, secret: "test-secret")
        _ = try ledger.importUnits([ImportSource(path: "units.csv", data: Data(Self.units.utf8))])
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data(Self.members.utf8))], today: CivilDate(iso: "2026-11-29")!)
        firstImport = try ledger.importActivities([activities(from: 0, count: 2000, seed: 2026, sorted: sortedActivities)])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// What a deployment changes after its first import, one change at a time, each followed by `check` (given what
    /// changed): rejections, a restoration, a second activities import, a units import and two members imports.
    public func change(checkingAfterEach check: (_ change: String) throws -> Void) throws {
        // Rejecting changes points in its week (and duplicates, caps and bonuses after it); restoring undoes it.
        for id in ["E0007", "E0100", "E0333", "E0512"] { try ledger.reject(id, reason: "test", by: "test", at: "2026-11-29T10:00:00+07:00") }
        try check("4 activities rejected")
        try ledger.restore("E0100", by: "test", at: "2026-11-29T10:00:00+07:00")
        try check("E0100 restored")

        // A second import, into weeks already stored and into new ones.
        _ = try ledger.importActivities([activities(from: 2000, count: 500, seed: 7)])
        try check("a second activities import")

        // A branch moves to another district and one's member count changes: every standing is written again.
        _ = try ledger.importUnits([ImportSource(path: "units.csv", data: Data("""
            code,name,parent,level,sector,area,members
            QN-Q,Đoàn trường THPT Quang Trung,AL,grassroots,school,,0
            AL-C,Đoàn xã An Quang,AL,grassroots,commune,,12
            """.utf8))])
        try check("QN-Q moved to AL, AL-C's members changed")

        // New members, and one moved: members are placed as the boards are read.
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data("""
            id,name,unit,birth_year,group,status
            DV07,Nguyễn Thị Lan,QN-G,2001,,active
            DV90,Đặng Thu Hà,AL-A,2002,,active
            """.utf8))], today: CivilDate(iso: "2026-11-29")!)
        try check("DV07 moved to QN-G, DV90 added")

        // A member renamed: the member standings carry names, and are written again by the import.
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data("""
            id,name,unit,birth_year,group,status
            DV13,Lê Thị Hà,QN-G,2000,,active
            """.utf8))], today: CivilDate(iso: "2026-11-29")!)
        try check("DV13 renamed Lê Thị Hà")
    }

    static func rules(year: Int, ranking: String) -> String {
        """
        {
          "schema": 1, "campaign": "test", "title": "Test", "version": "\(year).1",
          "valid_from": "\(year)-01-01", "valid_to": "\(year)-12-31",
          "activities": {
            "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "requires": ["dossier"], "points": 3,
              "flags": { "paid_online": 1.5 }, "unique": ["dossier"] },
            "account_opened": { "label": "Tài khoản", "credit": "member", "points": 2, "caps": [{ "period": "day", "points": 4 }] },
            "training_attended": { "label": "Tập huấn", "credit": "member", "points": 0 },
            "article_posted": { "label": "Tin bài", "credit": "unit", "points": 2 },
            "propaganda_session": { "label": "Tuyên truyền", "credit": "unit", "requires": ["attendees"], "points": 5,
              "per": { "attendees": 0.1 }, "max_base": 15 }
          },
          "targets": [
            { "id": "articles", "label": "Ít nhất 03 tin, bài", "type": "article_posted", "min_count": 3, "period": "month", "bonus": 10 }
          ],
          "ranking": \(ranking)
        }
        """
    }

    static let units = """
        code,name,parent,level,sector,area,members
        BD,Tỉnh đoàn Bình Định,,province,,,
        AL,Huyện đoàn An Lão,BD,district,,mountain,
        QN,Thành đoàn Quy Nhơn,BD,district,,,50
        PM,Huyện đoàn Phù Mỹ,BD,district,,,0
        AL-A,Đoàn xã An Hưng,AL,grassroots,commune,,40
        AL-A-1,Chi đoàn thôn 1,AL-A,cell,,,
        AL-B,Đoàn xã An Toàn,AL,grassroots,commune,,0
        AL-C,Đoàn xã An Quang,AL,grassroots,commune,,25
        QN-G,Đoàn phường Ghềnh Ráng,QN,grassroots,ward,,60
        QN-Q,Đoàn trường THPT Quang Trung,QN,grassroots,school,,30
        PM-A,Đoàn xã Mỹ An,PM,grassroots,commune,,0
        BD-BV,Đoàn cơ sở Bệnh viện tỉnh,BD,grassroots,agency,,25
        """

    /// Units members and activities are recorded at.
    static let memberUnits = ["AL-A", "AL-A-1", "AL-B", "AL-C", "QN-G", "QN-Q", "PM-A", "BD-BV"]

    /// 60 members; names repeat, so that ties are ordered by name and then by id.
    static var members: String {
        let names = ["Nguyễn Thị Lan", "Đinh Văn Hùng", "Trần Minh Âu", "Bùi Thị Hà", "Hồ Quốc Bảo", "Đặng Thu Hà", "Nguyễn Thị Lân",
                     "Ánh Dương", "Âu Cơ", "nguyễn thị lan"]
        var lines = ["id,name,unit,birth_year,group,status"]
        for index in 1 ... 60 {
            lines.append("DV\(String(format: "%02d", index)),\(names[index % names.count]),\(memberUnits[index % memberUnits.count]),2000,,active")
        }
        return lines.joined(separator: "\n")
    }

    /// Activities E(from)… over 2025-12-01 to 2026-03-31: dossiers (some claimed twice, some paid online), accounts
    /// (capped per day), 0-point trainings, articles and sessions of units, some recorded at a district.
    public func activities(from first: Int, count: Int, seed: UInt64, sorted: Bool = false) -> ImportSource {
        var random = LinearCongruential(seed: seed)
        let start = CivilDate(iso: "2025-12-01")!
        var lines = ["id,date,type,member,unit,level,dossier,citizen,subject,online,paid_online,url,channel,attendees,hours,note"]
        for number in first ..< first + count {
            let date = start.adding(days: random.next(121))
            let member = "DV" + String(format: "%02d", random.next(60) + 1)
            let id = "E" + String(format: "%04d", number)
            switch random.next(10) {
            case 0 ..< 4:
                let paid = random.next(3) == 0 ? "x" : ""
                lines.append("\(id),\(date),dossier_assisted,\(member),,,HS-\(random.next(count * 3 / 4 + 1)),,,,\(paid),,,,,")
            case 4 ..< 6:
                lines.append("\(id),\(date),account_opened,\(member),,,,,,,,,,,,")
            case 6:
                lines.append("\(id),\(date),training_attended,\(member),,,,,,,,,,,,")
            case 7 ..< 9:
                let unit = Self.memberUnits[random.next(Self.memberUnits.count)]
                lines.append("\(id),\(date),article_posted,,\(unit),,,,,,,,,,,")
            default:
                let unit = random.next(4) == 0 ? ["AL", "QN", "PM"][random.next(3)] : Self.memberUnits[random.next(Self.memberUnits.count)]
                lines.append("\(id),\(date),propaganda_session,,\(unit),,,,,,,,,\(random.next(200)),,")
            }
        }
        if sorted {
            // By date, then id (the ids have one width, so their text sorts as their bytes).
            lines[1...].sort { a, b in
                let (x, y) = (a.split(separator: ","), b.split(separator: ","))
                return (x[1], x[0]) < (y[1], y[0])
            }
        }
        return ImportSource(path: "activities-\(first).csv", data: Data(lines.joined(separator: "\n").utf8))
    }
}
