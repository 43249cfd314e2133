/// One organisation unit of the sample, as it goes into units.csv, with what the other files need to know.
struct SampleUnit {
    enum Level: String { case province, district, grassroots, cell }

    let code: String
    let name: String
    let level: Level
    /// Index of the parent in `SampleOrgChart.units`; nil for the province.
    let parent: Int?
    let sector: UnitSector?
    let area: String
    /// Index of the district-level unit above (or this unit, for a district); nil for the province and for
    /// branches directly under it.
    let district: Int?
    /// Index of the grassroots unit this unit is or belongs to; nil above grassroots.
    let branch: Int?
    /// Lower-case ASCII name used in the unit's web addresses.
    let slug: String
    /// The one-stop desk its members mostly file at: `000.AA.BB.H05`.
    let agency: (commune: Int, town: Int)
    /// Ethnic-minority area: family names lean to those of the Bana, Hrê and Chăm H'roi.
    let ethnicMinority: Bool
}
