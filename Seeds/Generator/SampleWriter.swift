#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ChungtayCore

/// Writes the four files of a sample into `--out` and returns a summary of what it wrote.
public struct SampleWriter {
    let options: SeedOptions

    public init(options: SeedOptions) {
        self.options = options
    }

    public func write() throws(SeedError) -> String {
        let started = ContinuousClock.now
        if mkdir(options.out, 0o755) != 0, errno != EEXIST { throw .cannotWrite(options.out) }
        let folder = options.out.hasSuffix("/") ? options.out : options.out + "/"
        var writers: [CSVWriter] = []
        let sample = try SampleProvince(options: options) { name, header throws(SeedError) in
            let writer = try CSVWriter(path: folder + name, header: header)
            writers.append(writer)
            return writer
        }
        for writer in writers { try writer.close() }
        return summary(sample, elapsed: ContinuousClock.now - started)
    }
    private func summary(_ sample: SampleProvince, elapsed: Duration) -> String {
        let (chart, roll, stream) = (sample.chart, sample.roll, sample.stream)
        var lines = ["wrote \(options.out): \(chart.units.count) unit codes, \(roll.count) members, "
            + "\(options.activities) activities, \(stream.rejections.count) rejections in \(elapsed)"]
        for (era, structure) in chart.eras.enumerated() {
            let span = chart.reform.map { era == 0 ? "until \($0.adding(days: -1))" : "from \($0)" } ?? "all the time"
            var sectors = [Int](repeating: 0, count: UnitSector.allCases.count)
            for index in structure.branches {
                sectors[UnitSector.allCases.firstIndex(of: structure[index]!.sector!)!] += 1
            }
            lines.append("units \(span): 1 province, \(structure.districts.count) districts, "
                + "\(structure.branches.count) grassroots (" + UnitSector.allCases.enumerated()
                .map { "\($1.rawValue) \(sectors[$0])" }.joined(separator: ", ") + "), \(structure.cells.count) cells")
        }
        lines.append("activities by year: " + stream.yearCounts.map { "\($0.year) \($0.count)" }.joined(separator: ", "))
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
