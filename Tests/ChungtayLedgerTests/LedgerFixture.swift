import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation
import GRDB
import Testing

/// A small province, two rules files (2025 and 2026, nothing before) and the helpers the ledger tests share.
///
///     BD province
///     ├── AL district, area mountain
///     │   └── AL-ANHUNG grassroots, commune, 40 members
///     │       └── AL-ANHUNG-T1 cell
///     ├── QN district
///     │   ├── QN-GHENHRANG grassroots, ward, 60 members
///     │   └── QN-QUANGTRUNG grassroots, school, 30 members
///     └── BD-BVTINH grassroots, agency, 25 members (directly under the province)
///
/// The rules have no caps, no `by` and no targets, so that every expected point value is a product of a
/// type's points and the mountain factor 1.2 at most.
enum LedgerFixture {
    /// The deployment key every test uses.
    static let secret = "test-secret-0123456789"
    /// "Today" for every test: "this year" is 2026.
    static let today = CivilDate(iso: "2026-11-29")!
    /// The audit time every test passes to reject and restore.
    static let at = "2026-11-29T10:00:00+07:00"

    static let rules2025 = """
    {
      "schema": 1, "campaign": "test", "title": "Test", "version": "2025.1",
      "valid_from": "2025-01-01", "valid_to": "2025-12-31",
      "activities": {
        "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "requires": ["dossier", "level"], "points": 3,
          "unique": ["dossier"] },
        "article_posted": { "label": "Tin bài", "credit": "unit", "requires": ["url"], "points": 2, "unique": ["url"] }
      }
    }
    """

    static let rules2026 = """
    {
      "schema": 1, "campaign": "test", "title": "Test", "version": "2026.1",
      "valid_from": "2026-01-01", "valid_to": "2026-12-31",
      "activities": {
        "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "requires": ["dossier", "level"], "points": 3,
          "unique": ["dossier"] },
        "account_opened": { "label": "Tài khoản", "credit": "member", "requires": ["citizen"], "points": 2,
          "unique": ["citizen"] },
        "article_posted": { "label": "Tin bài", "credit": "unit", "requires": ["url", "channel"], "points": 2,
          "unique": ["url"] },
        "propaganda_session": { "label": "Tuyên truyền", "credit": "unit", "requires": ["attendees"], "points": 5 },
        "volunteer_shift": { "label": "Ca trực", "credit": "member", "requires": ["hours"], "points": 0,
          "per": { "hours": 0.5 } },
        "training_attended": { "label": "Tập huấn", "credit": "member", "points": 2 }
      },
      "multipliers": [
        { "label": "Miền núi", "factor": 1.2, "area": ["mountain"] }
      ]
    }
    """

    static let book: RuleBook = try! RuleBook(sources: [
        .init(path: "Rules/2025.json", bytes: Array(rules2025.utf8)),
        .init(path: "Rules/2026.json", bytes: Array(rules2026.utf8)),
    ], folder: "Rules")

    /// The folder of this target's fixture files.
    static let resources: URL = Bundle.module.url(forResource: "Resources", withExtension: nil)!

    /// A fixture file as an import source named by its file name.
    static func resource(_ name: String) throws -> ImportSource {
        ImportSource(path: name, data: try Data(contentsOf: resources.appendingPathComponent(name)))
    }

    /// Text written in a test, as UTF-8 without a byte-order mark.
    static func source(_ path: String, _ text: String) -> ImportSource {
        ImportSource(path: path, data: Data(text.utf8))
    }

    static func source(_ path: String, bytes: [UInt8]) -> ImportSource {
        ImportSource(path: path, data: Data(bytes))
    }
}

/// A fresh temporary folder holding one test's database; removed when the test ends.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The test database's path.
    var database: String { path("ledger.sqlite") }

    /// A new ledger on the fixture rules.
    func ledger() throws -> Ledger {
        try Ledger.create(at: database, book: LedgerFixture.book, secret: LedgerFixture.secret)
    }

    /// A new ledger holding the fixture units (and, if asked, members and activities).
    func province(members: Bool = true, activities: Bool = false) throws -> Ledger {
        let ledger = try self.ledger()
        _ = try ledger.importUnits([LedgerFixture.resource("units.csv")])
        try expectPointsCurrent(ledger)
        if members {
            _ = try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today)
            try expectPointsCurrent(ledger)
        }
        if activities {
            _ = try ledger.importActivities([LedgerFixture.resource("activities.csv")])
            try expectPointsCurrent(ledger)
        }
        return ledger
    }

    /// Every row of a query as text (integers in decimal, NULL as nil, blobs in hex), read through a connection of
    /// its own, as another program would read the file.
    func rows(_ sql: String, _ arguments: StatementArguments = [], in path: String? = nil) throws -> [[String?]] {
        let queue = try DatabaseQueue(path: path ?? database)
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                row.databaseValues.map { value -> String? in
                    switch value.storage {
                    case .null: return nil
                    case let .int64(number): return String(number)
                    case let .double(number): return String(number)
                    case let .string(text): return text
                    case let .blob(data): return data.map { String(format: "%02x", $0) }.joined()
                    }
                }
            }
        }
    }

    /// One number from a query.
    func count(_ sql: String, in path: String? = nil) throws -> Int {
        let queue = try DatabaseQueue(path: path ?? database)
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }
}

/// The import counts as a tuple, for whole-value comparison: (added, updated, unchanged, duplicates).
func counts(_ summary: ImportSummary) -> [Int] {
    [summary.added, summary.updated, summary.unchanged, summary.duplicates]
}

/// The problems of a refused import, each as `FILE:LINE: column: message` in English; nil (and an issue) when
/// the work succeeded or failed otherwise.
func problems(_ sourceLocation: SourceLocation = #_sourceLocation, _ work: () throws -> Any) -> [String]? {
    do {
        _ = try work()
        Issue.record("expected the ledger to refuse the data, but it accepted it", sourceLocation: sourceLocation)
        return nil
    } catch let LedgerError.invalid(diagnostics) {
        return diagnostics.map { $0.text(.en) }
    } catch {
        Issue.record("expected LedgerError.invalid, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The whole refusal, for checks of the diagnostics' structure.
func diagnostics(_ sourceLocation: SourceLocation = #_sourceLocation, _ work: () throws -> Any) -> [Diagnostic] {
    do {
        _ = try work()
        Issue.record("expected the ledger to refuse the data, but it accepted it", sourceLocation: sourceLocation)
    } catch let LedgerError.invalid(diagnostics) {
        return diagnostics
    } catch {
        Issue.record("expected LedgerError.invalid, got \(error)", sourceLocation: sourceLocation)
    }
    return []
}

/// After every change a test makes: the stored points equal a rescore from scratch.
func expectPointsCurrent(_ ledger: Ledger, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(try ledger.pointsAreCurrent(), "stored points differ from a rescore", sourceLocation: sourceLocation)
}

/// A units file's header, for tests that write a few rows of their own.
let unitsHeader = "code,name,parent,level,sector,area,members\n"
let membersHeader = "id,name,unit,birth_year,group,status\n"
let activitiesHeader = "id,date,type,member,unit,level,dossier,citizen,subject,online,paid_online,url,channel,attendees,hours,note\n"

/// One line of an activities file with `activitiesHeader`'s columns, from the values given by column name; a
/// value holding a comma, a quote or a line break is quoted.
func activityRow(_ values: [String: String]) -> String {
    let columns = ["id", "date", "type", "member", "unit", "level", "dossier", "citizen", "subject", "online", "paid_online",
                   "url", "channel", "attendees", "hours", "note"]
    precondition(Set(values.keys).isSubset(of: columns), "unknown column in \(values.keys)")
    return columns.map { name in
        let value = values[name] ?? ""
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\n"
}
