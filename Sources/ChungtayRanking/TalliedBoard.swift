import ChungtayCore
import ChungtayRules

/// A board ranked from per-entry tallies held in memory, by the same rules as ``BoardQuery`` ranks stored points
/// in SQL (scoring.md, Scores and Ranking): the "new" side of `rules diff`, whose points exist only in memory.
///
/// It lists what a board without `--all` lists: the entries with a total above 0, ranked, and the units with a
/// divisor of 0 under `per_member`, unranked. The tests check that, given the stored points, it gives the same
/// board as the SQL.
struct TalliedBoard {
    let kind: BoardKind
    let period: Period
    let rulesVersion: String?
    let settings: RankingSettings
    /// Per entry, per key (type or `target:ID`).
    let tallies: [String: [String: Rescoring.Tally]]

    var scoreBasis: RankingSettings.ScoreBasis {
        switch kind {
        case .members: return .total
        case .branches: return settings.branchScore
        case .districts: return settings.districtScore
        }
    }

    /// Everyone who can be on a board of this kind, as ``BoardQuery``'s candidates are.
    static func candidates(_ kind: BoardKind, chart: OrgChart, members: [(id: String, name: String, unit: String)]) -> [BoardCandidate] {
        func code(_ index: Int?) -> String? { index.map { chart.units[$0].code } }
        switch kind {
        case .members:
            return members.map { member in
                let unit = chart.index(of: member.unit)
                return BoardCandidate(id: member.id, name: member.name, unit: code(unit.flatMap { chart.grassrootsIndex[$0] }),
                                 district: code(unit.flatMap { chart.districtIndex[$0] }),
                                 sector: unit.flatMap { chart.grassrootsSector[$0] }, divisor: nil)
            }
        case .branches:
            return chart.units.indices.filter { chart.units[$0].level == .grassroots }.map { index in
                let unit = chart.units[index]
                return BoardCandidate(id: unit.code, name: unit.name, unit: unit.code, district: code(chart.districtIndex[index]),
                                 sector: unit.sector, divisor: unit.members ?? 0)
            }
        case .districts:
            // The district's own members where above 0, else the sum over its grassroots units.
            var sums: [Int: Int] = [:]
            for index in chart.units.indices where chart.units[index].level == .grassroots {
                if let district = chart.districtIndex[index] { sums[district, default: 0] += chart.units[index].members ?? 0 }
            }
            return chart.units.indices.filter { chart.units[$0].level == .district }.map { index in
                let unit = chart.units[index]
                let own = unit.members ?? 0
                return BoardCandidate(id: unit.code, name: unit.name, unit: nil, district: nil, sector: nil,
                                 divisor: own > 0 ? own : sums[index] ?? 0)
            }
        }
    }

    /// The board: ranked entries in board order (rank, then name in Vietnamese order, then id), then the unranked
    /// units (by total, highest first, then name, then id).
    /// - Complexity: O(n log n) in the number of candidates.
    func board(candidates: [BoardCandidate]) -> Board {
        struct Scored {
            let candidate: BoardCandidate
            let total: Int64
            let score: Int64?
            /// One value per `count:` or `points:` tie-break, in order; `earliest` uses `lastDay`.
            let keys: [Int64]
            let lastDay: CivilDate?
            let tallies: [TypeTally]
        }
        var listed: [Scored] = []
        for candidate in candidates {
            guard let byKey = tallies[candidate.id] else { continue }
            let total = byKey.values.reduce(0) { $0 + $1.hundredths }
            guard total > 0 else { continue }
            var score: Int64? = total
            if scoreBasis == .per_member {
                // Total ÷ divisor rounded half away from zero, in hundredths, as the board's SQL divides.
                let divisor = Int64(candidate.divisor ?? 0)
                score = divisor > 0 ? (total >= 0 ? (2 * total + divisor) / (2 * divisor) : -((divisor - 2 * total) / (2 * divisor))) : nil
            }
            let keys = settings.tieBreak.compactMap { key -> Int64? in
                switch key {
                case let .count(type): return Int64(byKey[type]?.count ?? 0)
                case let .points(type): return byKey[type]?.hundredths ?? 0
                case .earliest: return nil
                }
            }
            listed.append(Scored(candidate: candidate, total: total, score: score, keys: keys,
                                 lastDay: byKey.values.compactMap(\.lastDay).max(),
                                 tallies: byKey.map { TypeTally(key: $0.key, count: $0.value.count, points: Points(hundredths: $0.value.hundredths)) }
                                     .sorted { $0.key < $1.key }))
        }

        // Score first, then each tie-break key in turn; `earliest`: the earlier last active day first, none last.
        func precedes(_ lhs: Scored, _ rhs: Scored) -> Bool? {
            if lhs.score! != rhs.score! { return lhs.score! > rhs.score! }
            var keyIndex = 0
            for key in settings.tieBreak {
                if key == .earliest {
                    switch (lhs.lastDay, rhs.lastDay) {
                    case let (left?, right?) where left != right: return left < right
                    case (.some, nil): return true
                    case (nil, .some): return false
                    default: continue
                    }
                }
                defer { keyIndex += 1 }
                if lhs.keys[keyIndex] != rhs.keys[keyIndex] { return lhs.keys[keyIndex] > rhs.keys[keyIndex] }
            }
            return nil
        }
        let rankable = listed.filter { $0.score != nil }.sorted { precedes($0, $1) ?? false }
        var ranks: [String: Int] = [:]
        var previousRank = 0
        for (index, entry) in rankable.enumerated() {
            let tied = index > 0 && precedes(rankable[index - 1], entry) == nil
            let rank = tied ? previousRank : (settings.method == .competition ? index + 1 : previousRank + 1)
            ranks[entry.candidate.id] = rank
            previousRank = rank
        }

        let entries = listed.map { scored in
            BoardEntry(rank: ranks[scored.candidate.id], id: scored.candidate.id, name: scored.candidate.name, unit: scored.candidate.unit,
                       district: scored.candidate.district, sector: scored.candidate.sector, score: scored.score.map { Points(hundredths: $0) },
                       total: Points(hundredths: scored.total), members: scoreBasis == .per_member ? (scored.candidate.divisor ?? 0) : nil,
                       tallies: scored.tallies, lastActive: scored.lastDay)
        }
        let keys = Dictionary(entries.map { ($0.id, VietnameseSortKey($0.name)) }, uniquingKeysWith: { first, _ in first })
        func byName(_ lhs: BoardEntry, _ rhs: BoardEntry) -> Bool {
            let (left, right) = (keys[lhs.id]!, keys[rhs.id]!)
            return left != right ? left < right : lhs.id < rhs.id
        }
        let ranked = entries.filter { $0.rank != nil }.sorted { lhs, rhs in
            lhs.rank! != rhs.rank! ? lhs.rank! < rhs.rank! : byName(lhs, rhs)
        }
        let unranked = entries.filter { $0.rank == nil }.sorted { lhs, rhs in
            lhs.total != rhs.total ? lhs.total > rhs.total : byName(lhs, rhs)
        }
        return Board(kind: kind, period: period, rulesVersion: rulesVersion, method: settings.method, scoreBasis: scoreBasis,
                     ranked: ranked.count, entries: ranked, unranked: unranked, hasMovement: false)
    }
}
