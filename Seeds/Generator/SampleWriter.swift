#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ChungtayCore

/// Writes the four files of a sample into `--out` and returns a summary of what it wrote.
struct SampleWriter {
    let options: SeedOptions

    func write() throws(SeedError) -> String {
        let started = ContinuousClock.now
        if mkdir(options.out, 0o755) != 0, errno != EEXIST { throw .cannotWrite(options.out) }
        let folder = options.out.hasSuffix("/") ? options.out : options.out + "/"

        // About one branch per 34 members, never fewer than the catalog's real communes, schools, agencies.
        let chart = SampleOrgChart(branchCount: (options.members + 17) / 34)

        let membersFile = try CSVWriter(path: folder + "members.csv",
                                        header: ["id", "name", "unit", "birth_year", "group", "status"])
        let roll = MemberRoll(chart: chart, total: options.members, seed: options.seed, writer: membersFile)
        try membersFile.close()

        let unitsFile = try CSVWriter(path: folder + "units.csv",
                                      header: ["code", "name", "parent", "level", "sector", "area", "members"])
        chart.write(to: unitsFile, members: roll, seed: options.seed)
        try unitsFile.close()

        let activitiesFile = try CSVWriter(path: folder + "activities.csv", header: ActivityRow.header)
        var stream = ActivityStream(chart: chart, roll: roll, calendar: CampaignCalendar(until: options.until),
                                    seed: options.seed)
        stream.run(total: options.activities, to: activitiesFile)
        try activitiesFile.close()

        let rejectionsFile = try CSVWriter(path: folder + "rejections.csv", header: ["id", "reason"])
        let width = max(7, String(options.activities).count)
        for rejection in stream.rejections.sorted(by: { $0.row < $1.row }) {
            rejectionsFile.number(rejection.row + 1, width: width, prefix: "HD")
            rejectionsFile.field(rejection.reason)
            rejectionsFile.endRow()
        }
        try rejectionsFile.close()

        return summary(chart: chart, roll: roll, stream: stream, elapsed: ContinuousClock.now - started)
    }

    private func summary(chart: SampleOrgChart, roll: MemberRoll, stream: ActivityStream, elapsed: Duration) -> String {
        var lines = ["wrote \(options.out): \(chart.units.count) units (\(chart.districts.count) districts, "
            + "\(chart.branches.count) grassroots, \(chart.cells.count) cells), \(roll.count) members, "
            + "\(options.activities) activities, \(stream.rejections.count) rejections in \(elapsed)"]
        var sectors = [Int](repeating: 0, count: UnitSector.allCases.count)
        for index in chart.branches {
            sectors[UnitSector.allCases.firstIndex(of: chart.units[index].sector!)!] += 1
        }
        lines.append("grassroots by sector: " + UnitSector.allCases.enumerated()
            .map { "\($1.rawValue) \(sectors[$0])" }.joined(separator: ", "))
        lines.append("members by status: active \(roll.statusCounts[0]), inactive \(roll.statusCounts[1]), "
            + "disciplined \(roll.statusCounts[2])")
        lines.append("members by group: " + roll.groupCounts.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        for kind in ActivityKind.allCases {
            lines.append("  \(kind.name): \(stream.typeCounts[kind.rawValue]) (duplicate claims "
                + "\(stream.duplicateCounts[kind.rawValue]))")
        }
        lines.append("date forms: YYYY-MM-DD \(stream.dateStyles[0]), DD/MM/YYYY \(stream.dateStyles[1]), "
            + "D/M/YYYY \(stream.dateStyles[2])")
        return lines.joined(separator: "\n") + "\n"
    }
}
