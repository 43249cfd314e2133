import ChungtayCore
import ChungtayRanking

/// `explain ... --format md`: the table form's heading, activities, bonuses and closing lines, as Markdown.
public enum ExplainMarkdown {
    public static func text(_ explanation: Explanation, _ lang: Language) -> String {
        var output = "## " + BoardMarkdown.escaped(ExplainTable.heading(explanation, lang)) + "\n\n"
        output += BoardMarkdown.escaped(StandingText.boardAndPeriod(explanation.standing, lang)) + "\n\n"
        if explanation.activities.isEmpty {
            output += BoardMarkdown.escaped(ExplainTable.noActivity(lang)) + "\n"
        } else {
            let headers = ExplainTable.activityHeaders(explanation, lang)
            output += BoardMarkdown.table(headers, right: [headers.count - 2],
                                          explanation.activities.map { ExplainTable.activityRow($0, explanation, lang) })
        }
        if explanation.board != .members {
            output += "\n### " + BoardMarkdown.escaped(ExplainTable.bonusHeading(lang)) + "\n\n"
            if explanation.bonuses.isEmpty {
                output += BoardMarkdown.escaped(ExplainTable.noBonus(lang)) + "\n"
            } else {
                let headers = ExplainTable.bonusHeaders(explanation, lang)
                output += BoardMarkdown.table(headers, right: [headers.count - 1], explanation.bonuses.map { ExplainTable.bonusRow($0, explanation, lang) })
            }
        }
        output += "\n"
        for (label, value) in ExplainTable.summary(explanation, lang) {
            output += "- **" + BoardMarkdown.escaped(label) + ":** " + BoardMarkdown.escaped(value) + "\n"
        }
        return output
    }
}
