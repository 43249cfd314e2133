import ChungtayCore
import Foundation
import Testing

/// `chungtay rules diff` run as users run it, on the leaderboard tests' province (`Resources/boards/`, see
/// LeaderboardTests for every hand-computed board) in a database of its own, against the rules folders of
/// `Resources/explain/`:
///
/// - `rules-raised`: the same rules with `training_attended` worth 4 instead of 1;
/// - `rules-broken`: `training_attended` worth -1 (fails the check);
/// - `rules-without-shifts`: no `volunteer_shift` type, which stored activities need.
@Suite(.serialized) struct RulesDiffTests {
    static let shared = Result { try ExplainProvince.boards() }
    var province: ExplainProvince { get throws { try Self.shared.get() } }
    typealias J = LeaderboardJSON
    static let fixtures = ExplainProvince.explainFixtures

    static func folder(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// An entry in one line: `old_rank new_rank movement id old_score new_score change`, `-` for null.
    static func entryLine(_ entry: JSONValue) -> String {
        ["old_rank", "new_rank", "movement", "id", "old_score", "new_score", "change"].map { J.scalar(J.field(entry, $0)) }
            .joined(separator: " ")
    }

    func board(_ json: JSONValue, _ kind: String) -> JSONValue {
        J.elements(J.field(json, "boards")).first { J.scalar(J.field($0, "board")) == kind } ?? .null
    }

    @Test func raisingOneTypeMovesItsMembers() throws {
        let json = try province.json(["rules", "diff", Self.folder("rules-raised"), "--period", "2026-11", "--format", "json"])
        guard case let .object(top) = json else { Issue.record("not an object"); return }
        #expect(top.map(\.key) == ["period", "boards"])
        #expect(J.elements(J.field(json, "boards")).map { J.scalar(J.field($0, "board")) } == ["members", "branches", "districts"])

        let members = board(json, "members")
        #expect(["rules_version", "method", "score_basis", "ranked"].map { J.scalar(J.field(J.field(members, "old"), $0)) }
            == ["2026.e2e", "competition", "total", "12"])
        #expect(J.scalar(J.field(J.field(members, "new"), "rules_version")) == "2026.e2e-raised")
        #expect(J.scalar(J.field(members, "moved")) == "7")
        // Training is worth 4: DV06 5 + 4 = 9 (was 5 + 1 = 6), DV07 4 + 3 = 7 (was 1 + 3 = 4); everyone else as in
        // November's board. New order: DV01 13, DV08 13, DV05 11, DV10 10, DV06 9; at 8 (two dossiers each, by last
        // day) DV03, DV02, DV04; at 7 DV09 (two dossiers) before DV07 (one); DV11 6; DV12 3.
        #expect(J.elements(J.field(members, "entries")).map(Self.entryLine) == [
            "10 5 5 DV06 6 9 up",
            "9 11 -2 DV11 6 6 down",
            "5 6 -1 DV03 8 8 down",
            "6 7 -1 DV02 8 8 down",
            "7 8 -1 DV04 8 8 down",
            "8 9 -1 DV09 7 7 down",
            "11 10 1 DV07 4 7 up",
            "1 1 0 DV01 13 13 same",
            "2 2 0 DV08 13 13 same",
            "3 3 0 DV05 11 11 same",
            "4 4 0 DV10 10 10 same",
            "12 12 0 DV12 3 3 same",
        ])

        // AN-BT's A44 and AN-NH's A27 gain 3 each: AN-BT 26 + 3 = 29 ÷ 25 = 1.16 (still 3rd); AN-NH stays unranked.
        let branches = board(json, "branches")
        #expect(J.scalar(J.field(branches, "moved")) == "0")
        #expect(J.elements(J.field(branches, "entries")).map(Self.entryLine) == [
            "1 1 0 PC-CM 2.5 2.5 same", "2 2 0 QN-GR 1.55 1.55 same", "3 3 0 AN-BT 1.04 1.16 same",
            "4 4 0 QN-QT 0.5 0.5 same", "5 5 0 BD-BV 0.45 0.45 same", "- - - AN-NH - - same",
        ])
        #expect(J.elements(J.field(branches, "entries")).map { J.scalar(J.field($0, "new_total")) } == ["25", "31", "29", "25", "18", "9"])
        // AN: 32 + 3 + 3 = 38, still 2nd.
        #expect(J.elements(J.field(board(json, "districts"), "entries")).map(Self.entryLine) == [
            "1 1 0 QN 56 56 same", "2 2 0 AN 32 38 same", "3 3 0 PC 25 25 same",
        ])
    }

    @Test func aWeek() throws {
        // Week 48: DV06's training (A44) 1 → 4 lifts it from 11th to 7th, above the four members at 3, who each fall one.
        let json = try province.json(["rules", "diff", Self.folder("rules-raised"), "--period", "2026-W48", "--format", "json"])
        #expect(J.elements(J.field(board(json, "members"), "entries")).prefix(5).map(Self.entryLine) == [
            "11 7 4 DV06 1 4 up", "7 8 -1 DV07 3 3 down", "8 9 -1 DV11 3 3 down", "9 10 -1 DV02 3 3 down", "9 10 -1 DV09 3 3 down",
        ])
    }

    @Test func anIdenticalFolderMovesNobody() throws {
        let json = try province.json(["rules", "diff", province.rules, "--period", "2026-11", "--format", "json"])
        for kind in ["members", "branches", "districts"] {
            let diff = board(json, kind)
            #expect(J.scalar(J.field(diff, "moved")) == "0", "\(kind)")
            let entries = J.elements(J.field(diff, "entries"))
            #expect(!entries.isEmpty)
            for entry in entries {
                #expect(J.scalar(J.field(entry, "change")) == "same", "\(kind) \(Self.entryLine(entry))")
                #expect(J.scalar(J.field(entry, "old_score")) == J.scalar(J.field(entry, "new_score")))
                #expect(J.scalar(J.field(entry, "old_total")) == J.scalar(J.field(entry, "new_total")))
                #expect(J.scalar(J.field(entry, "old_rank")) == J.scalar(J.field(entry, "new_rank")))
            }
        }
        // Every entry of the board, in board order, since nobody moves.
        let listed = try province.json(["leaderboard", "members", "--period", "2026-11", "--format", "json"])
        #expect(J.elements(J.field(board(json, "members"), "entries")).map { J.scalar(J.field($0, "id")) }
            == J.elements(J.field(listed, "entries")).map { J.scalar(J.field($0, "id")) })
    }

    @Test func nothingIsWritten() throws {
        let before = try province.run(["leaderboard", "members", "--period", "2026-11", "--format", "json"])
        let diff = try province.run(["rules", "diff", Self.folder("rules-raised"), "--period", "2026-11"])
        #expect(diff.status == 0, "\(diff.stderr)")
        let after = try province.run(["leaderboard", "members", "--period", "2026-11", "--format", "json"])
        #expect(before.stdout == after.stdout)
        let check = try province.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func aBrokenFolderIsRefusedWithItsJSONPath() throws {
        let broken = Self.folder("rules-broken")
        let output = try province.run(["rules", "diff", broken, "--lang", "en"])
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("\(broken)/2026.json: $.activities.training_attended.points: "), "\(output.stderr)")
        let missing = try province.run(["rules", "diff", Self.folder("no-such-folder")])
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix(Self.folder("no-such-folder") + ": "))
    }

    @Test func rulesThatCannotScoreTheStoredActivitiesAreRefused() throws {
        // A07 (13 Oct), A22 (12 Nov), A34 (21 Nov) and A50 (27 Nov) are volunteer shifts; the period ends on 29 Nov.
        let folder = Self.folder("rules-without-shifts")
        let output = try province.run(["rules", "diff", folder, "--period", "2026-W48", "--lang", "en"])
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.split(separator: "\n").map(String.init) == ["A07 of 2026-10-13", "A22 of 2026-11-12", "A34 of 2026-11-21", "A50 of 2026-11-27"].map {
            "\(folder)/2026.json: $.activities: no activity type 'volunteer_shift', which activity \($0) needs; add the type"
        })
    }

    @Test func goldenFormats() throws {
        for (arguments, name) in [([String](), "rules-diff-2026-11.vi.txt"), (["--lang", "en"], "rules-diff-2026-11.en.txt"),
                                  (["--format", "json"], "rules-diff-2026-11.json"), (["--format", "csv"], "rules-diff-2026-11.csv"),
                                  (["--format", "md"], "rules-diff-2026-11.md")] {
            let output = try province.run(["rules", "diff", "explain/rules-raised", "--period", "2026-11"] + arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            try ExplainProvince.expectGolden(output.stdout, name)
        }
        #expect(try province.run(["rules", "diff", Self.folder("rules-raised"), "--format", "html"]).status == 64)
    }

    @Test func csvIsExcelFriendly() throws {
        let output = try province.run(["rules", "diff", Self.folder("rules-raised"), "--period", "2026-11", "--format", "csv", "--lang", "en"])
        #expect(Array(output.stdout.utf8).prefix(3) == [0xEF, 0xBB, 0xBF])
        let lines = output.stdout.dropFirst().components(separatedBy: "\r\n")
        // A header, 12 members, 6 branches, 3 districts, then the final CRLF.
        #expect(lines.count == 23 && lines.last == "")
        #expect(lines[0] == "Board,Id,Name,Change,Old rank,New rank,Movement,Old score,New score,Old total,New total")
        #expect(lines[2] == "members,DV11,Đinh Công Phúc,down,9,11,-2,6,6,6,6")
    }
}
