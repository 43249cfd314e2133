import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Members: the unit, the birth year, the group and status values, updates.
@Suite struct MemberImportTests {
    @Test func theFixtureMembersAreStoredWithStatusActiveByDefault() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(EncodingTests.memberQuery) == EncodingTests.storedMembers)
    }

    @Test func aMemberBelongsToAGrassrootsUnitOrACell() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\nM1,Lan,QN\nM2,Hùng,BD\nM3,Âu,AL-ANHUNG\nM4,Hà,AL-ANHUNG-T1\nM5,Bảo,NOPE\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) } == [
            "members.csv:2: unit: QN is a district unit; a member belongs to a grassroots unit or a cell",
            "members.csv:3: unit: BD is a province unit; a member belongs to a grassroots unit or a cell",
            "members.csv:6: unit: no unit has code NOPE; import the units first",
        ])
        try expectPointsCurrent(ledger)
        let good = "id,name,unit\nM3,Âu,AL-ANHUNG\nM4,Hà,AL-ANHUNG-T1\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", good)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, unit FROM member ORDER BY id") == [["M3", "AL-ANHUNG"], ["M4", "AL-ANHUNG-T1"]])
    }

    /// 1900 up to the year of `today` (2026).
    @Test func theBirthYearLiesBetween1900AndThisYear() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let good = "id,name,unit,birth_year\nY1,Lan,AL-ANHUNG,1900\nY2,Hùng,AL-ANHUNG,2026\nY3,Âu,AL-ANHUNG,\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", good)], today: LedgerFixture.today)) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, birth_year FROM member ORDER BY id") == [["Y1", "1900"], ["Y2", "2026"], ["Y3", nil]])
        let bad = "id,name,unit,birth_year\nY4,Hà,AL-ANHUNG,1899\nY5,Bảo,AL-ANHUNG,2027\nY6,Tài,AL-ANHUNG,199x\nY7,Mai,AL-ANHUNG,1998.5\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", bad)], today: LedgerFixture.today) } == [
            "members.csv:2: birth_year: '1899' must be a whole number from 1900 to 2026",
            "members.csv:3: birth_year: '2027' must be a whole number from 1900 to 2026",
            "members.csv:4: birth_year: '199x' must be a whole number from 1900 to 2026",
            "members.csv:5: birth_year: '1998.5' must be a whole number from 1900 to 2026",
        ])
        try expectPointsCurrent(ledger)
        // "This year" is the year of today: with today in 2027, 2027 is accepted.
        let nextYear = "id,name,unit,birth_year\nY5,Bảo,AL-ANHUNG,2027\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", nextYear)], today: CivilDate(iso: "2027-01-01")!)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
    }

    @Test func groupAndStatusTakeTheirListedValuesInAnyCase() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let good = """
            id,name,unit,group,status
            G1,Lan,AL-ANHUNG,civil_servant,active
            G2,Hùng,AL-ANHUNG,Student,INACTIVE
            G3,Âu,AL-ANHUNG,worker,disciplined
            G4,Hà,AL-ANHUNG,RESIDENT,
            G5,Bảo,AL-ANHUNG,,
            """
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", good)], today: LedgerFixture.today)) == [5, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, \"group\", status FROM member ORDER BY id") == [
            ["G1", "civil_servant", "active"], ["G2", "student", "inactive"], ["G3", "worker", "disciplined"],
            ["G4", "resident", "active"], ["G5", nil, "active"],
        ])
        let bad = "id,name,unit,group,status\nG6,Tài,AL-ANHUNG,teacher,\nG7,Mai,AL-ANHUNG,,retired\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", bad)], today: LedgerFixture.today) } == [
            "members.csv:2: group: 'teacher' is not allowed (allowed: civil_servant, student, worker, resident)",
            "members.csv:3: status: 'retired' is not allowed (allowed: active, inactive, disciplined)",
        ])
        try expectPointsCurrent(ledger)
    }

    @Test func requiredValuesMustNotBeEmpty() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\n,Lan,AL-ANHUNG\nM2,   ,AL-ANHUNG\nM3,Âu,\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) } == [
            "members.csv:2: id: is required and must not be empty",
            "members.csv:3: name: is required and must not be empty",
            "members.csv:4: unit: is required and must not be empty",
        ])
        try expectPointsCurrent(ledger)
    }

    @Test func aKnownMemberIsUpdated() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = "id,name,unit,birth_year,group,status\nDV001,Nguyễn Thị Lan Anh,AL-ANHUNG-T1,1998,resident,active\n"
            + "DV002,Đinh Văn Hùng,AL-ANHUNG,1995,resident,disciplined\nDV003,Trần Minh Âu,QN-GHENHRANG,2000,civil_servant,active\n"
            + "DV006,Phan Văn Tài,QN-QUANGTRUNG,,,\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [1, 2, 1, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name, status FROM member WHERE id IN ('DV001', 'DV002', 'DV006') ORDER BY id") == [
            ["DV001", "Nguyễn Thị Lan Anh", "active"], ["DV002", "Đinh Văn Hùng", "disciplined"], ["DV006", "Phan Văn Tài", "active"],
        ])
    }
}
