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
/// Members: M1 (A-T1), M2 (N, formerly A), M3 (S), M4 (X, dissolved), M5 (K, formerly C). Activities (a dossier 3, an
/// article 2, at most 5 of articles a week per credited unit, 10 for the fourth article of a year):
///
///     a01 10/03 dossier M1 (A-T1)   a05 30/06 article A   a09 10/02 dossier M5 at C   a13 10/09 dossier M3 (S)
///     a02 05/05 dossier M2 at A     a06 30/06 article B   a10 10/08 dossier M5 at M   a14 03/02 article Q
///     a03 05/08 dossier M2 (N)      a07 01/07 article N   a11 10/11 dossier M5 (K)    a15 02/06 article D2
///     a04 01/04 dossier M4 (X)      a08 02/07 article N   a12 10/06 dossier M3 (S)    a16 09/06 dossier M2 at B
final class ReformFixture {
    let folder: URL
    let ledger: Ledger

    /// `Tests/ChungtayEndToEndTests/Resources/reform/`: its rules, units, members and activities (every activity line
    /// is worked out in the tests that use it), shared with the awards and the end-to-end tests.
    static let files = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ChungtayEndToEndTests/Resources/reform")

    static func file(_ name: String) throws -> Data {
        try Data(contentsOf: files.appendingPathComponent(name))
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-reform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let book = try RuleBook(sources: [RuleBook.Source(path: "Rules/2025.json", bytes: Array(try Self.file("rules/2025.json")))], folder: "Rules")
        ledger = try Ledger.create(at: folder.appendingPathComponent("ledger.sqlite").path, book: book, secret: "test-secret")
        _ = try ledger.importUnits([ImportSource(path: "units.csv", data: try Self.file("units.csv"))])
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: try Self.file("members.csv"))], today: CivilDate(iso: "2025-12-31")!)
        _ = try ledger.importActivities([ImportSource(path: "activities.csv", data: try Self.file("activities.csv"))])
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
