import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Reading a file: the encodings an input file may come in, and the files that have no header.
@Suite struct EncodingTests {
    /// The fixture members as stored, the reference every encoding must give.
    static let storedMembers: [[String?]] = [
        ["DV001", "Nguyễn Thị Lan", "AL-ANHUNG-T1", "1998", "resident", "active"],
        ["DV002", "Đinh Văn Hùng", "AL-ANHUNG", "1995", "resident", "active"],
        ["DV003", "Trần Minh Âu", "QN-GHENHRANG", "2000", "civil_servant", "active"],
        ["DV004", "Bùi Thị Hà", "QN-QUANGTRUNG", "2008", "student", "active"],
        ["DV005", "Hồ Quốc Bảo", "BD-BVTINH", "1993", "civil_servant", "inactive"],
    ]
    static let memberQuery = "SELECT id, name, unit, birth_year, \"group\", status FROM member ORDER BY id"

    static var membersText: String {
        get throws { try String(contentsOf: LedgerFixture.resources.appendingPathComponent("members.csv"), encoding: .utf8) }
    }

    @Test func utf8WithAndWithoutByteOrderMarkReadTheSame() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = try Self.membersText
        let withBOM = LedgerFixture.source("members.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(counts(try ledger.importMembers([withBOM], today: LedgerFixture.today)) == [5, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(Self.memberQuery) == Self.storedMembers)
        // The same rows without the mark: the header still matches and nothing changes.
        let withoutBOM = LedgerFixture.source("members.csv", text)
        #expect(counts(try ledger.importMembers([withoutBOM], today: LedgerFixture.today)) == [0, 0, 5, 0])
        try expectPointsCurrent(ledger)
    }

    /// What Excel's "Unicode text" writes: UTF-16 with a byte-order mark, TAB between fields, CRLF line ends.
    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsRead(littleEndian: Bool) throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = try Self.membersText.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "\n", with: "\r\n")
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        let summary = try ledger.importMembers([LedgerFixture.source("members.txt.csv", bytes: bytes)], today: LedgerFixture.today)
        try expectPointsCurrent(ledger)
        #expect(counts(summary) == [5, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(Self.memberQuery) == Self.storedMembers)
    }

    /// "Đinh Văn Hùng" in Windows-1258 is D0 69 6E 68 20 56 E3 6E 20 48 F9 6E 67: 0xD0 opens a two-byte UTF-8
    /// sequence that 'i' (0x69) does not continue, so the first invalid byte is the 7th of line 3.
    @Test func windows1258IsRefusedWithTheLineAndByteAndNothingIsWritten() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let bytes = Array("id,name,unit\nDV001,Nguyen Thi Lan,AL-ANHUNG\nDV002,".utf8)
            + [0xD0, 0x69, 0x6E, 0x68, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0x48, 0xF9, 0x6E, 0x67]
            + Array(",AL-ANHUNG\n".utf8)
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", bytes: bytes)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == ["members.csv:3: not UTF-8 (byte 7 of the line); open it in Excel and save as “CSV UTF-8 (Comma delimited)”"])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
        try expectPointsCurrent(ledger)
    }

    @Test func windows1258OnTheHeaderLineIsRefusedAtLine1() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        // "Họ và tên" typed in Windows-1258: H, o + combining dot below (0xF2), space, v, à (0xE0), space, t, ê (0xEA), n.
        let bytes = Array("id,".utf8) + [0x48, 0x6F, 0xF2, 0x20, 0x76, 0xE0, 0x20, 0x74, 0xEA, 0x6E] + Array(",unit\nDV001,Lan,AL-ANHUNG\n".utf8)
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", bytes: bytes)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == ["members.csv:1: not UTF-8 (byte 6 of the line); open it in Excel and save as “CSV UTF-8 (Comma delimited)”"])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("UTF-8 mark only", [0xEF, 0xBB, 0xBF]),
        ("UTF-16 LE mark only", [0xFF, 0xFE]),
        ("UTF-16 BE mark only", [0xFE, 0xFF]),
    ])
    func aFileWithoutAHeaderIsRefused(name: String, bytes: [UInt8]) throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let found = problems { try ledger.importUnits([LedgerFixture.source("units.csv", bytes: bytes)]) }
        try expectPointsCurrent(ledger)
        #expect(found == ["units.csv: the file is empty and has no header; its first line must name the columns"], "\(name)")
        #expect(try scratch.count("SELECT count(*) FROM unit") == 0)
    }

    @Test func aHeaderWithNoRowsImportsNothingAndSucceeds() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", unitsHeader)])) == [0, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // Without a final line end, and with a byte-order mark, it is the same.
        #expect(counts(try ledger.importUnits([LedgerFixture.source("units.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("code,name,level".utf8))])) == [0, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", membersHeader)], today: LedgerFixture.today)) == [0, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", activitiesHeader)])) == [0, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT (SELECT count(*) FROM unit) + (SELECT count(*) FROM member) + (SELECT count(*) FROM activity)") == 0)
    }
}
