import ChungtayCore

extension Structure {
    /// The units in force in tree order (outputs.md, `units`): each after its parent, siblings by code, with its depth
    /// (0 for the province). A unit whose parent is not in force (which the checks refuse) comes last, at depth 0.
    public var tree: [(unit: Organisation.Unit, depth: Int)] {
        let units = self.units
        var children: [String: [Organisation.Unit]] = [:]
        var roots: [Organisation.Unit] = []
        for unit in units {
            if let parent = unit.parent, self.unit(parent) != nil { children[parent, default: []].append(unit) } else { roots.append(unit) }
        }
        var ordered: [(unit: Organisation.Unit, depth: Int)] = []
        func visit(_ unit: Organisation.Unit, _ depth: Int) {
            ordered.append((unit, depth))
            // (A depth bound: the checks refuse cycles.)
            guard depth < units.count else { return }
            for child in children[unit.code] ?? [] { visit(child, depth + 1) }
        }
        for root in roots.sorted(by: { ($0.level != .province ? 1 : 0, $0.code) < ($1.level != .province ? 1 : 0, $1.code) }) { visit(root, 0) }
        return ordered
    }
}

extension Organisation {
    /// A unit's history (`units history CODE`): its versions, the units whose history it took over, directly or
    /// through a chain of successors, and the successors its versions name.
    public struct History: Sendable {
        public let code: String
        /// By `from`.
        public let versions: [Unit]
        /// Each unit whose history came to this one, with the unit it named as successor (this one, or another
        /// predecessor in the chain), by code.
        public let predecessors: [(code: String, name: String, until: CivilDate?, successor: String)]
    }

    /// The history of a unit; nil for an unknown code.
    public func history(of code: String) -> History? {
        guard number(of: code) != nil else { return nil }
        var found: [(code: String, name: String, until: CivilDate?, successor: String)] = []
        var reached: Set<String> = [code]
        var frontier = [code]
        while let target = frontier.popLast() {
            for version in versions where version.successor == target && !reached.contains(version.code) {
                reached.insert(version.code)
                found.append((version.code, version.name, version.until, target))
                frontier.append(version.code)
            }
        }
        return History(code: code, versions: Array(versions(of: code)), predecessors: found.sorted { $0.code < $1.code })
    }
}
