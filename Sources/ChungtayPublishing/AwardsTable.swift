import ChungtayAwards
import ChungtayCore

/// `awards` in the default format: a title, then each award's list as a terminal table.
public enum AwardsTable {
    public static func text(_ nominations: Nominations, _ lang: Language) -> String {
        var output = AwardsText.title(nominations, lang) + "\n" + AwardsText.summary(nominations, lang) + "\n" + AwardsText.drawn(nominations, lang) + "\n"
        if nominations.lists.isEmpty { output += "\n" + AwardsText.noAwards(lang) + "\n" }
        for list in nominations.lists {
            output += "\n" + AwardsText.heading(list, lang) + "\n"
            guard !list.nominees.isEmpty else {
                output += AwardsText.nobody(lang) + "\n"
                continue
            }
            var table = TextTable(headers: AwardsText.headers(list.award.board, lang),
                                  alignments: [.right, .left, .left, .left, .right, .right, .left, .left])
            for nominee in list.nominees {
                table.append(AwardsText.cells(AwardsText.line(nominee, list, nominations, lang), lang))
            }
            output += table.rendered()
            let footnotes = AwardsText.footnotes(list, lang)
            if !footnotes.isEmpty { output += AwardsText.footnoteHeading(lang) + "\n" + footnotes.map { "- \($0)\n" }.joined() }
        }
        return output
    }
}
