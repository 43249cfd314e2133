/// A unit as it is over one era of the sample (before the reform, or from it): one row of units.csv, unless the
/// unit is the same in both eras (then one row, always in force).
struct UnitVersion {
    let name: String
    /// Index of the parent in `SampleOrgChart.units`; nil for the province.
    let parent: Int?
    let sector: UnitSector?
    /// The unit's own area flags, as units.csv writes them.
    let area: String
    /// Index of the district-level unit at or above (the unit itself, for a district); nil for the province and
    /// for units with no district above them.
    let district: Int?
    /// Index of the grassroots unit this unit is or belongs to; nil above grassroots.
    let branch: Int?
    /// The decision this row records (organisation.md's `decision`): the one that began the version, or, for a
    /// last version that nothing continues under its code (a dissolution, a merger), the one that ended it.
    var decision = ""

    /// Whether `other` writes the same row (the columns a version has; `district` and `branch` follow from them).
    func sameRow(as other: UnitVersion) -> Bool {
        name == other.name && parent == other.parent && sector == other.sector && area == other.area
    }
}
