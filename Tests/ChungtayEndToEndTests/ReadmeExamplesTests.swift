import Foundation
import Testing

/// Every example in the README runs on the demo data. The examples are every line of the README's ```` ```sh ````
/// blocks that starts with `chungtay `, read from the README each time (so an example added later is run too), and
/// run in README order in one new folder, where the README's own first steps build the database from the sample
/// province in `Seeds/`. Each must exit 0; a few checks then hold that they did what the README says.
@Suite struct ReadmeExamplesTests {
    /// The environment of every example: the lines without `--db` use the database of the lines with it, the day is
    /// the Sunday that ends week 2026-W48, and `CHUNGTAY_SECRET` is not set, so that `init` writes the key file.
    static let environment = ["CHUNGTAY_DB": "tinhdoan.sqlite", "CHUNGTAY_TODAY": "2026-11-29"]

    /// The examples the README holds today; the test fails if it finds fewer, as when the reading of the README breaks.
    static let examplesToday = 46

    /// A command the README shows: its line as written, and the words of the `chungtay` command in it.
    struct Example {
        let line: String
        /// The words after `chungtay`, as a shell passes them.
        let arguments: [String]
        /// Whether the line pipes the command's output into another command (which the test does not run).
        let piped: Bool
    }

    /// Every line of `readme`'s ```` ```sh ```` blocks that starts with `chungtay `, in order.
    static func exampleLines(of readme: String) -> [String] {
        var fence: String?  // the info string of the open fenced block, "" for a plain ```
        var lines: [String] = []
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                fence = fence == nil ? line.dropFirst(3).trimmingCharacters(in: .whitespaces) : nil
            } else if fence == "sh", line.hasPrefix("chungtay ") {
                lines.append(String(line))
            }
        }
        return lines
    }

    /// Splits `line` into words as a shell does for plain words, `"…"` and `'…'` (a `\` outside single quotes keeps
    /// the next character): a `#` that begins a word starts a comment, and an unquoted `|` ends the first command.
    /// Nil for other shell syntax before the pipe (`;`, `&`, `<`, `>`, `$`, backquotes, parentheses, an open
    /// quote), which the test does not run.
    static func example(_ line: String) -> Example? {
        var words: [String] = []
        var word = "", inWord = false
        var quote: Character?
        var escaped = false, piped = false
        scan: for character in line {
            if escaped {
                word.append(character)
                inWord = true
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if open == "\"", character == "\\" {
                    escaped = true
                } else if open == "\"", character == "$" || character == "`" {
                    return nil
                } else {
                    word.append(character)
                }
            } else {
                switch character {
                case "\"", "'": quote = character; inWord = true
                case "\\": escaped = true
                case " ", "\t":
                    if inWord { words.append(word) }
                    word = ""
                    inWord = false
                case "#" where !inWord: break scan
                case "|": piped = true; break scan
                case ";", "&", "<", ">", "$", "`", "(", ")": return nil
                default: word.append(character); inWord = true
                }
            }
        }
        if quote != nil || escaped { return nil }
        if inWord { words.append(word) }
        guard words.first == "chungtay" else { return nil }
        return Example(line: line, arguments: Array(words.dropFirst()), piped: piped)
    }

    @Test func splittingAReadmeLineAsAShellDoes() throws {
        let reject = try #require(Self.example(#"chungtay reject HD1 --reason "Không có # minh chứng"   # a comment"#))
        #expect(reject.arguments == ["reject", "HD1", "--reason", "Không có # minh chứng"])
        #expect(!reject.piped)
        let completion = try #require(Self.example("chungtay --generate-completion-script bash | sudo tee /etc/x > /dev/null"))
        #expect(completion.arguments == ["--generate-completion-script", "bash"])
        #expect(completion.piped)
        #expect(Self.example(#"chungtay units --as-of 'a b' x#y ""  "#)?.arguments == ["units", "--as-of", "a b", "x#y", ""])
        #expect(Self.example("chungtay leaderboard members > board.txt") == nil)
        #expect(Self.example(#"chungtay rank --unit "GL-ANHOA"#) == nil)
    }

    /// Twenty activities of week 2026-W48 (23–29/11/2026) at members and units of the sample, with new ids, dossier
    /// codes, citizens and links, in date order after the sample's last day (22/11/2026). Members DV000123 (whom
    /// the README explains) and three of GL-ANHOA (whom it ranks) are among them.
    static let week48 = """
        HD0061401,2026-11-23,dossier_assisted,DV000123,,4,000.00.99.H05-261123-9001,,,,,,,,,
        HD0061402,2026-11-23,account_opened,DV003469,,,,052099990001,citizen,,,,,,,
        HD0061403,2026-11-23,propaganda_session,,GL-ANHOA,,,,,,,,,40,,
        HD0061404,2026-11-24,dossier_assisted,DV003474,,3,000.00.99.H05-261124-9002,,,,,,,,,
        HD0061405,2026-11-24,vneid_activated,DV000123,,,,052099990002,,,,,,,,
        HD0061406,2026-11-24,account_opened,DV000084,,,,052099990003,youth,,,,,,,
        HD0061407,2026-11-25,own_dossier,DV000085,,,000.00.99.H05-261125-9003,,,x,,,,,,
        HD0061408,2026-11-25,dossier_assisted,DV003469,,4,000.00.99.H05-261125-9004,,,,có,,,,,
        HD0061409,2026-11-25,article_posted,DV003477,GL-ANHOA,,,,,,,https://zalo.me/tuoitreanhoa/bai-viet/9000001,zalo,,,
        HD0061410,2026-11-26,volunteer_shift,DV000123,,,,,,,,,,,4,
        HD0061411,2026-11-26,account_transacted,DV003469,,,,052099990001,,,,,,,,
        HD0061412,2026-11-26,dossier_assisted,DV000086,,3,000.00.99.H05-261126-9005,,,,,,,,,
        HD0061413,2026-11-27,vneid_activated,DV003478,,,,052099990004,,,,,,,,
        HD0061414,2026-11-27,account_opened,DV000001,,,,052099990005,citizen,,,,,,,
        HD0061415,2026-11-27,dossier_assisted,DV000123,,3,000.00.99.H05-261127-9006,,,,,,,,,
        HD0061416,2026-11-28,propaganda_session,,GL-QUYNHON,,,,,,,,,60,,
        HD0061417,2026-11-28,training_attended,DV003474,,,,,,,,,,,,
        HD0061418,2026-11-28,own_dossier,DV000084,,,000.00.99.H05-261128-9007,,,x,,,,,,
        HD0061419,2026-11-29,dossier_assisted,DV003477,,4,000.00.99.H05-261129-9008,,,,,,,,,
        HD0061420,2026-11-29,account_opened,DV000123,,,,052099990006,youth,,,,,,,

        """

    /// The two activities of the sample that `tu-choi.csv` rejects: neither is in `Seeds/rejections.csv`, nor is
    /// `HD0001234`, which the README rejects by itself.
    static let listedRejections = ["HD0061399", "HD0061400"]

    /// Puts into `folder` the files and folders the examples name, made from the sample province in `Seeds/`.
    static func prepare(_ folder: URL) throws {
        let seeds = DemoTests.project.appendingPathComponent("Seeds")
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        func seed(_ name: String) throws -> Data { try Data(contentsOf: seeds.appendingPathComponent(name)) }
        // The units file of the first import, and the office's file after the 2025 reform: the sample's units.csv
        // already holds every version of every unit, before and after 01/07/2025.
        try seed("units.csv").write(to: file("donvi.csv"))
        try seed("units.csv").write(to: file("donvi-2025-07.csv"))
        try seed("members.csv").write(to: file("doanvien.csv"))
        // The week's report: the sample's activities (to 22/11/2026) and twenty of week 2026-W48, without which
        // `publish --week 2026-W48` is refused as an empty week.
        let activities = try seed("activities.csv")
        try #require(activities.last == UInt8(ascii: "\n"))
        try (activities + Data(week48.utf8)).write(to: file("tuan48.csv"))
        // The list `reject --file tu-choi.csv` rejects: two activities of the sample that nothing else rejects.
        let sampleRejections = String(decoding: try seed("rejections.csv"), as: UTF8.self)
            .split(separator: "\n").map { $0.prefix { $0 != "," } }
        let sampleIds = String(decoding: activities, as: UTF8.self).split(separator: "\n").map { $0.prefix { $0 != "," } }
        for id in listedRejections {
            try #require(sampleIds.contains(Substring(id)) && !sampleRejections.contains(Substring(id)) && id != "HD0001234")
        }
        let reasons = ["Hồ sơ không có trên Cổng", "Trùng người dân đã báo cáo"]
        try Data(("id,reason\n" + zip(listedRejections, reasons).map { "\($0),\($1)\n" }.joined()).utf8).write(to: file("tu-choi.csv"))
        // The draft rules `rules diff Rules-2027-draft` compares with: the built-in rules written out, with
        // own_dossier worth 5 points instead of 0.5 in 2026, so that members who file their own dossiers move up.
        let export = try CommandRunner.run(["rules", "export", "Rules-2027-draft"], in: folder, environment: environment)
        try #require(export.status == 0, "\(export.stderr)")
        let rules2026 = file("Rules-2027-draft/2026.json")
        let text = try String(contentsOf: rules2026, encoding: .utf8)
        try #require(text.ranges(of: #""points": 0.5,"#).count == 1)
        try Data(text.replacing(#""points": 0.5,"#, with: #""points": 5,"#).utf8).write(to: rules2026)
        // The folders the backup examples write into, made by the README's own `mkdir -p` line (a line of another
        // program, which this test does not run): `backup` writes into an existing folder only (exit 73).
        #expect(try String(contentsOf: DemoTests.project.appendingPathComponent("README.md"), encoding: .utf8)
            .contains("mkdir -p saoluu gui-coso"))
        try FileManager.default.createDirectory(at: file("saoluu"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: file("gui-coso"), withIntermediateDirectories: false)
    }

    @Test func everyExampleRunsOnTheDemoData() throws {
        let readme = try String(contentsOf: DemoTests.project.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = Self.exampleLines(of: readme)
        #expect(lines.count >= Self.examplesToday, "found \(lines.count) README examples")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.prepare(folder)

        var ran: [(example: Example, output: CommandRunner.Output)] = []
        for line in lines {
            guard let example = Self.example(line) else {
                Issue.record("README line not run: shell syntax the test does not know\n\(line)")
                continue
            }
            let output = try CommandRunner.run(example.arguments, in: folder, environment: Self.environment)
            #expect(output.status == 0, "README line: \(line)\nexit \(output.status)\n\(output.stderr)")
            // What a pipe would read.
            if example.piped { #expect(!output.stdout.isEmpty, "README line: \(line)") }
            ran.append((example, output))
        }
        #expect(ran.count >= Self.examplesToday)

        /// The output of the first example run with exactly these words.
        func output(_ arguments: String...) throws -> CommandRunner.Output {
            try #require(ran.first { $0.example.arguments == arguments }, "no README example runs `chungtay \(arguments.joined(separator: " "))`").output
        }
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

        let completion = try output("--generate-completion-script", "bash")
        #expect(completion.stdout.hasPrefix("#!/bin/bash\n"))
        #expect(completion.stdout.contains("\ncomplete -o filenames -F _chungtay chungtay\n"))

        // The first import adds every row of tuan48.csv: the sample's 61,400 (Seeds/README.md; a few notes span two
        // lines) and this week's 20.
        let rows = 61_400 + Self.week48.split(separator: "\n").count
        #expect(try output("import", "activities", "tuan48.csv", "--db", "tinhdoan.sqlite").stdout.hasPrefix("thêm \(rows), "))

        // The activities the README rejects stay rejected: rejecting them again changes nothing.
        let again = try CommandRunner.run(["reject", "HD0001234", "--reason", "lần nữa", "--lang", "en"], in: folder, environment: Self.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "HD0001234 already rejected; nothing changed\n")
        let list = try CommandRunner.run(["reject", "--file", "tu-choi.csv", "--lang", "en"], in: folder, environment: Self.environment)
        #expect(list.stdout.hasSuffix("2 already rejected, left as they were: \(Self.listedRejections.joined(separator: ", "))\n"),
                "\(list.stdout)\(list.stderr)")

        // A backup takes its key along, unless --without-key.
        for name in ["tinhdoan-2026-11-29.sqlite", "tinhdoan-2026-11-29.sqlite.key", "saoluu/tinhdoan-2026-11-29.sqlite",
                     "saoluu/tinhdoan-2026-11-29.sqlite.key", "gui-coso/an-lao.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: file(name).path), "\(name) missing")
        }
        #expect(!FileManager.default.fileExists(atPath: file("gui-coso/an-lao.sqlite.key").path))

        #expect(try output("rank", "--unit", "GL-ANHOA", "--period", "2026-11").stdout.hasPrefix("Đoàn xã An Hòa — GL-ANHOA\n"))
        let explained = try output("explain", "--member", "DV000123", "--period", "2026-W48", "--db", "tinhdoan.sqlite").stdout
        #expect(explained.hasPrefix("Giải trình điểm: Nguyễn Ngọc Chi — DV000123 (GL-QUYNHON)\n"))
        #expect(["HD0061401", "HD0061405", "HD0061410", "HD0061415", "HD0061420"].allSatisfy { explained.contains($0) })

        // Someone moves under the draft rules.
        let diff = try output("rules", "diff", "Rules-2027-draft", "--period", "2026", "--db", "tinhdoan.sqlite").stdout
        let moved = try #require(diff.firstMatch(of: #/\n(\d+) thay đổi hạng/#)?.1)
        #expect(Int(moved)! > 0)
        #expect(diff.contains("▲"))

        // The first publish stores revision 1, the second (on the same data) nothing, and the folder verifies.
        #expect(try output("publish", "--week", "2026-W48", "--out", "congbo/2026-W48").stdout
            .hasPrefix("Tuần 2026-W48: đã lưu lần công bố 1; đã ghi 7 tệp vào congbo/2026-W48\n"))
        #expect(try output("publish", "--week", "2026-W48", "--out", "congbo/2026-W48", "--db", "tinhdoan.sqlite").stdout
            .hasPrefix("Tuần 2026-W48: không có gì thay đổi so với lần công bố 1 đã lưu; đã ghi 7 tệp vào congbo/2026-W48\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: file("congbo/2026-W48").path).sorted() == PublishTests.fileNames)
        let sums = String(decoding: try Data(contentsOf: file("congbo/2026-W48/SHA256SUMS")), as: UTF8.self)
        #expect(sums.contains("  index.html\n"))

        let workbook = try Data(contentsOf: file("de-nghi-khen-thuong-2026.xlsx"))
        #expect(workbook.starts(with: Data("PK\u{3}\u{4}".utf8)))
        let a4 = String(decoding: try Data(contentsOf: file("de-nghi-khen-thuong-2026.html")), as: UTF8.self)
        #expect(a4.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
    }
}
