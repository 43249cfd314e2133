import ChungtayCore
import CXlsxWriter
import Foundation

/// A workbook being written by libxlsxwriter, with the cell formats every chungtay workbook uses. libxlsxwriter
/// writes only to a file: the workbook is written in the temporary folder, read back by ``finished()`` and removed.
struct Workbook {
    /// Why a workbook could not be made (exit 73).
    struct Failure: Refusal, Sendable {
        let message: String

        var exitCode: Int32 { 73 }

        func lines(_ lang: Language) -> [String] {
            [lang.pick("không tạo được tệp xlsx: \(message)", "cannot make the xlsx file: \(message)")]
        }
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let path: String
    /// Bold, wrapped, at the top of the cell: column headers.
    let header: UnsafeMutablePointer<lxw_format>
    /// Wrapped text at the top of the cell.
    let wrapped: UnsafeMutablePointer<lxw_format>
    /// Points, with two decimals.
    let points: UnsafeMutablePointer<lxw_format>
    /// A whole number.
    let whole: UnsafeMutablePointer<lxw_format>
    /// Bold and large: the sheet's title row.
    let title: UnsafeMutablePointer<lxw_format>
    /// Sheet names taken so far, compared without case as Excel does.
    private var names = Set<String>()

    init() throws(Failure) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-\(UUID().uuidString).xlsx").path
        guard let workbook = workbook_new(path) else { throw Failure(message: "libxlsxwriter could not start a workbook at \(path)") }
        self.workbook = workbook
        let top = UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
        header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_text_wrap(header)
        format_set_align(header, top)
        wrapped = workbook_add_format(workbook)
        format_set_text_wrap(wrapped)
        format_set_align(wrapped, top)
        points = workbook_add_format(workbook)
        format_set_num_format(points, "0.00")
        format_set_align(points, top)
        whole = workbook_add_format(workbook)
        format_set_num_format(whole, "0")
        format_set_align(whole, top)
        title = workbook_add_format(workbook)
        format_set_bold(title)
        format_set_font_size(title, 14)
    }

    /// A new sheet named as close to `wanted` as Excel allows (``sheetName(_:taken:)``), printing on A4 landscape,
    /// one page wide, with `pageHeader` (where not empty) centred at the top of every page.
    mutating func sheet(_ wanted: String, pageHeader: String) throws(Failure) -> UnsafeMutablePointer<lxw_worksheet> {
        let name = Self.sheetName(wanted, taken: &names)
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            workbook_close(workbook)
            try? FileManager.default.removeItem(atPath: path)
            throw Failure(message: "libxlsxwriter refused the sheet name '\(name)'")
        }
        worksheet_set_paper(sheet, 9)
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        if !pageHeader.isEmpty {
            worksheet_set_header(sheet, "&C" + String(pageHeader.replacingOccurrences(of: "&", with: "&&").prefix(200)))
        }
        return sheet
    }

    /// Column headers in `row`, bold, repeated at the top of every printed page and frozen on screen.
    func headerRow(_ headers: [String], row: UInt32, widths: [Double], on sheet: UnsafeMutablePointer<lxw_worksheet>,
                   wrappedFrom: Int = Int.max) {
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, UInt16(column), UInt16(column), width, column >= wrappedFrom ? wrapped : nil)
        }
        for (column, text) in headers.enumerated() { worksheet_write_string(sheet, row, UInt16(column), text, header) }
        worksheet_repeat_rows(sheet, row, row)
        worksheet_freeze_panes(sheet, row + 1, 0)
    }

    /// Closes the workbook and gives its bytes.
    func finished() throws(Failure) -> Data {
        defer { try? FileManager.default.removeItem(atPath: path) }
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
