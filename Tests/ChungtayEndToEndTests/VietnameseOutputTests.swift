import ChungtayCore
import Foundation
import Testing

/// What a person reads in Vietnamese names activity types, targets, indicators and awards by their labels, never by
/// the ids of the rules files (issue 17). Every table, Markdown, HTML and workbook output of the demo database is
/// scanned for every id of `Rules/`. JSON and CSV are left out: they keep ids as keys and code columns.
@Suite struct VietnameseOutputTests {
    /// Every id a rules file of `Rules/` gives to an activity type, a target, an indicator or an award.
    static func ruleIds() throws -> Set<String> {
        let folder = DemoTests.project.appendingPathComponent("Rules")
        var ids = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            guard case let .object(file) = try JSONValue.parse(Array(try Data(contentsOf: folder.appendingPathComponent(name)))) else { continue }
            for (key, value) in file {
                switch (key, value) {
                case let ("activities", .object(types)):
                    // Activity types are keyed by their ids.
                    ids.formUnion(types.map(\.key))
                case let ("targets", .array(items)), let ("indicators", .array(items)), let ("awards", .array(items)):
                    for case let .object(item) in items {
                        if case let .string(id)? = item.first(where: { $0.key == "id" })?.value { ids.insert(id) }
                    }
                default:
                    continue
                }
            }
        }
        return ids
    }

    /// The lines of `text` where `id` stands as a word of its own (not inside a longer name or code).
    static func lines(of text: String, naming id: String) -> [String] {
        func isNamePart(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" || character == "-" }
        return text.split(separator: "\n").filter { line in
            var rest = line[...]
            while let range = rest.range(of: id) {
                let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
                let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
                if !(before.map(isNamePart) ?? false) && !(after.map(isNamePart) ?? false) { return true }
                rest = line[range.upperBound...]
            }
            return false
        }.map(String.init)
    }

    @Test func noRuleIdInAnyVietnameseTableMarkdownHTMLOrWorkbook() throws {
        let ids = try Self.ruleIds()
        #expect(ids.contains("dossier_assisted") && ids.contains("bk-ubnd-ca-nhan") && ids.contains("youth_accounts") && ids.contains("articles"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-vi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["CHUNGTAY_DB": "demo.sqlite", "CHUNGTAY_TODAY": "2026-11-29", "CHUNGTAY_LANG": "vi",
                           "CHUNGTAY_NOW": "2026-11-29T09:00:00+07:00"]
        func run(_ arguments: [String]) throws -> String {
            let output = try CommandRunner.run(arguments, in: folder, environment: environment)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            return output.stdout
        }
        _ = try run(["init", "--demo"])
        _ = try run(["rules", "export", "Rules-draft"])

        var outputs: [(name: String, text: String)] = []
        func read(_ arguments: [String], formats: [String] = ["table", "md"]) throws {
            for format in formats { outputs.append(("\(arguments.joined(separator: " ")) --format \(format)", try run(arguments + ["--format", format]))) }
        }
        for board in ["members", "branches", "districts"] {
            try read(["leaderboard", board, "--period", "2026-W47"])
            try read(["leaderboard", board, "--period", "2025", "--as-of", "2025-06-30"])
        }
        for entry in [["--member", "DV000123"], ["--unit", "GL-ANHOA"], ["--unit", "GL-CQDN"]] {
            try read(["rank"] + entry + ["--period", "2026"])
            try read(["explain"] + entry + ["--period", "2026-11"])
        }
        try read(["awards", "--year", "2026"], formats: ["table", "md", "html"])
        try read(["awards", "--year", "2025", "--as-of", "2025-06-30"], formats: ["table", "md", "html"])
        try read(["progress", "--year", "2026"])
        try read(["progress", "--year", "2025"])
        try read(["units"])
        outputs.append(("units history GL-QUYNHON", try run(["units", "history", "GL-QUYNHON"])))
        try read(["rules", "diff", "Rules-draft", "--period", "2026"])
        outputs.append(("publish", try run(["publish", "--week", "2026-W47", "--out", "bulletin"])))
        for name in ["index.html", "leaderboard.md"] {
            outputs.append((name, try String(contentsOf: folder.appendingPathComponent("bulletin/\(name)"), encoding: .utf8)))
        }
        outputs.append(("check", try run(["check"])))
        if let soffice = LibreOffice.soffice() {
            for (arguments, name) in [(["leaderboard", "branches", "--period", "2026"], "branches.xlsx"), (["awards", "--year", "2026"], "awards.xlsx")] {
                _ = try run(arguments + ["--format", "xlsx", "--out", name])
                outputs.append((name, try LibreOffice.converted(folder.appendingPathComponent(name), soffice: soffice)))
            }
        }
        // The demo's own tour, as its golden file holds it.
        outputs.append(("demo", String(decoding: try Data(contentsOf: CommandRunner.resources.appendingPathComponent("golden/demo.txt")), as: UTF8.self)))

        #expect(outputs.count > 45)
        for (name, text) in outputs {
            #expect(!text.isEmpty, "\(name) printed nothing")
            for id in ids.sorted() {
                let found = Self.lines(of: text, naming: id)
                #expect(found.isEmpty, "\(name) names '\(id)': \(found.prefix(3).joined(separator: " | "))")
            }
        }
    }

    /// The scan finds an id standing alone, and not one inside a longer name.
    @Test func theScanFindsIdsAsWordsOnly() {
        #expect(Self.lines(of: "Loại: dossier_assisted (số lượng)\nkhác", naming: "dossier_assisted") == ["Loại: dossier_assisted (số lượng)"])
        #expect(Self.lines(of: "target:articles", naming: "articles") == ["target:articles"])
        #expect(Self.lines(of: "six_articles; articles-x; xarticles", naming: "articles").isEmpty)
    }
}
