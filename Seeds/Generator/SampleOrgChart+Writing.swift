import ChungtayCore

extension SampleOrgChart {
    /// Writes units.csv. A branch's `members` is the sample's members in it and its cells, plus a few
    /// registered members who report nothing; districts and cells leave it empty (data.md asks it of
    /// grassroots units only, and the district board sums its branches).
    func write(to writer: CSVWriter, members: MemberRoll, seed: UInt64) {
        var random = SeededGenerator(seed: seed, stream: 1)
        for unit in units {
            writer.plain(unit.code)
            writer.field(unit.name)
            if let parent = unit.parent { writer.plain(units[parent].code) } else { writer.empty() }
            writer.plain(unit.level.rawValue)
            writer.plain(unit.sector?.rawValue ?? "")
            writer.plain(unit.area)
            if unit.level == .grassroots, let index = unit.branch {
                let counted = members.countOfBranch[index]
                writer.number(counted + random.between(0, counted * 15 / 100))
            } else {
                writer.empty()
            }
            writer.endRow()
        }
    }
}
