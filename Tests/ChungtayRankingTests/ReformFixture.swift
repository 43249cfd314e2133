import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import Foundation
import Testing

/// A small province that is reorganised on 1 July 2025, imported through the ledger as the office would (units with
/// versions, members, activities), and scored by the real rules: the hand-worked reform tests (organisation.md).
///
///     until 30/06/2025                          from 01/07/2025
///     P  Tỉnh đoàn Bình Định                    P  Tỉnh đoàn Gia Lai (a new version: a rename)
///     ├── D1 Huyện đoàn Tuy Phước (dissolved)   ├── N  Đoàn xã Tuy Phước (A and B merged), 35 members
///     │   ├── A  Đoàn xã Phước Lộc → N, 10      │   └── A-T1 (moved under N)
///     │   │   └── A-T1 Chi đoàn thôn 1          ├── M  Đoàn phường An Nhơn (C's successor) until 30/09 → K
///     │   ├── B  Đoàn xã Phước Hưng → N, 20     ├── K  Đoàn phường An Nhơn Bắc from 01/10, 40 members
///     │   └── Q  Đoàn xã Phước Thuận, moved to  └── S  Đoàn trường THPT An Nhơn 1 (moved under P; renamed
///     │          D2 on 01/04/2025, → N                 Đoàn trường THPT Nguyễn Đình Chiểu on 01/09/2025)
///     └── D2 Thị đoàn An Nhơn (dissolved)
///         ├── C  Đoàn phường Bình Định → M, 30
///         ├── S  Đoàn trường THPT An Nhơn 1, 25
///         └── X  Đoàn xã Nhơn Hậu (dissolved, no successor), 5
///
/// Members: M1 (A-T1), M2 (N, formerly A), M3 (S), M4 (X, dissolved), M5 (K, formerly C).
final class ReformFixture {
    let folder: URL
    let ledger: Ledger

    static let rules = """
        {
          "schema": 1, "campaign": "test", "title": "Test", "version": "2025.1",
          "valid_from": "2025-01-01", "valid_to": "2025-12-31",
          "activities": {
            "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "points": 3 },
            "article_posted": { "label": "Tin bài", "credit": "unit", "points": 2, "caps": [{ "period": "week", "points": 5 }] }
          },
          "targets": [
            { "id": "articles", "label": "Bốn tin bài", "type": "article_posted", "min_count": 4, "period": "year", "bonus": 10 }
          ],
          "ranking": { "branch_score": "total", "district_score": "total", "method": "competition", "tie_break": [] }
        }
        """

    static let units = """
        code,name,parent,level,sector,area,members,from,until,successor,decision
        P,Tỉnh đoàn Bình Định,,province,,,,,2025-06-30,,
        P,Tỉnh đoàn Gia Lai,,province,,,,2025-07-01,,,Quyết định 1-QĐ/TWĐTN ngày 30/6/2025
        D1,Huyện đoàn Tuy Phước,P,district,,,,,2025-06-30,,Quyết định 2-QĐ/TĐTN
        D2,Thị đoàn An Nhơn,P,district,,,,,2025-06-30,,Quyết định 3-QĐ/TĐTN
        A,Đoàn xã Phước Lộc,D1,grassroots,commune,,10,,2025-06-30,N,
        A-T1,Chi đoàn thôn 1,A,cell,,,,,2025-06-30,,
        A-T1,Chi đoàn thôn 1,N,cell,,,,2025-07-01,,,
        B,Đoàn xã Phước Hưng,D1,grassroots,commune,,20,,2025-06-30,N,
        Q,Đoàn xã Phước Thuận,D1,grassroots,commune,,8,,2025-03-31,,
        Q,Đoàn xã Phước Thuận,D2,grassroots,commune,,8,2025-04-01,2025-06-30,N,
        N,Đoàn xã Tuy Phước,P,grassroots,commune,,35,2025-07-01,,,Quyết định 4-QĐ/TĐTN ngày 30/6/2025
        C,Đoàn phường Bình Định,D2,grassroots,ward,,30,,2025-06-30,M,
        M,Đoàn phường An Nhơn,P,grassroots,ward,,30,2025-07-01,2025-09-30,K,
        K,Đoàn phường An Nhơn Bắc,P,grassroots,ward,,40,2025-10-01,,,
        S,Đoàn trường THPT An Nhơn 1,D2,grassroots,school,,25,,2025-06-30,,
        S,Đoàn trường THPT An Nhơn 1,P,grassroots,school,,25,2025-07-01,2025-08-31,,
        S,Đoàn trường THPT Nguyễn Đình Chiểu,P,grassroots,school,,25,2025-09-01,,,Quyết định đổi tên
        X,Đoàn xã Nhơn Hậu,D2,grassroots,commune,,5,,2025-06-30,,Giải thể

        """

    static let members = """
        id,name,unit
        M1,Nguyễn Thị Lan,A-T1
        M2,Đinh Văn Hùng,N
        M3,Trần Minh Âu,S
        M4,Bùi Thị Hà,X
        M5,Hồ Quốc Bảo,K

        """

    /// Every line is worked out in the tests that use it.
    static let activities = """
        id,date,type,member,unit
        a01,2025-03-10,dossier_assisted,M1,
        a02,2025-05-05,dossier_assisted,M2,A
        a03,2025-08-05,dossier_assisted,M2,
        a04,2025-04-01,dossier_assisted,M4,
        a05,2025-06-30,article_posted,,A
        a06,2025-06-30,article_posted,,B
        a07,2025-07-01,article_posted,,N
        a08,2025-07-02,article_posted,,N
        a09,2025-02-10,dossier_assisted,M5,C
        a10,2025-08-10,dossier_assisted,M5,M
        a11,2025-11-10,dossier_assisted,M5,
        a12,2025-06-10,dossier_assisted,M3,
        a13,2025-09-10,dossier_assisted,M3,
        a14,2025-02-03,article_posted,,Q
        a15,2025-06-02,article_posted,,D2
        a16,2025-06-09,dossier_assisted,M2,B

        """

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-reform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let book = try RuleBook(sources: [RuleBook.Source(path: "Rules/2025.json", bytes: Array(Self.rules.utf8))], folder: "Rules")
        ledger = try Ledger.create(at: folder.appendingPathComponent("ledger.sqlite").path, book: book, secret: "test-secret")
        _ = try ledger.importUnits([Self.source("units.csv", Self.units)])
        _ = try ledger.importMembers([Self.source("members.csv", Self.members)], today: CivilDate(iso: "2025-12-31")!)
        _ = try ledger.importActivities([Self.source("activities.csv", Self.activities)])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static func source(_ path: String, _ text: String) -> ImportSource {
        ImportSource(path: path, data: Data(text.utf8))
    }

    /// A board's entries as `rank id total` (the total in hundredths), in board order.
    func entries(_ kind: BoardKind, _ period: String, asOf: String? = nil, all: Bool = false) throws -> [String] {
        let board = try ledger.board(kind, period: Period(parsing: period),
                                     options: BoardOptions(all: all, asOf: asOf.map { CivilDate(iso: $0)! }))
        return board.entries.map { "\($0.rank.map(String.init) ?? "-") \($0.id) \($0.total.hundredths)" }
    }
}
