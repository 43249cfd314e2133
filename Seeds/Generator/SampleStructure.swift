/// The units in force over one era of the sample: before the reform (or all the time, without one), or from it.
struct SampleStructure {
    /// Each unit's version in this era, by unit index; nil where the unit is not in force.
    private(set) var versions: [UnitVersion?] = []
    private(set) var branches: [Int] = []
    private(set) var cells: [Int] = []
    private(set) var districts: [Int] = []
    /// For each unit index, the cells of that branch in this era (empty for other units).
    private(set) var cellsOfBranch: [[Int]] = []

    subscript(unit: Int) -> UnitVersion? {
        unit < versions.count ? versions[unit] : nil
    }

    /// Puts `version` in force for `unit` in this era; a cell's branch must be placed first.
    mutating func place(_ unit: Int, level: SampleUnit.Level, _ version: UnitVersion) {
        grow(to: unit + 1)
        versions[unit] = version
        switch level {
        case .province: break
        case .district: districts.append(unit)
        case .grassroots: branches.append(unit)
        case .cell:
            cells.append(unit)
            cellsOfBranch[version.branch!].append(unit)
        }
    }

    /// Records the decision that ended `unit`'s version (a unit that nothing continues under its code).
    mutating func setDecision(_ text: String, of unit: Int) {
        versions[unit]!.decision = text
    }

    /// Makes room for `count` units (units added for a later era are not in force in this one).
    mutating func grow(to count: Int) {
        if versions.count < count {
            versions += repeatElement(nil, count: count - versions.count)
            cellsOfBranch += repeatElement([], count: count - cellsOfBranch.count)
        }
    }
}
