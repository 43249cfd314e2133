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

    /// The grassroots unit at or above a unit in force.
    public func grassroots(of code: String) -> String? {
        place(code, organisation.grassroots)
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
        units.filter { $0.level == .grassroots }
    }

    /// The district-level units in force, by code, each with the divisor a `per_member` district score uses: its own
    /// members where above 0, else the sum over its grassroots units on the date.
    public var districtUnits: [(unit: Organisation.Unit, divisor: Int)] {
        var sums: [String: Int] = [:]
        for unit in grassrootsUnits {
            if let district = district(of: unit.code) { sums[district, default: 0] += unit.members ?? 0 }
        }
        return units.filter { $0.level == .district }.map { unit in
            let own = unit.members ?? 0
            return (unit, own > 0 ? own : sums[unit.code] ?? 0)
        }
    }

    /// The branch-board entry that an activity with this home counts for: the heir of its grassroots unit where that
    /// heir is a grassroots unit in force.
    public func branch(for home: Organisation.Home) -> String? {
        guard case let .grassroots(code) = home, let heir = heir(of: code), unit(heir)?.level == .grassroots else { return nil }
        return heir
    }

    /// The district-board entry that an activity with this home counts for: the district of its grassroots unit's heir
    /// on the branch board, or the heir of the district-level unit it was recorded at.
    public func district(for home: Organisation.Home) -> String? {
        switch home {
        case .grassroots: return branch(for: home).flatMap(district(of:))
        case let .district(code):
            guard let heir = heir(of: code), unit(heir)?.level == .district else { return nil }
            return heir
        }
    }

    /// Where a member shows on the date: the grassroots and district-level unit at or above the heir of the member's
    /// unit, with that grassroots unit's sector.
    public func placeOfMember(unit code: String) -> (grassroots: String?, district: String?, sector: Sector?) {
        guard let heir = heir(of: code) else { return (nil, nil, nil) }
        let grassroots = grassroots(of: heir)
        return (grassroots, district(of: heir), grassroots.flatMap { unit($0)?.sector })
    }
}
