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

    /// The table as lines ending in `\n`: header, a rule, then the rows.
    public func rendered() -> String {
        var widths = headers.map(Self.displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
                return alignments[index] == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").trailingSpacesRemoved + "\n"
        }
        return line(headers) + line(widths.map { String(repeating: "─", count: $0) }) + rows.map(line).joined()
    }

    /// Columns a terminal uses for the text: one per grapheme cluster (East Asian wide characters aside,
    /// which the campaign's data does not use).
    public static func displayWidth(_ text: String) -> Int {
        text.count
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
