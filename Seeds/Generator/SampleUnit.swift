/// One organisation unit (one code) of the sample, with what stays the same across its versions; what may change
/// (name, parent, sector, area) is in its ``UnitVersion``s.
struct SampleUnit {
    enum Level: String { case province, district, grassroots, cell }

    let code: String
    let level: Level
    /// Lower-case ASCII name used in the unit's web addresses.
    let slug: String
    /// The one-stop desk its members mostly file at: `000.AA.BB.H05`.
    let agency: (commune: Int, town: Int)
    /// Ethnic-minority area: family names lean to those of the Bana, Hrê and Chăm H'roi.
    let ethnicMinority: Bool
}
