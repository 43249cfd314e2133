import ChungtayAwards
import ChungtayCore
import CXlsxWriter
import Foundation

/// `awards --format xlsx`: a real workbook written by libxlsxwriter, one sheet per award, the committee's columns
/// under a bold frozen header row, sensible widths, rank and score as numbers and every text as a string (so that
/// a name such as `=HYPERLINK(…)` stays text). Each sheet prints on A4 with the award's title in its page header.
public enum AwardsWorkbook {
    /// Why the workbook could not be made (exit 73).
    public struct Failure: Refusal, Sendable {
        public let message: String

        public var exitCode: Int32 { 73 }

        public func lines(_ lang: Language) -> [String] {
            [lang.pick("không tạo được tệp xlsx: \(message)", "cannot make the xlsx file: \(message)")]
        }
    }

    /// The workbook's bytes. libxlsxwriter writes only to a file: it writes one in the temporary folder, which is
    /// read back and removed.
    public static func data(_ nominations: Nominations, _ lang: Language) throws(Failure) -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-awards-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let workbook = workbook_new(path) else { throw Failure(message: "libxlsxwriter could not start a workbook at \(path)") }
        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let wrapped = workbook_add_format(workbook)
        format_set_text_wrap(wrapped)
        format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let score = workbook_add_format(workbook)
        format_set_num_format(score, "0.00")
        format_set_align(score, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let title = workbook_add_format(workbook)
        format_set_bold(title)
        format_set_font_size(title, 14)
        let whole = workbook_add_format(workbook)
        format_set_num_format(whole, "0")
        format_set_align(whole, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))

        var names = Set<String>()
        // A workbook needs at least one sheet: with no awards, one sheet says so.
        let lists: [AwardList?] = nominations.lists.isEmpty ? [nil] : nominations.lists
        for list in lists {
            let name = sheetName(list.map { shortName($0.award.title) } ?? lang.pick("Khen thưởng", "Awards"), taken: &names)
            guard let sheet = workbook_add_worksheet(workbook, name) else {
                workbook_close(workbook)
                throw Failure(message: "libxlsxwriter refused the sheet name '\(name)'")
            }
            worksheet_set_paper(sheet, 9)
            worksheet_set_landscape(sheet)
            worksheet_fit_to_pages(sheet, 1, 0)
            guard let list else {
                worksheet_write_string(sheet, 0, 0, AwardsText.noAwards(lang), nil)
                continue
            }
            // The award's full title, the period, the day the list was drawn and up to which date its data go; the
            // committee's columns below them.
            worksheet_write_string(sheet, 0, 0, list.award.title, title)
            worksheet_write_string(sheet, 1, 0, AwardsText.period(nominations, lang) + " · " + AwardsText.drawn(nominations, lang), nil)
            let headerRow: UInt32 = 3
            worksheet_repeat_rows(sheet, headerRow, headerRow)
            worksheet_set_header(sheet, "&C" + String(list.award.title.replacingOccurrences(of: "&", with: "&&").prefix(200)))
            for (column, width) in [6.0, 28, 30, 28, 9, 9, 60, 34].enumerated() {
                worksheet_set_column(sheet, UInt16(column), UInt16(column), width, column >= 6 ? wrapped : nil)
            }
            for (column, text) in AwardsText.headers(list.award.board, lang).enumerated() {
                worksheet_write_string(sheet, headerRow, UInt16(column), text, header)
            }
            worksheet_freeze_panes(sheet, headerRow + 1, 0)
            for (index, nominee) in list.nominees.enumerated() {
                let line = AwardsText.line(nominee, list, names: nominations.unitNames, lang)
                let row = headerRow + 1 + UInt32(index)
                worksheet_write_number(sheet, row, 0, Double(line.n), whole)
                for (column, text) in [(1, line.name), (2, line.unit), (3, line.district), (6, line.achievements), (7, line.note)] {
                    worksheet_write_string(sheet, row, UInt16(column), text, wrapped)
                }
                worksheet_write_number(sheet, row, 4, Double(line.rank), whole)
                worksheet_write_number(sheet, row, 5, Double(line.score.hundredths) / 100, score)
            }
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw Failure(message: "libxlsxwriter could not write the workbook: \(String(cString: lxw_strerror(status)))")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(message: "could not read back the workbook: \(error.localizedDescription)")
        }
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

    /// A sheet name Excel accepts: none of `[]:*?/\`, no apostrophe at either end, at most 31 characters, and unlike
    /// every name already taken (compared without case, as Excel does).
    static func sheetName(_ wanted: String, taken: inout Set<String>) -> String {
        var base = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        // Excel counts code points, not what Swift calls characters.
        func prefix(_ count: Int) -> String { String(String.UnicodeScalarView(base.unicodeScalars.prefix(count))) }
        var name = prefix(31)
        var number = 2
        while taken.contains(name.lowercased()) {
            let suffix = "~\(number)"
            name = prefix(31 - suffix.count) + suffix
            number += 1
        }
        taken.insert(name.lowercased())
        return name
    }
}
