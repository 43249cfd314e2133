import ChungtayAwards
import ChungtayCore
import CXlsxWriter
import Foundation

/// `awards --format xlsx`: a real workbook (``Workbook``), one sheet per award, the committee's columns under a bold
/// frozen header row, sensible widths, rank and score as numbers and every text as a string (so that a name such as
/// `=HYPERLINK(…)` stays text). Each sheet prints on A4 landscape with the award's title in its page header.
public enum AwardsWorkbook {
    /// The workbook's bytes.
    public static func data(_ nominations: Nominations, _ lang: Language) throws -> Data {
        var workbook = try Workbook()
        // A workbook needs at least one sheet: with no awards, one sheet says so.
        guard !nominations.lists.isEmpty else {
            let sheet = try workbook.sheet(lang.pick("Khen thưởng", "Awards"), pageHeader: "")
            worksheet_write_string(sheet, 0, 0, AwardsText.noAwards(lang), nil)
            return try workbook.finished()
        }
        for list in nominations.lists {
            let sheet = try workbook.sheet(shortName(list.award.title), pageHeader: list.award.title)
            // The award's full title, the period, the day the list was drawn and up to which date its data go; the
            // committee's columns below them.
            worksheet_write_string(sheet, 0, 0, list.award.title, workbook.title)
            worksheet_write_string(sheet, 1, 0, AwardsText.period(nominations, lang) + " · " + AwardsText.drawn(nominations, lang), nil)
            let headerRow: UInt32 = 3
            workbook.headerRow(AwardsText.headers(list.award.board, lang), row: headerRow, widths: [6, 28, 30, 28, 9, 9, 60, 34],
                               on: sheet, wrappedFrom: 6)
            for (index, nominee) in list.nominees.enumerated() {
                let line = AwardsText.line(nominee, list, nominations, lang)
                let row = headerRow + 1 + UInt32(index)
                worksheet_write_number(sheet, row, 0, Double(line.n), workbook.whole)
                for (column, text) in [(1, line.name), (2, line.unit), (3, line.district), (6, line.achievements), (7, line.note)] {
                    worksheet_write_string(sheet, row, UInt16(column), text, workbook.wrapped)
                }
                worksheet_write_number(sheet, row, 4, Double(line.rank), workbook.whole)
                worksheet_write_number(sheet, row, 5, Double(line.score.hundredths) / 100, workbook.points)
            }
            // The footnotes under the list, after a blank row.
            let footnotes = AwardsText.footnotes(list, lang)
            if !footnotes.isEmpty {
                var row = headerRow + UInt32(list.nominees.count) + 2
                worksheet_write_string(sheet, row, 0, AwardsText.footnoteHeading(lang), nil)
                for footnote in footnotes {
                    row += 1
                    worksheet_write_string(sheet, row, 0, footnote, nil)
                }
            }
        }
        return try workbook.finished()
    }

    /// A short name for an award's sheet, from its title, as an office abbreviates it: `Bằng khen của Chủ tịch Ủy ban
    /// nhân dân tỉnh (cá nhân)` → `BK UBND tỉnh cá nhân`.
    static func shortName(_ title: String) -> String {
        var name = title
        for (long, short) in [("Bằng khen", "BK"), ("Giấy khen", "GK"), ("Chủ tịch ", ""), ("Ủy ban nhân dân", "UBND"),
                              ("Ban Thường vụ", "BTV"), ("Ban Chấp hành", "BCH"), ("Trung ương Đoàn", "TW Đoàn"), ("Tỉnh đoàn", "TĐ"),
                              ("Huyện, Thị, Thành đoàn, Đoàn trực thuộc", "cấp huyện"), ("cơ sở Đoàn", "cơ sở"), ("của ", ""),
                              ("(", ""), (")", "")] {
            name = name.replacingOccurrences(of: long, with: short)
        }
        return name.split(separator: " ").joined(separator: " ")
    }
}
