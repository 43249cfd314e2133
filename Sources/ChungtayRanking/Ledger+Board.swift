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
        if let district = options.district {
            guard let level = try String.fetchOne(db, sql: "SELECT level FROM unit WHERE code = ?", arguments: [district]) else {
                throw RankingError.unknownUnit(district)
            }
            guard level == UnitLevel.district.rawValue else { throw RankingError.notADistrict(code: district, level: level) }
        }
        if options.sector != nil, kind == .districts { throw RankingError.sectorOnDistricts }

        let speaking = book.speaking(for: period.to)
        let query = BoardQuery(kind: kind, period: period, settings: speaking?.ranking ?? RankingSettings(), listAll: options.all)
        var listed = try query.entries(db)

        // Movement: the rank on the previous period's board without --all, ranked by that period's own settings.
        let previous = period.previous
        if let previous {
            let settings = book.speaking(for: previous.to)?.ranking ?? RankingSettings()
            let before = try BoardQuery(kind: kind, period: previous, settings: settings, listAll: false).entries(db)
            let ranks = Dictionary(before.compactMap { entry in entry.rank.map { (entry.id, $0) } }, uniquingKeysWith: min)
            for index in listed.indices where listed[index].score != nil {
                listed[index].previousRank = ranks[listed[index].id]
            }
        }

        let keys = Dictionary(listed.map { ($0.id, VietnameseSortKey($0.name)) }, uniquingKeysWith: { first, _ in first })
        func byName(_ lhs: BoardEntry, _ rhs: BoardEntry) -> Bool {
            let (left, right) = (keys[lhs.id]!, keys[rhs.id]!)
            return left != right ? left < right : lhs.id < rhs.id
        }
        let ranked = listed.filter { $0.rank != nil }.sorted { lhs, rhs in
            lhs.rank! != rhs.rank! ? lhs.rank! < rhs.rank! : byName(lhs, rhs)
        }
        let unranked = listed.filter { $0.rank == nil }.sorted { lhs, rhs in
            lhs.total != rhs.total ? lhs.total > rhs.total : byName(lhs, rhs)
        }

        func kept(_ entry: BoardEntry) -> Bool {
            if let district = options.district {
                guard kind == .districts ? entry.id == district : entry.district == district else { return false }
            }
            if let sector = options.sector, entry.sector != sector { return false }
            return true
        }
        return Board(kind: kind, period: period, rulesVersion: speaking?.version, method: query.settings.method,
                     scoreBasis: query.scoreBasis, ranked: ranked.count,
                     entries: ranked.filter { entry in kept(entry) && (options.top.map { entry.rank! <= $0 } ?? true) },
                     unranked: unranked.filter(kept), hasMovement: previous != nil)
    }
}
