import ChungtayAwards
import ChungtayCore

/// `awards --format html`: one self-contained page (no outside scripts, fonts or images) that prints as an A4
/// landscape list per award, in the committee's columns (the names and units never squeezed below 38 mm), with the
/// footnotes for ranks left out, each award on a page of its own. Every value is escaped.
public enum AwardsHTML {
    public static func text(_ nominations: Nominations, _ lang: Language) -> String {
        var body = "<header>\n<h1>\(escaped(lang.pick("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "NOMINEES FOR COMMENDATION")))</h1>\n"
        body += "<p class=\"sub\">\(escaped(AwardsText.period(nominations, lang)))</p>\n"
        body += "<p class=\"sub\">\(escaped(AwardsText.summary(nominations, lang)))<br>\(escaped(AwardsText.drawn(nominations, lang)))</p>\n</header>\n"
        if nominations.lists.isEmpty { body += "<p>\(escaped(AwardsText.noAwards(lang)))</p>\n" }
        for list in nominations.lists {
            body += "<section>\n<h2>\(escaped(list.award.title))</h2>\n"
            body += "<p class=\"sub\">\(escaped(AwardsText.detail(list, lang)))</p>\n"
            guard !list.nominees.isEmpty else {
                body += "<p>\(escaped(AwardsText.nobody(lang)))</p>\n</section>\n"
                continue
            }
            let headers = AwardsText.headers(list.award.board, lang)
            body += "<table>\n<thead><tr>" + headers.map { "<th>\(escaped($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for nominee in list.nominees {
                let cells = AwardsText.cells(AwardsText.line(nominee, list, nominations, lang), lang)
                body += "<tr>" + cells.enumerated().map { index, cell in
                    // STT, rank and score are numbers: right-aligned.
                    [0, 4, 5].contains(index) ? "<td class=\"num\">\(escaped(cell))</td>" : "<td>\(escaped(cell))</td>"
                }.joined() + "</tr>\n"
            }
            body += "</tbody>\n</table>\n"
            let footnotes = AwardsText.footnotes(list, lang)
            if !footnotes.isEmpty {
                body += "<div class=\"notes\"><p>\(escaped(AwardsText.footnoteHeading(lang)))</p>\n<ul>\n"
                    + footnotes.map { "<li>\(escaped($0))</li>\n" }.joined() + "</ul></div>\n"
            }
            body += "<p class=\"total\">\(escaped(lang.pick("Tổng số: \(list.nominees.count)", "Total: \(list.nominees.count)")))</p>\n</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(AwardsText.title(nominations, lang)))</title>
            <style>
            @page { size: A4 landscape; margin: 12mm 12mm; }
            body { font-family: "Times New Roman", Times, serif; font-size: 12pt; color: #000; margin: 0 auto; max-width: 273mm; }
            h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt; }
            h2 { font-size: 13pt; text-align: center; margin: 12pt 0 2pt; }
            .sub { text-align: center; margin: 0 0 6pt; }
            section + section { break-before: page; page-break-before: always; }
            table { width: 100%; border-collapse: collapse; margin-top: 6pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
            th { background: #eee; text-align: center; }
            td.num { text-align: right; white-space: nowrap; }
            th:nth-child(2), td:nth-child(2), th:nth-child(3), td:nth-child(3) { min-width: 38mm; }
            th:nth-child(4), td:nth-child(4) { min-width: 30mm; }
            .notes { margin-top: 4pt; font-size: 10.5pt; }
            .notes p { margin: 0; font-style: italic; }
            .notes ul { margin: 2pt 0 0; padding-left: 14pt; }
            .total { margin-top: 4pt; font-style: italic; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The text with HTML's special characters escaped, so that a name shows as written and never as markup.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
