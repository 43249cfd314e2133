import ChungtayAwards
import ChungtayCore

/// `progress` in the default format: the indicators against their targets, then their values per district, within
/// 120 columns of a terminal (long labels wrapped; the district table split, its columns headed by the indicators'
/// numbers).
public enum ProgressTable {
    /// The widest label line of the indicators' table, and how many indicators one district table holds.
    static let labelWidth = 56, indicatorsPerTable = 6

    public static func text(_ progress: Progress, _ lang: Language) -> String {
        var output = ProgressText.title(progress, lang) + "\n" + ProgressText.summary(progress, lang) + "\n\n"
        guard !progress.indicators.isEmpty else { return output + ProgressText.none(lang) + "\n" }
        var table = TextTable(headers: ProgressText.headers(lang), alignments: [.right, .left, .right, .right, .right, .left, .right])
        for (index, item) in progress.indicators.enumerated() {
            var cells = ProgressText.cells(item, number: index + 1, lang)
            let lines = wrapped(cells[1], width: labelWidth)
            cells[1] = lines[0]
            table.append(cells)
            for line in lines.dropFirst() { table.append(["", line, "", "", "", "", ""]) }
        }
        output += table.rendered()
        let districts = ProgressText.districtRows(progress, numbered: true, lang)
        guard !districts.rows.isEmpty else { return output }
        output += "\n" + ProgressText.districtHeading(progress, lang) + "\n"
        for start in stride(from: 2, to: districts.headers.count, by: indicatorsPerTable) {
            let columns = [0, 1] + Array(start ..< min(start + indicatorsPerTable, districts.headers.count))
            var part = TextTable(headers: columns.map { districts.headers[$0] },
                                 alignments: [.left, .left] + Array(repeating: TextTable.Alignment.right, count: columns.count - 2))
            for row in districts.rows { part.append(columns.map { row[$0] }) }
            output += (start > 2 ? "\n" : "") + part.rendered()
        }
        return output
    }

    /// The text in lines of at most `width` display columns, broken at spaces (a longer word stands alone).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, TextTable.displayWidth(line) + 1 + TextTable.displayWidth(String(word)) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}
