import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Reading a file: every value trimmed, NFC, white space collapsed, control characters refused;
/// lengths; codes; dates; booleans; URLs; and text that looks like a formula or SQL stored as plain text.
@Suite struct NormalisationTests {
    /// Vietnamese typed as "Unicode tổ hợp" (NFD) equals "Unicode dựng sẵn" (NFC): importing the NFD file after
    /// the NFC one changes nothing, and what is stored is NFC.
    @Test func decomposedTextEqualsPrecomposedText() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let nfc = "Mã đoàn viên,Họ và tên,Đơn vị,Năm sinh,Đối tượng,Trạng thái\n"
            + (try EncodingTests.membersText).split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(nfc.utf8))
        #expect(counts(try ledger.importMembers([LedgerFixture.source("nfc.csv", nfc)], today: LedgerFixture.today)) == [5, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importMembers([LedgerFixture.source("nfd.csv", nfd)], today: LedgerFixture.today)) == [0, 0, 5, 0])
        try expectPointsCurrent(ledger)
        let names = try scratch.rows("SELECT name FROM member ORDER BY id").map { $0[0]! }
        #expect(names == ["Nguyễn Thị Lan", "Đinh Văn Hùng", "Trần Minh Âu", "Bùi Thị Hà", "Hồ Quốc Bảo"])
        #expect(names.allSatisfy { Array($0.utf8) == Array($0.precomposedStringWithCanonicalMapping.utf8) })
        // Into an empty ledger, the NFD file alone stores the NFC bytes.
        let other = try Scratch()
        let fresh = try other.province(members: false)
        _ = try fresh.importMembers([LedgerFixture.source("nfd.csv", nfd)], today: LedgerFixture.today)
        try expectPointsCurrent(fresh)
        #expect(try other.rows("SELECT hex(name) FROM member ORDER BY id") == (try scratch.rows("SELECT hex(name) FROM member ORDER BY id")))
    }

    @Test func whiteSpaceIsTrimmedAndRunsBecomeOneSpace() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\n"
            + "DV001,  Nguyễn\u{00A0}\u{00A0}Thị\tLan  ,AL-ANHUNG-T1\n"
            + "DV002,\"\tĐinh\u{2003}Văn \r\n Hùng\u{00A0}\",AL-ANHUNG\n"
            + "DV003, Trần Minh Âu\u{00A0},QN-GHENHRANG\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name FROM member ORDER BY id") == [
            ["DV001", "Nguyễn Thị Lan"], ["DV002", "Đinh Văn Hùng"], ["DV003", "Trần Minh Âu"],
        ])
    }

    /// One problem per value: a control character in a required name is that, not also "required".
    @Test func aControlCharacterIsRefused() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let members = "id,name,unit\nDV009,Nguyễn\u{0007}Lan,AL-ANHUNG-T1\nDV010,Lan\u{007F},AL-ANHUNG-T1\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today) } == [
            "members.csv:2: name: holds a control character; remove it",
            "members.csv:3: name: holds a control character; remove it",
        ])
        try expectPointsCurrent(ledger)
        let activities = activitiesHeader + activityRow(["id": "T1", "date": "2026-11-23", "type": "training_attended", "member": "DV001", "note": "Ghi\u{0000}chú"])
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", activities)]) } == [
            "activities.csv:2: note: holds a control character; remove it",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM member") == 5)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0)
    }

    /// Lengths count characters after normalisation, whatever the bytes: 200 "ễ" (600 bytes) is a valid name.
    @Test func lengthsAreCountedInCharactersAfterNormalisation() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let name200 = String(repeating: "ễ", count: 200)
        let spaced = String(repeating: "ễ", count: 198) + "    x"
        let id64 = String(repeating: "M", count: 64)
        let members = "id,name,unit\nL1,\(name200),AL-ANHUNG\nL2,\(spaced),AL-ANHUNG\n\(id64),Lan,AL-ANHUNG\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today)) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT length(name) FROM member WHERE id IN ('L1', 'L2') ORDER BY id") == [["200"], ["200"]])

        let tooLong = "id,name,unit\nL3,\(name200)a,AL-ANHUNG\n\(id64)M,Lan,AL-ANHUNG\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", tooLong)], today: LedgerFixture.today) } == [
            "members.csv:2: name: is 201 characters long, at most 200",
            "members.csv:3: id: is 65 characters long, at most 64",
        ])
        try expectPointsCurrent(ledger)

        let id128 = String(repeating: "a", count: 128)
        let note500 = String(repeating: "ữ", count: 500)
        let url2048 = "https://x.vn/" + String(repeating: "p", count: 2048 - 13)
        let good = activitiesHeader
            + activityRow(["id": id128, "date": "2026-11-23", "type": "training_attended", "member": "DV001", "note": note500])
            + activityRow(["id": "L-URL", "date": "2026-11-23", "type": "article_posted", "unit": "QN-GHENHRANG", "url": url2048, "channel": "web"])
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", good)])) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT length(id), length(note), length(url) FROM activity ORDER BY seq") == [["128", "500", nil], ["5", nil, "2048"]])

        let bad = activitiesHeader
            + activityRow(["id": id128 + "b", "date": "2026-11-23", "type": "training_attended", "member": "DV001"])
            + activityRow(["id": "L4", "date": "2026-11-23", "type": "training_attended", "member": "DV001", "note": note500 + "ữ"])
            + activityRow(["id": "L5", "date": "2026-11-23", "type": "article_posted", "unit": "QN-GHENHRANG", "url": url2048 + "p", "channel": "web"])
            + activityRow(["id": "L6", "date": "2026-11-23", "type": "dossier_assisted", "member": "DV001", "level": "3", "dossier": id64 + "H"])
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", bad)]) } == [
            "activities.csv:2: id: is 129 characters long, at most 128",
            "activities.csv:3: note: is 501 characters long, at most 500",
            "activities.csv:4: url: is 2049 characters long, at most 2048",
            "activities.csv:5: dossier: is 65 characters long, at most 64",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 2)
    }

    @Test func codesAreUpperCasedAndMustMatchThePattern() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let units = unitsHeader + "bd,Tỉnh đoàn,,province,,,\nqn.1,Thành đoàn,bd,district,,,\nqn.1_g-2,Đoàn phường,QN.1,grassroots,ward,,9\n"
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", units)])) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT code, parent FROM unit ORDER BY code") == [["BD", nil], ["QN.1", "BD"], ["QN.1_G-2", "QN.1"]])
        let members = "id,name,unit\ndv001,Lan,qn.1_g-2\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, unit FROM member") == [["DV001", "QN.1_G-2"]])
        let activities = "id,date,type,member,level,dossier\nd1,2026-11-23,dossier_assisted,Dv001,3,hs-001\n"
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", activities)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // The activity id is text, not a code: its case is kept.
        #expect(try scratch.rows("SELECT id, member, dossier FROM activity") == [["d1", "DV001", "HS-001"]])

        let message = "is not a valid code: use letters without diacritics, digits and . _ - (at most 64, starting with a letter or digit)"
        let bad = "id,name,unit\n-DV1,Lan,QN.1_G-2\nDV 2,Lan,QN.1_G-2\nĐV3,Lan,QN.1_G-2\nDV/4,Lan,QN.1_G-2\n_DV5,Lan,QN.1_G-2\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", bad)], today: LedgerFixture.today) } == [
            "members.csv:2: id: '-DV1' \(message)",
            "members.csv:3: id: 'DV 2' \(message)",
            "members.csv:4: id: 'ĐV3' \(message)",
            "members.csv:5: id: 'DV/4' \(message)",
            "members.csv:6: id: '_DV5' \(message)",
        ])
        try expectPointsCurrent(ledger)
    }

    @Test func datesInEveryAcceptedForm() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let forms = ["2026-03-05", "05/03/2026", "5/3/2026", "05-03-2026", "5-3-2026", "05.03.2026", "5.3.2026"]
        let text = "id,date,type,member\n" + forms.enumerated().map { "D\($0.offset + 1),\($0.element),training_attended,DV001" }.joined(separator: "\n")
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [7, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT DISTINCT date FROM activity") == [["2026-03-05"]])

        let bad = "id,date,type,member\nX1,31/02/2026,training_attended,DV001\nX2,29/02/2026,training_attended,DV001\n"
            + "X3,2026-3-5,training_attended,DV001\nX4,2026/03/05,training_attended,DV001\nX5,5 tháng 3,training_attended,DV001\n"
        let suffix = "is not a real date; write YYYY-MM-DD or DD/MM/YYYY"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", bad)]) } == [
            "activities.csv:2: date: '31/02/2026' \(suffix)",
            "activities.csv:3: date: '29/02/2026' \(suffix)",
            "activities.csv:4: date: '2026-3-5' \(suffix)",
            "activities.csv:5: date: '2026/03/05' \(suffix)",
            "activities.csv:6: date: '5 tháng 3' \(suffix)",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 7)
    }

    @Test func booleansInEveryForm() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let values: [(String, Int)] = [
            ("x", 1), ("X", 1), ("có", 1), ("CÓ", 1), ("co", 1), ("YES", 1), ("yes", 1), ("1", 1), ("true", 1), ("True", 1),
            ("khong", 0), ("không", 0), ("KHÔNG", 0), ("no", 0), ("No", 0), ("0", 0), ("false", 0), ("FALSE", 0), ("", 0),
        ]
        let text = "id,date,type,member,online\n"
            + values.enumerated().map { "B\(String(format: "%02d", $0.offset)),2026-11-23,training_attended,DV001,\($0.element.0)" }.joined(separator: "\n")
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [values.count, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT online FROM activity ORDER BY id").map { Int($0[0]!)! } == values.map(\.1))

        let bad = "id,date,type,member,online,paid_online\nZ1,2026-11-23,training_attended,DV001,maybe,\nZ2,2026-11-23,training_attended,DV001,,2\n"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", bad)]) } == [
            "activities.csv:2: online: 'maybe' is not a yes/no value; use true/false, yes/no, 1/0, x/empty or có/không",
            "activities.csv:3: paid_online: '2' is not a yes/no value; use true/false, yes/no, 1/0, x/empty or có/không",
        ])
        try expectPointsCurrent(ledger)
    }

    /// Scheme and host lower-cased, fragment removed, then one `/` at the very end removed. U5 normalises to U1's
    /// URL and so is a duplicate claim (`unique: url`).
    @Test func urlsAreNormalisedBeforeTheyAreStored() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = """
            id,date,type,unit,url,channel
            U1,2026-11-23,article_posted,QN-GHENHRANG,https://X.vn/a/#top,web
            U2,2026-11-23,article_posted,QN-GHENHRANG,https://X.vn/a/?q=1,web
            U3,2026-11-23,article_posted,QN-GHENHRANG,HTTP://Doan.QuyNhon.VN/Tin/123/,facebook
            U4,2026-11-23,article_posted,QN-GHENHRANG,https://x.vn/,zalo
            U5,2026-11-24,article_posted,QN-GHENHRANG,https://X.VN/a#bottom,tiktok
            U6,2026-11-24,article_posted,QN-GHENHRANG,https://x.vn/a/b//,youtube
            """
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [6, 0, 0, 1])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, url, status, duplicate_of FROM activity ORDER BY id") == [
            ["U1", "https://x.vn/a", "scored", nil],
            ["U2", "https://x.vn/a/?q=1", "scored", nil],
            ["U3", "http://doan.quynhon.vn/Tin/123", "scored", nil],
            ["U4", "https://x.vn", "scored", nil],
            ["U5", "https://x.vn/a", "duplicate", "U1"],
            ["U6", "https://x.vn/a/b/", "scored", nil],
        ])
        let bad = "id,date,type,unit,url,channel\nU7,2026-11-23,article_posted,QN-GHENHRANG,ftp://x.vn/a,web\nU8,2026-11-23,article_posted,QN-GHENHRANG,www.x.vn,web\n"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", bad)]) } == [
            "activities.csv:2: url: 'ftp://x.vn/a' is not an http or https URL",
            "activities.csv:3: url: 'www.x.vn' is not an http or https URL",
        ])
        try expectPointsCurrent(ledger)
    }

    /// Text that a spreadsheet would run as a formula, or that would break string-built SQL, is stored as it is.
    @Test func formulaAndSQLLookingTextIsStoredAsPlainText() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = #"""
            id,name,unit
            F1,"=HYPERLINK(""http://x"",""y"")",AL-ANHUNG
            F2,+1,AL-ANHUNG
            F3,-2,AL-ANHUNG
            F4,@SUM(A1),AL-ANHUNG
            F5,Robert'); DROP TABLE member;--,AL-ANHUNG
            F6,"'; DELETE FROM unit; --",AL-ANHUNG
            """#
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [6, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name FROM member ORDER BY id") == [
            ["F1", "=HYPERLINK(\"http://x\",\"y\")"], ["F2", "+1"], ["F3", "-2"], ["F4", "@SUM(A1)"],
            ["F5", "Robert'); DROP TABLE member;--"], ["F6", "'; DELETE FROM unit; --"],
        ])
        #expect(try scratch.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('unit', 'member', 'activity', 'audit') ORDER BY name")
            == [["activity"], ["audit"], ["member"], ["unit"]])
        #expect(try scratch.count("SELECT count(*) FROM unit") == 8)
        // Re-importing the same rows finds them unchanged: what was stored is exactly what was read.
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [0, 0, 6, 0])
        try expectPointsCurrent(ledger)
    }
}
