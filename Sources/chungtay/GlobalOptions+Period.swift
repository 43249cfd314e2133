import ArgumentParser
import ChungtayRanking

extension GlobalOptions {
    /// The help of every `--period` option: the forms it takes.
    static let periodHelp = ArgumentHelp.localized("Kỳ: \(Period.forms.vi) (mặc định: tuần ISO chứa --today).",
                                                   "The period: \(Period.forms.en) (default: the ISO week holding --today).")

    /// The period a `--period` (or `--week`) value names, or the ISO week holding `--today` when none was given; a
    /// malformed value is wrong usage (exit 64) naming the option as the user typed it.
    func period(_ text: String?, option: String = "--period") throws -> Period {
        guard let text else { return Period.week(containing: todayDate) }
        return try Period(parsing: text, option: option)
    }
}
