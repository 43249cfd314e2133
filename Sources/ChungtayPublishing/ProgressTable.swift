import ChungtayAwards
import ChungtayCore

/// `progress` in the default format: the indicators against their targets, then their values per district.
public enum ProgressTable {
    public static func text(_ progress: Progress, _ lang: Language) -> String {
        var output = ProgressText.title(progress, lang) + "\n" + ProgressText.summary(progress, lang) + "\n\n"
        guard !progress.indicators.isEmpty else { return output + ProgressText.none(lang) + "\n" }
        var table = TextTable(headers: ProgressText.headers(lang), alignments: [.left, .right, .right, .right, .left, .right])
        for item in progress.indicators { table.append(ProgressText.cells(item, lang)) }
        output += table.rendered()
        let districts = ProgressText.districtRows(progress, lang)
        guard !districts.rows.isEmpty else { return output }
        var byDistrict = TextTable(headers: districts.headers,
                                   alignments: [.left, .left] + Array(repeating: TextTable.Alignment.right, count: districts.headers.count - 2))
        for row in districts.rows { byDistrict.append(row) }
        return output + "\n" + ProgressText.districtHeading(lang) + "\n" + byDistrict.rendered()
    }
}
