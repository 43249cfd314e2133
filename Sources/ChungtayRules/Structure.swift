import ChungtayCore

/// The organisation on one date (organisation.md, "the structure on date D"): the versions in force then, where each
/// unit sits, and each unit's heir. A board, `rank`, `explain`, awards and progress are drawn on one.
public struct Structure: Sendable {
    public let organisation: Organisation
    /// The structure date.
    public let date: CivilDate
    let epoch: Int

    /// The version of a unit in force on the date.
    public func unit(_ code: String) -> Organisation.Unit? {
        organisation.number(of: code).flatMap { organisation.version($0, epoch) }
    }

    /// The units in force, by code.
    public var units: [Organisation.Unit] {
        organisation.codes.indices.compactMap { organisation.version($0, epoch) }
    }

    /// The units of one level in force, by code (the others' versions are not copied).
    public func units(of level: UnitLevel) -> [Organisation.Unit] {
        organisation.codes.indices.compactMap { organisation.level($0, epoch) == level ? organisation.version($0, epoch) : nil }
    }

    /// The district-level unit at or above a unit in force.
    public func district(of code: String) -> String? {
        place(code, organisation.district)
    }

    /// The heir of a unit on the date: itself where in force, else the heir of its successor (organisation.md).
    public func heir(of code: String) -> String? {
        place(code, organisation.heir)
    }

    private func place(_ code: String, _ answer: (Int, Int) -> Int) -> String? {
        guard let number = organisation.number(of: code) else { return nil }
        let found = answer(number, epoch)
        return found >= 0 ? organisation.codes[found] : nil
    }

    /// The grassroots units in force, by code.
    public var grassrootsUnits: [Organisation.Unit] {
        units(of: .grassroots)
    }

    /// The district-level units in force, by code, each with its number and the divisor a `per_member` district score
    /// uses: its own members where above 0, else the sum over its grassroots units on the date.
    public var numberedDistricts: [(number: Int, unit: Organisation.Unit, divisor: Int)] {
        var sums: [Int: Int] = [:]
        for number in organisation.codes.indices where organisation.level(number, epoch) == .grassroots {
            let district = organisation.district(number, epoch)
            if district >= 0 { sums[district, default: 0] += organisation.members(number, epoch) ?? 0 }
        }
        return organisation.codes.indices.compactMap { number in
            guard organisation.level(number, epoch) == .district, let unit = organisation.version(number, epoch) else { return nil }
            let own = unit.members ?? 0
            return (number, unit, own > 0 ? own : sums[number] ?? 0)
        }
    }

    /// The branch-board entry that an activity with this home counts for: the heir of its grassroots unit where that
    /// heir is a grassroots unit in force.
    public func branch(for home: Organisation.Home) -> String? {
        entryNumber(for: home, on: .branches).map { organisation.codes[$0] }
    }

    /// The district-board entry that an activity with this home counts for: the district of its grassroots unit's heir
    /// on the branch board, or the heir of the district-level unit it was recorded at.
    public func district(for home: Organisation.Home) -> String? {
        entryNumber(for: home, on: .districts).map { organisation.codes[$0] }
    }

    /// ``branch(for:)`` or ``district(for:)`` as the unit's number (its place in the organisation's codes), for the
    /// boards that place thousands of sums.
    public func entryNumber(for home: Organisation.Home, on kind: BoardKind) -> Int? {
        switch home {
        case let .grassroots(code):
            guard let number = organisation.number(of: code) else { return nil }
            let heir = organisation.heir(number, epoch)
            guard heir >= 0, organisation.level(heir, epoch) == .grassroots else { return nil }
            if kind == .branches { return heir }
            let district = organisation.district(heir, epoch)
            return kind == .districts && district >= 0 ? district : nil
        case let .district(code):
            guard kind == .districts, let number = organisation.number(of: code) else { return nil }
            let heir = organisation.heir(number, epoch)
            return heir >= 0 && organisation.level(heir, epoch) == .district ? heir : nil
        }
    }

    /// The numbers of the units of one level in force, in code order.
    public func numbers(of level: UnitLevel) -> [Int] {
        organisation.codes.indices.filter { organisation.level($0, epoch) == level }
    }

    /// The level of the version in force of the unit with this number (its place in the organisation's codes).
    public func level(number: Int) -> UnitLevel? {
        organisation.level(number, epoch)
    }

    /// The `members` of the version in force of the unit with this number.
    public func members(number: Int) -> Int? {
        organisation.members(number, epoch)
    }

    /// The version in force of the unit with this number, with the code of its district-level unit.
    public func unit(number: Int) -> (unit: Organisation.Unit, district: String?)? {
        guard let unit = organisation.version(number, epoch) else { return nil }
        let district = organisation.district(number, epoch)
        return (unit, district >= 0 ? organisation.codes[district] : nil)
    }

    /// The units of one level in force, in code order, each with its number and its district-level unit's code.
    public func numberedUnits(of level: UnitLevel) -> [(number: Int, unit: Organisation.Unit, district: String?)] {
        organisation.codes.indices.compactMap { number in
            guard organisation.level(number, epoch) == level, let unit = organisation.version(number, epoch) else { return nil }
            let district = organisation.district(number, epoch)
            return (number, unit, district >= 0 ? organisation.codes[district] : nil)
        }
    }

    /// Where a member shows on the date: the grassroots and district-level unit at or above the heir of the member's
    /// unit, with that grassroots unit's sector.
    public func placeOfMember(unit code: String) -> (grassroots: String?, district: String?, sector: Sector?) {
        guard let number = organisation.number(of: code), case let heir = organisation.heir(number, epoch), heir >= 0 else { return (nil, nil, nil) }
        let grassroots = organisation.grassroots(heir, epoch), district = organisation.district(heir, epoch)
        return (grassroots >= 0 ? organisation.codes[grassroots] : nil, district >= 0 ? organisation.codes[district] : nil,
                grassroots >= 0 ? organisation.sector(grassroots, epoch) : nil)
    }
}
