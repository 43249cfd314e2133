import ChungtayCore
import ChungtayRules
import GRDB

extension Standings {
    /// The member board's entries with a total of at least `minimum` (and above 0), in board order, ranked among
    /// themselves from rows of numbers.
    func memberEntries(atLeast minimum: Int64, ranking: BoardRanking) throws -> [BoardEntry] {
        var entries: [BoardEntry] = []
        var rows = RankRows(settings: ranking.settings)
        // Every entry above 0 is listed: room for them all is made at once, not grown (and copied) as they come.
        if minimum <= 1 {
            entries.reserveCapacity(ranked)
            rows = RankRows(settings: ranking.settings, capacity: ranked)
        }
        try scan(while: { $0 >= max(minimum, 1) }) { entry in
            entries.append(entry.memberEntry(structure))
            rows.append(score: entry.total, value: { _, key in entry.value(of: key) }, day: { entry.day })
        }
        for (index, rank) in rows.ranks().enumerated() { entries[index].rank = rank }
        return Board.inBoardOrder(consume entries) { Int64($0.rank!) }
    }

    /// The members ranked `top` or better, with exact province-wide ranks, read from the top of the member standing.
    ///
    /// Every entry ranked above an entry has a total at least its own, so the entries down to the lowest total that
    /// can still be ranked `top` hold all that decides the ranks: the `top`-th highest total under `competition`
    /// (ranks grow with every entry above), the `top`-th highest distinct total under `dense` (they grow with every
    /// distinct score above, and entries of one total may still be told apart by their tie-breaks).
    func top(_ count: Int, ranking: BoardRanking) throws -> [BoardEntry] {
        let dense = ranking.settings.method == .dense
        var read = 0
        var last = Int64.max
        try scan(while: { total in
            guard total > 0 else { return false }
            if !dense || total != last { read += 1 }
            if total != last, read > count { return false }
            last = total
            return true
        }) { _ in }
        return try memberEntries(atLeast: last, ranking: ranking).filter { $0.rank! <= count }
    }

    /// Every unit of a unit board as a contender: its sums and its target bonuses. Without `detail`, for ranking alone
    /// (no name, place or tallies).
    func unitContenders(ranking: BoardRanking, detail: Bool = true, _ db: Database) throws -> [BoardRanking.Contender] {
        let bonuses = try self.bonuses(db)
        var contenders: [BoardRanking.Contender] = []
        try scan(while: { _ in true }) { entry in
            let id = entry.id
            guard detail else {
                let bonus = bonuses[id]?.reduce(0) { $0 + $1.hundredths } ?? 0
                contenders.append(ranking.contender(entry, id: id, bonus: bonus, divisor: entry.divisor))
                return
            }
            contenders.append(ranking.contender(entry.unitCandidate(on: kind), Self.adding(bonuses[id], to: entry.sums)))
        }
        return contenders
    }

    private static func adding(_ bonuses: [TargetBonus]?, to sums: EntrySums) -> EntrySums {
        var sums = sums
        for bonus in bonuses ?? [] { sums.add("target:" + bonus.target, count: bonus.count, hundredths: bonus.hundredths) }
        return sums
    }

    /// The board's contenders: those with a total above 0, or with `listAll` every member or unit of the board. On the
    /// member board, always every member: its entries above 0 alone are ``memberEntries(atLeast:ranking:)``.
    func contenders(listAll: Bool, ranking: BoardRanking, _ db: Database) throws -> [BoardRanking.Contender] {
        guard kind == .members else {
            return try unitContenders(ranking: ranking, db).filter { listAll || $0.sums.total > 0 }
        }
        var summed: [String: EntrySums] = [:]
        try scan(while: { _ in true }) { entry in summed[entry.id] = entry.sums }
        return try members(nil, db).compactMap { candidate in candidate.map { ranking.contender($0, summed[$0.id] ?? EntrySums()) } }
    }

    /// The ranks on this board without `--all` of the given entries (every rank, for nil); on a member standing, read
    /// down to the lowest total among the given members, each entry ranked from its numbers alone.
    func ranks(of ids: [String]?, ranking: BoardRanking, _ db: Database) throws -> [String: Int] {
        guard kind == .members else {
            let contenders = try unitContenders(ranking: ranking, detail: false, db)
            var ranks: [String: Int] = [:]
            for (contender, rank) in zip(contenders, ranking.ranks(contenders)) {
                if let rank { ranks[contender.candidate.id] = rank }
            }
            return ranks
        }
        let wanted = ids.map(Set.init)
        var minimum: Int64 = 1
        if let wanted {
            var lowest: Int64?
            try scan(while: { $0 > 0 }) { entry in
                if wanted.contains(entry.id) { lowest = min(lowest ?? entry.total, entry.total) }
            }
            guard let lowest else { return [:] }
            minimum = lowest
        }
        var owners: [String] = []
        owners.reserveCapacity(minimum <= 1 ? ranked : 0)
        var rows = RankRows(settings: ranking.settings, capacity: minimum <= 1 ? ranked : 0)
        try scan(while: { $0 >= minimum }) { entry in
            owners.append(entry.id)
            rows.append(score: entry.total, value: { _, key in entry.value(of: key) }, day: { entry.day })
        }
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(wanted?.count ?? owners.count)
        for (id, rank) in zip(owners, rows.ranks()) where wanted?.contains(id) ?? true { ranks[id] = rank }
        return ranks
    }

    /// Where one member or unit stands on the board without `--all`: its contender (all its sums), its rank (nil
    /// unless rankable), how many entries are ranked, and the score of the nearest better rank; nil when it is not on
    /// the board. The entries are read in passes that keep nothing but counts.
    func place(_ id: String, ranking: BoardRanking, _ db: Database) throws
        -> (focus: BoardRanking.Contender, rank: Int?, ranked: Int, nearest: Int64?)? {
        var bonuses: [String: [TargetBonus]] = [:]
        let focus: BoardRanking.Contender
        if kind == .members {
            guard let candidate = try members([id], db)[0] else { return nil }
            var sums = EntrySums()
            try visit(id) { entry in sums = entry.sums }
            focus = ranking.contender(candidate, sums)
        } else {
            bonuses = try self.bonuses(db)
            var found: BoardRanking.Contender?
            try visit(id) { entry in found = ranking.contender(entry.unitCandidate(on: kind), Self.adding(bonuses[id], to: entry.sums)) }
            guard let found else { return nil }
            focus = found
        }
        guard focus.isRankable else { return (focus, nil, kind == .members ? ranked : try placing(focus, bonuses, ranking).ranked, nil) }
        let placing = try placing(focus, bonuses, ranking)
        return (focus, placing.rank, kind == .members ? ranked : placing.ranked, placing.nearest)
    }

    /// The rank of one member or unit on this board without `--all` (the one before, for movement); nil when it has
    /// none there.
    func rank(of id: String, ranking: BoardRanking, _ db: Database) throws -> Int? {
        let bonuses = kind == .members ? [:] : try self.bonuses(db)
        var focus: BoardRanking.Contender?
        try visit(id) { entry in
            let bonus = bonuses[id]?.reduce(0) { $0 + $1.hundredths } ?? 0
            focus = ranking.contender(entry, id: id, bonus: bonus, divisor: kind == .members ? nil : entry.divisor)
        }
        guard let focus, focus.isRankable else { return nil }
        return try placing(focus, bonuses, ranking).rank
    }

    /// Counts the place of a contender over the entries: on the member board down to its total.
    private func placing(_ focus: BoardRanking.Contender, _ bonuses: [String: [TargetBonus]], _ ranking: BoardRanking) throws
        -> BoardRanking.Placing {
        var placing = BoardRanking.Placing(ranking: ranking, focus: focus)
        if kind == .members {
            try scan(while: { $0 >= focus.sums.total }) { entry in placing.count(entry, bonus: 0, divisor: nil) }
            return placing
        }
        let totals = bonuses.mapValues { $0.reduce(0) { $0 + $1.hundredths } }
        try scan(while: { _ in true }) { entry in
            placing.count(entry, bonus: totals.isEmpty ? 0 : totals[entry.id] ?? 0, divisor: entry.divisor)
        }
        return placing
    }
}
