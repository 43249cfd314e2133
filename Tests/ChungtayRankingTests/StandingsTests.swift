import ChungtayCore
@testable import ChungtayLedger
@testable import ChungtayRanking
import ChungtayRules
import ChungtayTestSupport
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
        #expect(try ledger.storedStandingsAreCurrent(), sourceLocation: sourceLocation)
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
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        let periods = ["2026-W47", "2026-W48", "2026-W49", "2026-11", "2026-Q4", "2026"].map { try! Period(parsing: $0) }
        for kind in BoardKind.allCases {
            for period in periods {
                #expect(Reference.describe(try fixture.ledger.board(kind, period: period, options: BoardOptions(all: true)))
                    == Reference.describe(try Reference.board(fixture.ledger, kind, period, BoardOptions(all: true))))
            }
        }
        // Written from the stored points, the standings give the same boards.
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.storedStandingsAreCurrent())
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
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        #expect(Reference.describe(try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true)))
            == Reference.describe(try Reference.board(fixture.ledger, .members, week48, BoardOptions(all: true))))
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        try fixture.unit("QN-X", "Đoàn xã Nhơn Lý", parent: "QN", level: .grassroots, sector: .commune, members: 10)
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
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
