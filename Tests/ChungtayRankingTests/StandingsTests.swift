import ChungtayCore
@testable import ChungtayLedger
@testable import ChungtayRanking
import ChungtayRules
import Foundation
import GRDB
import Testing

/// The ledger's standings (docs/ranking.md, Standings) give exactly the boards and standings the SQL over the
/// activities gave (``Reference``), and stay equal to a rebuild from the stored points through imports, rejections,
/// restorations and changes to the units and members.
@Suite struct StandingsTests {
    /// Weeks, months, quarters, years and a custom range over the generated activities (2025-12 to 2026-03),
    /// with weeks crossing into 2026 and periods with nothing in them.
    static let periods: [Period] = ["2025-W49", "2025-W52", "2026-W01", "2026-W02", "2026-W05", "2026-W09", "2026-W13", "2026-W30",
                                    "2025-12", "2026-01", "2026-02", "2026-Q1", "2026-Q2", "2025", "2026", "2024",
                                    "2026-01-10..2026-02-20"].map { try! Period(parsing: $0) }

    /// Fewer, for the checks after each change.
    static let somePeriods: [Period] = ["2025-W52", "2026-W01", "2026-W05", "2026-W09", "2026-02", "2026-Q1", "2026"]
        .map { try! Period(parsing: $0) }

    static let options: [BoardOptions] = [
        BoardOptions(), BoardOptions(all: true), BoardOptions(top: 1), BoardOptions(top: 3), BoardOptions(top: 10),
        BoardOptions(top: 5, district: "QN"), BoardOptions(all: true, district: "AL"), BoardOptions(sector: .commune),
        BoardOptions(top: 4, sector: .ward),
    ]

    /// Every board and standing of the ledger against the reference, and the standings against a rebuild.
    func expectSameAsReference(_ ledger: Ledger, periods: [Period] = Self.periods, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try ledger.standingsAreCurrent(), sourceLocation: sourceLocation)
        for kind in BoardKind.allCases {
            for period in periods {
                for options in Self.options where !(kind == .districts && options.sector != nil) {
                    let board = try ledger.board(kind, period: period, options: options)
                    let reference = try Reference.board(ledger, kind, period, options)
                    #expect(Reference.describe(board) == Reference.describe(reference), "\(kind) \(period) \(options)",
                            sourceLocation: sourceLocation)
                }
            }
        }
        let members = periods.count > Self.somePeriods.count ? ["DV01", "DV02", "DV07", "DV13", "DV21", "DV33", "DV40", "DV58"] : ["DV07", "DV13"]
        let units = periods.count > Self.somePeriods.count ? ["AL-A", "AL-B", "AL-C", "QN-G", "QN-Q", "BD-BV", "AL", "QN", "PM"] : ["AL-B", "QN-Q", "QN"]
        for period in periods where period.kind != .range {
            for id in members {
                let standing = try ledger.standing(member: id, period: period)
                #expect(Reference.standing(standing) == (try Reference.standing(ledger, .members, id: id, period)), "\(id) \(period)",
                        sourceLocation: sourceLocation)
            }
            for code in units {
                let standing = try ledger.standing(unit: code, period: period)
                #expect(Reference.standing(standing) == (try Reference.standing(ledger, standing.board, id: code, period)),
                        "\(code) \(period)", sourceLocation: sourceLocation)
            }
        }
        #expect(try ledger.storedStandings() == (try ledger.rebuiltStandings()), "standings as a rebuild writes them",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [StandingsProvince.perMember, StandingsProvince.byTotals])
    func importsRejectionsAndChanges(ranking: String) throws {
        let province = try StandingsProvince(ranking: ranking)
        let ledger = province.ledger
        try expectSameAsReference(ledger)
        #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM standing WHERE board = 'member'") } ?? 0 > 10)

        // Rejecting changes points in its week (and duplicates, caps and bonuses after it); restoring undoes it.
        for id in ["E0007", "E0100", "E0333", "E0512"] { try ledger.reject(id, reason: "test", by: "test", at: "2026-11-29T10:00:00+07:00") }
        try expectSameAsReference(ledger, periods: Self.somePeriods)
        try ledger.restore("E0100", by: "test", at: "2026-11-29T10:00:00+07:00")
        try expectSameAsReference(ledger, periods: Self.somePeriods)

        // A second import, into weeks already stored and into new ones.
        _ = try ledger.importActivities([province.activities(from: 2000, count: 500, seed: 7)])
        try expectSameAsReference(ledger, periods: Self.somePeriods)

        // A branch moves to another district and one's member count changes: every standing is written again.
        _ = try ledger.importUnits([ImportSource(path: "units.csv", data: Data("""
            code,name,parent,level,sector,area,members
            QN-Q,Đoàn trường THPT Quang Trung,AL,grassroots,school,,0
            AL-C,Đoàn xã An Quang,AL,grassroots,commune,,12
            """.utf8))])
        try expectSameAsReference(ledger, periods: Self.somePeriods)

        // New members, and one moved: members are placed as the boards are read.
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data("""
            id,name,unit,birth_year,group,status
            DV07,Nguyễn Thị Lan,QN-G,2001,,active
            DV90,Đặng Thu Hà,AL-A,2002,,active
            """.utf8))], today: CivilDate(iso: "2026-11-29")!)
        try expectSameAsReference(ledger, periods: Self.somePeriods)

        // A member renamed: the member standings carry names, and are written again by the import.
        _ = try ledger.importMembers([ImportSource(path: "members.csv", data: Data("""
            id,name,unit,birth_year,group,status
            DV13,Lê Thị Hà,QN-G,2000,,active
            """.utf8))], today: CivilDate(iso: "2026-11-29")!)
        try expectSameAsReference(ledger, periods: Self.somePeriods)
        let year = try ledger.board(.members, period: Period(parsing: "2026"))
        #expect(year.entries.first { $0.id == "DV13" }.map { [$0.name, $0.unit, $0.district] } == ["Lê Thị Hà", "QN-G", "QN"])
    }

    /// A ledger of the version before unit versions (v5: one row per unit, standings placed by `standing_place`), opened by
    /// this one: every unit becomes one version in force for all time, and the standings are written again in the format
    /// that places them on a structure date, summing the same activities.
    @Test func upgradeFromUnitsWithoutVersions() throws {
        let province = try StandingsProvince(ranking: StandingsProvince.perMember)
        let written = try province.ledger.storedStandings()
        let old = province.folder.appendingPathComponent("v5.sqlite").path
        let queue = try DatabaseQueue(path: old)
        try LedgerSchema.migrator.migrate(queue, upTo: "v5-key-fingerprint")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS live", arguments: [province.folder.appendingPathComponent("ledger.sqlite").path])
            try db.execute(sql: """
                INSERT INTO unit SELECT code, name, parent, level, sector, area, members FROM live.unit;
                INSERT INTO member SELECT * FROM live.member;
                INSERT INTO activity SELECT * FROM live.activity;
                INSERT INTO bonus SELECT * FROM live.bonus;
                INSERT INTO rules_state SELECT * FROM live.rules_state;
                INSERT INTO key_fingerprint SELECT * FROM live.key_fingerprint;
                """)
            try db.execute(sql: "DETACH DATABASE live")
        }
        try queue.close()
        let upgraded = try Ledger.open(at: old, book: province.ledger.book, secret: "test-secret")
        #expect(try upgraded.storedStandings() == written)
        #expect(try upgraded.organisation().versions == province.ledger.organisation().versions)
        try expectSameAsReference(upgraded, periods: Self.somePeriods)
    }

    @Test func rowsWrittenOutsideTheLedger() throws {
        // The fixture writes rows itself: the standings are stale and boards come from the activities.
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.weeks47and48()
        #expect(try !fixture.ledger.standingsAreCurrent())
        let periods = ["2026-W47", "2026-W48", "2026-W49", "2026-11", "2026-Q4", "2026"].map { try! Period(parsing: $0) }
        for kind in BoardKind.allCases {
            for period in periods {
                #expect(Reference.describe(try fixture.ledger.board(kind, period: period, options: BoardOptions(all: true)))
                    == Reference.describe(try Reference.board(fixture.ledger, kind, period, BoardOptions(all: true))))
            }
        }
        // Written from the stored points, the standings give the same boards.
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.standingsAreCurrent())
        for kind in BoardKind.allCases {
            for period in periods {
                for options in Self.options where !(kind == .districts && options.sector != nil) {
                    #expect(Reference.describe(try fixture.ledger.board(kind, period: period, options: options))
                        == Reference.describe(try Reference.board(fixture.ledger, kind, period, options)), "\(kind) \(period) \(options)")
                }
            }
        }
        // An activity added outside the ledger makes them stale again, and so does a unit.
        try fixture.activity("2026-11-25", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 900)
        #expect(try !fixture.ledger.standingsAreCurrent())
        #expect(Reference.describe(try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true)))
            == Reference.describe(try Reference.board(fixture.ledger, .members, week48, BoardOptions(all: true))))
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.standingsAreCurrent())
        try fixture.unit("QN-X", "Đoàn xã Nhơn Lý", parent: "QN", level: .grassroots, sector: .commune, members: 10)
        #expect(try !fixture.ledger.standingsAreCurrent())
        #expect(Reference.describe(try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: true)))
            == Reference.describe(try Reference.board(fixture.ledger, .branches, week48, BoardOptions(all: true))))
    }

    @Test func linesKeepTabsAndLineEndsInNames() throws {
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.unit("QN-T", "Đoàn\ttrường\nmới \\ 2", parent: "QN", level: .grassroots, sector: .school, members: 5)
        try fixture.weeks47and48()
        try fixture.activity("2026-11-24", "article_posted", unit: "QN-T", hundredths: 700)
        try fixture.ledger.rebuildStandings()
        let board = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: true))
        #expect(board.entries.contains { $0.id == "QN-T" && $0.name == "Đoàn\ttrường\nmới \\ 2" && $0.score == Points(hundredths: 140) })
        #expect(Reference.describe(board) == Reference.describe(try Reference.board(fixture.ledger, .branches, week48, BoardOptions(all: true))))
    }
}

/// A generated province imported through the ledger, as a deployment fills it: units, members and a few thousand
/// activities from December 2025 to March 2026, under rules with caps, duplicates, 0-point types and a target.
///
///     BD province
///     ├── AL district (no members of its own): AL-A (cell AL-A-1), AL-B (0 members), AL-C
///     ├── QN district (50 members): QN-G, QN-Q
///     ├── PM district (0 members of its own): PM-A (0 members)
///     └── BD-BV grassroots unit directly under the province
final class StandingsProvince {
    static let perMember = #"{ "branch_score": "per_member", "district_score": "total", "method": "competition", "tie_break": ["count:dossier_assisted", "earliest"] }"#
    static let byTotals = #"{ "branch_score": "total", "district_score": "per_member", "method": "dense", "tie_break": ["points:account_opened"] }"#

    let folder: URL
    let ledger: Ledger
    /// What importing the activities did.
    private(set) var firstImport = ImportSummary()

    /// - Parameter sortedActivities: the activities file lists them in (date, id) order (else at random).
    init(ranking: String, sortedActivities: Bool = false) throws {
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
    func activities(from first: Int, count: Int, seed: UInt64, sorted: Bool = false) -> ImportSource {
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
