import Foundation
import Testing

/// `chungtay rules check` and `rules show`, run as a user runs them.
@Suite struct RulesCommandTests {
    @Test(arguments: ["many-problems", "overlap", "syntax", "empty"])
    func brokenRulesArePrintedWithTheirJSONPathsAndExit65(folder: String) throws {
        for lang in ["vi", "en"] {
            let output = try CommandRunner.run(["rules", "check", "--rules", "rules-broken/\(folder)", "--lang", lang])
            #expect(output.status == 65)
            #expect(output.stdout.isEmpty)
            try CommandRunner.expectGolden(output.stderr, "rules-check-\(folder).\(lang).txt")
        }
    }

    @Test func everyProblemOfABrokenFileIsListedAtOnce() throws {
        let output = try CommandRunner.run(["rules", "check", "--rules", "rules-broken/many-problems", "--lang", "en"])
        let paths = output.stderr.split(separator: "\n").map { $0.split(separator: ": ")[1] }
        #expect(paths == [
            "$.owner", "$.activities.dossier_assisted.requires[1]", "$.activities.dossier_assisted.points",
            "$.activities.dossier_assisted.by.level[\"5\"]", "$.activities.dossier_assisted.by.online",
            "$.activities.dossier_assisted.flags.paid_online", "$.activities.dossier_assisted.caps[0].period",
            "$.activities.Propaganda", "$.activities.Propaganda.credit", "$.activities.Propaganda.points",
            "$.multipliers[0].area[1]", "$.multipliers[1].factor", "$.multipliers[1].sectors[0]",
            "$.multipliers[1].types[0]", "$.targets[0].type", "$.targets[0].min_count", "$.targets[0].period",
            "$.ranking.branch_score", "$.ranking.tie_break[1]",
        ])
    }

    @Test func otherCommandsRefuseRulesThatFailTheCheck() throws {
        let output = try CommandRunner.run(["rules", "show", "--rules", "rules-broken/overlap", "--today", "2026-05-01"])
        #expect(output.status == 65)
        #expect(output.stderr.contains("$.valid_from"))
        #expect(output.stdout.isEmpty)
    }

    @Test func theCampaignsRealRulesPassTheCheck() throws {
        let output = try CommandRunner.run(["rules", "check", "--rules", "rules-good"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        try CommandRunner.expectGolden(output.stdout, "rules-check-good.vi.txt")
    }

    @Test func theRepositorysRulesFolderPassesTheCheck() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = try CommandRunner.run(["rules", "check", "--rules", repository.appendingPathComponent("Rules").path, "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.split(separator: "\n").count == 6)
    }

    @Test func aMissingFolderExits66() throws {
        let output = try CommandRunner.run(["rules", "check", "--rules", "no-such-folder"])
        #expect(output.status == 66)
        #expect(output.stderr.hasPrefix("no-such-folder: "))
    }

    @Test func showGivesTheRulesInEffectOnADateAsTableAndJSON() throws {
        for (format, lang) in [("table", "vi"), ("table", "en"), ("json", "vi")] {
            let output = try CommandRunner.run(["rules", "show", "--rules", "rules-good", "--date", "15/03/2026",
                                                "--format", format, "--lang", lang])
            #expect(output.status == 0)
            try CommandRunner.expectGolden(output.stdout, "rules-show-2026-03-15.\(lang).\(format == "json" ? "json" : "txt")")
        }
    }

    @Test func showUsesTodayWhenNoDateIsGiven() throws {
        let output = try CommandRunner.run(["rules", "show", "--rules", "rules-good", "--format", "json"],
                                           environment: ["CHUNGTAY_TODAY": "2025-12-31"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"version\": \"2025.1\""))
    }

    @Test func showRefusesADateWithNoRulesAndAMalformedDate() throws {
        let none = try CommandRunner.run(["rules", "show", "--rules", "rules-good", "--date", "2020-01-01"])
        #expect(none.status == 65)
        let malformed = try CommandRunner.run(["rules", "show", "--rules", "rules-good", "--date", "31/02/2026"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("31/02/2026"))
    }
}
