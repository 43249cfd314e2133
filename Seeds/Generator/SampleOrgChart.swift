import ChungtayCore

/// The sample's units in file order: the province, then each district-level unit followed by its branches,
/// each branch followed by its cells; then the branches directly under the province; then the units the reform
/// creates (the new blocs, then the new communes). Each unit has a version in one or both eras (``eras``).
struct SampleOrgChart {
    private(set) var units: [SampleUnit] = []
    /// The structure before the reform (for all time, without one), then the structure from the reform.
    private(set) var eras: [SampleStructure] = [SampleStructure()]
    /// For each unit index, the unit that takes over its history when its last version ends (units.csv's
    /// `successor`); nil for a unit still in force, or dissolved without one.
    private(set) var successor: [Int?] = []
    /// The first day of the new structure; nil for the province without a reform.
    let reform: CivilDate?

    /// The catalog, plus invented branches until there are `branchCount` of them, in its pre-reform structure;
    /// from `reform` on, the structure after the 2025 reform (``ReformCatalog``).
    init(branchCount: Int, reform: CivilDate?) {
        self.reform = reform
        var extras = [String: [BranchSpec]]()
        let catalogCount = UnitCatalog.districts.reduce(0) { $0 + $1.branches.count } + UnitCatalog.provinceBranches.count
        var perParent = [Int](repeating: 0, count: UnitCatalog.extraParents.count)
        for ordinal in 0 ..< max(0, branchCount - catalogCount) {
            let slot = ordinal % UnitCatalog.extraParents.count
            let parent = UnitCatalog.extraParents[slot]
            var spec = ExtraBranches.make(ordinal: ordinal / UnitCatalog.extraParents.count, parent: parent,
                                          perParent: perParent[slot])
            if perParent[slot] % 6 == 5 { spec = spec.with(cells: ExtraBranches.cells(for: spec.sector)) }
            perParent[slot] += 1
            extras[parent, default: []].append(spec)
        }

        add(SampleUnit(code: UnitCatalog.provinceCode, level: .province, slug: "tinhdoan", agency: (0, 21),
                       ethnicMinority: false),
            UnitVersion(name: UnitCatalog.provinceName, parent: nil, sector: nil, area: "", district: nil, branch: nil))
        for spec in UnitCatalog.districts {
            let index = units.count
            let placeSlug = spec.name.split(separator: " ").dropFirst(2).joined(separator: " ").asciiFolded
            add(SampleUnit(code: spec.code, level: .district, slug: placeSlug.isEmpty ? spec.code.lowercased() : placeSlug,
                           agency: (0, spec.agencyNumber), ethnicMinority: spec.area.contains("ethnic_minority")),
                UnitVersion(name: spec.name, parent: 0, sector: nil, area: spec.area, district: index, branch: nil))
            let all = spec.branches + (extras[spec.code] ?? [])
            for (position, branch) in all.enumerated() {
                addBranch(branch, parent: index, district: index, prefix: spec.code, position: position,
                          town: spec.agencyNumber, inheritedEthnic: spec.area.contains("ethnic_minority"))
            }
        }
        for (position, branch) in UnitCatalog.provinceBranches.enumerated() {
            addBranch(branch, parent: 0, district: nil, prefix: UnitCatalog.provinceCode, position: position,
                      town: 21, inheritedEthnic: false)
        }
        if let reform { addReform(on: reform) }
        checkCodes()
    }

    /// The structure before the reform (or the only one).
    var before: SampleStructure { eras[0] }

    /// The structure in force today (the last one).
    var now: SampleStructure { eras[eras.count - 1] }

    /// The era whose structure is in force on `day`.
    func era(on day: CivilDate) -> Int {
        if let reform, day >= reform { return 1 }
        return 0
    }

    /// The unit that holds `unit`'s history today: the unit itself where it is still in force, else the heir of
    /// its successor. A member's unit in members.csv is the heir of the unit the member was drawn in.
    func heir(of unit: Int) -> Int {
        var unit = unit
        while now[unit] == nil {
            guard let next = successor[unit] else { preconditionFailure("\(units[unit].code) has no heir") }
            unit = next
        }
        return unit
    }

    /// Adds a unit with its version in the first era.
    mutating func add(_ unit: SampleUnit, _ version: UnitVersion) {
        let index = units.count
        units.append(unit)
        successor.append(nil)
        eras[0].place(index, level: unit.level, version)
    }

    /// Adds a unit that exists only from the reform on, with its version in the last era.
    mutating func addNew(_ unit: SampleUnit, _ version: UnitVersion) {
        let index = units.count
        units.append(unit)
        successor.append(nil)
        eras[eras.count - 1].place(index, level: unit.level, version)
    }

    /// Opens the era that begins on the reform day (empty; ``place(_:_:)`` fills it).
    mutating func openEra() {
        eras.append(SampleStructure())
    }

    /// Puts a version of an existing unit in force in the last era.
    mutating func place(_ unit: Int, _ version: UnitVersion) {
        eras[eras.count - 1].place(unit, level: units[unit].level, version)
    }

    mutating func setSuccessor(_ heir: Int, of unit: Int) {
        successor[unit] = heir
    }

    /// Records the decision that ended `unit`'s pre-reform version.
    mutating func setClosingDecision(_ text: String, of unit: Int) {
        eras[0].setDecision(text, of: unit)
    }

    private mutating func addBranch(_ spec: BranchSpec, parent: Int, district: Int?, prefix: String, position: Int,
                                    town: Int, inheritedEthnic: Bool) {
        let index = units.count
        let local = spec.sector == .commune || spec.sector == .ward
        let ethnic = inheritedEthnic || spec.area.contains("ethnic_minority")
        let code = prefix + "-" + spec.suffix
        add(SampleUnit(code: code, level: .grassroots, slug: spec.suffix.lowercased(),
                       agency: (local ? position % 99 + 1 : 0, town), ethnicMinority: ethnic),
            UnitVersion(name: spec.name, parent: parent, sector: spec.sector, area: spec.area, district: district,
                        branch: index))
        for cell in spec.cells {
            add(SampleUnit(code: code + "-" + cell.suffix, level: .cell, slug: spec.suffix.lowercased(),
                           agency: units[index].agency, ethnicMinority: ethnic),
                UnitVersion(name: cell.name, parent: index, sector: nil, area: "", district: district, branch: index))
        }
    }

    /// Every code is unique and matches data.md's `^[A-Z0-9][A-Z0-9._-]{0,63}$`.
    private func checkCodes() {
        var seen = Set<String>()
        for unit in units {
            let bytes = Array(unit.code.utf8)
            let valid = !bytes.isEmpty && bytes.count <= 64 && bytes.enumerated().allSatisfy { offset, byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                    || (offset > 0 && (byte == 0x2E || byte == 0x5F || byte == 0x2D))
            }
            precondition(valid, "invalid unit code \(unit.code)")
            precondition(seen.insert(unit.code).inserted, "duplicate unit code \(unit.code)")
        }
    }
}
