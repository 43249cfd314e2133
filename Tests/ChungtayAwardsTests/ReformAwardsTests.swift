import ChungtayAwards
import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import Foundation
import Testing

/// Awards and progress on the reorganised province of `Tests/ChungtayEndToEndTests/Resources/reform/` (the ranking
/// tests' `ReformFixture` tells its story): drawn on 31/12/2025 the grassroots units are N, K and S, with no district.
@Suite struct ReformAwardsTests {
    let folder: URL
    let ledger: Ledger

    init() throws {
        let files = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ChungtayEndToEndTests/Resources/reform")
        func file(_ name: String) throws -> Data { try Data(contentsOf: files.appendingPathComponent(name)) }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-reform-awards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let book = try RuleBook(sources: [RuleBook.Source(path: "Rules/2025.json", bytes: Array(try file("rules/2025.json")))], folder: "Rules")
        ledger = try Ledger.create(at: folder.appendingPathComponent("ledger.sqlite").path, book: book, secret: "test-secret")
        for kind in ["units", "members", "activities"] {
            let source = ImportSource(path: "\(kind).csv", data: try file("\(kind).csv"))
            switch kind {
            case "units": _ = try ledger.importUnits([source])
            case "members": _ = try ledger.importMembers([source], today: CivilDate(iso: "2025-12-31")!)
            default: _ = try ledger.importActivities([source])
            }
        }
    }

    /// Dossiers: every scoring one of 2025 counts province-wide, 10 (a01–a04, a09–a13, a16; X's a04 too, though X has
    /// no heir). Articles: of N, K and S only N has one (its own and A's, B's, Q's, counted for N): 1/3.
    /// With no district in force on 31/12/2025, `by_district` is empty and the breakdown is by grassroots unit.
    @Test func progressDrawnAfterTheReform() throws {
        let progress = try ledger.progress(year: 2025, today: CivilDate(iso: "2026-01-15")!)
        #expect(progress.indicators.map { $0.value?.description } == ["10", "0.3333"])
        #expect(progress.indicators.allSatisfy { $0.byDistrict.isEmpty })
        #expect(progress.indicators[1].byGrassroots.map { "\($0.id) \($0.value?.description ?? "-")" } == ["K 0", "N 1", "S 0"])
        // N's dossiers: a01 (A-T1, under A then), a02 (A), a03, a16 (B); K's: a09 (C), a10 (M), a11; S's: a12, a13.
        #expect(progress.indicators[0].byGrassroots.map { "\($0.id) \($0.value?.description ?? "-")" } == ["K 3", "N 4", "S 2"])
    }

    /// The branch award with `targets_met` on the year drawn on 31/12/2025: N reached the articles target with its
    /// predecessors' articles; K and S did not, so only N is nominated.
    @Test func awardsDrawnAfterTheReform() throws {
        let nominations = try ledger.nominations(period: Period(parsing: "2025"), today: CivilDate(iso: "2026-01-15")!)
        #expect(nominations.asOf == CivilDate(iso: "2025-12-31"))
        #expect(nominations.lists.map { $0.nominees.map(\.entry.id) } == [["N"]])
        let before = try ledger.nominations(period: Period(parsing: "2025"), today: CivilDate(iso: "2026-01-15")!, asOf: CivilDate(iso: "2025-06-30"))
        // Drawn on 30/06 the articles count for A, B and Q apart (2, 1, 1 of the year's): none reached 4, nobody is nominated.
        #expect(before.lists.map { $0.nominees.map(\.entry.id) } == [[]])
    }
}
