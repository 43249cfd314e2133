@testable import ChungtayPublishing
import Testing

@Suite struct AwardsWorkbookTests {
    /// Short, unique Vietnamese sheet names (issue 17), from the awards' titles.
    @Test func sheetNamesAreShortFormsOfTheTitles() {
        #expect(AwardsWorkbook.shortName("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)") == "BK UBND tỉnh cá nhân")
        #expect(AwardsWorkbook.shortName("Giấy khen của Ban Thường vụ Tỉnh đoàn (tập thể cơ sở Đoàn)") == "GK BTV TĐ tập thể cơ sở")
        #expect(AwardsWorkbook.shortName("Giấy khen của Ban Thường vụ Tỉnh đoàn (tập thể Huyện, Thị, Thành đoàn, Đoàn trực thuộc)")
            == "GK BTV TĐ tập thể cấp huyện")
        var taken = Set<String>()
        let names = ["Giấy khen của Ban Thường vụ Tỉnh đoàn (cá nhân)", "Giấy khen của Ban Thường vụ Tỉnh đoàn (cá nhân)"]
            .map { Workbook.sheetName(AwardsWorkbook.shortName($0), taken: &taken) }
        #expect(names == ["GK BTV TĐ cá nhân", "GK BTV TĐ cá nhân~2"])
    }

    @Test func sheetNamesExcelAccepts() {
        var taken = Set<String>()
        // Forbidden characters become '-', apostrophes at either end go, and a long id is cut to 31 characters.
        #expect(Workbook.sheetName("gk/ca:nhan[1]*?\\", taken: &taken) == "gk-ca-nhan-1----")
        #expect(Workbook.sheetName("'bk'", taken: &taken) == "bk")
        let long = "giay-khen-ban-thuong-vu-tinh-doan-ca-nhan"
        #expect(Workbook.sheetName(long, taken: &taken) == "giay-khen-ban-thuong-vu-tinh-do")
        // The same name again (Excel compares without case) gets a number, still within 31 characters.
        #expect(Workbook.sheetName(long.uppercased(), taken: &taken) == "GIAY-KHEN-BAN-THUONG-VU-TINH-~2")
        #expect(Workbook.sheetName("BK", taken: &taken) == "BK~2")
        #expect(Workbook.sheetName("'", taken: &taken) == "Sheet")
        // Vietnamese letters count as one character each.
        #expect(Workbook.sheetName(String(repeating: "ệ", count: 40), taken: &taken) == String(repeating: "ệ", count: 31))
    }

    @Test func htmlEscapesEveryValue() {
        #expect(AwardsHTML.escaped(#"<b>"Tú" & 'Lan'</b>"#) == "&lt;b&gt;&quot;Tú&quot; &amp; &#39;Lan&#39;&lt;/b&gt;")
    }
}
