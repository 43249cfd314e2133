import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Units: the tree rules, rows in any order, updates by re-import.
@Suite struct UnitImportTests {
    @Test func rowsMayComeInAnyOrder() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let text = unitsHeader + """
            AL-ANHUNG-T1,Chi đoàn thôn 1,AL-ANHUNG,cell,,,
            QN-QUANGTRUNG,Đoàn trường THPT Quang Trung,QN,grassroots,school,,30
            AL-ANHUNG,Đoàn xã An Hưng,AL,grassroots,commune,,40
            BD-BVTINH,Đoàn cơ sở Bệnh viện tỉnh,BD,grassroots,agency,,25
            QN-GHENHRANG,Đoàn phường Ghềnh Ráng,QN,grassroots,ward,,60
            AL,Huyện đoàn An Lão,BD,district,,mountain,
            QN,Thành đoàn Quy Nhơn,BD,district,,,
            BD,Tỉnh đoàn Bình Định,,province,,,
            """
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", text)])) == [8, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(CSVReadingTests.unitQuery) == CSVReadingTests.storedUnits)
    }

    /// QN-GHENHRANG moves from QN to AL (mountain): its activities now take the mountain factor 1.2, since a unit's
    /// area flags are its own plus its ancestors'. A002: 3 → 3.6; A004: 2 → 2.4; A005: 2 → 2.4.
    @Test func aUnitMovesToAnotherParentByReimport() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let moved = try String(contentsOf: LedgerFixture.resources.appendingPathComponent("units.csv"), encoding: .utf8)
            .replacingOccurrences(of: "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,QN,", with: "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,AL,")
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", moved)])) == [0, 1, 7, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT parent FROM unit WHERE code = 'QN-GHENHRANG'") == [["AL"]])
        #expect(try scratch.rows("SELECT id, unit, points FROM activity WHERE id IN ('A002', 'A004', 'A005') ORDER BY id") == [
            ["A002", "QN-GHENHRANG", "360"], ["A004", "QN-GHENHRANG", "240"], ["A005", "QN-GHENHRANG", "240"],
        ])
    }

    @Test func aUnitIsUpdatedByReimportAndTheRestIsUnchanged() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = unitsHeader + "QN-QUANGTRUNG,Đoàn trường THPT Quang Trung,QN,grassroots,school,island,35\nBD,Tỉnh đoàn Bình Định,,province,,,\n"
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", text)])) == [0, 1, 1, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT area, members FROM unit WHERE code = 'QN-QUANGTRUNG'") == [["island", "35"]])
    }

    @Test func areaFlagsAreSeparatedBySemicolonOrBar() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let text = unitsHeader + "BD,Tỉnh,,province,,,\nAL,An Lão,BD,district,,\"island|Mountain; ethnic_minority\",\nX,Xã,AL,grassroots,commune,moon,3\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:4: area: 'moon' is not allowed (allowed: mountain, ethnic_minority, island)",
        ])
        try expectPointsCurrent(ledger)
        let good = text.replacingOccurrences(of: ",moon,", with: ",,")
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", good)])) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT code, area FROM unit ORDER BY code") == [["AL", "mountain;ethnic_minority;island"], ["BD", ""], ["X", ""]])
    }

    @Test func twoProvincesAreRefused() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let text = unitsHeader + "BD,Tỉnh đoàn Bình Định,,province,,,\nPY,Tỉnh đoàn Phú Yên,,province,,,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:2: level: there must be exactly one province unit (now: BD, PY)",
            "units.csv:3: level: there must be exactly one province unit (now: BD, PY)",
        ])
        try expectPointsCurrent(ledger)
        // A second province beside a stored one: the problem stands on the imported row.
        _ = try ledger.importUnits([LedgerFixture.resource("units.csv")])
        try expectPointsCurrent(ledger)
        #expect(problems { try ledger.importUnits([LedgerFixture.source("more.csv", unitsHeader + "PY,Tỉnh đoàn Phú Yên,,province,,,\n")]) } == [
            "more.csv:2: level: there must be exactly one province unit (now: BD, PY)",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM unit") == 8)
    }

    @Test(arguments: [
        ("QN2,Huyện X,QN,district,,,", "parent: a district unit's parent must be a province unit, but QN is district"),
        ("QN-T1,Chi đoàn Y,QN,cell,,,", "parent: a cell unit's parent must be a grassroots unit, but QN is district"),
        ("BD-T1,Chi đoàn Z,BD,cell,,,", "parent: a cell unit's parent must be a grassroots unit, but BD is province"),
        ("X1,Đoàn X,AL-ANHUNG-T1,grassroots,ward,,10", "parent: a grassroots unit's parent must be a district / province unit, but AL-ANHUNG-T1 is cell"),
        ("X2,Đoàn X,NOPE,grassroots,ward,,10", "parent: no unit has code NOPE; import it first or in the same file"),
        ("X3,Đoàn X,,grassroots,ward,,10", "parent: is required for every unit but the province"),
        ("X4,Đoàn X,QN,grassroots,,,10", "sector: is required for a grassroots unit"),
        ("X5,Đoàn X,QN,grassroots,ward,,", "members: is required for a grassroots unit"),
        ("X6,Đoàn X,QN,grassroots,ward,,-1", "members: '-1' must be a whole number from 0 to 10000000"),
        ("X7,Đoàn X,QN,grassroots,space,,1", "sector: 'space' is not allowed (allowed: commune, ward, school, university, agency, enterprise, armed_forces, other)"),
        ("X8,Đoàn X,QN,branch,,,", "level: 'branch' is not allowed (allowed: province, district, grassroots, cell)"),
        ("BD,Tỉnh đoàn Bình Định,QN,province,,,", "parent: the province has no parent; leave it empty"),
    ])
    func treeRules(row: String, problem: String) throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let before = try scratch.rows(CSVReadingTests.unitQuery)
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", unitsHeader + row + "\n")]) } == ["units.csv:2: " + problem])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(CSVReadingTests.unitQuery) == before)
    }

    @Test func theProvinceWithAParentIsRefusedInAFreshLedger() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let text = unitsHeader + "BD,Tỉnh đoàn Bình Định,QN,province,,,\nQN,Thành đoàn Quy Nhơn,BD,district,,,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:2: parent: the province has no parent; leave it empty",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM unit") == 0)
    }

    /// A unit whose new level no longer fits the units stored below it: the problem stands on its row.
    @Test func aLevelChangeThatBreaksTheUnitsBelowIsRefused() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = unitsHeader + "QN,Thành đoàn Quy Nhơn,BD,grassroots,ward,,90\n"
        let found = problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) }
        try expectPointsCurrent(ledger)
        #expect(found?.sorted() == [
            "units.csv:2: level: unit QN-GHENHRANG below it would no longer fit: a grassroots unit's parent must be a district / province unit, but QN is grassroots",
            "units.csv:2: level: unit QN-QUANGTRUNG below it would no longer fit: a grassroots unit's parent must be a district / province unit, but QN is grassroots",
        ])
        #expect(try scratch.rows("SELECT level FROM unit WHERE code = 'QN'") == [["district"]])
    }

    /// Every problem in the order of the file, whether it is found in the row itself (lines 4, 6) or in the tree
    /// the rows would make (lines 2, 3, 5).
    @Test func rowAndTreeProblemsAreListedInFileOrder() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = unitsHeader + """
            X1,Đoàn X,NOPE,grassroots,ward,,10
            QN2,Huyện X,QN,district,,,
            X3,Đoàn Y,QN,grassroots,galaxy,,10
            QN-T1,Chi đoàn Y,QN,cell,,,
            X5,Đoàn Z,QN,grassroots,ward,,-1
            """
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", text)]) } == [
            "units.csv:2: parent: no unit has code NOPE; import it first or in the same file",
            "units.csv:3: parent: a district unit's parent must be a province unit, but QN is district",
            "units.csv:4: sector: 'galaxy' is not allowed (allowed: commune, ward, school, university, agency, enterprise, armed_forces, other)",
            "units.csv:5: parent: a cell unit's parent must be a grassroots unit, but QN is district",
            "units.csv:6: members: '-1' must be a whole number from 0 to 10000000",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM unit") == 8)
    }
}
