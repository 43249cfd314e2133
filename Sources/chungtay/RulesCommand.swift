import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check the rules folder, or show the rules in effect.",
        subcommands: [Check.self, Show.self, Diff.self]
    )
}
