import ChungtayCore
import ChungtayRules
import GRDB

/// A grassroots unit (cơ sở Đoàn) with the district-level unit above it, as the weekly bulletin lists them.
public struct BranchPlace: Sendable, Hashable {
    public let code: String
    public let name: String
    /// The district-level unit above; nil for a unit directly under the province.
    public let district: String?
    public let districtName: String?

    /// A branch as the ledger lists it, or as a frozen bulletin holds it.
    public init(code: String, name: String, district: String?, districtName: String?) {
        self.code = code
        self.name = name
        self.district = district
        self.districtName = districtName
    }
}

extension Ledger {
    /// Every grassroots unit in force on a date, by code, with its district-level unit then (data.md: a grassroots
    /// unit's parent is a district or the province).
    public func branchPlaces(on date: CivilDate) throws -> [BranchPlace] {
        try read { db in
            let structure = try Organisation.stored(db).structure(on: date)
            return structure.grassrootsUnits.map { unit in
                let district = structure.district(of: unit.code)
                return BranchPlace(code: unit.code, name: unit.name, district: district, districtName: district.flatMap { structure.unit($0)?.name })
            }
        }
    }
}
