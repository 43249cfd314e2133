import ChungtayCore

extension SampleOrgChart {
    /// Adds the structure that begins on `reform` (``ReformCatalog``): the province renamed, the new blocs and
    /// communes, and for every old unit its fate: unchanged (its version goes on), moved or renamed (a new version),
    /// merged (it ends, naming its successor) or dissolved (it ends with none).
    mutating func addReform(on reform: CivilDate) {
        let oldUnits = units.count
        let old = before
        var codes = [String: Int]()
        for (index, unit) in units.enumerated() { codes[unit.code] = index }
        var decisions = ReformDecisions(reform: reform)
        openEra()

        place(0, UnitVersion(name: ReformCatalog.provinceName, parent: nil, sector: nil, area: "", district: nil, branch: nil,
                             decision: decisions.province(from: old[0]!.name, to: ReformCatalog.provinceName)))

        var reformed = [Int: Int]()  // an old bloc → its new one
        for bloc in ReformCatalog.blocs {
            let index = units.count
            let decision = decisions.next("thành lập \(bloc.name)")
            addNew(SampleUnit(code: ReformCatalog.prefix + "-" + bloc.suffix, level: .district, slug: bloc.slug,
                              agency: (0, 21), ethnicMinority: false),
                   UnitVersion(name: bloc.name, parent: 0, sector: nil, area: "", district: index, branch: nil,
                               decision: decision))
            codes[units[index].code] = index
            for code in bloc.predecessors {
                let predecessor = codes[code]!
                setSuccessor(index, of: predecessor)
                setClosingDecision(decision, of: predecessor)
                reformed[predecessor] = index
            }
        }
        for district in old.districts where reformed[district] == nil {
            if ReformCatalog.dissolved.contains(units[district].code) {
                setClosingDecision(decisions.next("kết thúc hoạt động của \(old[district]!.name)"), of: district)
            } else {
                place(district, old[district]!)
            }
        }

        for commune in ReformCatalog.communes {
            let index = units.count
            let predecessors = commune.predecessors.map { code in
                guard let unit = codes[code], unit < oldUnits, units[unit].level == .grassroots else {
                    preconditionFailure("\(commune.name): no old grassroots unit \(code)")
                }
                precondition(successor[unit] == nil, "\(code) merges twice")
                return unit
            }
            let decision = decisions.next("thành lập \(commune.name)")
            let first = units[predecessors[0]]
            addNew(SampleUnit(code: ReformCatalog.prefix + "-" + commune.suffix, level: .grassroots,
                              slug: commune.suffix.lowercased(), agency: first.agency,
                              ethnicMinority: predecessors.contains { units[$0].ethnicMinority }),
                   UnitVersion(name: commune.name, parent: 0, sector: commune.sector,
                               area: SampleOrgChart.areaText(predecessors.reduce(0) { $0 | effectiveArea(of: $1, in: old) }),
                               district: nil, branch: index, decision: decision))
            codes[units[index].code] = index
            for predecessor in predecessors {
                setSuccessor(index, of: predecessor)
                setClosingDecision(decision, of: predecessor)
            }
        }

        // One decision moves a dissolved district's schools (or its agencies and enterprises, or its armed forces
        // units) under their new parent; a unit renamed as it moves, or a commune moved alone, has its own.
        var moves = [Int: String]()
        for branch in old.branches where successor[branch] == nil {
            let version = old[branch]!
            let code = units[branch].code
            let parent = version.parent!
            let area = effectiveArea(of: branch, in: old)
            if ReformCatalog.unmerged.contains(code) {
                moveBranch(branch, under: 0, name: version.name, area: area,
                           decision: decisions.next("chuyển \(version.name) về trực thuộc \(ReformCatalog.provinceName)"))
            } else if let bloc = reformed[parent] {
                moveBranch(branch, under: bloc, name: version.name, area: area, decision: now[bloc]!.decision)
            } else if ReformCatalog.dissolved.contains(units[parent].code) {
                precondition(version.sector != .commune && version.sector != .ward, "\(code) is in no new commune")
                let target = ReformCatalog.newParent(of: version.sector!).map { codes[$0]! } ?? 0
                let decision: String
                if let name = ReformCatalog.renamed[code] {
                    decision = decisions.next("chuyển về trực thuộc \(now[target]!.name), đổi tên thành \(name)")
                } else if let made = moves[target] {
                    decision = made
                } else {
                    let kind = target == 0 ? "trường học" : units[target].code.hasSuffix("LLVT") ? "lực lượng vũ trang"
                        : "cơ quan, doanh nghiệp"
                    decision = decisions.next("chuyển các cơ sở Đoàn \(kind) của các huyện, thị xã, thành phố về trực thuộc "
                        + now[target]!.name)
                    moves[target] = decision
                }
                moveBranch(branch, under: target, name: ReformCatalog.renamed[code] ?? version.name, area: area,
                           decision: decision)
            } else {
                place(branch, version)
            }
            for cell in old.cellsOfBranch[branch] {
                let version = old[cell]!
                place(cell, UnitVersion(name: version.name, parent: branch, sector: nil, area: version.area,
                                        district: now[branch]!.district, branch: branch))
            }
        }
        // The cells of merged branches follow them into the new commune.
        for branch in old.branches where successor[branch] != nil {
            let heir = heir(of: branch)
            for cell in old.cellsOfBranch[branch] {
                let version = old[cell]!
                place(cell, UnitVersion(name: version.name, parent: heir, sector: nil, area: version.area,
                                        district: nil, branch: heir, decision: now[heir]!.decision))
            }
        }
    }

    /// Puts `branch` under `parent` (0: the Tỉnh đoàn) with its area flags its own (no district passes them on).
    private mutating func moveBranch(_ branch: Int, under parent: Int, name: String, area: Int, decision: String) {
        let old = before[branch]!
        place(branch, UnitVersion(name: name, parent: parent, sector: old.sector, area: SampleOrgChart.areaText(area),
                                  district: parent == 0 ? nil : parent, branch: branch, decision: decision))
    }

    /// The area flags of `unit` in `structure`, its own and its ancestors', as a bit set (``areaFlags``' order).
    func effectiveArea(of unit: Int, in structure: SampleStructure) -> Int {
        var flags = 0
        var current: Int? = unit
        while let index = current, let version = structure[index] {
            for part in version.area.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
                flags |= 1 << SampleOrgChart.areaFlags.firstIndex(of: String(part))!
            }
            current = version.parent
        }
        return flags
    }

    static let areaFlags = ["mountain", "ethnic_minority", "island"]

    /// A bit set of area flags as units.csv writes it: `mountain;ethnic_minority`.
    static func areaText(_ flags: Int) -> String {
        areaFlags.indices.filter { flags & (1 << $0) != 0 }.map { areaFlags[$0] }.joined(separator: ";")
    }
}
