import ArgumentParser
import ChungtayCore

/// `--as-of DATE` (outputs.md, Periods): the structure date units are drawn on; default the period's last day.
struct StructureDate: ParsableArguments {
    @Option(name: .customLong("as-of"), help: .localized(
        "Vẽ các đơn vị theo tổ chức có hiệu lực ngày này, YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày cuối kỳ).",
        "Draw the units as the organisation stood on this date, YYYY-MM-DD or DD/MM/YYYY (default: the period's last day)."))
    var asOf: String?

    /// The date given, or nil for the default.
    var date: CivilDate? { asOf.flatMap { CivilDate(userText: $0) } }

    func validate() throws {
        if let asOf, CivilDate(userText: asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD or DD/MM/YYYY")
        }
    }
}
