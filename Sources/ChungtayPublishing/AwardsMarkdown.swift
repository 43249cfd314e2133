import ChungtayAwards
import ChungtayCore

/// `awards --format md`: a heading per award over a pipe table of the committee's columns.
public enum AwardsMarkdown {
    public static func text(_ nominations: Nominations, _ lang: Language) -> String {
        var output = "# " + BoardMarkdown.escaped(AwardsText.title(nominations, lang)) + "\n\n"
            + BoardMarkdown.escaped(AwardsText.summary(nominations, lang)) + "\n\n" + BoardMarkdown.escaped(AwardsText.drawn(nominations, lang)) + "\n"
        if nominations.lists.isEmpty { output += "\n" + BoardMarkdown.escaped(AwardsText.noAwards(lang)) + "\n" }
        for list in nominations.lists {
            output += "\n## " + BoardMarkdown.escaped(AwardsText.heading(list, lang)) + "\n\n"
            guard !list.nominees.isEmpty else {
                output += BoardMarkdown.escaped(AwardsText.nobody(lang)) + "\n"
                continue
            }
            output += BoardMarkdown.row(AwardsText.headers(list.award.board, lang))
            output += BoardMarkdown.row(["---:", "---", "---", "---", "---:", "---:", "---", "---"], escaping: false)
            for nominee in list.nominees {
                output += BoardMarkdown.row(AwardsText.cells(AwardsText.line(nominee, list, nominations, lang), lang))
            }
            let footnotes = AwardsText.footnotes(list, lang)
            if !footnotes.isEmpty {
                output += "\n" + BoardMarkdown.escaped(AwardsText.footnoteHeading(lang)) + "\n\n"
                    + footnotes.map { "- " + BoardMarkdown.escaped($0) + "\n" }.joined()
            }
        }
        return output
    }
}
