import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// Which entries of a board one award nominates (outputs.md, Awards): a pure function of the board, the award and
/// what the ledger says about statuses and targets, so that every rule is testable on hand-made entries.
struct NomineeSelection {
    let award: Award
    /// Entries with a rank on the award's board, for `top_percent`.
    let ranked: Int
    /// Member status and targets: the first condition the board alone cannot answer that the entry does not meet.
    let ledgerCondition: (BoardEntry) -> Unmet?

    /// A condition of the award that an entry does not meet.
    enum Unmet: Equatable {
        case noRank
        case minScore(ExactDecimal)
        case minCount(type: String, count: Int)
        case maxRank(Int)
        case topPercent(ExactDecimal)
        case status(MemberStatus)
        case targets
    }

    /// Why an entry ranked among the nominees is not one of them.
    enum LeftOut: Equatable {
        /// Nominated for an earlier (higher) award of the same board.
        case taken
        case unmet(Unmet)
        /// Its district already has `quota.max` nominees of this award.
        case quota
        /// The award already has `limit` nominees.
        case limit
    }

    /// The largest rank `top_percent` lets in: ceil(ranked × p ÷ 100); nil without `top_percent`.
    var topPercentRank: Int? {
        guard let percent = award.topPercent else { return nil }
        // ranked × mantissa ÷ (100 × 10^scale), rounded up, in integers.
        let numerator = Int128(ranked) * percent.mantissa
        var denominator: Int128 = 100
        for _ in 0 ..< percent.scale { denominator *= 10 }
        return Int((numerator + denominator - 1) / denominator)
    }

    /// The first condition of the award, but the quota, the limit and the one-award rule, that the entry does not
    /// meet; nil when it meets them all.
    func unmet(_ entry: BoardEntry) -> Unmet? {
        guard let rank = entry.rank, let score = entry.score else { return .noRank }
        if let minimum = award.minScore, score.exact < minimum { return .minScore(minimum) }
        for minimum in award.minCounts where entry.tally(minimum.type).count < minimum.count {
            return .minCount(type: minimum.type, count: minimum.count)
        }
        if let maxRank = award.maxRank, rank > maxRank { return .maxRank(maxRank) }
        if let topRank = topPercentRank, let percent = award.topPercent, rank > topRank { return .topPercent(percent) }
        return ledgerCondition(entry)
    }

    /// The nominees in board order, with `tie_at_cutoff`, and the entries left out whose rank is not below the last
    /// nominee's, each with why (the forms' footnotes); `taken` holds the ids nominated for earlier awards of the
    /// same board (one award per person or unit).
    func nominees(from entries: [BoardEntry], taken: Set<String>)
        -> (chosen: [(entry: BoardEntry, tieAtCutoff: Bool)], leftOut: [(entry: BoardEntry, why: LeftOut)]) {
        var chosen: [(entry: BoardEntry, tieAtCutoff: Bool)] = []
        var leftOut: [(entry: BoardEntry, why: LeftOut)] = []
        // Entries with no district count as one group (the nil key).
        var perDistrict: [String?: Int] = [:]
        for entry in entries {
            if taken.contains(entry.id) {
                leftOut.append((entry, .taken))
                continue
            }
            if let unmet = unmet(entry) {
                leftOut.append((entry, .unmet(unmet)))
                continue
            }
            let quotaFull = award.quotaPerDistrict.map { perDistrict[entry.district, default: 0] >= $0 } ?? false
            let limitFull = award.limit.map { chosen.count >= $0 } ?? false
            guard quotaFull || limitFull else {
                chosen.append((entry, false))
                perDistrict[entry.district, default: 0] += 1
                continue
            }
            leftOut.append((entry, quotaFull ? .quota : .limit))
            // Left out by a cut while a nominee shares its rank: the last such nominee carries the tie.
            if quotaFull, let index = chosen.lastIndex(where: { $0.entry.rank == entry.rank && $0.entry.district == entry.district }) {
                chosen[index].tieAtCutoff = true
            }
            if limitFull, let index = chosen.lastIndex(where: { $0.entry.rank == entry.rank }) {
                chosen[index].tieAtCutoff = true
            }
        }
        // Entries come in board order: those ranked after the last nominee are not footnoted.
        let lastRank = chosen.last?.entry.rank ?? 0
        return (chosen, leftOut.filter { ($0.entry.rank ?? Int.max) <= lastRank })
    }
}
