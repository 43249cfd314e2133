import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md: a JSONL line is one object whose keys are the CSV columns' names or aliases; values are strings,
/// numbers, booleans or null (the same as empty).
@Suite struct JSONLinesTests {
    @Test func aLineOfWhiteSpaceIsBlank() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let members = "\u{A0}\n{\"id\": \"DV001\", \"name\": \"Nguyễn Thị Lan\", \"unit\": \"AL-ANHUNG-T1\"}\n \u{A0}\t\r\n\u{3000}\n{\"id\": \"DV002\", \"name\": \"Đinh Văn Hùng\", \"unit\": \"NOPE\"}\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.jsonl", members)], today: LedgerFixture.today) }
        #expect(found == ["members.jsonl:5: unit: no unit has code NOPE; import the units first"])
        let good = members.replacingOccurrences(of: "NOPE", with: "AL-ANHUNG")
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.jsonl", good)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
    }

    @Test func stringsNumbersBooleansAndNullWithBlankLines() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let members = """

            {"id": "DV001", "name": "Nguyễn Thị Lan", "unit": "AL-ANHUNG-T1", "birth_year": 1998, "group": "resident", "status": null}
              \t
            {"Mã đoàn viên": "dv002", "họ và tên": "Đinh Văn Hùng", "đơn vị": "AL-ANHUNG", "năm sinh": "1995", "group": null}

            """
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.jsonl", members)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(EncodingTests.memberQuery) == [
            ["DV001", "Nguyễn Thị Lan", "AL-ANHUNG-T1", "1998", "resident", "active"],
            ["DV002", "Đinh Văn Hùng", "AL-ANHUNG", "1995", nil, "active"],
        ])

        let activities = """
            {"id": "J1", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "level": 4, "dossier": "HS-9", "online": true, "paid_online": false, "note": null}

            {"id": "J2", "date": "23/11/2026", "type": "volunteer_shift", "member": "DV002", "hours": 1.5, "online": "có", "url": ""}
            {"mã": "J3", "ngày": "2026-11-24", "loại": "propaganda_session", "đơn vị": "AL-ANHUNG", "số người": 120, "trực tuyến": false, "đoàn viên": "DV002"}
            """
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.jsonl", activities)])) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // J1: 3 × 1.2 (mountain) = 3.6; J2: 1.5 h × 0.5 × 1.2 = 0.9; J3: 5 × 1.2 = 6.
        #expect(try scratch.rows("SELECT id, date, type, member, unit, level, dossier, online, paid_online, url, attendees, hours, note, points FROM activity ORDER BY id") == [
            ["J1", "2026-11-23", "dossier_assisted", "DV001", "AL-ANHUNG-T1", "4", "HS-9", "1", "0", nil, nil, nil, nil, "360"],
            ["J2", "2026-11-23", "volunteer_shift", "DV002", "AL-ANHUNG", nil, nil, "1", "0", nil, nil, "1.5", nil, "90"],
            ["J3", "2026-11-24", "propaganda_session", "DV002", "AL-ANHUNG", nil, nil, "0", "0", nil, "120", nil, nil, "600"],
        ])
    }

    @Test func anUnknownKeyIsNamedWithTheClosestKnownName() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = """
            {"id": "J1", "date": "2026-11-23", "type": "training_attended", "member": "DV001"}
            {"id": "J2", "date": "2026-11-23", "type": "training_attended", "membre": "DV001"}
            """
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.jsonl", text)]) } == [
            "activities.jsonl:2: membre: unknown key; did you mean 'member'?",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0)
    }

    @Test func aLineThatIsNotAnObjectIsAnError() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = """
            {"id": "DV001", "name": "Nguyễn Thị Lan", "unit": "AL-ANHUNG-T1"}

            ["DV002", "Đinh Văn Hùng", "AL-ANHUNG"]
            "DV003"
            42
            {"id": "DV004", "name": "Bùi Thị Hà", "unit": "QN-QUANGTRUNG"}
            """
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.jsonl", text)], today: LedgerFixture.today) } == [
            "members.jsonl:3: each line must be one JSON object {…}",
            "members.jsonl:4: each line must be one JSON object {…}",
            "members.jsonl:5: each line must be one JSON object {…}",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func aMissingRequiredKeyIsARequiredValue() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = #"{"id": "DV001", "unit": "AL-ANHUNG-T1", "name": null}"# + "\n" + #"{"id": "DV002", "unit": "AL-ANHUNG"}"#
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.jsonl", text)], today: LedgerFixture.today) } == [
            "members.jsonl:1: name: is required and must not be empty",
            "members.jsonl:2: name: is required and must not be empty",
        ])
        try expectPointsCurrent(ledger)
    }
}
