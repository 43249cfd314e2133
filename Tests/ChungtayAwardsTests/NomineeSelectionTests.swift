@testable import ChungtayAwards
import ChungtayCore
import ChungtayRanking
@testable import ChungtayRules
import Testing

/// An entry as a board would give it: `rank id district score`, with counts per type.
private func entry(_ rank: Int, _ id: String, _ district: String?, _ score: Int64, counts: [String: Int] = [:]) -> BoardEntry {
    BoardEntry(rank: rank, id: id, name: "Tên \(id)", unit: nil, district: district, sector: nil, score: Points(hundredths: score * 100),
               total: Points(hundredths: score * 100), members: nil,
               tallies: counts.sorted { $0.key < $1.key }.map { TypeTally(key: $0.key, count: $0.value, points: .zero) }, lastActive: nil)
}

private func award(minScore: String? = nil, minCounts: [String: Int] = [:], maxRank: Int? = nil, topPercent: String? = nil,
                   quota: Int? = nil, limit: Int? = nil) -> Award {
    Award(id: "a", title: "A", board: .members, minScore: minScore.flatMap { ExactDecimal(parsing: $0) },
          minCounts: minCounts.sorted { $0.key < $1.key }.map { Award.MinCount(type: $0.key, count: $0.value) }, maxRank: maxRank,
          topPercent: topPercent.flatMap { ExactDecimal(parsing: $0) }, quotaPerDistrict: quota, limit: limit)
}

/// The nominees in one line each: `id` or `id*` when it carries tie_at_cutoff.
private func picks(_ award: Award, _ entries: [BoardEntry], ranked: Int? = nil, taken: Set<String> = [],
                   passes: @escaping (BoardEntry) -> Bool = { _ in true }) -> [String] {
    selection(award, ranked: ranked ?? entries.count, passes: passes)
        .nominees(from: entries, taken: taken).chosen.map { $0.entry.id + ($0.tieAtCutoff ? "*" : "") }
}

/// A selection whose ledger conditions are `passes` (an entry that fails it fails on its targets).
private func selection(_ award: Award, ranked: Int, passes: @escaping (BoardEntry) -> Bool = { _ in true }) -> NomineeSelection {
    NomineeSelection(award: award, ranked: ranked) { passes($0) ? nil : .targets }
}

@Suite struct NomineeSelectionTests {
    @Test func minScoreIsInclusive() {
        let entries = [entry(1, "M1", "AL", 120), entry(2, "M2", "AL", 100), entry(3, "M3", "QN", 99)]
        #expect(picks(award(minScore: "100"), entries) == ["M1", "M2"])
        // 99.99 < 100: a per-member score just below the line is out.
        let close = [BoardEntry(rank: 1, id: "B1", name: "B1", unit: "B1", district: nil, sector: nil, score: Points(hundredths: 9999),
                                total: Points(hundredths: 50000), members: 5, tallies: [], lastActive: nil)]
        #expect(picks(award(minScore: "100"), close).isEmpty)
    }

    @Test func everyMinCountMustHold() {
        let entries = [entry(1, "M1", "AL", 90, counts: ["dossier_assisted": 20, "account_opened": 1]),
                       entry(2, "M2", "AL", 80, counts: ["dossier_assisted": 20, "account_opened": 2]),
                       entry(3, "M3", "AL", 70, counts: ["dossier_assisted": 19, "account_opened": 5])]
        #expect(picks(award(minCounts: ["dossier_assisted": 20, "account_opened": 2]), entries) == ["M2"])
    }

    @Test func maxRankKeepsEveryTiedEntry() {
        let entries = [entry(1, "M1", "AL", 9), entry(2, "M2", "AL", 8), entry(2, "M3", "QN", 8), entry(4, "M4", "QN", 7)]
        #expect(picks(award(maxRank: 2), entries) == ["M1", "M2", "M3"])
    }

    @Test func topPercentRoundsTheRankUp() {
        let entries = (1 ... 5).map { entry($0, "M\($0)", "AL", Int64(100 - $0)) }
        // ceil(41 × 5 ÷ 100) = ceil(2.05) = 3: ranks 1 to 3.
        #expect(picks(award(topPercent: "5"), entries, ranked: 41) == ["M1", "M2", "M3"])
        // ceil(40 × 5 ÷ 100) = 2 exactly.
        #expect(picks(award(topPercent: "5"), entries, ranked: 40) == ["M1", "M2"])
        // ceil(40 × 2.5 ÷ 100) = 1; ceil(3 × 0.01 ÷ 100) = ceil(0.0003) = 1.
        #expect(picks(award(topPercent: "2.5"), entries, ranked: 40) == ["M1"])
        #expect(picks(award(topPercent: "0.01"), entries, ranked: 3) == ["M1"])
    }

    @Test func ledgerConditionsAreAsked() {
        let entries = [entry(1, "M1", "AL", 9), entry(2, "M2", "AL", 8)]
        #expect(picks(award(), entries, passes: { $0.id != "M1" }) == ["M2"])
    }

    @Test func quotaPerDistrictWithATieAtTheCut() {
        // AL has four entries, the last two tied at rank 3; quota 3 per district. A4 is left out by the quota while
        // A3 (same district, same rank) is in: A3 carries the tie. Q5 (another district) is still nominated.
        let entries = [entry(1, "A1", "AL", 10), entry(2, "A2", "AL", 9), entry(3, "A3", "AL", 8), entry(3, "A4", "AL", 8),
                       entry(5, "Q5", "QN", 7)]
        #expect(picks(award(quota: 3), entries) == ["A1", "A2", "A3*", "Q5"])
    }

    @Test func quotaCutWithoutATieInTheSameDistrict() {
        // A3 is cut by AL's quota of 2; the nominee sharing its rank (Q3) is of another district: no tie.
        let entries = [entry(1, "A1", "AL", 10), entry(2, "A2", "AL", 9), entry(3, "Q3", "QN", 8), entry(3, "A3", "AL", 8)]
        #expect(picks(award(quota: 2), entries) == ["A1", "A2", "Q3"])
    }

    @Test func entriesWithoutDistrictFormOneGroup() {
        let entries = [entry(1, "B1", nil, 10), entry(2, "B2", nil, 9), entry(3, "A1", "AL", 8)]
        #expect(picks(award(quota: 1), entries) == ["B1", "A1"])
    }

    @Test func limitWithATieAtTheCut() {
        // Limit 2: M3 shares rank 2 with M2 and is left out by the limit: M2 carries the tie.
        let tied = [entry(1, "M1", "AL", 10), entry(2, "M2", "AL", 9), entry(2, "M3", "QN", 9), entry(4, "M4", "QN", 8)]
        #expect(picks(award(limit: 2), tied) == ["M1", "M2*"])
        // Without a tie at the cut, nobody carries it.
        let untied = [entry(1, "M1", "AL", 10), entry(2, "M2", "AL", 9), entry(3, "M3", "QN", 8)]
        #expect(picks(award(limit: 2), untied) == ["M1", "M2"])
    }

    @Test func aTieOnlyCountsEntriesThatMeetTheOtherConditions() {
        // M3 ties M2 but lacks the dossiers: it is not left out by the limit, so M2 carries no tie.
        let entries = [entry(1, "M1", "AL", 10, counts: ["dossier_assisted": 5]), entry(2, "M2", "AL", 9, counts: ["dossier_assisted": 5]),
                       entry(2, "M3", "QN", 9, counts: ["dossier_assisted": 4])]
        #expect(picks(award(minCounts: ["dossier_assisted": 5], limit: 2), entries) == ["M1", "M2"])
        // An entry already nominated for an earlier award is not left out by the cut either.
        let taken = [entry(1, "M1", "AL", 10), entry(2, "M2", "AL", 9), entry(2, "M3", "QN", 9)]
        #expect(picks(award(limit: 1), taken, taken: ["M1", "M3"]) == ["M2"])
    }

    @Test func oneAwardPerEntry() {
        let entries = [entry(1, "M1", "AL", 10), entry(2, "M2", "AL", 9), entry(3, "M3", "QN", 8)]
        // The first award takes M1; the second, of the same board, passes over it.
        #expect(picks(award(limit: 1), entries) == ["M1"])
        #expect(picks(award(limit: 2), entries, taken: ["M1"]) == ["M2", "M3"])
    }

    /// The entries ranked among the nominees but left out, with why (issue 17: the forms' footnotes): a higher award,
    /// each unmet condition, the quota, the limit; none ranked below the last nominee.
    @Test func entriesLeftOutAmongTheNomineesSayWhy() {
        let entries = [entry(1, "M1", "AL", 10, counts: ["dossier_assisted": 5]), entry(2, "M2", "AL", 9, counts: ["dossier_assisted": 5]),
                       entry(3, "M3", "QN", 8, counts: ["dossier_assisted": 2]), entry(4, "M4", "AL", 7, counts: ["dossier_assisted": 6]),
                       entry(5, "M5", "QN", 6, counts: ["dossier_assisted": 5]), entry(6, "M6", "PM", 5, counts: ["dossier_assisted": 9]),
                       entry(7, "M7", "PM", 4, counts: ["dossier_assisted": 9]), entry(8, "M8", "PM", 1, counts: ["dossier_assisted": 9])]
        let rules = award(minScore: "2", minCounts: ["dossier_assisted": 5], quota: 1, limit: 3)
        let picked = selection(rules, ranked: entries.count) { $0.id != "M5" }.nominees(from: entries, taken: ["M1"])
        // M1 taken; M2 in (AL); M3 too few dossiers; M4 AL's quota; M5 fails the ledger; M6 in (PM); M7 PM's quota;
        // M8 below min_score. Only two nominees: the limit is never reached, and nothing after M6 is footnoted.
        #expect(picked.chosen.map(\.entry.id) == ["M2", "M6"])
        #expect(picked.leftOut.map(\.entry.id) == ["M1", "M3", "M4", "M5"])
        #expect(picked.leftOut.map(\.why) == [.taken, .unmet(.minCount(type: "dossier_assisted", count: 5)), .quota, .unmet(.targets)])

        let limited = selection(award(limit: 1), ranked: 3).nominees(from: [entry(1, "A", "AL", 3), entry(1, "B", "QN", 3), entry(3, "C", "QN", 1)],
                                                                          taken: [])
        #expect(limited.chosen.map { "\($0.entry.id)\($0.tieAtCutoff ? "*" : "")" } == ["A*"])
        #expect(limited.leftOut.map(\.entry.id) == ["B"])
        #expect(limited.leftOut.map(\.why) == [.limit])
    }
}
