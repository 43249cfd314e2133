import Foundation
import Testing

/// `chungtay demo`, the README's first command, run where a user runs it: at the top of the project, on `Seeds/`
/// and `Rules/`, with the clock fixed.
@Suite struct DemoTests {
    /// The project's top folder (where `Seeds/` and `Rules/` are).
    static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theTourOfTheSampleProvince() throws {
        let output = try CommandRunner.run(["demo"], in: Self.project, environment: ["CHUNGTAY_NOW": "2026-11-23T09:00:00+07:00"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        // The temporary folder is new on every run.
        let folder = try #require(output.stdout.firstMatch(of: #/Cơ sở dữ liệu mẫu: (/\S+)/demo\.sqlite/#)?.1)
        defer { try? FileManager.default.removeItem(atPath: String(folder)) }
        let bulletin = try FileManager.default.contentsOfDirectory(atPath: folder + "/bulletin").sorted()
        #expect(bulletin == ["SHA256SUMS", "branches.csv", "districts.csv", "index.html", "leaderboard.json", "leaderboard.md", "members.csv"])
        try CommandRunner.expectGolden(output.stdout.replacingOccurrences(of: String(folder), with: "TMP"), "demo.txt")
        // The year's progress fits a terminal of 120 columns (issue 17); every character here is one column wide.
        let progress = try #require(output.stdout.firstRange(of: "Tiến độ thực hiện").map { output.stdout[$0.lowerBound...] })
        let lines = progress.prefix { $0 != "\u{0}" }.split(separator: "\n").prefix { !$0.hasPrefix("Danh sách đề nghị") }
        #expect(lines.count > 30)
        #expect(lines.allSatisfy { $0.count <= 120 }, "\(lines.map(\.count).max() ?? 0) columns")
    }
}
