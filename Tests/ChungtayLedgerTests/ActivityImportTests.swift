import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Activities: the rules in effect decide the type, its credit and what it requires; the unit comes from
/// the member when not given and stays with the activity.
@Suite struct ActivityImportTests {
    static func refusal(_ row: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String]? {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let found = problems(sourceLocation) { try ledger.importActivities([LedgerFixture.source("activities.csv", activitiesHeader + activityRow(row))]) }
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0, sourceLocation: sourceLocation)
        return found
    }

    @Test func aTypeNotDefinedByTheRulesInEffectOnTheDateIsRefused() throws {
        // training_attended exists in 2026.1 but not in 2025.1.
        #expect(try Self.refusal(["id": "T1", "date": "2025-06-01", "type": "training_attended", "member": "DV001"]) == [
            "activities.csv:2: type: 'training_attended' is not a type of rules 2025.1 (known: dossier_assisted, article_posted)",
        ])
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = activitiesHeader + activityRow(["id": "T2", "date": "2025-06-01", "type": "dossier_assisted", "member": "DV001", "level": "3", "dossier": "HS-2025"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // 2025.1 has no mountain multiplier: 3 points.
        #expect(try scratch.rows("SELECT rules_file, points FROM activity") == [["2025.json", "300"]])
    }

    @Test func aDateWithNoRulesFileIsRefused() throws {
        #expect(try Self.refusal(["id": "T1", "date": "01/05/2024", "type": "training_attended", "member": "DV001"]) == [
            "activities.csv:2: date: no rules file is in effect on 2024-05-01",
        ])
    }

    @Test func aMemberCreditedActivityNeedsAMember() throws {
        #expect(try Self.refusal(["id": "T1", "date": "2026-11-23", "type": "training_attended", "unit": "AL-ANHUNG"]) == [
            "activities.csv:2: member: is required for training_attended (credited to a member)",
        ])
    }

    @Test func aUnitCreditedActivityNeedsAUnit() throws {
        #expect(try Self.refusal(["id": "P1", "date": "2026-11-23", "type": "propaganda_session", "member": "DV002", "attendees": "50"]) == [
            "activities.csv:2: unit: is required for propaganda_session (credited to a unit)",
        ])
    }

    @Test func anActivityIsNotRecordedAtTheProvince() throws {
        #expect(try Self.refusal(["id": "P1", "date": "2026-11-23", "type": "propaganda_session", "unit": "BD", "attendees": "50"]) == [
            "activities.csv:2: unit: an activity is recorded at a district, grassroots unit or cell, not at the province",
        ])
    }

    @Test func aMemberCreditedActivityAtADistrictIsRefused() throws {
        #expect(try Self.refusal(["id": "T1", "date": "2026-11-23", "type": "training_attended", "member": "DV001", "unit": "AL"]) == [
            "activities.csv:2: unit: a member-credited activity's unit must be a grassroots unit or a cell, not district",
        ])
    }

    @Test func aRequiredAttributeIsMissing() throws {
        #expect(try Self.refusal(["id": "D1", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "dossier": "HS-9"]) == [
            "activities.csv:2: level: is required for dossier_assisted",
        ])
        #expect(try Self.refusal(["id": "U1", "date": "2026-11-23", "type": "article_posted", "unit": "QN"]) == [
            "activities.csv:2: url: is required for article_posted",
            "activities.csv:2: channel: is required for article_posted",
        ])
        #expect(try Self.refusal(["id": "V1", "date": "2026-11-23", "type": "volunteer_shift", "member": "DV005"]) == [
            "activities.csv:2: hours: is required for volunteer_shift",
        ])
    }

    @Test func anUnknownMemberOrUnitIsRefused() throws {
        #expect(try Self.refusal(["id": "T1", "date": "2026-11-23", "type": "training_attended", "member": "DV999"]) == [
            "activities.csv:2: member: no member has id DV999; import the members first",
        ])
        #expect(try Self.refusal(["id": "P1", "date": "2026-11-23", "type": "propaganda_session", "unit": "NOPE", "attendees": "5"]) == [
            "activities.csv:2: unit: no unit has code NOPE; import the units first",
        ])
    }

    @Test func valuesOutOfTheirListsOrBoundsAreRefused() throws {
        #expect(try Self.refusal(["id": "D1", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "level": "5", "dossier": "HS-9"]) == [
            "activities.csv:2: level: '5' must be a whole number from 1 to 4",
        ])
        #expect(try Self.refusal(["id": "C1", "date": "2026-11-23", "type": "account_opened", "member": "DV001", "citizen": "123", "subject": "alien"]) == [
            "activities.csv:2: subject: 'alien' is not allowed (allowed: self, youth, citizen)",
        ])
        #expect(try Self.refusal(["id": "U1", "date": "2026-11-23", "type": "article_posted", "unit": "QN", "url": "https://x.vn", "channel": "telegram"]) == [
            "activities.csv:2: channel: 'telegram' is not allowed (allowed: web, facebook, zalo, tiktok, youtube, other)",
        ])
        #expect(try Self.refusal(["id": "P1", "date": "2026-11-23", "type": "propaganda_session", "unit": "QN", "attendees": "-3"]) == [
            "activities.csv:2: attendees: '-3' must be a whole number from 0 to 10000000",
        ])
        #expect(try Self.refusal(["date": "2026-11-23", "type": "training_attended", "member": "DV001"]) == [
            "activities.csv:2: id: is required and must not be empty",
        ])
    }

    /// A unit-credited activity keeps its member as author; the points go to the unit (credit 'unit').
    @Test func aMemberOnAUnitCreditedActivityIsKeptAsItsAuthor() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        #expect(try scratch.rows("SELECT member, unit, credit, points FROM activity WHERE id = 'A006'") == [["DV002", "AL-ANHUNG", "unit", "600"]])
        let overview = try ledger.overview(today: CivilDate(iso: "2026-11-29")!)
        #expect(!overview.topMembers.map(\.id).contains("DV002"))
    }

    /// The activity's unit is the member's unit at import time, and stays when the member later moves.
    @Test func theUnitComesFromTheMemberAndStaysWhenTheMemberMoves() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = activitiesHeader
            + activityRow(["id": "M1", "date": "2026-11-23", "type": "training_attended", "member": "DV003"])
            + activityRow(["id": "M2", "date": "2026-11-23", "type": "training_attended", "member": "DV003", "unit": "QN-QUANGTRUNG"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let moved = "id,name,unit,birth_year,group,status\nDV003,Trần Minh Âu,AL-ANHUNG,2000,civil_servant,active\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", moved)], today: LedgerFixture.today)) == [0, 1, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT unit FROM member WHERE id = 'DV003'") == [["AL-ANHUNG"]])
        // The past activities keep their unit (and their points: no mountain factor for QN units).
        #expect(try scratch.rows("SELECT id, unit, points FROM activity ORDER BY id") == [["M1", "QN-GHENHRANG", "200"], ["M2", "QN-QUANGTRUNG", "200"]])
        // A new activity takes the member's new unit, in the mountain district: 2 × 1.2.
        let later = activitiesHeader + activityRow(["id": "M3", "date": "2026-11-28", "type": "training_attended", "member": "DV003"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("later.csv", later)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT unit, points FROM activity WHERE id = 'M3'") == [["AL-ANHUNG", "240"]])
    }

    /// Importing the same file twice changes nothing the second time, even when a member named in it (without a
    /// unit) has moved in between: the row is the same row.
    @Test func reimportingAfterTheMemberMovedFindsTheRowsUnchanged() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = activitiesHeader + activityRow(["id": "M1", "date": "2026-11-23", "type": "training_attended", "member": "DV003"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let moved = "id,name,unit,birth_year,group,status\nDV003,Trần Minh Âu,AL-ANHUNG,2000,civil_servant,active\n"
        _ = try ledger.importMembers([LedgerFixture.source("members.csv", moved)], today: LedgerFixture.today)
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [0, 0, 1, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, unit, points FROM activity") == [["M1", "QN-GHENHRANG", "200"]])
    }

    /// An attribute a type does not require is stored all the same.
    @Test func attributesATypeDoesNotRequireAreStored() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = activitiesHeader + activityRow([
            "id": "T1", "date": "2026-11-23", "type": "training_attended", "member": "DV001", "level": "2", "dossier": "hs-7",
            "subject": "Youth", "online": "x", "url": "https://Doan.vn/x/", "channel": "zalo", "attendees": "30", "hours": "2.5",
            "note": "Lớp tập huấn",
        ])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT level, dossier, subject, online, url, channel, attendees, hours, note, points FROM activity") == [
            ["2", "HS-7", "youth", "1", "https://doan.vn/x", "zalo", "30", "2.5", "Lớp tập huấn", "240"],
        ])
    }

    /// The summary counts the added activities flagged as duplicate claims.
    @Test func duplicateClaimsAreCountedInTheSummary() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(activities: true)
        let text = activitiesHeader
            + activityRow(["id": "B1", "date": "2026-11-28", "type": "dossier_assisted", "member": "DV002", "level": "3", "dossier": "HS-001"])
            + activityRow(["id": "B2", "date": "2026-11-28", "type": "dossier_assisted", "member": "DV002", "level": "3", "dossier": "HS-002"])
            + activityRow(["id": "B3", "date": "2026-11-28", "type": "dossier_assisted", "member": "DV002", "level": "3", "dossier": "HS-003"])
            + activityRow(["id": "B4", "date": "2026-11-28", "type": "article_posted", "unit": "AL", "url": "https://doan.quynhon.vn/tin/123/", "channel": "web"])
        let summary = try ledger.importActivities([LedgerFixture.source("more.csv", text)])
        try expectPointsCurrent(ledger)
        #expect(counts(summary) == [4, 0, 0, 3])
        #expect(summary.text("activities", .en) == "added 4, unchanged 0, duplicate claims 3\n")
        #expect(summary.text("activities", .vi) == "thêm 4, không đổi 0, trùng lặp 3\n")
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, status, duplicate_of, points FROM activity WHERE id LIKE 'B%' ORDER BY id") == [
            ["B1", "duplicate", "A001", "0"], ["B2", "duplicate", "A002", "0"], ["B3", "scored", nil, "360"], ["B4", "duplicate", "A005", "0"],
        ])
    }
}
