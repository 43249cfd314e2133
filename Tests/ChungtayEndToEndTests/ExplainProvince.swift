import ChungtayCore
import Foundation
import Testing

/// A fixture province loaded into a fresh database of its own through the command line, for the `explain` and
/// `rules diff` tests: `Resources/explain/` (below) or the leaderboard tests' `Resources/boards/`.
///
///     BD Tỉnh đoàn Bình Định
///     ├── AL Huyện đoàn An Lão, area mountain
///     │   └── AL-AH Đoàn xã An Hòa, commune, 20 members      M02
///     │       └── AL-AH-T1 Chi đoàn thôn 1 (cell)            M01
///     └── QN Thành đoàn Quy Nhơn
///         └── QN-GR Đoàn phường Ghềnh Ráng, ward, 10 members  M03
///
/// Rules (`explain/rules/2026.json`): dossier 3, level 4 +0.35, unique dossier, capped at 8 a day and 30 a week;
/// training 1; article 2 (unit, unique url); multipliers "Địa bàn miền núi" ×1.2 (area mountain, every type) and
/// "Tháng cao điểm" ×1.5 (dossiers in November 2026); a target of 2 articles a month, bonus 5. Branches per
/// member, districts by total.
///
/// Activities (`explain/activities.csv`); E06 is rejected after the import:
///
///     id   date   type      who                  points
///     E01  20 Nov dossier 3 M01 (AL-AH-T1)       3 × 1.8 = 5.40 (week 47)
///     E02  23 Nov dossier 4 M01                  3.35 × 1.8 = 6.03
///     E03  23 Nov dossier 3 M01                  3 × 1.8 = 5.40, capped by the day: 8 − 6.03 = 1.97
///     E04  24 Nov dossier 4 M01, HS-E02 again    duplicate of E02: 0
///     E05  25 Nov training  M01                  1 × 1.2 = 1.20
///     E06  26 Nov dossier 3 M01                  rejected: 0
///     E07  30 Nov dossier 3 M01                  5.40 (week 49)
///     E08  24 Nov dossier 3 M02 (AL-AH)          3 × 1.8 = 5.40
///     E09  24 Nov dossier 4 M03 (QN-GR)          3.35 × 1.5 = 5.025 → 5.03
///     E10  25 Nov dossier 3 M03, HS-E08 again    duplicate of E08 (another member, another branch): 0
///     E11  24 Nov article   AL-AH                2 × 1.2 = 2.40
///     E12  27 Nov article   AL-AH-T1             2 × 1.2 = 2.40; the 2nd article of November: AL-AH earns 5
///     E13  28 Nov article   AL (the district)    2 × 1.2 = 2.40
final class ExplainProvince: Sendable {
    static let secret = "explain-secret"
    /// One folder per test process for every province these tests build, removed when the process exits.
    static let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("chungtay-explain-\(ProcessInfo.processInfo.processIdentifier)")
    static let explainFixtures = CommandRunner.resources.appendingPathComponent("explain")

    let database: String
    let rules: String

    /// Loads `fixtures/units.csv`, `members.csv` and `activities.csv` under `fixtures/rules`, then rejects `rejected`.
    init(_ name: String, fixtures: URL, rejected: [String]) throws {
        let folder = Self.root.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ExplainProvince.root) }
        database = folder.appendingPathComponent("\(name).sqlite").path
        rules = fixtures.appendingPathComponent("rules").path
        var steps = [["init"],
                     ["import", "units", fixtures.appendingPathComponent("units.csv").path],
                     ["import", "members", fixtures.appendingPathComponent("members.csv").path, "--today", "2026-11-29"],
                     ["import", "activities", fixtures.appendingPathComponent("activities.csv").path]]
        steps += rejected.map { ["reject", $0, "--reason", "Không có minh chứng", "--by", "test"] }
        for arguments in steps {
            let output = try run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
    }

    /// The province of `Resources/explain/`.
    static func explain() throws -> ExplainProvince {
        try ExplainProvince("explain", fixtures: explainFixtures, rejected: ["E06"])
    }

    /// The leaderboard tests' province (`Resources/boards/`, see LeaderboardProvince), in a database of its own.
    static func boards() throws -> ExplainProvince {
        try ExplainProvince("boards", fixtures: CommandRunner.resources.appendingPathComponent("boards"), rejected: ["A56"])
    }

    /// `chungtay ARGUMENTS --db … --rules …`.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", database, "--rules", rules], environment: ["CHUNGTAY_SECRET": Self.secret])
    }

    /// The JSON a command printed, parsed; a failed command is an issue.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let output = try run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        return try JSONValue.parse(output.stdout)
    }

    /// Compares `text` with `explain/golden/NAME`; with `CHUNGTAY_UPDATE_GOLDEN=1` it rewrites the file in the source tree.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
                             filePath: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["CHUNGTAY_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Resources/explain/golden/\(name)")
            try Data(text.utf8).write(to: source)
            return
        }
        // Decoded by hand: String(contentsOf:encoding:) would drop a CSV's byte-order mark.
        let expected = String(decoding: try Data(contentsOf: explainFixtures.appendingPathComponent("golden/\(name)")), as: UTF8.self)
        #expect(text == expected, "differs from explain/golden/\(name); rerun with CHUNGTAY_UPDATE_GOLDEN=1 to see the difference in git",
                sourceLocation: sourceLocation)
    }
}
