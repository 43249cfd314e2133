import ChungtayCore

/// The members of the sample: members.csv is written as they are drawn, and what the activities need
/// (unit, how active each member is) is kept in flat arrays.
struct MemberRoll {
    /// The unit (grassroots or cell) each member was drawn in, in the first era, by member index (member
    /// `DV000001` is index 0).
    private(set) var unit: [Int32] = []
    /// The grassroots unit of each member, in the first era.
    private(set) var branch: [Int32] = []
    /// The unit of each member today, as members.csv gives it: the heir of `unit` (a merged commune's member
    /// belongs to the new commune; a cell's member stays in the cell, which moves with its commune).
    private(set) var current: [Int32] = []
    /// The members of each branch, in each era of the chart.
    private(set) var rosters: [MemberRoster] = []
    /// How many of the sample's members each unit index has in the first era (grassroots: with its cells).
    private(set) var countOfBranch: [Int] = []
    /// First member index of each branch; a branch's members are contiguous.
    private(set) var firstOfBranch: [Int] = []
    /// Relative number of activities each member reports (0 for most inactive members).
    private(set) var activity: [Int] = []
    private(set) var statusCounts = [0, 0, 0]
    private(set) var groupCounts = [String: Int]()

    var count: Int { unit.count }

    /// `DV000001`: at least six digits.
    static func id(_ index: Int, width: Int) -> String {
        let digits = String(index + 1)
        return "DV" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func idWidth(total: Int) -> Int { max(6, String(total).count) }

    init(chart: SampleOrgChart, total: Int, seed: UInt64, writer: CSVWriter) {
        var random = SeededGenerator(seed: seed, stream: 2)
        countOfBranch = [Int](repeating: 0, count: chart.units.count)
        firstOfBranch = [Int](repeating: 0, count: chart.units.count)

        // Every branch gets a few members when there are enough to go round; the rest go by branch size.
        let structure = chart.before
        let minimum = total >= 3 * structure.branches.count ? 3 : 0
        var sizes = [Int]()
        for index in structure.branches {
            let version = structure[index]!
            var weight = MemberRoll.sectorWeight[version.sector!]! * random.between(6, 14)
            if !version.area.isEmpty || chart.units[index].ethnicMinority { weight = weight * 7 / 10 }
            sizes.append(weight)
            countOfBranch[index] = minimum
        }
        let table = WeightTable(sizes)
        for _ in 0 ..< (total - minimum * structure.branches.count) {
            countOfBranch[structure.branches[table.draw(&random)!]] += 1
        }

        unit.reserveCapacity(total)
        branch.reserveCapacity(total)
        current.reserveCapacity(total)
        activity.reserveCapacity(total)
        let width = MemberRoll.idWidth(total: total)
        for index in structure.branches {
            firstOfBranch[index] = unit.count
            let home = structure[index]!
            let cells = structure.cellsOfBranch[index]
            for _ in 0 ..< countOfBranch[index] {
                let memberUnit = !cells.isEmpty && random.chance(1, in: 2) ? random.pick(cells) : index
                let female = random.chance(home.sector == .armed_forces ? 1 : 11, in: 20)
                let name = PersonNames.make(female: female, ethnicMinority: chart.units[index].ethnicMinority,
                                            random: &random)
                let (group, years) = MemberRoll.group(for: home.sector!, random: &random)
                let status = random.weighted([945, 45, 10])
                writer.plain(MemberRoll.id(unit.count, width: width))
                writer.field(name)
                let today = chart.heir(of: memberUnit)
                writer.plain(chart.units[today].code)
                if random.chance(1, in: 50) { writer.empty() } else { writer.number(random.between(years.0, years.1)) }
                writer.plain(group)
                writer.plain(MemberRoll.statuses[status])
                writer.endRow()

                unit.append(Int32(memberUnit))
                branch.append(Int32(index))
                current.append(Int32(today))
                activity.append(status == 1 ? (random.chance(1, in: 5) ? 1 : 0) : MemberRoll.tierWeight(&random))
                statusCounts[status] += 1
                groupCounts[group.isEmpty ? "(empty)" : group, default: 0] += 1
            }
        }
        rosters = [MemberRoster(branchOf: branch, unitCount: chart.units.count)]
        if chart.eras.count > 1 {
            var heirs = [Int32](repeating: -1, count: chart.units.count)
            for index in structure.branches { heirs[index] = Int32(chart.heir(of: index)) }
            rosters.append(MemberRoster(branchOf: branch.map { heirs[Int($0)] }, unitCount: chart.units.count))
        }
    }

    private static let statuses = ["active", "inactive", "disciplined"]

    private static let sectorWeight: [UnitSector: Int] = [
        .commune: 10, .ward: 10, .school: 14, .university: 16, .agency: 6, .enterprise: 8, .armed_forces: 11, .other: 5,
    ]

    /// Most members report a little; a few report most days (the award candidates).
    private static func tierWeight(_ random: inout SeededGenerator) -> Int {
        switch random.below(1000) {
        case 0 ..< 550: return 1
        case 550 ..< 820: return 4
        case 820 ..< 940: return 12
        case 940 ..< 990: return 40
        case 990 ..< 998: return 150
        default: return 700
        }
    }

    /// The member's group (đối tượng) and birth-year range, by the branch's sector.
    private static func group(for sector: UnitSector, random: inout SeededGenerator) -> (String, (Int, Int)) {
        let civilServant = ("civil_servant", (1991, 2002))
        let worker = ("worker", (1991, 2006))
        let resident = ("resident", (1993, 2008))
        switch sector {
        case .school:
            return random.chance(88, in: 100) ? ("student", (2008, 2010)) : ("civil_servant", (1991, 2001))
        case .university:
            return random.chance(92, in: 100) ? ("student", (2003, 2007)) : ("civil_servant", (1991, 2000))
        case .commune:
            return [resident, worker, ("student", (2003, 2010)), civilServant][random.weighted([60, 25, 10, 5])]
        case .ward:
            return [resident, worker, ("student", (2003, 2010)), civilServant][random.weighted([45, 35, 12, 8])]
        case .agency:
            return random.chance(95, in: 100) ? civilServant : worker
        case .enterprise:
            return random.chance(95, in: 100) ? worker : civilServant
        case .armed_forces:
            // Conscripts fit none of the four groups: left empty.
            return random.chance(3, in: 4) ? civilServant : ("", (2000, 2007))
        case .other:
            return random.chance(6, in: 10) ? civilServant : worker
        }
    }
}
