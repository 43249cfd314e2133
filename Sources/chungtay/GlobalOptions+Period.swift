import ChungtayRanking

extension GlobalOptions {
    /// The period a `--period` (or `--week`, `--year`) value names, or the ISO week holding `--today` when none was
    /// given; a malformed value is wrong usage (exit 64) naming it.
    func period(_ text: String?) throws -> Period {
        guard let text else { return Period.week(containing: todayDate) }
        return try Period(parsing: text)
    }
}
