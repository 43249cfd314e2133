import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import Foundation
import Testing

/// A ledger filled through the real imports (so that every stored point comes from scoring), for the `explain`
/// and `rules diff` tests.
///
///     BD province
///     ├── AL district, area mountain
///     │   └── AL-AH grassroots, commune, 20 members      M02 Đinh Văn Hùng
///     │       └── AL-AH-T1 cell                         M01 Nguyễn Thị Lan
///     └── QN district
///         └── QN-GR grassroots, ward, 10 members         M03 Trần Minh Âu
///
/// Rules (``rules(_:)``): dossier 3, level 4 +0.35, unique dossier, caps 8 a day and 30 a week; training 1; article 2
/// (unit, unique url); "Địa bàn miền núi" ×1.2 (area mountain), "Tháng cao điểm" ×1.5 (dossiers in November 2026);
/// a target of 2 articles a month worth 5. The activities are those of ``activities``; E06 is rejected.
final class ExplainFixture {
    let folder: URL
    let ledger: Ledger

    static let today = CivilDate(iso: "2026-11-29")!

    init(rules: String = ExplainFixture.rules(), units: String = ExplainFixture.units, members: String = ExplainFixture.members,
         activities: String = ExplainFixture.activities, rejected: [String] = ["E06"]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ledger = try Ledger.create(at: folder.appendingPathComponent("ledger.sqlite").path, book: try Self.book(rules), secret: "test-secret")
        _ = try ledger.importUnits([ImportSource(path: "units.csv", data: Data(units.utf8))])
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data(members.utf8))], today: Self.today)
        _ = try ledger.importActivities([ImportSource(path: "activities.csv", data: Data(activities.utf8))])
        for id in rejected { try ledger.reject(id, reason: "Không có minh chứng", by: "test", at: "2026-11-29T10:00:00+07:00") }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A rule book of one file, as a folder named `folder` would give it.
    static func book(_ text: String, folder: String = "Rules") throws -> RuleBook {
        try RuleBook(sources: [RuleBook.Source(path: "\(folder)/2026.json", bytes: Array(text.utf8))], folder: folder)
    }

    /// The fixture's rules file, with the given points, dossiers' `unique` (nil: none) and `ranking` object.
    static func rules(version: String = "2026.1", dossier: String = "3", level4: String = "0.35", training: String = "1",
                      dossierUnique: String? = #"["dossier"]"#, ranking: String = standardRanking) -> String {
        """
        {
          "schema": 1, "campaign": "test", "title": "Test", "version": "\(version)",
          "valid_from": "2026-01-01", "valid_to": "2026-12-31",
          "activities": {
            "dossier_assisted": { "label": "Hỗ trợ nộp hồ sơ", "credit": "member", "requires": ["dossier", "level"], "points": \(dossier),
              "by": { "level": { "4": \(level4) } },\(dossierUnique.map { #" "unique": \#($0),"# } ?? "")
              "caps": [{ "period": "day", "points": 8 }, { "period": "week", "points": 30 }] },
            "training_attended": { "label": "Tham gia tập huấn", "credit": "member", "points": \(training) },
            "article_posted": { "label": "Tin, bài", "credit": "unit", "requires": ["url"], "points": 2, "unique": ["url"] }
          },
          "multipliers": [
            { "label": "Địa bàn miền núi", "factor": 1.2, "area": ["mountain"] },
            { "label": "Tháng cao điểm", "factor": 1.5, "from": "2026-11-01", "to": "2026-11-30", "types": ["dossier_assisted"] }
          ],
          "targets": [
            { "id": "articles", "label": "Ít nhất 02 tin, bài mỗi tháng", "type": "article_posted", "min_count": 2, "period": "month", "bonus": 5 }
          ],
          "ranking": \(ranking)
        }
        """
    }

    static let standardRanking = #"{ "branch_score": "per_member", "district_score": "total", "method": "competition", "tie_break": ["count:dossier_assisted", "earliest"] }"#

    static let units = """
        code,name,parent,level,sector,area,members
        BD,Tỉnh đoàn Bình Định,,province,,,
        AL,Huyện đoàn An Lão,BD,district,,mountain,
        AL-AH,Đoàn xã An Hòa,AL,grassroots,commune,,20
        AL-AH-T1,Chi đoàn thôn 1,AL-AH,cell,,,
        QN,Thành đoàn Quy Nhơn,BD,district,,,
        QN-GR,Đoàn phường Ghềnh Ráng,QN,grassroots,ward,,10
        """

    static let members = """
        id,name,unit
        M01,Nguyễn Thị Lan,AL-AH-T1
        M02,Đinh Văn Hùng,AL-AH
        M03,Trần Minh Âu,QN-GR
        """

    /// E01 and E07 lie outside week 48 (23–29 November 2026); E04 repeats E02's dossier, E10 repeats E08's.
    static let activities = """
        id,date,type,member,unit,level,dossier,url
        E01,2026-11-20,dossier_assisted,M01,,3,HS-E01,
        E02,2026-11-23,dossier_assisted,M01,,4,HS-E02,
        E03,2026-11-23,dossier_assisted,M01,,3,HS-E03,
        E04,2026-11-24,dossier_assisted,M01,,4,HS-E02,
        E05,2026-11-25,training_attended,M01,,,,
        E06,2026-11-26,dossier_assisted,M01,,3,HS-E06,
        E07,2026-11-30,dossier_assisted,M01,,3,HS-E07,
        E08,2026-11-24,dossier_assisted,M02,,3,HS-E08,
        E09,2026-11-24,dossier_assisted,M03,,4,HS-E09,
        E10,2026-11-25,dossier_assisted,M03,,3,HS-E08,
        E11,2026-11-24,article_posted,,AL-AH,,,https://doanthanhnien.vn/tin/e11
        E12,2026-11-27,article_posted,M01,AL-AH-T1,,,https://doanthanhnien.vn/tin/e12
        E13,2026-11-28,article_posted,,AL,,,https://doanthanhnien.vn/tin/e13
        """
}

let explainWeek = try! Period(parsing: "2026-W48")
