import ChungtayCore

/// The organisation over time (organisation.md): every version of every unit, and the one place that answers which
/// units are in force on a date, where a unit sits then (its grassroots and district-level unit, its area flags and
/// sector) and whose history goes where (the heir rule). Scoring, the standings, boards, awards and progress all ask it.
///
/// The versions' `from` and `until + 1` days cut time into **epochs**: on every day of an epoch the same versions are
/// in force, so everything is worked out once per epoch and unit, and a date is answered by finding its epoch. Without
/// dated versions there is one epoch: the behaviour before versions.
public struct Organisation: Sendable {
    /// One version of a unit (data.md, Units; organisation.md, Unit versions).
    public struct Unit: Sendable, Hashable {
        public let code: String
        public let name: String
        public let level: UnitLevel
        public let parent: String?
        public let sector: Sector?
        /// The unit's own area flags (without its ancestors').
        public let area: Set<AreaFlag>
        public let members: Int?
        /// The first day in force; nil: since always.
        public let from: CivilDate?
        /// The last day in force; nil: still in force.
        public let until: CivilDate?
        /// The unit that takes over this unit's history after `until`.
        public let successor: String?
        public let decision: String?

        public init(code: String, name: String, level: UnitLevel, parent: String?, sector: Sector? = nil,
                    area: Set<AreaFlag> = [], members: Int? = nil, from: CivilDate? = nil, until: CivilDate? = nil,
                    successor: String? = nil, decision: String? = nil) {
            self.code = code
            self.name = name
            self.level = level
            self.parent = parent
            self.sector = sector
            self.area = area
            self.members = members
            self.from = from
            self.until = until
            self.successor = successor
            self.decision = decision
        }
    }

    /// What holds on every day of one epoch, per unit number (-1: none).
    struct Epoch: Sendable {
        /// The version in force (an index into ``versions``).
        var version: [Int32]
        /// The grassroots unit at or above the unit.
        var grassroots: [Int32]
        /// The district-level unit at or above the unit.
        var district: [Int32]
        /// The unit's area flags and its ancestors', as a bit mask of ``AreaFlag/bit``.
        var areaMask: [UInt8]
        /// The heir: the unit itself where in force, else the heir of its last successor (organisation.md).
        var heir: [Int32]
    }

    /// Every version, by code, then by `from`.
    public let versions: [Unit]
    /// What walking up the parents reads of each version, by its index in ``versions``, kept apart so that the walk
    /// copies no ``Unit``: its level, its parent's number (-1: none or unknown), its own area flags as a bit mask, its sector.
    private let levels: [UnitLevel]
    private let parents: [Int32]
    private let areaBits: [UInt8]
    private let sectors: [Sector?]
    private let memberCounts: [Int?]
    /// Unit codes by number, sorted.
    public let codes: [String]
    private let numbers: [String: Int32]
    /// Each unit's versions in ``versions``.
    private let versionRanges: [Range<Int>]
    /// The first day of every epoch but the first, ascending.
    let boundaries: [Int32]
    let epochs: [Epoch]

    /// The organisation of the given versions, which the ledger keeps checked (``problems()``); any order (fastest by code,
    /// then by `from`).
    /// - Complexity: O(epochs × units × depth).
    public init(units: [Unit]) {
        // (By index and closure: a version is large to copy, and a tuple or a key path would copy it.)
        let inOrder: (Unit, Unit) -> Bool = { $0.code != $1.code ? $0.code < $1.code : ($0.from?.dayNumber ?? .min) < ($1.from?.dayNumber ?? .min) }
        let versions = units.indices.dropFirst().allSatisfy { !inOrder(units[$0], units[$0 - 1]) } ? units : units.sorted(by: inOrder)
        self.versions = versions
        var codes: [String] = []
        var ranges: [Range<Int>] = []
        for index in versions.indices {
            if codes.last == versions[index].code {
                ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound ..< index + 1
            } else {
                codes.append(versions[index].code)
                ranges.append(index ..< index + 1)
            }
        }
        self.codes = codes
        versionRanges = ranges
        let numbers = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0)) })
        self.numbers = numbers
        let levels = versions.map { $0.level }
        let parents = versions.map { $0.parent.flatMap { numbers[$0] } ?? -1 }
        let areaBits = versions.map { $0.area.reduce(UInt8(0)) { $0 | $1.bit } }
        self.levels = levels
        self.parents = parents
        self.areaBits = areaBits
        sectors = versions.map { $0.sector }
        memberCounts = versions.map { $0.members }
        // Each version's first and last day (Int32.min and .max: open), read once.
        let firstDays = versions.map { $0.from?.dayNumber ?? .min }, lastDays = versions.map { $0.until?.dayNumber ?? .max }
        var days = Set<Int32>()
        for index in versions.indices {
            if firstDays[index] != .min { days.insert(firstDays[index]) }
            if lastDays[index] != .max { days.insert(lastDays[index] + 1) }
        }
        boundaries = days.sorted()
        var epochs: [Epoch] = []
        for epoch in 0 ... boundaries.count {
            epochs.append(Self.epoch(on: epoch == 0 ? (boundaries.first ?? 1) - 1 : boundaries[epoch - 1], firstDays: firstDays,
                                     lastDays: lastDays, ranges: ranges, levels: levels, parents: parents, areaBits: areaBits))
        }
        for epoch in epochs.indices {
            epochs[epoch].heir = Self.heirs(in: epochs[epoch], firstDay: epoch == 0 ? .min : boundaries[epoch - 1],
                                            versions: versions, ranges: ranges, numbers: numbers)
        }
        self.epochs = epochs
    }

    /// Whether every unit has one version, always in force: one structure for all time.
    public var isStatic: Bool { boundaries.isEmpty }

    /// The number of a unit code.
    public func number(of code: String) -> Int? {
        numbers[code].map(Int.init)
    }

    /// The versions of a unit, by `from`.
    public func versions(of code: String) -> ArraySlice<Unit> {
        guard let number = numbers[code] else { return [] }
        return versions[versionRanges[Int(number)]]
    }

    /// The number of the epoch holding a date: the same number for two dates exactly when the same versions are in
    /// force on both.
    public func epoch(containing date: CivilDate) -> Int {
        epoch(of: date.dayNumber)
    }

    /// The epoch holding a day.
    @inline(__always)
    func epoch(of day: Int32) -> Int {
        if boundaries.isEmpty { return 0 }
        var low = 0, high = boundaries.count
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The structure in force on a date.
    public func structure(on date: CivilDate) -> Structure {
        Structure(organisation: self, date: date, epoch: epoch(of: date.dayNumber))
    }

    /// The unit an activity recorded at `code` on `date` counts for: its grassroots unit on that date, or, for an
    /// activity recorded at a district-level unit, that unit; nil where there is none (an unknown code, a unit not
    /// in force on that date).
    public func home(of code: String, on date: CivilDate) -> Home? {
        guard let number = numbers[code] else { return nil }
        let epoch = epochs[epoch(of: date.dayNumber)]
        if epoch.grassroots[Int(number)] >= 0 { return .grassroots(codes[Int(epoch.grassroots[Int(number)])]) }
        if epoch.version[Int(number)] >= 0, versions[Int(epoch.version[Int(number)])].level == .district { return .district(code) }
        return nil
    }

    /// Where an activity counts on its own date: a grassroots unit, or the district-level unit it was recorded at.
    public enum Home: Hashable, Sendable {
        case grassroots(String)
        case district(String)
    }

    private static func epoch(on day: Int32, firstDays: [Int32], lastDays: [Int32], ranges: [Range<Int>], levels: [UnitLevel],
                              parents: [Int32], areaBits: [UInt8]) -> Epoch {
        let count = ranges.count
        var epoch = Epoch(version: .init(repeating: -1, count: count), grassroots: .init(repeating: -1, count: count),
                          district: .init(repeating: -1, count: count), areaMask: .init(repeating: 0, count: count), heir: [])
        for number in 0 ..< count {
            if let index = ranges[number].first(where: { firstDays[$0] <= day && day <= lastDays[$0] }) { epoch.version[number] = Int32(index) }
        }
        for number in 0 ..< count where epoch.version[number] >= 0 {
            var cursor = number
            var steps = 0
            // Up the parents in force, at most as many steps as there are units (the checks refuse cycles).
            while steps <= count {
                let version = Int(epoch.version[cursor])
                epoch.areaMask[number] |= areaBits[version]
                if levels[version] == .grassroots, epoch.grassroots[number] < 0 { epoch.grassroots[number] = Int32(cursor) }
                if levels[version] == .district, epoch.district[number] < 0 { epoch.district[number] = Int32(cursor) }
                let parent = Int(parents[version])
                guard parent >= 0, epoch.version[parent] >= 0 else { break }
                cursor = parent
                steps += 1
            }
        }
        return epoch
    }

    /// The heir rule (organisation.md) for every unit in one epoch: the unit where in force; else, from its latest
    /// version that ends before the epoch, the heir of its successor; none without one.
    private static func heirs(in epoch: Epoch, firstDay: Int32, versions: [Unit], ranges: [Range<Int>],
                              numbers: [String: Int32]) -> [Int32] {
        var heirs = [Int32](repeating: -2, count: ranges.count)
        func heir(_ number: Int, depth: Int) -> Int32 {
            if heirs[number] != -2 { return heirs[number] }
            var found: Int32 = -1
            if epoch.version[number] >= 0 {
                found = Int32(number)
            } else if depth <= ranges.count,
                      let ended = ranges[number].last(where: { versions[$0].until.map { $0.dayNumber < firstDay } ?? false }),
                      let successor = versions[ended].successor.flatMap({ numbers[$0] }) {
                found = heir(Int(successor), depth: depth + 1)
            }
            heirs[number] = found
            return found
        }
        for number in ranges.indices { _ = heir(number, depth: 0) }
        return heirs
    }
}

extension Organisation {
    /// Numbers of one epoch, as scoring reads them: -1 for none.
    func grassroots(_ unit: Int, _ epoch: Int) -> Int { Int(epochs[epoch].grassroots[unit]) }
    func district(_ unit: Int, _ epoch: Int) -> Int { Int(epochs[epoch].district[unit]) }
    func areaMask(_ unit: Int, _ epoch: Int) -> UInt8 { epochs[epoch].areaMask[unit] }
    func heir(_ unit: Int, _ epoch: Int) -> Int { Int(epochs[epoch].heir[unit]) }
    func version(_ unit: Int, _ epoch: Int) -> Unit? { inForce(unit, epoch, versions) }
    /// The level of a unit's version in force in an epoch; nil where none is.
    func level(_ unit: Int, _ epoch: Int) -> UnitLevel? { inForce(unit, epoch, levels) }
    /// The `members` of a unit's version in force in an epoch.
    func members(_ unit: Int, _ epoch: Int) -> Int? { inForce(unit, epoch, memberCounts) ?? nil }
    /// The sector of a unit's version in force in an epoch.
    func sector(_ unit: Int, _ epoch: Int) -> Sector? { inForce(unit, epoch, sectors) ?? nil }

    /// One field, kept apart by version, of a unit's version in force in an epoch; nil where none is.
    private func inForce<Field>(_ unit: Int, _ epoch: Int, _ fields: [Field]) -> Field? {
        let index = epochs[epoch].version[unit]
        return index >= 0 ? fields[Int(index)] : nil
    }
}
