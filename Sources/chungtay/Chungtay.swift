import ArgumentParser

@main
struct Chungtay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chungtay",
        abstract: "Score, rank and commend the Youth Union's online public service campaign (Bình Định, 2022–2027).",
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, InitCommand.self, ImportCommand.self, RecordCommand.self, RejectCommand.self, RestoreCommand.self,
            RulesCommand.self, CheckCommand.self, BackupCommand.self, LeaderboardCommand.self, RankCommand.self,
            ExplainCommand.self, PublishCommand.self, VerifyCommand.self, AwardsCommand.self, ProgressCommand.self,
        ]
    )

    static func main() {
        main(GlobalOptions.movedAfterSubcommand(Array(CommandLine.arguments.dropFirst())))
    }
}
