import ChungtayCore
import ChungtayRanking

/// `rank ... --format md`: the entry as a heading, its board and period, its rank, score, gap and movement as a list,
/// and its points by type as a pipe table.
public enum RankMarkdown {
    public static func text(_ standing: Standing, _ lang: Language) -> String {
        var output = "## " + BoardMarkdown.escaped(StandingText.heading(standing, lang)) + "\n\n"
        output += BoardMarkdown.escaped(StandingText.boardAndPeriod(standing, lang)) + "\n\n"
        for (label, value) in StandingText.lines(standing, lang) {
            output += "- **" + BoardMarkdown.escaped(label) + ":** " + BoardMarkdown.escaped(value) + "\n"
        }
        output += "\n### " + BoardMarkdown.escaped(StandingText.byTypeHeading(lang)) + "\n\n"
        let rows = StandingText.typeRows(standing, lang)
        if rows.isEmpty { return output + BoardMarkdown.escaped(StandingText.noActivity(lang)) + "\n" }
        return output + BoardMarkdown.table(StandingText.typeHeaders(lang), right: [1, 2], rows)
    }
}
