import ChungtayCore
import ChungtayLedger
import ChungtayTestSupport
import GRDB
import Testing

/// The ledger's standings (docs/ranking.md, Standings), the boards' cache of the stored points: trusted and equal to a
/// rebuild from the stored points through imports, rejections, restorations, changes to the units and members and an
/// upgrade; no longer trusted once rows are written outside the ledger, until it writes them again; their lines keep
/// what names hold. That the boards drawn from them are right is ChungtayRankingTests' StoredStandingsBoardTests.
@Suite struct StandingsTests {
    /// The standings are trusted (nothing marked since they were written) and are what a rebuild from the stored
    /// points writes.
    func expectCurrent(_ ledger: Ledger, after change: String = "the first import",
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try ledger.storedStandingsAreCurrent(), "after \(change)", sourceLocation: sourceLocation)
        #expect(try ledger.storedStandings() == (try ledger.rebuiltStandings()), "standings as a rebuild writes them, after \(change)",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [StandingsProvince.perMember, StandingsProvince.byTotals])
    func importsRejectionsAndChanges(ranking: String) throws {
        let province = try StandingsProvince(ranking: ranking)
        let ledger = province.ledger
        try expectCurrent(ledger)
        #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM standing WHERE board = 'member'") } ?? 0 > 10)
        try province.change { change in try expectCurrent(ledger, after: change) }
    }

    /// A ledger of the version before unit versions (v5), opened by this one: every unit becomes one version in force
    /// for all time, and the standings written again in the format that places them on a structure date are the ones
    /// the ledger had, summing the same activities.
    @Test func upgradeFromUnitsWithoutVersions() throws {
        let province = try StandingsProvince(ranking: StandingsProvince.perMember)
        let written = try province.ledger.storedStandings()
        let upgraded = try province.upgradedFromVersion5()
        #expect(try upgraded.storedStandings() == written)
        #expect(try upgraded.organisation().versions == province.ledger.organisation().versions)
        try expectCurrent(upgraded, after: "the upgrade")
    }

    /// Rows written outside the ledger (the fixture writes them itself) mark the standings; they are trusted again once
    /// the ledger writes them from the stored points.
    @Test func rowsWrittenOutsideTheLedger() throws {
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.weeks47and48()
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        // An activity added outside the ledger marks them again, and so does a unit.
        try fixture.activity("2026-11-25", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 900)
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        try fixture.ledger.rebuildStandings()
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        try fixture.unit("QN-X", "Đoàn xã Nhơn Lý", parent: "QN", level: .grassroots, sector: .commune, members: 10)
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
    }

    /// A member line keeps a name holding a tab, a line end, a backslash and a carriage return: written escaped on its
    /// one line, and read back as it was.
    @Test func memberLinesKeepTabsAndLineEndsInNames() throws {
        let name = "Nguyễn\tVăn\nTư \\ 2\r"
        let fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.member("M07", name, unit: "QN-Q")
        try fixture.weeks47and48()
        try fixture.activity("2026-11-24", "dossier_assisted", member: "M07", unit: "QN-Q", hundredths: 700)
        try fixture.ledger.rebuildStandings()
        var lines: [String] = []
        try fixture.ledger.read { db in
            let week48 = try #require(try StoredStanding(.members, span: .week, start: CivilDate(iso: "2026-11-23")!, db))
            try week48.scan { line in lines.append("\(line.id) \(line.total) \(line.member.name) \(line.member.unit)") }
        }
        // W48 (fixture): M01 500 + 500 + 300, M04 1300, M07 700, M02 300 (its article earns it nothing), M03 0 (a
        // 0-point dossier; the duplicate and the rejected one do not count). By total, then id.
        #expect(lines == ["M01 1300 Nguyễn Thị Lan AL-A-T1", "M04 1300 Bùi Thị Hà QN-Q", "M07 700 \(name) QN-Q",
                          "M02 300 Đinh Văn Hùng AL-A", "M03 0 Trần Minh Âu QN-G"])
        let text = try #require(try fixture.ledger.storedStandings().first { $0.hasPrefix("member week 2026-11-23 0 ") })
        #expect(text.contains(#"\#tNguyễn\tVăn\nTư \\ 2\r\#tQN-Q"#))
        #expect(!text.contains(name))
    }
}
