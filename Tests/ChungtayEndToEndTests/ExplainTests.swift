import ChungtayCore
import Foundation
import Testing

/// `chungtay explain` run as users run it, on the province of `Resources/explain/` (see ExplainProvince), against
/// hand-computed scores.
@Suite(.serialized) struct ExplainTests {
    static let shared = Result { try ExplainProvince.explain() }
    var province: ExplainProvince { get throws { try Self.shared.get() } }
    typealias J = LeaderboardJSON

    /// An activity in one line: `id date type status duplicate_of base factor [multipliers] before points [capped_by]`.
    static func activityLine(_ activity: JSONValue) -> String {
        func list(_ key: String) -> String { "[" + J.elements(J.field(activity, key)).map(J.scalar).joined(separator: ", ") + "]" }
        let scalars = ["id", "date", "type", "status", "duplicate_of", "base", "factor"].map { J.scalar(J.field(activity, $0)) }
        return (scalars + [list("multipliers"), J.scalar(J.field(activity, "points_before_caps")), J.scalar(J.field(activity, "points")),
                           list("capped_by")]).joined(separator: " ")
    }

    static func bonusLine(_ bonus: JSONValue) -> String {
        ["target", "date", "points"].map { J.scalar(J.field(bonus, $0)) }.joined(separator: " ")
    }

    func expectExplanation(_ arguments: [String], board: String, id: String, total: String, activities: [String], bonuses: [String],
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let json = try province.json(["explain"] + arguments + ["--period", "2026-W48", "--format", "json"], sourceLocation: sourceLocation)
        guard case let .object(members) = json else { Issue.record("not an object", sourceLocation: sourceLocation); return }
        #expect(members.map(\.key) == ["board", "period", "as_of", "id", "total", "activities", "bonuses"], sourceLocation: sourceLocation)
        #expect(J.scalar(J.field(json, "as_of")) == "2026-11-29", sourceLocation: sourceLocation)
        for activity in J.elements(J.field(json, "activities")) {
            guard case let .object(keys) = activity else { continue }
            #expect(keys.map(\.key) == ["id", "date", "unit", "type", "status", "duplicate_of", "base", "factor", "multipliers",
                                         "points_before_caps", "points", "capped_by"], sourceLocation: sourceLocation)
        }
        #expect(J.scalar(J.field(json, "board")) == board, sourceLocation: sourceLocation)
        let period = J.field(json, "period")
        #expect(["label", "from", "to"].map { J.scalar(J.field(period, $0)) } == ["2026-W48", "2026-11-23", "2026-11-29"],
                sourceLocation: sourceLocation)
        #expect(J.scalar(J.field(json, "id")) == id, sourceLocation: sourceLocation)
        #expect(J.scalar(J.field(json, "total")) == total, sourceLocation: sourceLocation)
        #expect(J.elements(J.field(json, "activities")).map(Self.activityLine) == activities, sourceLocation: sourceLocation)
        #expect(J.elements(J.field(json, "bonuses")).map(Self.bonusLine) == bonuses, sourceLocation: sourceLocation)
    }

    static let mountainAndPeak = "[Địa bàn miền núi, Tháng cao điểm]"

    @Test func member() throws {
        // Week 48 of M01 (E01 is in week 47, E07 in week 49): 6.03 + 1.97 + 0 + 1.20 + 0 = 9.20.
        try expectExplanation(["--member", "m01"], board: "members", id: "M01", total: "9.2", activities: [
            // (3 + 0.35) × (1.2 × 1.5) = 3.35 × 1.8 = 6.03.
            "E02 2026-11-23 dossier_assisted scored - 3.35 1.8 \(Self.mountainAndPeak) 6.03 6.03 []",
            // 3 × 1.8 = 5.40; the day cap of 8 has 8 − 6.03 = 1.97 left; the week's 30 has 23.97 left (not listed).
            "E03 2026-11-23 dossier_assisted scored - 3 1.8 \(Self.mountainAndPeak) 5.4 1.97 [day]",
            "E04 2026-11-24 dossier_assisted duplicate E02 - - [] - 0 []",
            // The November multiplier names dossiers only: 1 × 1.2.
            "E05 2026-11-25 training_attended scored - 1 1.2 [Địa bàn miền núi] 1.2 1.2 []",
            "E06 2026-11-26 dossier_assisted rejected - - - [] - 0 []",
        ], bonuses: [])
    }

    @Test func branch() throws {
        // AL-AH and its cell: M01's five (9.20), M02's E08 3 × 1.8 = 5.40, the articles E11 and E12 at 2 × 1.2 = 2.40
        // each, and the bonus of 5 on the 27th when E12 made 2 articles in November: 9.2 + 5.4 + 4.8 + 5 = 24.40.
        // Unit-credited E12 names M01 as its author; it earns M01 nothing, so it is not on M01's explanation.
        try expectExplanation(["--unit", "al-ah"], board: "branches", id: "AL-AH", total: "24.4", activities: [
            "E02 2026-11-23 dossier_assisted scored - 3.35 1.8 \(Self.mountainAndPeak) 6.03 6.03 []",
            "E03 2026-11-23 dossier_assisted scored - 3 1.8 \(Self.mountainAndPeak) 5.4 1.97 [day]",
            "E04 2026-11-24 dossier_assisted duplicate E02 - - [] - 0 []",
            "E08 2026-11-24 dossier_assisted scored - 3 1.8 \(Self.mountainAndPeak) 5.4 5.4 []",
            "E11 2026-11-24 article_posted scored - 2 1.2 [Địa bàn miền núi] 2.4 2.4 []",
            "E05 2026-11-25 training_attended scored - 1 1.2 [Địa bàn miền núi] 1.2 1.2 []",
            "E06 2026-11-26 dossier_assisted rejected - - - [] - 0 []",
            "E12 2026-11-27 article_posted scored - 2 1.2 [Địa bàn miền núi] 2.4 2.4 []",
        ], bonuses: ["articles 2026-11-27 5"])
    }

    @Test func branchWithADuplicateOfAnotherBranch() throws {
        // QN-GR has no mountain flag: 3.35 × 1.5 = 5.025 → 5.03 (half away from zero). E10 claims M02's dossier HS-E08.
        try expectExplanation(["--unit", "QN-GR"], board: "branches", id: "QN-GR", total: "5.03", activities: [
            "E09 2026-11-24 dossier_assisted scored - 3.35 1.5 [Tháng cao điểm] 5.03 5.03 []",
            "E10 2026-11-25 dossier_assisted duplicate E08 - - [] - 0 []",
        ], bonuses: [])
    }

    @Test func district() throws {
        // AL: AL-AH's 24.40 plus E13, recorded at the district itself: 2 × 1.2 = 2.40; 26.80.
        let json = try province.json(["explain", "--unit", "AL", "--period", "2026-W48", "--format", "json"])
        #expect(J.scalar(J.field(json, "board")) == "districts")
        #expect(J.scalar(J.field(json, "total")) == "26.8")
        #expect(J.elements(J.field(json, "activities")).map { J.scalar(J.field($0, "id")) }
            == ["E02", "E03", "E04", "E08", "E11", "E05", "E06", "E12", "E13"])
        #expect(J.elements(J.field(json, "bonuses")).map(Self.bonusLine) == ["articles 2026-11-27 5"])
    }

    @Test func totalsEqualTheBoards() throws {
        for period in ["2026-W48", "2026-W47", "2026-11", "2026"] {
            for (board, arguments) in [("members", ["--member", "M01"]), ("members", ["--member", "M02"]), ("members", ["--member", "M03"]),
                                       ("branches", ["--unit", "AL-AH"]), ("branches", ["--unit", "QN-GR"]),
                                       ("districts", ["--unit", "AL"]), ("districts", ["--unit", "QN"])] {
                let explained = try province.json(["explain"] + arguments + ["--period", period, "--format", "json"])
                let id = J.scalar(J.field(explained, "id"))
                let listed = try province.json(["leaderboard", board, "--period", period, "--all", "--format", "json"])
                let entry = (J.elements(J.field(listed, "entries")) + J.elements(J.field(listed, "unranked")))
                    .first { J.scalar(J.field($0, "id")) == id } ?? .null
                #expect(J.scalar(J.field(explained, "total")) == J.scalar(J.field(entry, "total")), "\(id) \(period)")
            }
        }
        // The year adds E01 and E07 (5.40 each) to M01's week: 9.20 + 10.80 = 20.
        #expect(J.scalar(J.field(try province.json(["explain", "--member", "M01", "--period", "2026", "--format", "json"]), "total")) == "20")
    }

    @Test func emptyPeriod() throws {
        let json = try province.json(["explain", "--member", "M02", "--period", "2026-W40", "--format", "json"])
        #expect(J.scalar(J.field(json, "total")) == "0")
        #expect(J.elements(J.field(json, "activities")).isEmpty)
        let table = try province.run(["explain", "--member", "M02", "--period", "2026-W40", "--lang", "en"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("No activity in the period.\n"))
    }

    @Test func defaultPeriodIsTheWeekOfToday() throws {
        let json = try province.json(["explain", "--member", "M01", "--today", "2026-11-26", "--format", "json"])
        #expect(J.scalar(J.field(J.field(json, "period"), "label")) == "2026-W48")
        #expect(J.scalar(J.field(json, "total")) == "9.2")
    }

    @Test func goldenFormats() throws {
        for (arguments, name) in [(["--member", "M01"], "explain-M01-2026-W48.vi.txt"),
                                  (["--member", "M01", "--lang", "en"], "explain-M01-2026-W48.en.txt"),
                                  (["--member", "M01", "--format", "json"], "explain-M01-2026-W48.json"),
                                  (["--unit", "AL-AH"], "explain-AL-AH-2026-W48.vi.txt"),
                                  (["--unit", "AL-AH", "--lang", "en"], "explain-AL-AH-2026-W48.en.txt"),
                                  (["--unit", "AL-AH", "--format", "json"], "explain-AL-AH-2026-W48.json"),
                                  (["--unit", "AL"], "explain-AL-2026-W48.vi.txt"),
                                  (["--unit", "AL-AH", "--format", "csv"], "explain-AL-AH-2026-W48.vi.csv"),
                                  (["--unit", "AL-AH", "--format", "csv", "--lang", "en"], "explain-AL-AH-2026-W48.en.csv"),
                                  (["--unit", "AL-AH", "--format", "md"], "explain-AL-AH-2026-W48.vi.md"),
                                  (["--member", "M01", "--format", "md", "--lang", "en"], "explain-M01-2026-W48.en.md")] {
            let output = try province.run(["explain"] + arguments + ["--period", "2026-W48"])
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(output.stderr.isEmpty)
            try ExplainProvince.expectGolden(output.stdout, name)
        }
    }

    @Test func refusals() throws {
        let cell = try province.run(["explain", "--unit", "al-ah-t1", "--lang", "en"])
        #expect(cell.status == 64)
        #expect(cell.stderr == "--unit AL-AH-T1: a cell is not ranked on its own; its points count for the grassroots unit AL-AH, use --unit AL-AH\n")
        #expect(cell.stdout.isEmpty)
        let member = try province.run(["explain", "--member", "M99", "--lang", "en"])
        #expect(member.status == 65)
        #expect(member.stderr == "--member M99: no such member; check the id, or import the members first\n")
        #expect(try province.run(["explain", "--unit", "XX"]).status == 65)
        #expect(try province.run(["explain", "--unit", "BD"]).status == 64)
        #expect(try province.run(["explain", "--member", "M01", "--unit", "AL-AH"]).status == 64)
        #expect(try province.run(["explain"]).status == 64)
        #expect(try province.run(["explain", "--member", "M01", "--format", "html"]).status == 64)
        let period = try province.run(["explain", "--member", "M01", "--period", "2026-W54", "--lang", "en"])
        #expect(period.status == 64)
        #expect(period.stderr.hasPrefix("--period '2026-W54': "))
    }
}
