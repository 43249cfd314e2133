import Foundation
import Testing

/// How people type commands: the shared options before the subcommand too, `--lang` in any case, and shell
/// completion from the argument parser.
@Suite struct CommandLineTests {
    typealias Workspace = LedgerCommandTests.Workspace

    @Test func sharedOptionsMayComeBeforeTheSubcommand() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let after = try workspace.run(["rank", "--unit", "AL-ANHUNG", "--period", "2026-W48"])
        #expect(after.status == 0)
        for leading in [["--db", workspace.database, "--rules", LedgerCommandTests.rules, "--lang", "en", "--today", "2026-11-29"],
                        ["--db=\(workspace.database)", "--rules=\(LedgerCommandTests.rules)", "--lang=en", "--today=2026-11-29"]] {
            let before = try CommandRunner.run(leading + ["rank", "--unit", "AL-ANHUNG", "--period", "2026-W48"])
            #expect(before.status == 0, "\(before.stderr)")
            #expect(before.stdout == after.stdout)
        }
        // A nested subcommand, and --out before it.
        let out = workspace.path("rules.txt")
        let nested = try CommandRunner.run(["--rules", LedgerCommandTests.rules, "--out", out, "--lang", "en", "rules", "check"])
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("\(LedgerCommandTests.rules)/2025.json: valid, version 2025.1"))
    }

    @Test func theLanguageIsReadInAnyCase() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        for (lang, first) in [("VI", "Đoàn xã An Hưng — AL-ANHUNG (AL)"), ("En", "Đoàn xã An Hưng — AL-ANHUNG (AL)")] {
            let output = try workspace.run(["rank", "--unit", "AL-ANHUNG", "--period", "2026-W48"], lang: lang)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.split(separator: "\n").first.map(String.init) == first)
        }
        #expect(try workspace.run(["rank", "--unit", "AL-ANHUNG"], lang: "VI").stdout == workspace.run(["rank", "--unit", "AL-ANHUNG"], lang: "vi").stdout)
        #expect(try workspace.run(["rank", "--unit", "AL-ANHUNG"], lang: "EN").stdout == workspace.run(["rank", "--unit", "AL-ANHUNG"], lang: "en").stdout)
    }

    /// An empty board says why, and which period to ask for instead (issue 17).
    @Test func anEmptyBoardSaysWhichWeekHasActivities() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let table = try workspace.run(["leaderboard", "branches", "--period", "2026-W49"], lang: "vi")
        #expect(table.status == 0)
        #expect(table.stdout.hasSuffix("\nTuần 2026-W49 chưa có hoạt động nào được tính điểm; tuần gần nhất có hoạt động là 2026-W48 (--period 2026-W48).\n"))
        let markdown = try workspace.run(["leaderboard", "members", "--period", "2026-12", "--format", "md"])
        #expect(markdown.stdout.hasSuffix("\nMonth 2026-12 has no scoring activity; the latest week that has one is 2026-W48 (--period 2026-W48).\n"))
        let empty = try Workspace()
        try empty.province()
        #expect(try empty.run(["leaderboard", "members"]).stdout.hasSuffix("\nWeek 2026-W48 has no scoring activity; the database holds none yet.\n"))
    }

    /// `--help` in the user's language, listing exactly the formats the command writes (issue 17).
    @Test func helpIsInTheUsersLanguage() throws {
        let vietnamese = try CommandRunner.run(["leaderboard", "--help"])
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout.hasPrefix("TỔNG QUAN: Xem bảng xếp hạng đoàn viên, cơ sở Đoàn hoặc huyện trong một kỳ.\n"))
        #expect(vietnamese.stdout.contains("\nTÙY CHỌN:\n"))
        #expect(vietnamese.stdout.contains("  --format <format>       table, json, csv, md hoặc xlsx (xlsx cần --out).\n"))
        #expect(!vietnamese.stdout.contains("html"))
        let english = try CommandRunner.run(["rank", "--help"], environment: ["CHUNGTAY_LANG": "en"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Show where one member or unit stands: rank, score, gap to the entry"))
        #expect(english.stdout.contains("  --format <format>       table, json, csv or md. (default: table)\n"))
        let top = try CommandRunner.run(["--help", "--lang", "en"])
        #expect(top.stdout.contains("  leaderboard             Show the members', branches' or districts' board"))
    }

    /// Each command's `--help` lists exactly the formats it writes: every one listed is written (exit 0), every other
    /// refused as wrong usage (64).
    @Test func helpListsExactlyTheFormatsEachCommandWrites() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let all = ["table", "json", "csv", "md", "html", "xlsx"]
        for command in [["leaderboard", "members"], ["rank", "--member", "DV001"], ["explain", "--unit", "AL-ANHUNG"], ["awards"],
                        ["progress"], ["units"], ["rules", "show"], ["rules", "diff", LedgerCommandTests.rules]] {
            let help = try workspace.run(command + ["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let listing = try #require(help.firstRange(of: "--format <format> ").map { help[$0.upperBound...] })
            let listed = Set(listing.prefix { $0 != "." && $0 != "(" }.split(whereSeparator: { ", ".contains($0) })
                .map(String.init).filter { $0 != "or" })
            #expect(listed.isSubset(of: all) && listed.contains("table"), "\(command): \(listed)")
            for format in all {
                let output = try workspace.run(command + ["--format", format, "--out", workspace.path("out-\(format)")])
                #expect(output.status == (listed.contains(format) ? 0 : 64), "\(command) --format \(format): \(output.status) \(output.stderr)")
            }
        }
    }

    @Test(arguments: [("bash", "-F _chungtay chungtay"), ("zsh", "#compdef chungtay"), ("fish", "complete -c 'chungtay'")])
    func shellCompletionFromTheArgumentParser(shell: String, marker: String) throws {
        let output = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(output.status == 0)
        #expect(output.stdout.contains(marker))
        #expect(output.stdout.contains("leaderboard"))
    }
}
