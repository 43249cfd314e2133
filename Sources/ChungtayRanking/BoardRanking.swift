import ChungtayCore
import ChungtayRules

/// How a board ranks (scoring.md, Ranking): the score, higher first, then each tie-break key in turn; competition or
/// dense ranks among the entries with a total above 0 and a score. The one place that turns totals into scores and
/// compares entries, through ``RankRows``.
struct BoardRanking {
    let kind: BoardKind
    let settings: RankingSettings

    /// A candidate with its sums and what ranks it.
    struct Contender {
        let candidate: BoardCandidate
        let sums: EntrySums
        /// Nil under `per_member` with a divisor of 0.
        let score: Int64?
        /// One value per `count:` or `points:` tie-break, in order (`earliest` reads `sums.lastDay`).
        let keys: [Int64]

        /// On the ranked part of the board: a total above 0 and a score.
        var isRankable: Bool { sums.total > 0 && score != nil }
    }

    var scoreBasis: RankingSettings.ScoreBasis {
        switch kind {
        case .members: return .total
        case .branches: return settings.branchScore
        case .districts: return settings.districtScore
        }
    }

    func contender(_ candidate: BoardCandidate, _ sums: EntrySums) -> Contender {
        contender(candidate, sums, keys: settings.tieBreak.compactMap { key in key == .earliest ? nil : sums.value(of: key) })
    }

    /// A contender for ranking alone, from an entry of a standing: no name, place or tallies.
    func contender(_ entry: some StandingsEntry, id: String, bonus: Int64 = 0, divisor: Int? = nil) -> Contender {
        var sums = EntrySums()
        sums.total = entry.total + bonus
        var keys: [Int64] = []
        for key in settings.tieBreak {
            if key == .earliest { sums.lastDay = entry.lastDay } else { keys.append(entry.value(of: key)) }
        }
        return contender(BoardCandidate(id: id, name: "", unit: nil, district: nil, sector: nil, divisor: divisor), sums, keys: keys)
    }

    private func contender(_ candidate: BoardCandidate, _ sums: EntrySums, keys: [Int64]) -> Contender {
        Contender(candidate: candidate, sums: sums, score: score(total: sums.total, divisor: candidate.divisor), keys: keys)
    }

    /// The score as shown: the total, or under `per_member` total ÷ divisor rounded half away from zero (in hundredths);
    /// nil for a divisor of 0.
    func score(total: Int64, divisor: Int?) -> Int64? {
        guard scoreBasis == .per_member else { return total }
        let divisor = Int64(divisor ?? 0)
        guard divisor > 0 else { return nil }
        return total >= 0 ? (2 * total + divisor) / (2 * divisor) : -((divisor - 2 * total) / (2 * divisor))
    }

    /// The ``RankRows`` row of a rankable contender.
    func row(_ contender: Contender) -> [Int64] {
        var row: [Int64] = []
        RankRows.appendRow(score: contender.score!, settings: settings, to: &row, value: { nth, _ in contender.keys[nth] },
                           day: { contender.sums.lastDay.flatMap { CivilDate.sortKey(iso: $0.utf8) } })
        return row
    }

    /// The place of one rankable entry among the ranked entries of a board, counted an entry at a time without keeping
    /// them: its rank, how many entries are ranked, and the score of the nearest better rank (entries sharing a rank
    /// share their score, and the nearest better rank has the lowest score of those above).
    struct Placing {
        let ranking: BoardRanking
        let focus: Contender
        /// The focus's row; nil when it is not rankable.
        private let focusRow: [Int64]?
        private(set) var ranked = 0
        private var above = 0
        /// Under `dense`: the distinct rows of the entries above.
        private var groups: Set<[Int64]> = []
        private(set) var nearest: Int64?

        init(ranking: BoardRanking, focus: Contender) {
            self.ranking = ranking
            self.focus = focus
            focusRow = focus.isRankable ? ranking.row(focus) : nil
        }

        var rank: Int { ranking.settings.method == .competition ? above + 1 : groups.count + 1 }

        /// Counts one entry of the board (the focus too); its tie-break values are read only when they decide.
        mutating func count(_ entry: some StandingsEntry, bonus: Int64, divisor: Int?) {
            let total = entry.total + bonus
            guard total > 0, let score = ranking.score(total: total, divisor: divisor) else { return }
            ranked += 1
            guard let focusRow, let focusScore = focus.score else { return }
            let dense = ranking.settings.method == .dense
            var row: [Int64] = []
            if score == focusScore || dense {
                RankRows.appendRow(score: score, settings: ranking.settings, to: &row, value: { _, key in entry.value(of: key) },
                                   day: { entry.day })
            }
            guard score != focusScore ? score > focusScore : row.lexicographicallyPrecedes(focusRow) else { return }
            above += 1
            nearest = min(nearest ?? score, score)
            if dense { groups.insert(row) }
        }
    }

    /// The rank of each rankable contender, by its position in `contenders`; nil for the others.
    /// - Complexity: O(n log n).
    func ranks(_ contenders: [Contender]) -> [Int?] {
        var rows = RankRows(settings: settings, capacity: contenders.count)
        for contender in contenders {
            rows.append(score: contender.isRankable ? contender.score : nil, value: { nth, _ in contender.keys[nth] },
                        day: { contender.sums.lastDay.flatMap { CivilDate.sortKey(iso: $0.utf8) } })
        }
        return rows.ranks()
    }

    /// The listed entries with their province-wide ranks: with `listAll`, entries of total 0 (and a score) share one
    /// last rank.
    func entries(_ contenders: [Contender], listAll: Bool) -> [BoardEntry] {
        let ranks = ranks(contenders)
        var entries = zip(contenders, ranks).map { contender, rank in entry(contender, rank: rank) }
        if listAll {
            let given = ranks.compactMap { $0 }
            let lastRank = settings.method == .competition ? given.count + 1 : (given.max() ?? 0) + 1
            for index in entries.indices where entries[index].rank == nil && entries[index].score != nil && entries[index].total == .zero {
                entries[index].rank = lastRank
            }
        }
        return entries
    }

    func entry(_ contender: Contender, rank: Int?) -> BoardEntry {
        let candidate = contender.candidate
        return BoardEntry(
            rank: rank, id: candidate.id, name: candidate.name, unit: candidate.unit, district: candidate.district, sector: candidate.sector,
            score: contender.score.map { Points(hundredths: $0) }, total: Points(hundredths: contender.sums.total),
            members: scoreBasis == .per_member ? (candidate.divisor ?? 0) : nil,
            tallies: contender.sums.tallies.sorted { $0.key < $1.key },
            lastActive: contender.sums.lastDay.flatMap { CivilDate(iso: $0) })
    }
}
