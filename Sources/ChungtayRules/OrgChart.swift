import ChungtayCore

/// The organisation tree as scoring and ranking need it: for every unit, its grassroots unit, its district,
/// its inherited area flags.
public struct OrgChart: Sendable {
    /// One organisation unit (data.md, Units).
    public struct Unit: Sendable, Hashable {
        public let code: String
        public let name: String
        public let level: UnitLevel
        public let parent: String?
        public let sector: Sector?
        /// The unit's own area flags (without its ancestors').
        public let area: Set<AreaFlag>
        public let members: Int?

        public init(code: String, name: String, level: UnitLevel, parent: String?, sector: Sector? = nil,
                    area: Set<AreaFlag> = [], members: Int? = nil) {
            self.code = code
            self.name = name
            self.level = level
            self.parent = parent
            self.sector = sector
            self.area = area
            self.members = members
        }
    }

    public let units: [Unit]
    private let indexByCode: [String: Int]
    /// For each unit: the grassroots unit it belongs to (itself, or a cell's parent).
    public let grassrootsIndex: [Int?]
    /// For each unit: the nearest district-level unit at or above it.
    public let districtIndex: [Int?]
    /// For each unit: its own area flags and all its ancestors', as a bit mask of ``AreaFlag/bit``.
    public let areaMask: [UInt8]
    /// For each unit: the sector of its grassroots unit, if it has one.
    public let grassrootsSector: [Sector?]

    /// Builds the chart; units must already form a tree (the importer checks that).
    public init(units: [Unit]) {
        self.units = units
        let indexByCode = Dictionary(units.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.indexByCode = indexByCode
        var grassroots = [Int?](repeating: nil, count: units.count)
        var district = [Int?](repeating: nil, count: units.count)
        var area = [UInt8](repeating: 0, count: units.count)
        for index in units.indices {
            var cursor: Int? = index
            var steps = 0
            while let current = cursor, steps <= units.count {
                let unit = units[current]
                area[index] |= unit.area.reduce(0) { $0 | $1.bit }
                if unit.level == .grassroots, grassroots[index] == nil { grassroots[index] = current }
                if unit.level == .district, district[index] == nil { district[index] = current }
                cursor = unit.parent.flatMap { indexByCode[$0] }
                steps += 1
            }
        }
        self.grassrootsIndex = grassroots
        self.districtIndex = district
        self.areaMask = area
        self.grassrootsSector = grassroots.map { $0.flatMap { units[$0].sector } }
    }

    public func index(of code: String) -> Int? {
        indexByCode[code]
    }

    public func unit(_ code: String) -> Unit? {
        indexByCode[code].map { units[$0] }
    }
}
