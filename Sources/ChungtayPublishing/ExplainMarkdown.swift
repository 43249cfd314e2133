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
            output += BoardMarkdown.row(headers)
                + BoardMarkdown.row(headers.indices.map { $0 == headers.count - 2 ? "---:" : "---" }, escaping: false)
            for activity in explanation.activities { output += BoardMarkdown.row(ExplainTable.activityRow(activity, explanation, lang)) }
        }
        if explanation.board != .members {
            output += "\n### " + BoardMarkdown.escaped(ExplainTable.bonusHeading(lang)) + "\n\n"
            if explanation.bonuses.isEmpty {
                output += BoardMarkdown.escaped(ExplainTable.noBonus(lang)) + "\n"
            } else {
                let headers = ExplainTable.bonusHeaders(explanation, lang)
                output += BoardMarkdown.row(headers)
                    + BoardMarkdown.row(headers.indices.map { $0 == headers.count - 1 ? "---:" : "---" }, escaping: false)
                for bonus in explanation.bonuses { output += BoardMarkdown.row(ExplainTable.bonusRow(bonus, explanation, lang)) }
            }
        }
        output += "\n"
        for (label, value) in ExplainTable.summary(explanation, lang) {
            output += "- **" + BoardMarkdown.escaped(label) + ":** " + BoardMarkdown.escaped(value) + "\n"
        }
        return output
    }
}
