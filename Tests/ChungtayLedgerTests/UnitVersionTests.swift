import ChungtayCore
import ChungtayLedger
import Foundation
import GRDB
import Testing

/// Units with dated versions (organisation.md): what `import units` and `import activities` accept and refuse.
///
/// The fixture province, then on 01/07/2025 AL dissolved and its commune AL-ANHUNG merged into GL-ANLAO (a new commune
/// directly under BD), its cell moved with it.
@Suite struct UnitVersionTests {
    static let header = "code,name,parent,level,sector,area,members,from,until,successor,decision\n"
    static let reform = header + """
        AL,Huyện đoàn An Lão,BD,district,,mountain,,,2025-06-30,,Giải thể
        AL-ANHUNG,Đoàn xã An Hưng,AL,grassroots,commune,,40,,2025-06-30,GL-ANLAO,
        AL-ANHUNG-T1,Chi đoàn thôn 1,AL-ANHUNG,cell,,,,,2025-06-30,,
        AL-ANHUNG-T1,Chi đoàn thôn 1,GL-ANLAO,cell,,,,2025-07-01,,,
        GL-ANLAO,Đoàn xã An Lão,BD,grassroots,commune,mountain,55,2025-07-01,,,Quyết định 12-QĐ/TĐTN ngày 30/6/2025

        """

    func reformed() throws -> (Scratch, Ledger) {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        #expect(try counts(ledger.importUnits([LedgerFixture.source("units.csv", Self.reform)])) == [1, 3, 0, 0])
        return (scratch, ledger)
    }

    @Test func aReformIsImportedAsVersionsAndAgainChangesNothing() throws {
        let (scratch, ledger) = try reformed()
        #expect(try scratch.count("SELECT count(*) FROM unit WHERE code = 'AL-ANHUNG-T1'") == 2)
        #expect(try counts(ledger.importUnits([LedgerFixture.source("units.csv", Self.reform)])) == [0, 0, 4, 0])
        #expect(try ledger.check().isEmpty)
        try expectPointsCurrent(ledger)
    }

    /// Versions changed behind the ledger: `check` names the structure broken on a date and the activities left at a
    /// unit not in force.
    @Test func checkFindsAStructureBrokenBehindTheLedger() throws {
        let (scratch, ledger) = try reformed()
        _ = try ledger.importActivities([LedgerFixture.source("activities.csv", activitiesHeader
            + activityRow(["id": "H6", "date": "2025-07-02", "type": "dossier_assisted", "member": "DV003", "dossier": "D6", "level": "4"]))])
        let queue = try DatabaseQueue(path: scratch.database)
        try queue.write { db in try db.execute(sql: "UPDATE unit SET valid_until = '2025-06-30' WHERE code IN ('QN', 'QN-GHENHRANG')") }
        try queue.close()
        let damage = try ledger.check().map { $0.message.en }
        #expect(damage.contains("unit QN-QUANGTRUNG: parent: on 2025-07-01: the parent QN is not in force; give QN-QUANGTRUNG a version with another parent from that day"))
        #expect(damage.contains("1 activities recorded at a unit not in force on their date (the first: H6 at QN-GHENHRANG on 2025-07-02)"))
    }

    @Test func overlappingVersionsAreRefused() throws {
        let (scratch, ledger) = try reformed()
        let text = Self.header + "GL-ANLAO,Đoàn xã An Lão,BD,grassroots,commune,,55,2025-07-01,,,\nGL-ANLAO,Đoàn xã An Lão mới,BD,grassroots,commune,,55,2025-12-01,,,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:3: from: this version of GL-ANLAO overlaps the one at units.csv:2; one version a day (until must come before the next version's from)",
        ])
        #expect(try scratch.count("SELECT count(*) FROM unit WHERE code = 'GL-ANLAO'") == 1)
    }

    @Test func aSuccessorNotInForceTheNextDayIsRefused() throws {
        let (_, ledger) = try reformed()
        let text = Self.header + "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,QN,grassroots,ward,,60,,2025-03-31,GL-ANLAO,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:2: successor: successor GL-ANLAO is not in force on 2025-04-01, the day after QN-GHENHRANG ends",
        ])
    }

    /// A unit placed under AL after AL was dissolved: the structure is broken on 01/07/2025 alone of all dates.
    @Test func aStructureBrokenOnOneDateIsRefusedWithTheDate() throws {
        let (_, ledger) = try reformed()
        let text = Self.header + "AL-ANTOAN,Đoàn xã An Toàn,AL,grassroots,commune,,12,2025-07-01,,,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:2: parent: on 2025-07-01: the parent AL is not in force; give AL-ANTOAN a version with another parent from that day",
        ])
    }

    @Test func aUnitsImportThatWouldStrandActivitiesIsRefused() throws {
        let (scratch, ledger) = try reformed()
        let activities = activitiesHeader
            + activityRow(["id": "H1", "date": "2025-05-05", "type": "dossier_assisted", "member": "DV003", "dossier": "D1", "level": "4"])
            + activityRow(["id": "H2", "date": "2025-06-20", "type": "dossier_assisted", "member": "DV003", "dossier": "D2", "level": "4"])
        _ = try ledger.importActivities([LedgerFixture.source("activities.csv", activities)])
        // QN-GHENHRANG dissolved on 30/04/2025: its activities of May and June would be at a unit not in force.
        let shorter = Self.header + "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,QN,grassroots,ward,,60,,2025-04-30,,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", shorter)]) } == [
            "units.csv:2: until: 2 stored activities at QN-GHENHRANG would fall outside its versions, the first H1 on 2025-05-05; keep a version in force on their dates",
        ])
        #expect(try scratch.rows("SELECT valid_until FROM unit WHERE code = 'QN-GHENHRANG'") == [[nil]])
    }

    /// An activity at an ended unit names its successor; a member's activity whose member's unit did not exist yet
    /// asks for the unit column.
    @Test func activitiesAtUnitsNotInForceAreRefused() throws {
        let (_, ledger) = try reformed()
        _ = try ledger.importMembers([LedgerFixture.source("members.csv", "id,name,unit\nDV020,Đinh Văn Lộc,GL-ANLAO\n")], today: LedgerFixture.today)
        let activities = activitiesHeader
            + activityRow(["id": "H3", "date": "2025-07-05", "type": "article_posted", "unit": "AL-ANHUNG", "url": "https://x.vn/a"])
            + activityRow(["id": "H4", "date": "2025-06-20", "type": "dossier_assisted", "member": "DV020", "dossier": "D3", "level": "4"])
            + activityRow(["id": "H5", "date": "2025-06-20", "type": "dossier_assisted", "member": "DV020", "unit": "AL-ANHUNG", "dossier": "D4", "level": "4"])
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", activities)]) } == [
            "activities.csv:2: unit: unit AL-ANHUNG ended on 2025-06-30; its successor on 2025-07-05 is GL-ANLAO; record it at a unit in force on 2025-07-05",
            "activities.csv:3: unit: unit GL-ANLAO begins on 2025-07-01; write the unit of 2025-06-20 in the unit column",
        ])
    }
}
