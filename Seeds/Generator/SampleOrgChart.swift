/// The sample's units in file order: the province, then each district-level unit followed by its branches,
/// each branch followed by its cells; then the branches directly under the province.
struct SampleOrgChart {
    private(set) var units: [SampleUnit] = []
    private(set) var branches: [Int] = []
    private(set) var cells: [Int] = []
    private(set) var districts: [Int] = []
    /// For each unit index, the cells of that branch (empty for other units).
    private(set) var cellsOfBranch: [[Int]] = []

    /// The catalog, plus invented branches until there are `branchCount` of them.
    init(branchCount: Int) {
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

        add(SampleUnit(code: UnitCatalog.provinceCode, name: UnitCatalog.provinceName, level: .province, parent: nil,
                       sector: nil, area: "", district: nil, branch: nil, slug: "tinhdoan",
                       agency: (0, 21), ethnicMinority: false))
        for spec in UnitCatalog.districts {
            let index = units.count
            districts.append(index)
            let placeSlug = spec.name.split(separator: " ").dropFirst(2).joined(separator: " ").asciiFolded
            add(SampleUnit(code: spec.code, name: spec.name, level: .district, parent: 0, sector: nil, area: spec.area,
                           district: index, branch: nil, slug: placeSlug.isEmpty ? spec.code.lowercased() : placeSlug,
                           agency: (0, spec.agencyNumber), ethnicMinority: spec.area.contains("ethnic_minority")))
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
        checkCodes()
    }

    private mutating func add(_ unit: SampleUnit) {
        units.append(unit)
        cellsOfBranch.append([])
    }

    private mutating func addBranch(_ spec: BranchSpec, parent: Int, district: Int?, prefix: String, position: Int,
                                    town: Int, inheritedEthnic: Bool) {
        let index = units.count
        branches.append(index)
        let local = spec.sector == .commune || spec.sector == .ward
        let ethnic = inheritedEthnic || spec.area.contains("ethnic_minority")
        let code = prefix + "-" + spec.suffix
        add(SampleUnit(code: code, name: spec.name, level: .grassroots, parent: parent, sector: spec.sector,
                       area: spec.area, district: district, branch: index, slug: spec.suffix.lowercased(),
                       agency: (local ? position % 99 + 1 : 0, town), ethnicMinority: ethnic))
        for cell in spec.cells {
            let cellIndex = units.count
            cells.append(cellIndex)
            cellsOfBranch[index].append(cellIndex)
            add(SampleUnit(code: code + "-" + cell.suffix, name: cell.name, level: .cell, parent: index, sector: nil,
                           area: "", district: district, branch: index, slug: spec.suffix.lowercased(),
                           agency: units[index].agency, ethnicMinority: ethnic))
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
