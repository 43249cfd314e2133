import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

extension Ledger {
    /// The board of a period, ranked province-wide by the settings of the rules file that speaks for the period,
    /// with each entry's rank on the previous period's board; then cut by `--district`, `--sector` and `--top`.
    ///
    /// Throws ``RankingError`` for an unknown or wrong `--district` or `--sector`, and the ledger's errors.
    public func board(_ kind: BoardKind, period: Period, options: BoardOptions = BoardOptions()) throws -> Board {
        try read { db in try Board.make(kind, period: period, options: options, book: book, db) }
    }
}

extension Board {
    /// The board from one consistent read of the ledger.
    static func make(_ kind: BoardKind, period: Period, options: BoardOptions, book: RuleBook, _ db: Database) throws -> Board {
        // Pages read through a map of the file, not copied into the page cache: a board of every member looks up
        // thousands of members.
        try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        // Units are drawn on the structure date: the period's last day, or --as-of (organisation.md).
        let structure = try Organisation.stored(db).structure(on: options.asOf ?? period.to)
        if let district = options.district {
            guard structure.organisation.number(of: district) != nil else { throw RankingError.unknownUnit(district) }
            guard let unit = structure.unit(district) else { throw structure.notInForce(district) }
            guard unit.level == .district else { throw RankingError.notADistrict(code: district, level: unit.level.rawValue) }
        }
        if options.sector != nil, kind == .districts { throw RankingError.sectorOnDistricts }
        let speaking = book.speaking(for: period.to)
        let current = try StoredStanding.areCurrent(db)
        let making = Making(ranking: BoardRanking(kind: kind, settings: speaking?.ranking ?? RankingSettings()), period: period,
                            speaking: speaking, options: options,
                            movement: period.previous.map { Movement(period: $0, book: book, structure: structure, current: current) })
        return try making.run(kind, period, on: structure, current: current, db)
    }

    /// Where the previous period's ranks come from: its standings drawn on the same structure date (so that a merged
    /// unit's previous rank is that of its predecessors together), ranked by the settings that speak for it.
    struct Movement {
        let period: Period
        let book: RuleBook
        let structure: Structure
        let current: Bool

        func ranking(_ kind: BoardKind) -> BoardRanking {
            BoardRanking(kind: kind, settings: book.speaking(for: period.to)?.ranking ?? RankingSettings())
        }
    }

    /// A board ranked province-wide from standings, with each entry's previous rank (where there is a previous
    /// period), then cut by `--district`, `--sector` and `--top`.
    struct Making: StandingsTask {
        let ranking: BoardRanking
        let period: Period
        /// The rules file that speaks for the period: the board's rules version and labels.
        let speaking: RulesFile?
        let options: BoardOptions
        let movement: Movement?

        func run(on standings: some Standings, _ db: Database) throws -> Board {
            let kind = ranking.kind
            var listed: [BoardEntry]
            var rankedCount: Int?
            // The member board's entries above 0 come in board order.
            var inOrder = false
            if let top = options.top, !options.all, kind == .members {
                listed = try standings.top(top, ranking: ranking)
                rankedCount = standings.ranked
                inOrder = true
            } else if kind == .members, !options.all {
                listed = try standings.memberEntries(atLeast: 1, ranking: ranking)
                inOrder = true
            } else {
                listed = ranking.entries(try standings.contenders(listAll: options.all, ranking: ranking, db), listAll: options.all)
            }
            // Movement: the rank on the previous period's board without --all; read for the listed entries only when
            // the board was read from its top.
            if let movement {
                let ids = rankedCount != nil ? listed.filter { $0.score != nil }.map(\.id) : nil
                let ranks = try PreviousRanks(ids: ids, ranking: movement.ranking(kind))
                    .run(kind, movement.period, on: movement.structure, current: movement.current, db)
                // In place: an entry read through the array is copied.
                listed.withUnsafeMutableBufferPointer { listed in
                    for index in listed.indices where listed[index].score != nil {
                        listed[index].previousRank = ranks[listed[index].id]
                    }
                }
            }
            return cut(listed, ranked: rankedCount, inOrder: inOrder, structure: standings.structure)
        }

        /// The board cut by `--district`, `--sector` and `--top`, in board order.
        private func cut(_ listed: consuming [BoardEntry], ranked rankedCount: Int?, inOrder: Bool, structure: Structure) -> Board {
            var listed = listed
            let kind = ranking.kind
            let options = options
            // Entries are read where they lie: one handed out of an array is a copy, and a board of every member has thousands.
            func kept(_ entry: UnsafePointer<BoardEntry>) -> Bool {
                if let district = options.district {
                    guard kind == .districts ? entry.pointee.id == district : entry.pointee.district == district else { return false }
                }
                if let sector = options.sector, entry.pointee.sector != sector { return false }
                return true
            }
            let (rankedHere, unrankedKept, dropped) = listed.withUnsafeBufferPointer { entries in
                var ranked = 0
                var unranked: [Int] = []
                var dropped: [Int] = []
                for index in entries.indices {
                    let entry = entries.baseAddress! + index
                    guard let rank = entry.pointee.rank else {
                        if kept(entry) { unranked.append(index) }
                        dropped.append(index)
                        continue
                    }
                    ranked += 1
                    if !kept(entry) || options.top.map({ rank > $0 }) == true { dropped.append(index) }
                }
                return (ranked, unranked, dropped)
            }
            // Cut before sorting (the board order is total, so cutting after would keep the same order): only the kept
            // entries are sorted and moved. The ranked ones are cut where they lie, not copied.
            let unranked = inBoardOrder(unrankedKept.map { listed[$0] }) { -$0.total.hundredths }
            if !dropped.isEmpty { listed.removeSubranges(RangeSet(dropped, within: listed)) }
            return Board(kind: kind, period: period, rulesVersion: speaking?.version, method: ranking.settings.method,
                         scoreBasis: ranking.scoreBasis, ranked: rankedCount ?? rankedHere,
                         entries: inOrder ? listed : inBoardOrder(consume listed) { Int64($0.rank!) },
                         unranked: unranked, hasMovement: movement != nil, asOf: structure.date,
                         unitsInForce: structure.unitCandidates(kind)?.count, labels: speaking?.keyLabels ?? [:],
                         rulesBuiltIn: speaking?.isBuiltIn ?? false)
        }
    }

    /// The ranks of the given entries (every rank, for nil) on a board without `--all`.
    struct PreviousRanks: StandingsTask {
        let ids: [String]?
        let ranking: BoardRanking

        func run(on standings: some Standings, _ db: Database) throws -> [String: Int] {
            try standings.ranks(of: ids, ranking: ranking, db)
        }
    }

    /// Positions in board order: by `keys`, lowest first; positions of equal keys by name in Vietnamese order, then by
    /// id. Only tied positions need a name's sort key, so only theirs are built.
    static func boardOrder(_ keys: [Int64], name: (Int) -> String, id: (Int) -> String) -> [Int] {
        var sorted = keys.indices.sorted { keys[$0] < keys[$1] }
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, keys[sorted[start]] == keys[sorted[end]] { end += 1 }
            if end - start > 1 {
                let named = sorted[start ..< end].map { (index: $0, name: VietnameseSortKey(name($0))) }
                let byName = named.sorted { lhs, rhs in
                    let order = lhs.name.order(rhs.name)
                    return order != 0 ? order < 0 : id(lhs.index) < id(rhs.index)
                }
                sorted.replaceSubrange(start ..< end, with: byName.map(\.index))
            }
            start = end
        }
        return sorted
    }

    /// Sorted by `key`, lowest first; entries of equal keys by name in Vietnamese order, then by id.
    static func inBoardOrder(_ entries: consuming [BoardEntry], by key: (borrowing BoardEntry) -> Int64) -> [BoardEntry] {
        var entries = entries
        // Positions are sorted, not the entries: an entry is large to move. (Keys, names and ids are read in place.)
        let sorted = entries.withUnsafeBufferPointer { entries in
            boardOrder(entries.indices.map { key(entries[$0]) }, name: { entries[$0].name }, id: { entries[$0].id })
        }
        // Moved into place, not copied: position i takes the entry first at sorted[i], which earlier swaps may have
        // moved on along the permutation. (An array's swap copies the entries it swaps; a buffer's moves them.)
        entries.withUnsafeMutableBufferPointer { entries in
            for index in sorted.indices {
                var from = sorted[index]
                while from < index { from = sorted[from] }
                entries.swapAt(index, from)
            }
        }
        return entries
    }
}
