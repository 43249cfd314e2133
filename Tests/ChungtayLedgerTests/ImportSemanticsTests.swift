import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Importing: all or nothing, every problem in file order, dry runs, re-imports, ids repeated in a file.
@Suite struct ImportSemanticsTests {
    static let activityQuery = """
        SELECT id, date, type, member, unit, level, dossier, citizen, subject, online, paid_online, url, channel, attendees,
            hours, note, source, status, duplicate_of, points, credit
        FROM activity ORDER BY id
        """

    @Test func oneBadRowAmongManyWritesNothingAndEveryProblemIsListedInFileOrder() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let before = try scratch.rows(EncodingTests.memberQuery)
        let text = """
            id,name,unit,birth_year,group,status
            DV001,Nguyễn Thị Lan,AL-ANHUNG,1998,resident,active
            DV006,,AL-ANHUNG,1899,teacher,
            DV007,Phan Văn Tài,NOPE,,,
            DV008,Lê Thị Mai,QN,,,
            DV009,Võ Văn Kiệt,BD-BVTINH,1993,worker,
            """
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) } == [
            "members.csv:3: name: is required and must not be empty",
            "members.csv:3: birth_year: '1899' must be a whole number from 1900 to 2026",
            "members.csv:3: group: 'teacher' is not allowed (allowed: civil_servant, student, worker, resident)",
            "members.csv:4: unit: no unit has code NOPE; import the units first",
            "members.csv:5: unit: QN is a district unit; a member belongs to a grassroots unit or a cell",
        ])
        try expectPointsCurrent(ledger)
        // DV001 would have moved and DV009 been added: neither happened.
        #expect(try scratch.rows(EncodingTests.memberQuery) == before)
        try expectPointsCurrent(ledger)
    }

    @Test func problemsOfSeveralFilesComeInTheOrderOfTheFiles() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let before = try scratch.rows(Self.activityQuery)
        let first = activitiesHeader
            + activityRow(["id": "N1", "date": "2026-11-28", "type": "training_attended", "member": "DV001"])
            + activityRow(["id": "N2", "date": "2026-11-28", "type": "training_attended", "member": "DV999"])
        let second = activitiesHeader
            + activityRow(["id": "N3", "date": "2026-11-28", "type": "no_such_type", "member": "DV001"])
            + activityRow(["id": "N4", "date": "2026-11-28", "type": "training_attended", "member": "DV002"])
        let known = "dossier_assisted, account_opened, article_posted, propaganda_session, volunteer_shift, training_attended"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("b.csv", first), LedgerFixture.source("a.csv", second)]) } == [
            "b.csv:3: member: no member has id DV999; import the members first",
            "a.csv:2: type: 'no_such_type' is not a type of rules 2026.1 (known: \(known))",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(Self.activityQuery) == before)
        try expectPointsCurrent(ledger)
    }

    /// The first 100 problems, then how many more.
    @Test func moreThanAHundredProblemsAreCutAfterTheFirstHundred() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\n" + (1 ... 150).map { "M\($0),Đoàn viên \($0),NOPE" }.joined(separator: "\n")
        do {
            _ = try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)
            try expectPointsCurrent(ledger)
            Issue.record("the import was accepted")
        } catch let error as LedgerError {
            #expect(error.exitCode == 65)
            let lines = error.lines(.en)
            #expect(lines.count == 101)
            #expect(lines.first == "members.csv:2: unit: no unit has code NOPE; import the units first")
            #expect(lines[99] == "members.csv:101: unit: no unit has code NOPE; import the units first")
            #expect(lines.last == "… and 50 more problems")
            #expect(error.lines(.vi).last == "… và 50 lỗi khác")
        }
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func aDryRunCountsWhatAnImportWouldDoAndWritesNothing() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        var summary = try ledger.importUnits([LedgerFixture.resource("units.csv")], dryRun: true)
        try expectPointsCurrent(ledger)
        #expect(counts(summary) == [8, 0, 0, 0])
        #expect(summary.dryRun)
        #expect(summary.text("units", .en) == "Dry run, nothing written: added 8, updated 0, unchanged 0\n")
        #expect(summary.text("units", .vi) == "Chạy thử, không ghi gì: thêm 8, cập nhật 0, không đổi 0\n")
        #expect(try scratch.count("SELECT count(*) FROM unit") == 0)

        _ = try ledger.importUnits([LedgerFixture.resource("units.csv")])
        try expectPointsCurrent(ledger)
        summary = try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today, dryRun: true)
        try expectPointsCurrent(ledger)
        #expect(counts(summary) == [5, 0, 0, 0])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)

        _ = try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today)
        try expectPointsCurrent(ledger)
        summary = try ledger.importActivities([LedgerFixture.resource("activities.csv")], dryRun: true)
        try expectPointsCurrent(ledger)
        #expect(counts(summary) == [7, 0, 0, 1])
        #expect(summary.text("activities", .en) == "Dry run, nothing written: added 7, unchanged 0, duplicate claims 1\n")
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0)
        try expectPointsCurrent(ledger)

        // A dry run of a changed unit file counts the change and leaves the stored unit as it was.
        let moved = try String(contentsOf: LedgerFixture.resources.appendingPathComponent("units.csv"), encoding: .utf8)
            .replacingOccurrences(of: "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,QN,", with: "QN-GHENHRANG,Đoàn phường Ghềnh Ráng,AL,")
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", moved)], dryRun: true)) == [0, 1, 7, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT parent FROM unit WHERE code = 'QN-GHENHRANG'") == [["QN"]])
        // A dry run that finds a problem refuses like an import.
        #expect(problems { try ledger.importMembers([LedgerFixture.source("m.csv", "id,name,unit\nX,Y,NOPE\n")], today: LedgerFixture.today, dryRun: true) }
            == ["m.csv:2: unit: no unit has code NOPE; import the units first"])
        try expectPointsCurrent(ledger)
    }

    @Test func importingTheSameFilesTwiceChangesNothingTheSecondTime() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        #expect(counts(try ledger.importUnits([LedgerFixture.resource("units.csv")])) == [8, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today)) == [5, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importActivities([LedgerFixture.resource("activities.csv")])) == [7, 0, 0, 1])
        try expectPointsCurrent(ledger)
        let units = try scratch.rows(CSVReadingTests.unitQuery)
        let members = try scratch.rows(EncodingTests.memberQuery)
        let activities = try scratch.rows(Self.activityQuery)

        #expect(counts(try ledger.importUnits([LedgerFixture.resource("units.csv")])) == [0, 0, 8, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today)) == [0, 0, 5, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importActivities([LedgerFixture.resource("activities.csv")])) == [0, 0, 7, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(CSVReadingTests.unitQuery) == units)
        #expect(try scratch.rows(EncodingTests.memberQuery) == members)
        #expect(try scratch.rows(Self.activityQuery) == activities)
    }

    /// The fixture activities as stored. Points: A001 3 × 1.2 (AL-ANHUNG-T1 lies under the mountain district AL);
    /// A002 3; A003 a duplicate claim of HS-001; A004 2; A005 2; A006 5 × 1.2; A007 3.5 h × 0.5.
    @Test func theFixtureActivitiesAreStoredExactly() throws {
        let scratch = try Scratch()
        _ = try scratch.province(activities: true)
        let citizen = "bea73a89441c72cbbab69933e80fec80bfc4e6c332f238f651c421c4073283f9"  // HMAC-SHA256 of "052012345678"
        #expect(try scratch.rows(Self.activityQuery) == [
            ["A001", "2026-11-23", "dossier_assisted", "DV001", "AL-ANHUNG-T1", "4", "HS-001", nil, nil, "1", "1", nil, nil, nil, nil, nil,
             "activities.csv:2", "scored", nil, "360", "member"],
            ["A002", "2026-11-24", "dossier_assisted", "DV003", "QN-GHENHRANG", "3", "HS-002", nil, nil, "0", "0", nil, nil, nil, nil, nil,
             "activities.csv:3", "scored", nil, "300", "member"],
            ["A003", "2026-11-24", "dossier_assisted", "DV004", "QN-QUANGTRUNG", "3", "HS-001", nil, nil, "0", "0", nil, nil, nil, nil,
             "Trùng hồ sơ HS-001", "activities.csv:4", "duplicate", "A001", "0", "member"],
            ["A004", "2026-11-25", "account_opened", "DV003", "QN-GHENHRANG", nil, nil, citizen, "citizen", "0", "0", nil, nil, nil, nil, nil,
             "activities.csv:5", "scored", nil, "200", "member"],
            ["A005", "2026-11-25", "article_posted", nil, "QN-GHENHRANG", nil, nil, nil, nil, "0", "0", "https://doan.quynhon.vn/tin/123",
             "facebook", nil, nil, nil, "activities.csv:6", "scored", nil, "200", "unit"],
            ["A006", "2026-11-26", "propaganda_session", "DV002", "AL-ANHUNG", nil, nil, nil, nil, "0", "0", nil, nil, "120", nil, nil,
             "activities.csv:7", "scored", nil, "600", "unit"],
            ["A007", "2026-11-27", "volunteer_shift", "DV005", "BD-BVTINH", nil, nil, nil, nil, "0", "0", nil, nil, nil, "3.5", nil,
             "activities.csv:8", "scored", nil, "175", "member"],
        ])
    }

    @Test func anIdTwiceInOneFileWithTheSameContentCountsOnce() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let units = unitsHeader + "BD,Tỉnh đoàn,,province,,,\nQN,Thành đoàn,BD,district,,,\nBD,Tỉnh đoàn,,province,,,\n"
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", units)])) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let moreUnits = unitsHeader + "G1,Đoàn phường,QN,grassroots,ward,,10\n"
        _ = try ledger.importUnits([LedgerFixture.source("units2.csv", moreUnits)])
        try expectPointsCurrent(ledger)
        // The same member twice, once in NFD and with other spacing: the same content once normalised.
        let members = "id,name,unit\nDV001,Nguyễn Thị Lan,G1\nDV001,\("Nguyễn  Thị Lan".decomposedStringWithCanonicalMapping),g1\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let activities = activitiesHeader
            + activityRow(["id": "A1", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "level": "3", "dossier": "HS-1"])
            + activityRow(["id": "A1", "date": "23/11/2026", "type": "dossier_assisted", "member": "dv001", "level": "3", "dossier": "hs-1"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", activities)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM unit") == 3)
        #expect(try scratch.count("SELECT count(*) FROM member") == 1)
        #expect(try scratch.rows("SELECT id, source, status FROM activity") == [["A1", "activities.csv:2", "scored"]])
    }

    @Test func anIdTwiceInOneFileWithDifferentContentNamesBothLines() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let units = unitsHeader + "QN-NEW,Đoàn mới,QN,grassroots,ward,,10\nQN-OTHER,Đoàn khác,QN,grassroots,ward,,5\nQN-NEW,Đoàn mới,QN,grassroots,ward,,11\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", units)]) } == [
            "units.csv:4: code: code QN-NEW already appears at units.csv:2 with different content; keep one row",
        ])
        try expectPointsCurrent(ledger)
        let members = "id,name,unit\nDV010,Lan,AL-ANHUNG\nDV011,Hùng,AL-ANHUNG\nDV010,Lan,AL-ANHUNG-T1\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today) } == [
            "members.csv:4: id: id DV010 already appears at members.csv:2 with different content; keep one row",
        ])
        try expectPointsCurrent(ledger)
        let activities = activitiesHeader
            + activityRow(["id": "N1", "date": "2026-11-28", "type": "training_attended", "member": "DV001"])
            + activityRow(["id": "N2", "date": "2026-11-28", "type": "training_attended", "member": "DV002"])
            + activityRow(["id": "N1", "date": "2026-11-28", "type": "training_attended", "member": "DV001", "note": "khác"])
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", activities)]) } == [
            "activities.csv:4: id: id N1 already appears at activities.csv:2 with different content; keep one row",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM unit") == 8)
        #expect(try scratch.count("SELECT count(*) FROM member") == 5)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0)
    }

    @Test func anActivityAlreadyStoredWithOtherContentIsRefused() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let before = try scratch.rows(Self.activityQuery)
        let text = activitiesHeader
            + activityRow(["id": "A001", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "level": "4", "dossier": "HS-001",
                           "online": "x", "paid_online": "x"])
            + activityRow(["id": "A002", "date": "2026-11-24", "type": "dossier_assisted", "member": "DV003", "level": "4", "dossier": "HS-002"])
        #expect(problems { try ledger.importActivities([LedgerFixture.source("fix.csv", text)]) } == [
            "fix.csv:3: id: id A002 is already stored (activities.csv:3) with different content; to correct it, reject the old activity and import a new one with another id",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(Self.activityQuery) == before)
        // Ids are case-sensitive: a002 is another activity.
        let other = activitiesHeader
            + activityRow(["id": "a002", "date": "2026-11-24", "type": "dossier_assisted", "member": "DV003", "level": "4", "dossier": "HS-003"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("fix.csv", other)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 8)
    }
}
