/// A plain-text table with columns aligned by what a terminal shows, not by bytes: Vietnamese letters with
/// diacritics (NFC) are one column each, however many bytes they take.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public let headers: [String]
    public let alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a row must have one cell per column")
        rows.append(row)
    }

    /// The table as lines ending in `\n`: header, a rule, then the rows; each line without trailing spaces.
    public func rendered() -> String {
        // Each cell's width is counted once; a board of every member has tens of thousands of cells.
        var widths = headers.map(Self.displayWidth)
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity(rows.count * headers.count)
        for row in rows {
            for (index, cell) in row.enumerated() {
                let width = Self.displayWidth(cell)
                cellWidths.append(width)
                widths[index] = max(widths[index], width)
            }
        }
        var output: [UInt8] = []
        func spaces(_ count: Int) {
            for _ in 0 ..< max(count, 0) { output.append(UInt8(ascii: " ")) }
        }
        func line(_ cells: [String], widthOf: (Int) -> Int) {
            let start = output.count
            for (index, cell) in cells.enumerated() {
                if index > 0 { spaces(2) }
                let padding = widths[index] - widthOf(index)
                if alignments[index] == .right { spaces(padding) }
                output.append(contentsOf: cell.utf8)
                if alignments[index] == .left { spaces(padding) }
            }
            while output.count > start, output.last == UInt8(ascii: " ") { output.removeLast() }
            output.append(UInt8(ascii: "\n"))
        }
        line(headers) { Self.displayWidth(headers[$0]) }
        line(widths.map { String(repeating: "─", count: $0) }) { widths[$0] }
        for (number, row) in rows.enumerated() {
            line(row) { cellWidths[number * headers.count + $0] }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Columns a terminal uses for the text: one per grapheme cluster (East Asian wide characters aside,
    /// which the campaign's data does not use). Text of printable ASCII and precomposed Latin letters (U+00A0–U+02FF,
    /// U+1E00–U+1EFF: every Vietnamese letter, with its tone) is one column a character, counted from its UTF-8 bytes
    /// without finding grapheme clusters.
    public static func displayWidth(_ text: String) -> Int {
        var text = text
        let plain = text.withUTF8 { bytes -> Int? in
            var columns = 0
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                switch byte {
                case 0x20 ..< 0x7F:
                    offset += 1
                case 0xC2 ... 0xCB where offset + 1 < bytes.count && (byte > 0xC2 || bytes[offset + 1] >= 0xA0):
                    offset += 2
                case 0xE1 where offset + 2 < bytes.count && (0xB8 ... 0xBB).contains(bytes[offset + 1]):
                    offset += 3
                default:
                    return nil
                }
                columns += 1
            }
            return columns
        }
        return plain ?? text.count
    }
}
