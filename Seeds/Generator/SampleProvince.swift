import ChungtayCore

/// The sample province, made by its four writers in order: members, units, activities, rejections.
///
/// The same options always give the same bytes: the defaults give the sample committed in `Seeds/`, which is also
/// built into chungtay (``files()``), so that `demo` runs from any folder.
public struct SampleProvince {
    let chart: SampleOrgChart
    let roll: MemberRoll
    let stream: ActivityStream

    /// Makes the sample into the writers `writer(name, header)` gives, one per file.
    init<Failure: Error>(options: SeedOptions, writer: (String, [String]) throws(Failure) -> CSVWriter) throws(Failure) {
        // About one branch per 34 members, never fewer than the catalog's real communes, schools, agencies.
        let chart = SampleOrgChart(branchCount: (options.members + 17) / 34, reform: options.reform)

        let roll = MemberRoll(chart: chart, total: options.members, seed: options.seed,
                              writer: try writer("members.csv", ["id", "name", "unit", "birth_year", "group", "status"]))
        chart.write(to: try writer("units.csv", SampleOrgChart.header), members: roll, seed: options.seed)

        let calendar = CampaignCalendar(from: options.from, until: options.until, reform: options.reform)
        var stream = ActivityStream(chart: chart, roll: roll, calendar: calendar, seed: options.seed)
        stream.run(total: options.activities, to: try writer("activities.csv", ActivityRow.header))

        let rejections = try writer("rejections.csv", ["id", "reason"])
        let width = max(7, String(options.activities).count)
        for rejection in stream.rejections.sorted(by: { $0.row < $1.row }) {
            rejections.number(rejection.row + 1, width: width, prefix: "HD")
            rejections.field(rejection.reason)
            rejections.endRow()
        }
        self.chart = chart
        self.roll = roll
        self.stream = stream
    }

    /// The files of a sample (by default the one in `Seeds/`), by name: `units.csv`, `members.csv`, `activities.csv`,
    /// `rejections.csv`, in memory.
    public static func files(options: SeedOptions = SeedOptions()) -> [String: [UInt8]] {
        var writers: [String: CSVWriter] = [:]
        _ = SampleProvince(options: options) { name, header in
            let writer = CSVWriter(header: header)
            writers[name] = writer
            return writer
        }
        return writers.mapValues(\.bytes)
    }
}
