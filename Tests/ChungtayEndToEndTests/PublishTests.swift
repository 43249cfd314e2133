import ChungtayCore
import Foundation
import Testing

/// `chungtay publish` and `chungtay verify` run as users run them, on copies of the fixture province of
/// `Resources/boards/` (see LeaderboardProvince and the hand-computed boards in LeaderboardTests).
///
/// Week 2026-W48: members DV01 8, DV05 6, DV03/DV08/DV10/DV04 5, DV07/DV11 3, DV02 and DV09 3 (tied 9th), DV06 1
/// (11th); branches (per member) QN-GR 0.90, PC-CM 0.80, AN-BT 14 ÷ 25 = 0.56, QN-QT 0.34, BD-BV 0.20, AN-NH unranked;
/// districts QN 35, AN 19, PC 8. PC-TH ("=Đoàn xã Thử nghiệm", under PC) has nothing this week.
@Suite(.serialized) struct PublishTests {
    /// A copy of the shared fixture province (made with `chungtay backup`), and folders to publish into.
    struct Copy {
        let folder: URL
        var database: String { folder.appendingPathComponent("boards.sqlite").path }

        init() throws {
            let province = try LeaderboardTests.shared.get()
            folder = LeaderboardProvince.folder.appendingPathComponent("publish-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let backup = try province.run(["backup", database])
            #expect(backup.status == 0, "\(backup.stderr)")
        }

        func run(_ arguments: [String], now: String? = nil) throws -> CommandRunner.Output {
            try CommandRunner.run(arguments + ["--db", database, "--rules", LeaderboardProvince.rules],
                                  environment: ["CHUNGTAY_SECRET": LeaderboardProvince.secret].merging(now.map { ["CHUNGTAY_NOW": $0] } ?? [:]) { $1 })
        }

        func out(_ name: String) -> String { folder.appendingPathComponent(name).path }

        /// `publish --week 2026-W48 --out NAME`, which must succeed.
        @discardableResult
        func publish(_ name: String, week: String = "2026-W48", now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let output = try run(["publish", "--week", week, "--out", out(name), "--lang", "en"], now: now)
            #expect(output.status == 0, "\(output.stderr)", sourceLocation: sourceLocation)
            return output.stdout
        }

        func files(_ name: String) throws -> [String: Data] {
            var files: [String: Data] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: out(name)) {
                files[file] = try Data(contentsOf: URL(fileURLWithPath: out(name)).appendingPathComponent(file))
            }
            return files
        }

        func text(_ name: String, _ file: String) throws -> String {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: out(name)).appendingPathComponent(file)), as: UTF8.self)
        }
    }

    static let fileNames = ["SHA256SUMS", "branches.csv", "districts.csv", "index.html", "leaderboard.json", "leaderboard.md", "members.csv"]

    /// What the sqlite3 shell prints for a query.
    static func sqlite(_ database: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    /// The first publication's time, which varies from run to run, written as a placeholder.
    static func masked(_ text: String) -> String {
        text.replacing(#/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/#, with: "YYYY-MM-DDTHH:MM:SSZ")
    }

    @Test func publishingTwiceWritesTheSameBytesAndStoresOneRevision() throws {
        let copy = try Copy()
        let first = try copy.publish("first")
        #expect(first.hasPrefix("2026-W48: stored revision 1; wrote 7 files into \(copy.out("first"))\nDigest: "))
        let second = try copy.publish("second")
        #expect(second.hasPrefix("2026-W48: nothing changed since the stored revision 1; wrote 7 files into \(copy.out("second"))\n"))
        let (a, b) = (try copy.files("first"), try copy.files("second"))
        #expect(a.keys.sorted() == Self.fileNames)
        #expect(a == b)
        #expect(try Self.sqlite(copy.database, "SELECT week, revision FROM snapshot") == "2026-W48|1\n")
        // Publishing into the same folder again leaves no temporary file behind.
        try copy.publish("first")
        #expect(try copy.files("first") == a)
        let verify = try copy.run(["verify", copy.out("first"), "--lang", "en"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout == "\(copy.out("first")): 7 files match SHA256SUMS and the stored publication of 2026-W48, revision 1\n")
        // sha256sum -c agrees.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        check.arguments = ["-c", "--quiet", "SHA256SUMS"]
        check.currentDirectoryURL = URL(fileURLWithPath: copy.out("first"))
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test func goldenFiles() throws {
        let copy = try Copy()
        // The clock fixed (CHUNGTAY_NOW), so that the page and the checksums are the same bytes on every run.
        try copy.publish("w48", now: "2026-11-30T08:00:00+07:00")
        for file in Self.fileNames where file != "SHA256SUMS" {
            try LeaderboardProvince.expectGolden(Self.masked(try copy.text("w48", file)), "publish-2026-W48/\(file)")
        }
        #expect(try copy.text("w48", "leaderboard.json").contains("\"published_at\": \"2026-11-30T01:00:00Z\""))
        try LeaderboardProvince.expectGolden(try copy.text("w48", "SHA256SUMS"), "publish-2026-W48/SHA256SUMS")
        // The digest (docs/publishing.md): SHA-256 of leaderboard.json without revision, published_at and digest,
        // written compactly.
        guard case let .object(fields) = try JSONValue.parse(try copy.text("w48", "leaderboard.json")) else {
            Issue.record("leaderboard.json is not an object")
            return
        }
        let content = JSONValue.object(fields.filter { !["revision", "published_at", "digest"].contains($0.key) })
        let path = copy.out("content.json")
        try Data(content.serialized(pretty: false).utf8).write(to: URL(fileURLWithPath: path))
        let sha256sum = Process()
        sha256sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sha256sum.arguments = [path]
        let pipe = Pipe()
        sha256sum.standardOutput = pipe
        try sha256sum.run()
        let sum = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        sha256sum.waitUntilExit()
        #expect(LeaderboardJSON.field(.object(fields), "digest") == .string(String(sum)))
    }

    @Test func aRejectedActivityGivesRevisionTwoWithItsCorrections() throws {
        let copy = try Copy()
        try copy.publish("first")
        let digest = try #require(try copy.text("first", "leaderboard.json").firstMatch(of: #/"digest": "([0-9a-f]{64})"/#)?.1)
        // A44: DV06's training on 25 November (1 point). DV06 leaves the member board (it was 11th with 1); AN-BT
        // has 13 ÷ 25 = 0.52 instead of 0.56 and stays 3rd; AN has 18 instead of 19 and stays 2nd. Nobody else moves.
        #expect(try copy.run(["reject", "A44", "--reason", "Trùng", "--by", "test"]).status == 0)
        let output = try copy.publish("second")
        #expect(output.hasPrefix("2026-W48: stored revision 2; wrote 7 files into \(copy.out("second"))\nCorrections: 3 entries changed rank or score\n"))
        let markdown = try copy.text("second", "leaderboard.md")
        let section = try #require(markdown.firstRange(of: "## Đính chính so với lần công bố 1\n\n").map { markdown[$0.upperBound...] })
        #expect(section.prefix { $0 != "#" } == """
            | Bảng | Mã | Tên | Hạng trước | Hạng mới | Điểm trước | Điểm mới |
            | --- | --- | --- | ---: | ---: | ---: | ---: |
            | Đoàn viên | DV06 | Bùi Thị Thu | 11 | không có | 1,00 |  |
            | Cơ sở Đoàn | AN-BT | Đoàn phường Bình Định | 3 | 3 | 0,56 | 0,52 |
            | Huyện, Thị, Thành đoàn | AN | Thị đoàn An Nhơn | 2 | 2 | 19,00 | 18,00 |


            """)
        let html = try copy.text("second", "index.html")
        #expect(html.contains("Đính chính · lần công bố 2"))
        #expect(html.components(separatedBy: "<table id=\"corrections\">")[1].components(separatedBy: "</table>")[0]
            .components(separatedBy: "<tr>").count == 5, "a header and 3 corrections")
        #expect(html.contains("<td>hạng 3, 0,56 điểm</td><td>hạng 3, 0,52 điểm</td>"))
        // Both revisions stay verifiable; publishing the changed data again stores nothing more.
        #expect(try copy.run(["verify", copy.out("first")]).status == 0)
        #expect(try copy.run(["verify", copy.out("second")]).status == 0)
        #expect(try copy.publish("third").contains("nothing changed since the stored revision 2"))
        #expect(try Self.sqlite(copy.database, "SELECT week, revision FROM snapshot ORDER BY revision") == "2026-W48|1\n2026-W48|2\n")
        #expect(try copy.files("third") == (try copy.files("second")))
        #expect(!(try copy.text("second", "leaderboard.json")).contains(String(digest)))
    }

    @Test func verifyNamesEveryFileThatDiffers() throws {
        let copy = try Copy()
        try copy.publish("good")
        let good = try copy.files("good")
        for name in Self.fileNames {
            let folder = "bad-\(name)"
            try FileManager.default.createDirectory(atPath: copy.out(folder), withIntermediateDirectories: true)
            for (file, data) in good {
                var bytes = [UInt8](data)
                // One byte in the middle, changed to another ASCII letter.
                if file == name { bytes[bytes.count / 2] = bytes[bytes.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x") }
                try Data(bytes).write(to: URL(fileURLWithPath: copy.out(folder)).appendingPathComponent(file))
            }
            let output = try copy.run(["verify", copy.out(folder), "--lang", "en"])
            #expect(output.status == 1, "\(name)")
            #expect(output.stderr.contains("\(copy.out(folder))/\(name): "), "\(name): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
        // A missing file and an extra one.
        try FileManager.default.removeItem(atPath: copy.out("good") + "/members.csv")
        try Data("x".utf8).write(to: URL(fileURLWithPath: copy.out("good") + "/notes.txt"))
        let output = try copy.run(["verify", copy.out("good"), "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr == "\(copy.out("good"))/members.csv: missing\n\(copy.out("good"))/notes.txt: an extra file, not part of the publication\n")
        // A folder that is not there cannot be opened.
        #expect(try copy.run(["verify", copy.out("nowhere")]).status == 66)
    }

    @Test func aDigestTheDatabaseDoesNotHoldFails() throws {
        let copy = try Copy()
        try copy.publish("w48")
        // Another database (the shared province, never published) holds no publication of that week.
        let province = try LeaderboardTests.shared.get()
        let output = try province.run(["verify", copy.out("w48"), "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr == "\(copy.out("w48"))/leaderboard.json: the database holds no publication of 2026-W48, revision 1\n")
    }

    @Test func namesAreEscapedOnThePage() throws {
        let copy = try Copy()
        let members = copy.folder.appendingPathComponent("members.csv")
        try Data("id,name,unit\nDV01,<script>alert(1)</script> Lan,QN-GR-KV1\n".utf8).write(to: members)
        let rename = try copy.run(["import", "members", members.path, "--today", "2026-11-29"])
        #expect(rename.status == 0, "\(rename.stderr)")
        try copy.publish("w48")
        let html = try copy.text("w48", "index.html")
        #expect(html.contains("<td class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt; Lan<small>"))
        #expect(!html.contains("<script"))
    }

    @Test func refusals() throws {
        let copy = try Copy()
        #expect(try copy.run(["publish", "--week", "2026-W48"]).status == 64)
        #expect(try copy.run(["publish", "--week", "2026-11", "--out", copy.out("x")]).status == 64)
        #expect(try copy.run(["publish", "--week", "2026-W60", "--out", copy.out("x")]).status == 64)
        try Data("a file".utf8).write(to: URL(fileURLWithPath: copy.out("taken")))
        let output = try copy.run(["publish", "--week", "2026-W48", "--out", copy.out("taken")])
        #expect(output.status == 73)
        #expect(output.stderr.hasPrefix("\(copy.out("taken")): "))
        let inside = try copy.run(["publish", "--week", "2026-W48", "--out", copy.out("taken") + "/w48"])
        #expect(inside.status == 73)
        // A publish whose files could not be written stores nothing.
        #expect(try Self.sqlite(copy.database, "SELECT count(*) FROM snapshot") == "0\n")
    }

    /// outputs.md, Publishing a week: a week not begun (64) and a week with no scoring activity (65, unless
    /// `--allow-empty`) are refused, with no snapshot and no folder.
    @Test func aWeekNotBegunOrWithoutActivitiesIsRefusedAndNothingIsStored() throws {
        let copy = try Copy()
        let early = try copy.run(["publish", "--week", "2026-W48", "--out", copy.out("early"), "--today", "2026-11-22", "--lang", "en"])
        #expect(early.status == 64)
        #expect(early.stderr == "--week 2026-W48: the week has not begun (today is 2026-11-22); only a week that has begun can be published\n")
        let earlyVi = try copy.run(["publish", "--week", "2026-W48", "--out", copy.out("early"), "--today", "22/11/2026"])
        #expect(earlyVi.stderr == "--week 2026-W48: tuần này chưa bắt đầu (hôm nay là 22/11/2026); chỉ công bố được tuần đã bắt đầu\n")
        // The fixture's latest scoring activity is dated 2026-12-05, in 2026-W49.
        let empty = try copy.run(["publish", "--week", "2026-W50", "--out", copy.out("empty"), "--today", "2026-12-07", "--lang", "en"])
        #expect(empty.status == 65)
        #expect(empty.stderr == "--week 2026-W50: the week has no scoring activity; the latest week that has one is 2026-W49 (--week 2026-W49); to publish an empty bulletin add --allow-empty\n")
        #expect(!FileManager.default.fileExists(atPath: copy.out("early")))
        #expect(!FileManager.default.fileExists(atPath: copy.out("empty")))
        #expect(try Self.sqlite(copy.database, "SELECT count(*) FROM snapshot") == "0\n")

        let allowed = try copy.run(["publish", "--week", "2026-W50", "--out", copy.out("empty"), "--today", "2026-12-07", "--allow-empty", "--lang", "en"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try Self.sqlite(copy.database, "SELECT week, revision FROM snapshot") == "2026-W50|1\n")
        #expect(try copy.files("empty").keys.sorted() == Self.fileNames)
    }

    /// The page in a real browser (Debian's chromium, which `scripts/setup` installs): the three boards are there
    /// with the right number of rows. Fails when chromium is missing.
    @Test func theBrowserFindsTheThreeBoards() throws {
        let copy = try Copy()
        try copy.publish("w48")
        let chromium = try #require((ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }, "chromium is not on PATH: run scripts/setup")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(copy.out("chromium-profile"))",
                             "--dump-dom", URL(fileURLWithPath: copy.out("w48") + "/index.html").absoluteString]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        func rows(_ table: String) -> Int? {
            guard let start = dom.range(of: "<table id=\"\(table)\">"), let end = dom[start.upperBound...].range(of: "</table>"),
                  let body = dom[start.upperBound ..< end.lowerBound].range(of: "<tbody>") else { return nil }
            return dom[body.upperBound ..< end.lowerBound].components(separatedBy: "<tr>").count - 1
        }
        // Members ranked 1 to 10 (two 9ths; DV06, 11th, is cut); all 5 ranked branches; all 3 districts.
        #expect(rows("members") == 10)
        #expect(rows("branches") == 5)
        #expect(rows("districts") == 3)
        #expect(dom.contains("Đoàn xã Thử nghiệm"), "the idle branch PC-TH")
    }
}
