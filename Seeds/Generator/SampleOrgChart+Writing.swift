import ChungtayCore

extension SampleOrgChart {
    /// The columns of units.csv: data.md's, with organisation.md's version columns (empty without a reform).
    static let header = ["code", "name", "parent", "level", "sector", "area", "members", "from", "until", "successor",
                         "decision"]

    /// Writes units.csv: one row per version, a unit's versions together, in ``units`` order. A unit that is the
    /// same in both eras has one row, always in force. A branch's `members` is the sample's members in it and its
    /// cells, plus a few registered members who report nothing; a commune formed by a merger has the sum of its
    /// predecessors'. Districts and cells leave it empty (data.md asks it of grassroots units only).
    func write(to writer: CSVWriter, members: MemberRoll, seed: UInt64) {
        var random = SeededGenerator(seed: seed, stream: 1)
        var registered = [Int](repeating: 0, count: units.count)
        for index in before.branches {
            let counted = members.countOfBranch[index]
            registered[index] = counted + random.between(0, counted * 15 / 100)
        }
        var registeredNow = registered
        if eras.count > 1 {
            for index in units.indices where now[index] == nil { registeredNow[index] = 0 }
            for index in before.branches {
                if now[index] == nil, let heir = successor[index] { registeredNow[heir] += registered[index] }
            }
        }

        guard let reform else {
            for index in units.indices { writeRow(index, before[index]!, members: registered[index], to: writer) }
            return
        }
        let lastDay = reform.adding(days: -1)
        for index in units.indices {
            switch (before[index], now[index]) {
            case let (old?, new?) where old.sameRow(as: new) && registered[index] == registeredNow[index]:
                writeRow(index, old, members: registered[index], to: writer)
            case let (old?, new?):
                writeRow(index, old, members: registered[index], until: lastDay, to: writer)
                writeRow(index, new, members: registeredNow[index], from: reform, to: writer)
            case let (old?, nil):
                writeRow(index, old, members: registered[index], until: lastDay, successor: successor[index], to: writer)
            case let (nil, new?):
                writeRow(index, new, members: registeredNow[index], from: reform, to: writer)
            case (nil, nil):
                preconditionFailure("\(units[index].code) is in force in no era")
            }
        }
    }

    private func writeRow(_ index: Int, _ version: UnitVersion, members: Int, from: CivilDate? = nil,
                          until: CivilDate? = nil, successor: Int? = nil, to writer: CSVWriter) {
        let unit = units[index]
        writer.plain(unit.code)
        writer.field(version.name)
        if let parent = version.parent { writer.plain(units[parent].code) } else { writer.empty() }
        writer.plain(unit.level.rawValue)
        writer.plain(version.sector?.rawValue ?? "")
        writer.plain(version.area)
        if unit.level == .grassroots { writer.number(members) } else { writer.empty() }
        writer.plain(from?.description ?? "")
        writer.plain(until?.description ?? "")
        writer.plain(successor.map { units[$0].code } ?? "")
        writer.field(version.decision)
        writer.endRow()
    }
}
