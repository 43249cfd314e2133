import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// Which entries of a board one award nominates (outputs.md, Awards): a pure function of the board, the award and
/// what the ledger says about statuses and targets, so that every rule is testable on hand-made entries.
struct NomineeSelection {
    let award: Award
    /// Entries with a rank on the award's board, for `top_percent`.
    let ranked: Int
    /// Member status and targets: whether the entry passes the conditions the board alone cannot answer.
    let passesLedgerConditions: (BoardEntry) -> Bool

    /// The largest rank `top_percent` lets in: ceil(ranked × p ÷ 100); nil without `top_percent`.
    var topPercentRank: Int? {
        guard let percent = award.topPercent else { return nil }
        // ranked × mantissa ÷ (100 × 10^scale), rounded up, in integers.
        let numerator = Int128(ranked) * percent.mantissa
        var denominator: Int128 = 100
        for _ in 0 ..< percent.scale { denominator *= 10 }
        return Int((numerator + denominator - 1) / denominator)
    }

    /// Whether the entry meets every condition of the award but the quota, the limit and the one-award rule.
    func meetsConditions(_ entry: BoardEntry) -> Bool {
        guard let rank = entry.rank, let score = entry.score else { return false }
        if let minimum = award.minScore, score.exact < minimum { return false }
        for minimum in award.minCounts where entry.tally(minimum.type).count < minimum.count { return false }
        if let maxRank = award.maxRank, rank > maxRank { return false }
        if let topRank = topPercentRank, rank > topRank { return false }
        return passesLedgerConditions(entry)
    }

    /// The nominees in board order, with `tie_at_cutoff`; `taken` holds the ids nominated for earlier awards of
    /// the same board (one award per person or unit).
    func nominees(from entries: [BoardEntry], taken: Set<String>) -> [(entry: BoardEntry, tieAtCutoff: Bool)] {
        var chosen: [(entry: BoardEntry, tieAtCutoff: Bool)] = []
        // Entries with no district count as one group (the nil key).
        var perDistrict: [String?: Int] = [:]
        for entry in entries where !taken.contains(entry.id) && meetsConditions(entry) {
            let quotaFull = award.quotaPerDistrict.map { perDistrict[entry.district, default: 0] >= $0 } ?? false
            let limitFull = award.limit.map { chosen.count >= $0 } ?? false
            guard quotaFull || limitFull else {
                chosen.append((entry, false))
                perDistrict[entry.district, default: 0] += 1
                continue
            }
            // Left out by a cut while a nominee shares its rank: the last such nominee carries the tie.
            if quotaFull, let index = chosen.lastIndex(where: { $0.entry.rank == entry.rank && $0.entry.district == entry.district }) {
                chosen[index].tieAtCutoff = true
            }
            if limitFull, let index = chosen.lastIndex(where: { $0.entry.rank == entry.rank }) {
                chosen[index].tieAtCutoff = true
            }
        }
        return chosen
    }
}
