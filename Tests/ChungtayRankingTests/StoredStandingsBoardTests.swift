import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayTestSupport
import Testing

/// The boards and standings drawn from the ledger's standings (docs/ranking.md, Standings) are exactly those the SQL
/// over the activities gave (``Reference``), through imports, rejections, restorations and changes to the units and
/// members, and after an upgrade; so are those summed from the activities while rows written outside the ledger leave
/// the standings stale. That the standings stay current through the same changes is ChungtayLedgerTests' StandingsTests.
@Suite struct StoredStandingsBoardTests {
    /// Weeks, months, quarters, years and a custom range over the generated activities (2025-12 to 2026-03),
    /// with weeks crossing into 2026 and periods with nothing in them.
    static let periods: [Period] = ["2025-W49", "2025-W52", "2026-W01", "2026-W02", "2026-W05", "2026-W09", "2026-W13", "2026-W30",
                                    "2025-12", "2026-01", "2026-02", "2026-Q1", "2026-Q2", "2025", "2026", "2024",
                                    "2026-01-10..2026-02-20"].map { try! Period(parsing: $0) }

    /// Fewer, for the checks after each change.
    static let somePeriods: [Period] = ["2025-W52", "2026-W01", "2026-W05", "2026-W09", "2026-02", "2026-Q1", "2026"]
        .map { try! Period(parsing: $0) }

    static let options: [BoardOptions] = [
        BoardOptions(), BoardOptions(all: true), BoardOptions(top: 1), BoardOptions(top: 3), BoardOptions(top: 10),
        BoardOptions(top: 5, district: "QN"), BoardOptions(all: true, district: "AL"), BoardOptions(sector: .commune),
        BoardOptions(top: 4, sector: .ward),
    ]

    /// Every board and standing of the ledger against the reference.
    func expectSameAsReference(_ ledger: Ledger, periods: [Period] = Self.periods, after change: String = "the first import",
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        for kind in BoardKind.allCases {
            for period in periods {
                for options in Self.options where !(kind == .districts && options.sector != nil) {
                    let board = try ledger.board(kind, period: period, options: options)
                    let reference = try Reference.board(ledger, kind, period, options)
                    #expect(Reference.describe(board) == Reference.describe(reference), "\(kind) \(period) \(options) after \(change)",
                            sourceLocation: sourceLocation)
                }
            }
        }
        let members = periods.count > Self.somePeriods.count ? ["DV01", "DV02", "DV07", "DV13", "DV21", "DV33", "DV40", "DV58"] : ["DV07", "DV13"]
        let units = periods.count > Self.somePeriods.count ? ["AL-A", "AL-B", "AL-C", "QN-G", "QN-Q", "BD-BV", "AL", "QN", "PM"] : ["AL-B", "QN-Q", "QN"]
        for period in periods where period.kind != .range {
            for id in members {
                let standing = try ledger.standing(member: id, period: period)
                #expect(Reference.standing(standing) == (try Reference.standing(ledger, .members, id: id, period)),
                        "\(id) \(period) after \(change)", sourceLocation: sourceLocation)
            }
            for code in units {
                let standing = try ledger.standing(unit: code, period: period)
                #expect(Reference.standing(standing) == (try Reference.standing(ledger, standing.board, id: code, period)),
                        "\(code) \(period) after \(change)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [StandingsProvince.perMember, StandingsProvince.byTotals])
    func importsRejectionsAndChanges(ranking: String) throws {
        let province = try StandingsProvince(ranking: ranking)
        let ledger = province.ledger
        try expectSameAsReference(ledger)
        try province.change { change in try expectSameAsReference(ledger, periods: Self.somePeriods, after: change) }
        // The last change renamed DV13: the member board shows the new name.
        let year = try ledger.board(.members, period: Period(parsing: "2026"))
        #expect(year.entries.first { $0.id == "DV13" }.map { [$0.name, $0.unit, $0.district] } == ["Lê Thị Hà", "QN-G", "QN"])
    }

    /// A ledger of the version before unit versions (v5), opened by this one: its boards and standings, drawn from the
    /// standings written again on opening and from units that are now versions, are the reference's.
    @Test func upgradeFromUnitsWithoutVersions() throws {
        let province = try StandingsProvince(ranking: StandingsProvince.perMember)
        let upgraded = try province.upgradedFromVersion5()
        try expectSameAsReference(upgraded, periods: Self.somePeriods, after: "the upgrade")
    }

    /// Rows written outside the ledger leave the standings stale (ChungtayLedgerTests' StandingsTests): the boards summed
    /// from the activities then, and those drawn from the standings once the ledger writes them again, are the reference's.
    @Test func rowsWrittenOutsideTheLedger() throws {
        // The fixture writes rows itself: the standings are stale and boards come from the activities.
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.weeks47and48()
        let periods = ["2026-W47", "2026-W48", "2026-W49", "2026-11", "2026-Q4", "2026"].map { try! Period(parsing: $0) }
        for kind in BoardKind.allCases {
            for period in periods {
                #expect(Reference.describe(try fixture.ledger.board(kind, period: period, options: BoardOptions(all: true)))
                    == Reference.describe(try Reference.board(fixture.ledger, kind, period, BoardOptions(all: true))))
            }
        }
        // Written from the stored points, the standings give the same boards.
        try fixture.ledger.rebuildStandings()
        for kind in BoardKind.allCases {
            for period in periods {
                for options in Self.options where !(kind == .districts && options.sector != nil) {
                    #expect(Reference.describe(try fixture.ledger.board(kind, period: period, options: options))
                        == Reference.describe(try Reference.board(fixture.ledger, kind, period, options)), "\(kind) \(period) \(options)")
                }
            }
        }
        // An activity added outside the ledger makes them stale again, and so does a unit.
        try fixture.activity("2026-11-25", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 900)
        #expect(Reference.describe(try fixture.ledger.board(.members, period: week48, options: BoardOptions(all: true)))
            == Reference.describe(try Reference.board(fixture.ledger, .members, week48, BoardOptions(all: true))))
        try fixture.ledger.rebuildStandings()
        try fixture.unit("QN-X", "Đoàn xã Nhơn Lý", parent: "QN", level: .grassroots, sector: .commune, members: 10)
        #expect(Reference.describe(try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: true)))
            == Reference.describe(try Reference.board(fixture.ledger, .branches, week48, BoardOptions(all: true))))
    }

    /// A unit whose name holds a tab, a line end and a backslash is on the branch board drawn from the standings under
    /// that name (member lines, which carry names, are ChungtayLedgerTests' StandingsTests).
    @Test func unitNamesKeepTabsAndLineEnds() throws {
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.unit("QN-T", "Đoàn\ttrường\nmới \\ 2", parent: "QN", level: .grassroots, sector: .school, members: 5)
        try fixture.weeks47and48()
        try fixture.activity("2026-11-24", "article_posted", unit: "QN-T", hundredths: 700)
        try fixture.ledger.rebuildStandings()
        let board = try fixture.ledger.board(.branches, period: week48, options: BoardOptions(all: true))
        #expect(board.entries.contains { $0.id == "QN-T" && $0.name == "Đoàn\ttrường\nmới \\ 2" && $0.score == Points(hundredths: 140) })
        #expect(Reference.describe(board) == Reference.describe(try Reference.board(fixture.ledger, .branches, week48, BoardOptions(all: true))))
    }
}
