import ChungtayCore
import Foundation
import Testing

/// The fixture province of `Resources/boards/`, loaded into a fresh database through the command line, and the
/// helpers the leaderboard tests share.
///
///     BD Tỉnh đoàn Bình Định
///     ├── QN Thành đoàn Quy Nhơn (members not given)
///     │   ├── QN-GR Đoàn phường Ghềnh Ráng, ward, 20        (cell QN-GR-KV1)   DV01 (in the cell), DV02, DV12
///     │   └── QN-QT Đoàn trường THPT Quang Trung, school, 50                   DV03, DV04
///     ├── AN Thị đoàn An Nhơn, 30 members of its own
///     │   ├── AN-BT Đoàn phường Bình Định, ward, 25                            DV05, DV06
///     │   └── AN-NH Đoàn xã Nhơn Hậu, commune, 0: unranked per member          DV07
///     ├── PC Huyện đoàn Phù Cát
///     │   └── PC-CM Đoàn xã Cát Minh, commune, 10                              DV08, DV09
///     └── BD-BV Đoàn cơ sở Bệnh viện tỉnh, agency, 40 (under no district)      DV10, DV11
///
/// Rules (`boards/rules/2026.json`): dossier 3, level 4 +2 (so 3 or 5); training 1; volunteer shift 0.5 an hour;
/// article 2 (unit); propaganda session 4 + 0.05 an attendee (unit); no caps, no multipliers; a target of 2 articles
/// a month, bonus 5. Branches per member, districts by total, competition, tie-break count:dossier_assisted then
/// earliest.
///
/// Activities (`boards/activities.csv`), 60 from October to December 2026: A40 repeats A24's dossier (a duplicate,
/// 0 points) and A56 is rejected after the import. Target bonuses: QN-GR on 15 Oct (A08, A09), QN-QT on 26 Nov
/// (A29, A45), AN-BT on 29 Nov (A36, A55).
final class LeaderboardProvince: Sendable {
    static let secret = "leaderboard-secret"
    /// One folder per test process, removed when the process exits (the shared province lives until then).
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chungtay-boards-\(ProcessInfo.processInfo.processIdentifier)")
    var database: String { Self.folder.appendingPathComponent("boards.sqlite").path }
    static let fixtures = CommandRunner.resources.appendingPathComponent("boards")
    static var rules: String { fixtures.appendingPathComponent("rules").path }

    init() throws {
        try? FileManager.default.removeItem(at: Self.folder)
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: LeaderboardProvince.folder) }
        for arguments in [["init"],
                          ["import", "units", Self.fixtures.appendingPathComponent("units.csv").path],
                          ["import", "members", Self.fixtures.appendingPathComponent("members.csv").path, "--today", "2026-11-29"],
                          ["import", "activities", Self.fixtures.appendingPathComponent("activities.csv").path],
                          ["reject", "A56", "--reason", "Báo cáo trùng", "--by", "test"]] {
            let output = try run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
    }

    /// `chungtay ARGUMENTS --db … --rules …`.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", database, "--rules", Self.rules], environment: ["CHUNGTAY_SECRET": Self.secret])
    }

    /// The JSON a command printed, parsed; a failed command or a parse error is an issue.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let output = try run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        return try JSONValue.parse(output.stdout)
    }

    /// Compares `text` with `boards/golden/NAME`; with `CHUNGTAY_UPDATE_GOLDEN=1` it rewrites the file in the source tree.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
                             filePath: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["CHUNGTAY_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Resources/boards/golden/\(name)")
            try Data(text.utf8).write(to: source)
            return
        }
        // Decoded by hand: String(contentsOf:encoding:) would drop the CSV's byte-order mark.
        let expected = String(decoding: try Data(contentsOf: fixtures.appendingPathComponent("golden/\(name)")), as: UTF8.self)
        #expect(text == expected, "differs from boards/golden/\(name); rerun with CHUNGTAY_UPDATE_GOLDEN=1 to see the difference in git",
                sourceLocation: sourceLocation)
    }
}

/// Reading the boards' JSON in tests.
enum LeaderboardJSON {
    /// A member of a JSON object (`.null` when missing).
    static func field(_ value: JSONValue, _ key: String) -> JSONValue {
        guard case let .object(members) = value else { return .null }
        return members.first { $0.key == key }?.value ?? .null
    }

    /// A scalar as text: a number's literal, a string, `-` for null.
    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case let .number(literal): return literal
        case let .string(text): return text
        case let .bool(flag): return flag ? "true" : "false"
        default: return "-"
        }
    }

    /// The elements of a JSON array.
    static func elements(_ value: JSONValue) -> [JSONValue] {
        guard case let .array(elements) = value else { return [] }
        return elements
    }

    /// A board entry in one line: `rank id score total members previous_rank movement`, `-` for null.
    static func entryLine(_ entry: JSONValue) -> String {
        ["rank", "id", "score", "total", "members", "previous_rank", "movement"].map { scalar(field(entry, $0)) }.joined(separator: " ")
    }

    /// An entry's counts and points: `key=count/points`, by key.
    static func tallyLine(_ entry: JSONValue) -> String {
        let counts = field(entry, "counts"), points = field(entry, "points")
        guard case let .object(members) = counts else { return "?" }
        return members.map(\.key).sorted().map { "\($0)=\(scalar(field(counts, $0)))/\(scalar(field(points, $0)))" }
            .joined(separator: " ")
    }
}
