import ChungtayCore
import ChungtayRanking
import ChungtayTestSupport
import Testing

/// `rank`: one entry with its rank of ranked, gap to the entry above and movement (fixture weeks 47 and 48).
@Suite struct StandingTests {
    let fixture: RankingFixture

    init() throws {
        fixture = try RankingFixture(ranking: RankingFixture.standard)
        try fixture.province()
        try fixture.weeks47and48()
    }

    func summary(_ standing: Standing) -> String {
        "\(standing.board.rawValue) \(line(standing.entry)) of \(standing.ranked) gap \(standing.gapToAbove.map { "\($0)" } ?? "-")"
    }

    @Test func members() throws {
        // Week 48: M01 13, M04 13 (second on the tie-break), M02 3.
        #expect(summary(try fixture.ledger.standing(member: "M01", period: week48)) == "members 1 M01 13 13 - 3 2 of 3 gap -")
        // The entry above M04 has the same score: a gap of 0.
        #expect(summary(try fixture.ledger.standing(member: "M04", period: week48)) == "members 2 M04 13 13 - 1 -1 of 3 gap 0")
        // M02: 13 − 3 = 10 to M04, the nearest better rank.
        #expect(summary(try fixture.ledger.standing(member: "M02", period: week48)) == "members 3 M02 3 3 - - - of 3 gap 10")
    }

    @Test func totalZeroHasNoRank() throws {
        // M05 had 4 in W47 (rank 2) and nothing in W48: no rank, no gap, no movement; the previous rank stays shown.
        #expect(summary(try fixture.ledger.standing(member: "M05", period: week48)) == "members - M05 0 0 - 2 - of 3 gap -")
        // M03's 0-point dossier still shows in its counts.
        let m03 = try fixture.ledger.standing(member: "M03", period: week48)
        #expect(tallies(m03.entry) == "dossier_assisted=1/0")
        #expect(m03.entry.rank == nil)
    }

    @Test func units() throws {
        #expect(summary(try fixture.ledger.standing(unit: "AL-A", period: week48)) == "branches 1 AL-A 0.7 28 40 3 2 of 2 gap -")
        // QN-Q: 0.70 − 0.43 = 0.27.
        #expect(summary(try fixture.ledger.standing(unit: "QN-Q", period: week48)) == "branches 2 QN-Q 0.43 13 30 1 -1 of 2 gap 0.27")
        // QN on the district board: 35 − 13 = 22.
        #expect(summary(try fixture.ledger.standing(unit: "QN", period: week48)) == "districts 2 QN 13 13 - 1 -1 of 2 gap 22")
        // AL-B has 0 members: unranked, no score.
        #expect(summary(try fixture.ledger.standing(unit: "AL-B", period: week48)) == "branches - AL-B - 2 0 - - of 2 gap -")
    }

    @Test func refusals() throws {
        #expect(throws: RankingError.cellNotRanked(cell: "AL-A-T1", grassroots: "AL-A")) { try fixture.ledger.standing(unit: "AL-A-T1", period: week48) }
        #expect(throws: RankingError.provinceNotRanked("BD")) { try fixture.ledger.standing(unit: "BD", period: week48) }
        #expect(throws: RankingError.unknownUnit("XX")) { try fixture.ledger.standing(unit: "XX", period: week48) }
        #expect(throws: RankingError.unknownMember("M99")) { try fixture.ledger.standing(member: "M99", period: week48) }
        #expect(RankingError.cellNotRanked(cell: "AL-A-T1", grassroots: "AL-A").exitCode == 64)
        #expect(RankingError.unknownUnit("XX").exitCode == 65)
    }
}
