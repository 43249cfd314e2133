import ChungtayAwards
import ChungtayCore

/// `progress --format md`: the indicators against their targets, then their values per district, as pipe tables.
public enum ProgressMarkdown {
    public static func text(_ progress: Progress, _ lang: Language) -> String {
        var output = "## " + BoardMarkdown.escaped(ProgressText.title(progress, lang)) + "\n\n"
            + BoardMarkdown.escaped(ProgressText.summary(progress, lang)) + "\n\n"
        guard !progress.indicators.isEmpty else { return output + BoardMarkdown.escaped(ProgressText.none(lang)) + "\n" }
        output += BoardMarkdown.row(ProgressText.headers(lang)) + BoardMarkdown.row(["---:", "---", "---:", "---:", "---:", "---", "---:"], escaping: false)
        for (index, item) in progress.indicators.enumerated() { output += BoardMarkdown.row(ProgressText.cells(item, number: index + 1, lang)) }
        let districts = ProgressText.districtRows(progress, numbered: false, lang)
        guard !districts.rows.isEmpty else { return output }
        output += "\n### " + BoardMarkdown.escaped(ProgressText.districtHeading(progress, lang)) + "\n\n" + BoardMarkdown.row(districts.headers)
        output += BoardMarkdown.row(["---", "---"] + Array(repeating: "---:", count: districts.headers.count - 2), escaping: false)
        for row in districts.rows { output += BoardMarkdown.row(row) }
        return output
    }
}
