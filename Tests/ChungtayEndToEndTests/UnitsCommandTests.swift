import ChungtayCore
import Foundation
import Testing

/// The organisation over time from the command line, on the province of `Resources/reform/` (the hand-worked reform
/// of the ranking tests' `ReformFixture`): `units`, `units history`, `--as-of`, and what boards and `rank` say across
/// the change.
@Suite struct UnitsCommandTests {
    static let shared = Result { try ExplainProvince("reform", fixtures: CommandRunner.resources.appendingPathComponent("reform"), rejected: []) }
    var province: ExplainProvince { get throws { try Self.shared.get() } }

    @Test func theStructureOnADateInEveryFormat() throws {
        for (arguments, golden) in [(["--as-of", "30/06/2025"], "units-2025-06-30.txt"), (["--today", "2025-12-31", "--lang", "en"], "units-2025-12-31.en.txt"),
                                    (["--as-of", "2025-07-01", "--format", "json"], "units-2025-07-01.json"),
                                    (["--as-of", "2025-07-01", "--format", "csv"], "units-2025-07-01.csv"),
                                    (["--as-of", "2025-07-01", "--format", "md"], "units-2025-07-01.md")] {
            let output = try province.run(["units"] + arguments)
            #expect(output.status == 0, "\(output.stderr)")
            try CommandRunner.expectGolden(output.stdout, golden)
        }
    }

    @Test func aUnitsHistory() throws {
        for (arguments, golden) in [(["units", "history", "k"], "units-history-K.txt"), (["units", "history", "N", "--format", "json"], "units-history-N.json")] {
            let output = try province.run(arguments)
            #expect(output.status == 0, "\(output.stderr)")
            try CommandRunner.expectGolden(output.stdout, golden)
        }
        let unknown = try province.run(["units", "history", "ZZ", "--lang", "en"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "ZZ: no such unit; check the code, or import the units first\n")
    }

    @Test func boardsRankAndCheckAcrossTheChange() throws {
        let drawn = try province.json(["leaderboard", "branches", "--period", "2025", "--as-of", "30/06/2025", "--format", "json"])
        #expect(LeaderboardJSON.scalar(LeaderboardJSON.field(drawn, "as_of")) == "2025-06-30")
        #expect(LeaderboardJSON.elements(LeaderboardJSON.field(drawn, "entries")).map { LeaderboardJSON.scalar(LeaderboardJSON.field($0, "id")) }
            == ["A", "S", "B", "C", "X", "Q"])
        let districts = try province.run(["leaderboard", "districts", "--period", "2025", "--lang", "en"])
        #expect(districts.stdout.hasSuffix("No district-level unit is in force on 2025-12-31; draw the board on another date (--as-of) or see the branches' board.\n"))
        let ended = try province.run(["rank", "--unit", "A", "--period", "2025", "--lang", "en"])
        #expect(ended.status == 65)
        #expect(ended.stderr == "A: the unit ended on 2025-06-30; on 2025-12-31 its history belongs to N: use --unit N (or an earlier --as-of)\n")
        let badDate = try province.run(["rank", "--unit", "A", "--period", "2025", "--as-of", "31/02/2025"])
        #expect(badDate.status == 64)
        let check = try province.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
