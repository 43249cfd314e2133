import ArgumentParser
import Foundation

@main
struct Chungtay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chungtay",
        abstract: localized("Chấm điểm, xếp hạng và đề nghị khen thưởng phong trào “Thanh niên Bình Định chung tay đẩy mạnh thực hiện dịch vụ công trực tuyến” (2022–2027).", "Score, rank and commend the Youth Union's online public service campaign (Bình Định, 2022–2027)."),
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, InitCommand.self, ImportCommand.self, RecordCommand.self, RejectCommand.self, RestoreCommand.self,
            RulesCommand.self, CheckCommand.self, BackupCommand.self, LeaderboardCommand.self, RankCommand.self,
            ExplainCommand.self, PublishCommand.self, VerifyCommand.self, AwardsCommand.self, ProgressCommand.self, UnitsCommand.self,
        ]
    )

    /// Parses and runs, with the shared options allowed before the subcommand; what the parser refuses is said in the
    /// user's language (help and version as they are), with its exit code.
    static func main() {
        let arguments = GlobalOptions.movedAfterSubcommand(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(UsageMessages.text(message, helpLanguage)) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((UsageMessages.text(message, UsageMessages.language(of: arguments)) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
