import ArgumentParser

/// The options `rank` and `explain` share: one member or one unit, a period, table, json, csv or md.
struct EntrySelection: ParsableArguments {
    @Option(help: .localized("Mã đoàn viên (bảng xếp hạng đoàn viên).", "A member's id (the members' board)."))
    var member: String?

    @Option(help: .localized("Mã cơ sở Đoàn (bảng cơ sở) hoặc mã đơn vị cấp huyện (bảng huyện).", "A grassroots unit's code (the branches' board) or a district-level unit's code (the districts' board)."))
    var unit: String?

    @Option(help: GlobalOptions.periodHelp)
    var period: String?

    @OptionGroup var structure: StructureDate

    @Option(help: .localized("table, json, csv hoặc md.", "table, json, csv or md."))
    var format: OutputFormat = .table

    func validate() throws {
        guard (member == nil) != (unit == nil) else { throw ValidationError("give one of --member ID or --unit CODE") }
        guard [.table, .json, .csv, .md].contains(format) else { throw ValidationError("write table, json, csv or md, not \(format.rawValue)") }
    }
}
