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
    /// Every grassroots unit, by code, with its district-level unit (data.md: a grassroots unit's parent is a
    /// district or the province).
    public func branchPlaces() throws -> [BranchPlace] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT branch.code, branch.name, parent.code AS district, parent.name AS district_name
                FROM unit AS branch LEFT JOIN unit AS parent ON parent.code = branch.parent AND parent.level = 'district'
                WHERE branch.level = 'grassroots'
                ORDER BY branch.code
                """).map { row in
                BranchPlace(code: row["code"], name: row["name"], district: row["district"], districtName: row["district_name"])
            }
        }
    }
}
