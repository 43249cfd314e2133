import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// data.md, Reading a file: RFC 4180 CSV, the delimiter taken from the header line, line ends, blank lines,
/// header names and their Vietnamese aliases.
@Suite struct CSVReadingTests {
    static let storedUnits: [[String?]] = [
        ["AL", "Huyện đoàn An Lão", "BD", "district", nil, "mountain", nil],
        ["AL-ANHUNG", "Đoàn xã An Hưng", "AL", "grassroots", "commune", "", "40"],
        ["AL-ANHUNG-T1", "Chi đoàn thôn 1", "AL-ANHUNG", "cell", nil, "", nil],
        ["BD", "Tỉnh đoàn Bình Định", nil, "province", nil, "", nil],
        ["BD-BVTINH", "Đoàn cơ sở Bệnh viện tỉnh", "BD", "grassroots", "agency", "", "25"],
        ["QN", "Thành đoàn Quy Nhơn", "BD", "district", nil, "", nil],
        ["QN-GHENHRANG", "Đoàn phường Ghềnh Ráng", "QN", "grassroots", "ward", "", "60"],
        ["QN-QUANGTRUNG", "Đoàn trường THPT Quang Trung", "QN", "grassroots", "school", "", "30"],
    ]
    static let unitQuery = "SELECT code, name, parent, level, sector, area, members FROM unit ORDER BY code"

    @Test func semicolonFileWithVietnameseHeadersMeansTheSameAsTheEnglishOne() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let text = """
            Mã đơn vị;Tên đơn vị;Đơn vị cấp trên;Cấp;Khối;Địa bàn;Số đoàn viên
            BD;Tỉnh đoàn Bình Định;;province;;;
            AL;Huyện đoàn An Lão;BD;district;;mountain;
            QN;Thành đoàn Quy Nhơn;BD;district;;;
            AL-ANHUNG;Đoàn xã An Hưng;AL;grassroots;commune;;40
            AL-ANHUNG-T1;Chi đoàn thôn 1;AL-ANHUNG;cell;;;
            QN-GHENHRANG;Đoàn phường Ghềnh Ráng;QN;grassroots;ward;;60
            QN-QUANGTRUNG;Đoàn trường THPT Quang Trung;QN;grassroots;school;;30
            BD-BVTINH;Đoàn cơ sở Bệnh viện tỉnh;BD;grassroots;agency;;25

            """
        #expect(counts(try ledger.importUnits([LedgerFixture.source("don-vi.csv", text)])) == [8, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(Self.unitQuery) == Self.storedUnits)
        #expect(counts(try ledger.importUnits([LedgerFixture.resource("units.csv")])) == [0, 0, 8, 0])
        try expectPointsCurrent(ledger)
    }

    @Test(arguments: [
        "ma_doan_vien,HỌ VÀ TÊN,Don_Vi,Năm sinh,đối tượng,TRANG THAI",
        "MA DOAN VIEN,ho va ten,đơn vị,nam_sinh,Doi Tuong,trạng thái",
        "Mã đoàn viên,Họ và tên,Đơn vị,Năm sinh,Đối tượng,Trạng thái",
        "ID,Name,UNIT,Birth Year,GROUP,Status",
    ])
    func memberHeadersMatchIgnoringCaseDiacriticsSpacesAndUnderscores(header: String) throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = header + "\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1,1998,resident,inactive\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows(EncodingTests.memberQuery) == [["DV001", "Nguyễn Thị Lan", "AL-ANHUNG-T1", "1998", "resident", "inactive"]])
    }

    /// In an activities file `Đoàn viên` is `member` (and `Đơn vị` is `unit`, `Mã` is `id`).
    @Test func activityHeadersInVietnamese() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = """
            Mã;Ngày;Loại;Đoàn viên;Đơn vị;Mức độ;Mã hồ sơ;Người dân;Đối tượng;Trực tuyến;Thanh toán trực tuyến;Đường dẫn;Kênh;Số người;Số giờ;Ghi chú
            V1;23/11/2026;dossier_assisted;DV003;QN-QUANGTRUNG;3;HS-100;;;có;không;;;;;Đã nộp
            """
        #expect(counts(try ledger.importActivities([LedgerFixture.source("hoat-dong.csv", text)])) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, date, type, member, unit, level, dossier, online, paid_online, note, points FROM activity") == [
            ["V1", "2026-11-23", "dossier_assisted", "DV003", "QN-QUANGTRUNG", "3", "HS-100", "1", "0", "Đã nộp", "300"],
        ])
    }

    @Test func tabDelimitedFile() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id\tname\tunit\tgroup\nDV001\tNguyễn Thị Lan\tAL-ANHUNG-T1\tresident\nDV002\tĐinh Văn Hùng, con\tAL-ANHUNG\t\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name, unit, \"group\" FROM member ORDER BY id") == [
            ["DV001", "Nguyễn Thị Lan", "AL-ANHUNG-T1", "resident"],
            ["DV002", "Đinh Văn Hùng, con", "AL-ANHUNG", nil],
        ])
    }

    @Test func crlfLineEndsLeaveNoCarriageReturnInAnyValue() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit,status\r\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1,\r\nDV002,Đinh Văn Hùng,AL-ANHUNG,\"inactive\"\r\n"
            + "DV003,\"Trần\r\nMinh Âu\",QN-GHENHRANG,disciplined\r\nDV004,Bùi Thị Hà,QN-QUANGTRUNG,active"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [4, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name, unit, status FROM member ORDER BY id") == [
            ["DV001", "Nguyễn Thị Lan", "AL-ANHUNG-T1", "active"],
            ["DV002", "Đinh Văn Hùng", "AL-ANHUNG", "inactive"],
            ["DV003", "Trần Minh Âu", "QN-GHENHRANG", "disciplined"],
            ["DV004", "Bùi Thị Hà", "QN-QUANGTRUNG", "active"],
        ])
    }

    @Test func rfc4180QuotingWithCommaDoubledQuoteAndLineBreak() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = #"""
            id,name,unit
            DV001,"Nguyễn, Thị ""Lan""",AL-ANHUNG-T1
            "DV002","Đinh Văn
            Hùng",AL-ANHUNG
            DV003,Trần Minh Âu,QN-GHENHRANG

            """#
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today)) == [3, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, name FROM member ORDER BY id") == [
            ["DV001", "Nguyễn, Thị \"Lan\""], ["DV002", "Đinh Văn Hùng"], ["DV003", "Trần Minh Âu"],
        ])
    }

    /// A record spanning lines 3–5 moves the next record to physical line 6.
    @Test func theLineOfARecordIsThePhysicalLineWhereItStarts() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = """
            id,name,unit
            DV001,Nguyễn Thị Lan,AL-ANHUNG-T1
            DV002,"Đinh
            Văn
            Hùng",NOPE
            DV003,Trần Minh Âu,GONE

            """
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == [
            "members.csv:3: unit: no unit has code NOPE; import the units first",
            "members.csv:6: unit: no unit has code GONE; import the units first",
        ])
        let located = diagnostics { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(located.map(\.file) == ["members.csv", "members.csv"])
        #expect(located.map(\.location) == [.line(3, column: "unit"), .line(6, column: "unit")])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func blankLinesAreSkippedAnywhereButStillCounted() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let good = "\n\nid,name,unit\n\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1\n  \t \n\r\nDV002,Đinh Văn Hùng,AL-ANHUNG\n\n\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", good)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let bad = "id,name,unit\n\nDV003,Trần Minh Âu,NOPE\n \n\nDV004,Bùi Thị Hà,GONE\n\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", bad)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == [
            "members.csv:3: unit: no unit has code NOPE; import the units first",
            "members.csv:6: unit: no unit has code GONE; import the units first",
        ])
        #expect(try scratch.count("SELECT count(*) FROM member") == 2)
        try expectPointsCurrent(ledger)
    }

    /// A line of nothing but white space (spaces, TAB, the no-break space a web page brings, the ideographic space, a
    /// CR) is blank, and still counted for the lines of later messages.
    @Test func aLineOfWhiteSpaceIsBlank() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "\u{A0}\nid;name;unit\n \u{A0}\t\u{A0}\r\nDV001;Nguyễn Thị Lan;AL-ANHUNG-T1\n\u{3000}\u{2009}\n\u{A0}\nDV002;Đinh Văn Hùng;NOPE\n\u{202F}"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        #expect(found == ["members.csv:7: unit: no unit has code NOPE; import the units first"])
        let good = text.replacingOccurrences(of: "NOPE", with: "AL-ANHUNG")
        #expect(counts(try ledger.importMembers([LedgerFixture.source("members.csv", good)], today: LedgerFixture.today)) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // A no-break space beside a value is still trimmed from it, not taken for a blank line.
        #expect(try scratch.rows("SELECT id, name FROM member ORDER BY id") == [["DV001", "Nguyễn Thị Lan"], ["DV002", "Đinh Văn Hùng"]])
    }

    @Test func aRowWithTooManyOrTooFewFieldsIsAnError() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1,1998\nDV002,Đinh Văn Hùng\nDV003,Trần Minh Âu,QN-GHENHRANG\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == [
            "members.csv:2: the row has 4 fields but the header has 3; check delimiters and quotes",
            "members.csv:3: the row has 2 fields but the header has 3; check delimiters and quotes",
        ])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func aStrayQuoteInsideAnUnquotedFieldIsAnError() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit\nDV001,Nguyễn \"Lan\" Thị,AL-ANHUNG-T1\nDV002,Đinh Văn Hùng,AL-ANHUNG\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == ["members.csv:2: a stray quote inside an unquoted field; quote the field and double the quotes inside it"])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    /// 0.5 point per hour: 1,5 hours give 0.75 points (75 hundredths); BD-BVTINH has no multiplier.
    @Test func decimalCommaInASemicolonFile() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = "id;date;type;member;hours\nH1;2026-11-23;volunteer_shift;DV005;1,5\nH2;2026-11-24;volunteer_shift;DV005;2.25\n"
        #expect(counts(try ledger.importActivities([LedgerFixture.source("ca-truc.csv", text)])) == [2, 0, 0, 0])
        try expectPointsCurrent(ledger)
        // 2.25 × 0.5 = 1.125 → 1.13 (half away from zero)
        #expect(try scratch.rows("SELECT id, hours, points FROM activity ORDER BY id") == [["H1", "1.5", "75"], ["H2", "2.25", "113"]])
    }

    @Test func decimalCommaIsNotADecimalMarkInACommaFileAndTwoDecimalsAtMost() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let comma = "id,date,type,member,hours\nH1,2026-11-23,volunteer_shift,DV005,\"1,5\"\n"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("a.csv", comma)]) } == [
            "a.csv:2: hours: '1,5' must be a number from 0 to 100000 with at most two decimals",
        ])
        try expectPointsCurrent(ledger)
        let threeDecimals = "id;date;type;member;hours\nH1;2026-11-23;volunteer_shift;DV005;1,255\nH2;2026-11-23;volunteer_shift;DV005;-1\n"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("b.csv", threeDecimals)]) } == [
            "b.csv:2: hours: '1,255' must be a number from 0 to 100000 with at most two decimals",
            "b.csv:3: hours: '-1' must be a number from 0 to 100000 with at most two decimals",
        ])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM activity") == 0)
    }

    @Test func anUnknownColumnIsNamedWithTheClosestKnownName() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit,birth_yaer,Đối tượg\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1,1998,resident\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == [
            "members.csv:1: birth_yaer: unknown column; did you mean 'birth_year'?",
            "members.csv:1: Đối tượg: unknown column; did you mean 'đối tượng'?",
        ])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func aRepeatedColumnIsAnError() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let text = "id,name,unit,Họ và tên\nDV001,Nguyễn Thị Lan,AL-ANHUNG-T1,Nguyễn Thị Lan\n"
        let found = problems { try ledger.importMembers([LedgerFixture.source("members.csv", text)], today: LedgerFixture.today) }
        try expectPointsCurrent(ledger)
        #expect(found == ["members.csv:1: Họ và tên: repeated column (already given as 'name'); keep one"])
        #expect(try scratch.count("SELECT count(*) FROM member") == 0)
    }

    @Test func aMissingRequiredColumnIsAnError() throws {
        let scratch = try Scratch()
        let ledger = try scratch.ledger()
        let members = "id,name\nDV001,Nguyễn Thị Lan\n"
        #expect(problems { try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today) } == [
            "members.csv:1: unit: missing required column (Vietnamese name: 'đơn vị')",
        ])
        try expectPointsCurrent(ledger)
        let units = "code,parent\nBD,\n"
        #expect(problems { try ledger.importUnits([LedgerFixture.source("units.csv", units)]) } == [
            "units.csv:1: name: missing required column (Vietnamese name: 'tên đơn vị')",
            "units.csv:1: level: missing required column (Vietnamese name: 'cấp')",
        ])
        try expectPointsCurrent(ledger)
        let activities = "id,member,dossier\nA1,DV001,HS-1\n"
        #expect(problems { try ledger.importActivities([LedgerFixture.source("activities.csv", activities)]) } == [
            "activities.csv:1: date: missing required column (Vietnamese name: 'ngày')",
            "activities.csv:1: type: missing required column (Vietnamese name: 'loại')",
        ])
        try expectPointsCurrent(ledger)
    }

    @Test func theExtensionDecidesTheFormatInAnyCase() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: false)
        let jsonl = #"{"id": "DV001", "name": "Nguyễn Thị Lan", "unit": "AL-ANHUNG-T1"}"# + "\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("MEMBERS.JSONL", jsonl)], today: LedgerFixture.today)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        let csv = "id,name,unit\nDV002,Đinh Văn Hùng,AL-ANHUNG\n"
        #expect(counts(try ledger.importMembers([LedgerFixture.source("Members.Csv", csv)], today: LedgerFixture.today)) == [1, 0, 0, 0])
        try expectPointsCurrent(ledger)
        #expect(try scratch.count("SELECT count(*) FROM member") == 2)
    }
}
