import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: localized("Kiểm tra thư mục thể lệ, hoặc xem thể lệ đang có hiệu lực.", "Check the rules folder, or show the rules in effect."),
        subcommands: [Check.self, Show.self, Diff.self, Export.self]
    )
}
