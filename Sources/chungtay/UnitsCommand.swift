import ArgumentParser

struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: localized("Xem tổ chức có hiệu lực vào một ngày, hoặc lịch sử một đơn vị.", "Show the organisation in force on a date, or one unit's history."),
        subcommands: [Show.self, History.self], defaultSubcommand: Show.self
    )
}
