import ChungtayCore
import Foundation
import Testing

/// The fixture province of `Resources/boards/` (see LeaderboardProvince) under rules with awards and indicators
/// (`awards/rules/2026.json`: the boards' rules plus those sections), with one more member whose name is a formula,
/// `=HYPERLINK("http://x","y")` (DV13, QN-QT, three dossiers on 10–12 Nov: 5 + 5 + 3 = 13).
final class AwardsProvince: Sendable {
    static let secret = "awards-secret"
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chungtay-awards-\(ProcessInfo.processInfo.processIdentifier)")
    var database: String { Self.folder.appendingPathComponent("awards.sqlite").path }
    static let fixtures = CommandRunner.resources.appendingPathComponent("awards")
    static let formulaName = #"=HYPERLINK("http://x","y")"#

    init() throws {
        try? FileManager.default.removeItem(at: Self.folder)
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: AwardsProvince.folder) }
        let boards = LeaderboardProvince.fixtures
        for arguments in [["init"],
                          ["import", "units", boards.appendingPathComponent("units.csv").path],
                          ["import", "members", boards.appendingPathComponent("members.csv").path,
                           Self.fixtures.appendingPathComponent("members.csv").path, "--today", "2026-11-29"],
                          ["import", "activities", boards.appendingPathComponent("activities.csv").path,
                           Self.fixtures.appendingPathComponent("activities.csv").path],
                          ["reject", "A56", "--reason", "Báo cáo trùng", "--by", "test"]] {
            let output = try run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
    }

    /// `chungtay ARGUMENTS --db … --rules … --today 2026-11-29`.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments + ["--db", database, "--rules", Self.fixtures.appendingPathComponent("rules").path, "--today", "2026-11-29"],
                              environment: ["CHUNGTAY_SECRET": Self.secret])
    }

    /// What a command printed; a failed command is an issue.
    func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let output = try run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        return output.stdout
    }
}

/// `chungtay awards` and `chungtay progress` as users run them, against golden files (`boards/golden/awards-*`,
/// `progress-*`), and the workbook and CSV opened by LibreOffice.
///
/// November 2026 by hand (no tie-break in these rules, so equal scores share a rank; the name orders a rank):
/// members 13: DV13 (=HYPERLINK…, QN), DV08 (PC), DV01 (QN), rank 1; DV05 (AN) 11, rank 4; DV10 (no district) 10,
/// rank 5; 8: DV03, DV04, DV02 (all QN), rank 6. Branches per member: PC-CM 2.5, QN-GR 1.55, AN-BT 1.04, QN-QT 0.76,
/// BD-BV 0.45. Districts: QN 69, AN 32, PC 25.
/// - bk-ca-nhan (score ≥ 10, rank ≤ 5, active, 1 per district, limit 3): DV13, DV08, DV05. DV01 is left out by QN's
///   quota while DV13 of QN shares its rank 1: DV13 carries tie_at_cutoff. DV10 meets all but the limit, alone at 5.
/// - gk-ca-nhan (≥ 2 dossiers, top 50 %: rank ≤ ceil(13 × 50 ÷ 100) = 7, 2 per district, limit 6): DV01, DV10, DV03;
///   DV04 and DV02 are left out by QN's quota at rank 6, DV03's rank: DV03 carries the tie.
/// - gk-co-so (targets met, rank ≤ 10): only November is a whole month of the period; two articles in it: AN-BT
///   (22nd, 29th) and QN-QT (19th, 26th).
/// - gk-huyen (rank ≤ 2): QN, AN.
/// Progress on 29 November (day 333 of 365): 36 dossiers → 36 × 365 ÷ 333 = 39.46 → 39; 220 attendees (AN-BT 40,
/// AN itself 100, PC-CM 20, QN-GR's cell 60) → 241.14 → 241; 6 of the 7 eligible branches posted (PC-TH did not):
/// 6 ÷ 7 = 0.857142… → 0.8571, 85.71 %; PC 1 of 2.
@Suite(.serialized) struct AwardsTests {
    static let shared = Result { try AwardsProvince() }
    var province: AwardsProvince { get throws { try Self.shared.get() } }
    typealias J = LeaderboardJSON

    @Test func awardsGoldenFiles() throws {
        let province = try province
        let period = ["awards", "--period", "2026-11"]
        try LeaderboardProvince.expectGolden(try province.output(period + ["--format", "json"]), "awards-2026-11.json")
        try LeaderboardProvince.expectGolden(try province.output(period + ["--format", "csv"]), "awards-2026-11.csv")
        try LeaderboardProvince.expectGolden(try province.output(period + ["--format", "md"]), "awards-2026-11.md")
        try LeaderboardProvince.expectGolden(try province.output(period + ["--format", "html"]), "awards-2026-11.html")
        try LeaderboardProvince.expectGolden(try province.output(period), "awards-2026-11.txt")
        try LeaderboardProvince.expectGolden(try province.output(period + ["--lang", "en"]), "awards-2026-11.en.txt")
    }

    @Test func awardsJSONFollowsTheContract() throws {
        let json = try JSONValue.parse(try province.output(["awards", "--period", "2026-11", "--format", "json"]))
        guard case let .object(top) = json else { Issue.record("not an object"); return }
        #expect(top.map(\.key) == ["period", "as_of", "awards"])
        #expect(["label", "from", "to"].map { J.scalar(J.field(J.field(json, "period"), $0)) } == ["2026-11", "2026-11-01", "2026-11-30"])
        let awards = J.elements(J.field(json, "awards"))
        #expect(awards.map { J.scalar(J.field($0, "id")) } == ["bk-ca-nhan", "gk-ca-nhan", "gk-co-so", "gk-huyen"])
        for award in awards {
            guard case let .object(fields) = award else { continue }
            #expect(fields.map(\.key) == ["id", "title", "board", "nominees"])
            for nominee in J.elements(J.field(award, "nominees")) {
                guard case let .object(keys) = nominee else { continue }
                #expect(keys.map(\.key) == ["n", "id", "name", "unit", "district", "rank", "score", "counts", "reasons", "tie_at_cutoff"])
            }
        }
        // The default period is the year of --today.
        let year = try JSONValue.parse(try province.output(["awards", "--format", "json"]))
        #expect(J.scalar(J.field(J.field(year, "period"), "label")) == "2026")
        let byYear = try JSONValue.parse(try province.output(["awards", "--year", "2025", "--format", "json"]))
        #expect(J.scalar(J.field(J.field(byYear, "period"), "label")) == "2025")
    }

    @Test func progressGoldenFiles() throws {
        let province = try province
        try LeaderboardProvince.expectGolden(try province.output(["progress", "--format", "json"]), "progress-2026.json")
        try LeaderboardProvince.expectGolden(try province.output(["progress", "--format", "md"]), "progress-2026.md")
        try LeaderboardProvince.expectGolden(try province.output(["progress"]), "progress-2026.txt")
        try LeaderboardProvince.expectGolden(try province.output(["progress", "--lang", "en"]), "progress-2026.en.txt")
    }

    @Test func refusals() throws {
        let province = try province
        let noOut = try province.run(["awards", "--format", "xlsx"])
        #expect(noOut.status == 64)
        #expect(noOut.stderr.contains("--out"))
        #expect(noOut.stdout.isEmpty)
        #expect(try province.run(["awards", "--year", "2026", "--period", "2026-11"]).status == 64)
        #expect(try province.run(["awards", "--period", "2026-13"]).status == 64)
        let future = try province.run(["progress", "--year", "2027"])
        #expect(future.status == 64)
        #expect(future.stderr.contains("2027"))
        #expect(try province.run(["progress", "--format", "csv"]).status == 64)
    }

    // MARK: LibreOffice

    /// Every nominee's name in the JSON, and the award ids.
    func nominees() throws -> [String] {
        let json = try JSONValue.parse(try province.output(["awards", "--period", "2026-11", "--format", "json"]))
        return J.elements(J.field(json, "awards")).flatMap { J.elements(J.field($0, "nominees")).map { J.scalar(J.field($0, "name")) } }
    }

    @Test func workbookOpensInLibreOfficeWithEveryNominee() throws {
        guard let soffice = LibreOffice.soffice() else { return }
        let workbook = AwardsProvince.folder.appendingPathComponent("awards.xlsx")
        _ = try province.output(["awards", "--period", "2026-11", "--format", "xlsx", "--out", workbook.path])
        #expect(try Data(contentsOf: workbook).prefix(2) == Data("PK".utf8))
        let text = try LibreOffice.converted(workbook, soffice: soffice)
        let names = try nominees()
        #expect(names.contains(AwardsProvince.formulaName))
        for name in names {
            // A name with quotes is written quoted, its quotes doubled; a formula would have become its value, "y".
            let written = name.contains("\"") ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : name
            #expect(text.contains(written), "\(name) is missing from the workbook")
        }
        #expect(text.contains("Huyện/Đoàn trực thuộc"))
        // Each sheet opens with the award's full title, the period and the day it was drawn (issue 17).
        #expect(text.contains("Kỳ xét: 2026-11 (01/11/2026–30/11/2026) · Lập ngày"))
    }

    @Test func csvOpensInLibreOfficeWithTheBOMHonoured() throws {
        guard let soffice = LibreOffice.soffice() else { return }
        let csv = AwardsProvince.folder.appendingPathComponent("awards.csv")
        _ = try province.output(["awards", "--period", "2026-11", "--format", "csv", "--out", csv.path])
        // Headless, LibreOffice takes a CSV's character set from the import options, as a user picks "Unicode (UTF-8)"
        // in its dialog; the byte-order mark must then be read as a mark, not as text in the first cell.
        let text = try LibreOffice.converted(csv, soffice: soffice, infilter: "CSV:44,34,76,1")
        #expect(text.hasPrefix("Mã hình thức,Hình thức khen thưởng,STT,Họ và tên / Tên tập thể,"))
        for name in try nominees() where !name.hasPrefix("=") {
            #expect(text.contains(name), "\(name) is not intact after LibreOffice read the CSV")
        }
        // The formula-like name stays text (a leading ' keeps a spreadsheet from running it).
        #expect(text.contains(#"=HYPERLINK(""http://x"",""y"")"#))
    }
}
