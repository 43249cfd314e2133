import ChungtayCore
import ChungtayLedger
import ChungtayRules
import GRDB

/// Where a board's sums come from (docs/ranking.md, Standings): the ledger's standing of the period when the period
/// is an ISO week or a year and the standings are current; else the period's scoring activities, summed as they
/// are read, with the organisation read from the unit table. Both give the same entries and sums, which
/// ``BoardRanking`` ranks in memory as ``BoardQuery`` ranks them in SQL.
struct BoardSource {
    let kind: BoardKind
    private(set) var period: Period
    /// Whether the standings sum the activities as they are stored now.
    private let current: Bool
    /// Read when the activities are summed: the standings place units themselves.
    private var organisation: Organisation?
    /// The standing of the period, once read (nil inside: the standings cannot answer).
    private var standing: (ranked: Int, lines: StandingLines)??

    /// The source of a board, for the read the whole board is made in.
    init(_ kind: BoardKind, period: Period, _ db: Database) throws {
        self.kind = kind
        self.period = period
        current = try Self.standingsAreCurrent(db)
    }

    /// Whether the standings sum the activities as they are stored now: no day marked, no activity added and no member
    /// that activities named come into the ledger since they were written. (CROSS JOIN keeps the few orphans the outer
    /// loop: without statistics, SQLite would walk the member table for them.)
    static func standingsAreCurrent(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM standing_dirty)
               AND NOT EXISTS (SELECT 1 FROM standing_orphan CROSS JOIN member ON member.id = standing_orphan.member)
               AND (SELECT coalesce(max(seq), 0) FROM activity) = (SELECT activity_seq FROM standing_state)
            """) == true
    }

    /// The same board's source for another period (the one before, for movement).
    func other(_ period: Period) -> BoardSource {
        var source = self
        source.period = period
        source.standing = nil
        return source
    }

    private var board: String {
        switch kind {
        case .members: return "member"
        case .branches: return "branch"
        case .districts: return "district"
        }
    }

    /// The window of the period the standings hold: a week or a year; nil for other periods and stale standings.
    private var span: String? {
        guard current else { return nil }
        switch period.kind {
        case .week: return "week"
        case .year: return "year"
        case .month, .quarter, .range: return nil
        }
    }

    /// The standing of the period, or nil when the standings cannot answer for it; a missing member standing (no
    /// member activity in the window) has no lines.
    private mutating func stored(_ db: Database) throws -> (ranked: Int, lines: StandingLines)? {
        if let standing { return standing }
        let found = try fetchStanding(db)
        standing = .some(found)
        return found
    }

    private func fetchStanding(_ db: Database) throws -> (ranked: Int, lines: StandingLines)? {
        guard let span else { return nil }
        let key: StatementArguments = [board, span, period.from.description]
        guard let first = try Row.fetchOne(db, sql: "SELECT ranked, entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = 0",
                                           arguments: key) else {
            // A unit standing lists every unit: without one, the units come from the unit table.
            return kind == .members ? (0, StandingLines(part: { _ in nil })) : nil
        }
        let statement = try db.cachedStatement(sql: "SELECT entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = ?")
        // Each part is fetched once, however often the lines are read.
        let parts = PartCache(first: first[1])
        return (first[0], StandingLines(part: { number in
            while parts.texts.count <= number, !parts.ended {
                if let text = try String.fetchOne(statement, arguments: key + [parts.texts.count]) { parts.texts.append(text) } else { parts.ended = true }
            }
            return number < parts.texts.count ? parts.texts[number] : nil
        }))
    }

    /// The parts of a standing fetched so far.
    private final class PartCache {
        var texts: [String]
        var ended = false
        init(first: String) { texts = [first] }
    }

    private mutating func organisation(_ db: Database) throws -> Organisation {
        if let organisation { return organisation }
        let organisation = try Organisation(db)
        self.organisation = organisation
        return organisation
    }

    // MARK: - Members

    /// Whether the member board can be read from its top down: a member standing lists its entries by total.
    var readsTopDown: Bool { kind == .members && span != nil }

    /// The members with a scoring activity in the period and a total of at least `minimum`, with their sums, by total
    /// (highest first); and how many members have a total above 0.
    mutating func memberSums(_ db: Database, atLeast minimum: Int64 = .min) throws -> (sums: [(id: String, sums: EntrySums)], ranked: Int) {
        if let (ranked, lines) = try stored(db) {
            return (try lines.read(while: { $0 >= minimum }).map { ($0.id, $0.sums) }, ranked)
        }
        let summed = try activitySums(db, byMember: true)
        let ids = Array(summed.keys)
        let known = Set(zip(ids, try members(ids, db)).compactMap { id, candidate in candidate.map { _ in id } })
        let sums = summed.filter { known.contains($0.key) }
        return (sums.filter { $0.value.total >= minimum }.map { ($0.key, $0.value) }.sorted { $0.1.total > $1.1.total },
                sums.values.count(where: { $0.total > 0 }))
    }

    /// One member's sums in the period; empty without a scoring activity.
    mutating func memberSums(of id: String, _ db: Database) throws -> EntrySums {
        if let (_, lines) = try stored(db) {
            return try lines.read(keep: { owner, _ in owner == id }).first?.sums ?? EntrySums()
        }
        return try activitySums(db, byMember: true)[id] ?? EntrySums()
    }

    /// Board candidates for the given member ids, by position, placed by their units; nil for an id not in the ledger.
    /// For nil, every member of the ledger, in no particular order.
    mutating func members(_ ids: [String]?, _ db: Database) throws -> [BoardCandidate?] {
        var listed: [(id: String, name: String, unit: String)?]
        if let ids {
            listed = Array(repeating: nil, count: ids.count)
            // In key order, the lookups walk the member table's b-tree in order; each row names its id's position.
            let order = ids.indices.sorted { ids[$0] < ids[$1] }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT wanted.key, member.name, member.unit FROM json_each(?) AS wanted CROSS JOIN member ON member.id = wanted.value
                """, arguments: [Self.jsonArray(order.map { ids[$0] })])
            while let row = try rows.next() {
                let position = order[row[0]]
                listed[position] = (ids[position], row[1], row[2])
            }
        } else {
            listed = []
            let rows = try Row.fetchCursor(db, sql: "SELECT member.id, member.name, member.unit FROM member")
            while let row = try rows.next() { listed.append((row[0], row[1], row[2])) }
        }
        guard current else {
            let organisation = try organisation(db)
            return listed.map { $0.map { organisation.member(id: $0.id, name: $0.name, unit: $0.unit) } }
        }
        // Each unit is placed once, however many of its members are listed.
        var places: [String: (grassroots: String?, district: String?, sector: Sector?)] = [:]
        let placeRows = try Row.fetchCursor(db, sql: """
            SELECT unit, grassroots, district, sector FROM standing_place WHERE unit IN (SELECT value FROM json_each(?))
            """, arguments: [Self.jsonArray(Set(listed.compactMap { $0?.unit }).sorted())])
        while let row = try placeRows.next() { places[row[0]] = (row[1], row[2], (row[3] as String?).flatMap(Sector.init)) }
        return listed.map { member in
            member.map { member in
                let place = places[member.unit]
                return BoardCandidate(id: member.id, name: member.name, unit: place?.grassroots, district: place?.district,
                                      sector: place?.sector, divisor: nil)
            }
        }
    }

    /// The member board's entries with a total of at least `minimum` (and above 0), in board order, ranked among
    /// themselves from rows of numbers. A member standing's lines come by total, each with the member's name and place
    /// (no lookup of thousands of members); summed activities are named and placed from the member table.
    mutating func memberEntries(_ db: Database, atLeast minimum: Int64, ranking: BoardRanking) throws -> [BoardEntry] {
        var entries: [BoardEntry] = []
        var rows = RankRows(settings: ranking.settings)
        if let (ranked, lines) = try stored(db) {
            // Every line above 0 is listed: room for them all is made at once, not grown (and copied) as they come.
            if minimum <= 1 {
                entries.reserveCapacity(ranked)
                rows = RankRows(settings: ranking.settings, capacity: ranked)
            }
            try lines.scan(while: { $0 >= max(minimum, 1) }) { line in
                entries.append(line.memberEntry)
                rows.append(score: line.total, value: { _, key in line.value(of: key) }, day: { line.day })
            }
        } else {
            let sums = try memberSums(db, atLeast: max(minimum, 1)).sums
            for (candidate, (_, sums)) in zip(try members(sums.map(\.id), db), sums) {
                guard let candidate else { continue }
                entries.append(ranking.entry(ranking.contender(candidate, sums), rank: nil))
                rows.append(score: sums.total, value: { _, key in sums.value(of: key) }, day: { sums.lastDay.flatMap { RankRows.day($0.utf8) } })
            }
        }
        for (index, rank) in rows.ranks().enumerated() { entries[index].rank = rank }
        return Board.inBoardOrder(consume entries) { Int64($0.rank!) }
    }

    // MARK: - Units

    /// Every unit of a unit board as a contender: its sums are those of the activities recorded at it or below it,
    /// and its target bonuses. Where `detail` does not hold for a unit's code, a stored line gives the unit for
    /// ranking alone (no name, place or tallies).
    mutating func unitContenders(_ db: Database, ranking: BoardRanking, detail: (String) -> Bool = { _ in true }) throws
        -> [BoardRanking.Contender] {
        let bonuses = try self.bonuses(db)
        func withBonuses(_ id: String, _ sums: EntrySums) -> EntrySums {
            var sums = sums
            for bonus in bonuses[id] ?? [] { sums.add("target:" + bonus.target, count: bonus.count, hundredths: bonus.hundredths) }
            return sums
        }
        guard let (_, lines) = try stored(db) else {
            let organisation = try organisation(db)
            let entry: (String) -> String? = kind == .branches ? { organisation.grassroots[$0] } : { organisation.districts[$0] }
            var sums: [String: EntrySums] = [:]
            for (unit, part) in try activitySums(db, byMember: false) {
                if let id = entry(unit) { sums[id, default: EntrySums()].add(part) }
            }
            return (organisation.unitCandidates(kind) ?? []).map { ranking.contender($0, withBonuses($0.id, sums[$0.id] ?? EntrySums())) }
        }
        var contenders: [BoardRanking.Contender] = []
        try lines.scan { line in
            let id = line.id
            guard detail(id) else {
                let bonus = bonuses[id]?.reduce(0) { $0 + $1.hundredths } ?? 0
                contenders.append(ranking.contender(line, id: id, bonus: bonus, divisor: line.lastNumber))
                return
            }
            contenders.append(ranking.contender(unitCandidate(id, line.fields), withBonuses(id, line.sums)))
        }
        return contenders
    }

    /// The target bonuses dated in the period, per board entry: a branch's are its own, a district's those of the
    /// units below it.
    private mutating func bonuses(_ db: Database) throws -> [String: [(target: String, count: Int, hundredths: Int64)]] {
        var bonuses: [String: [(target: String, count: Int, hundredths: Int64)]] = [:]
        let arguments: StatementArguments = [period.from.description, period.to.description]
        if kind == .branches || current {
            let rows = try Row.fetchCursor(db, sql: kind == .branches ? """
                SELECT unit, target, count(*), sum(points) FROM bonus WHERE date BETWEEN ? AND ? GROUP BY unit, target
                """ : """
                SELECT place.district, bonus.target, count(*), sum(bonus.points)
                FROM bonus JOIN standing_place AS place ON place.unit = bonus.unit
                WHERE bonus.date BETWEEN ? AND ? AND place.district IS NOT NULL GROUP BY place.district, bonus.target
                """, arguments: arguments)
            while let row = try rows.next() { bonuses[row[0], default: []].append((row[1], row[2], row[3])) }
        } else {
            let organisation = try organisation(db)
            var sums: [String: [String: (count: Int, hundredths: Int64)]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT unit, target, points FROM bonus WHERE date BETWEEN ? AND ?", arguments: arguments)
            while let row = try rows.next() {
                guard let district = organisation.districts[row[0]] else { continue }
                let held = sums[district, default: [:]][row[1], default: (0, 0)]
                sums[district, default: [:]][row[1]] = (held.count + 1, held.hundredths + (row[2] as Int64))
            }
            for (district, targets) in sums { bonuses[district] = targets.map { ($0.key, $0.value.count, $0.value.hundredths) } }
        }
        return bonuses
    }

    // MARK: - The board

    /// The board's contenders: those with a total above 0, or with `listAll` every member or unit of the board. On the
    /// member board, always every member: its entries above 0 alone are ``memberEntries(_:atLeast:ranking:)``.
    mutating func contenders(_ db: Database, listAll: Bool, ranking: BoardRanking) throws -> [BoardRanking.Contender] {
        guard kind == .members else {
            return try unitContenders(db, ranking: ranking).filter { listAll || $0.sums.total > 0 }
        }
        let summed = Dictionary(try memberSums(db).sums.map { ($0.id, $0.sums) }, uniquingKeysWith: { first, _ in first })
        return try members(nil, db).compactMap { candidate in candidate.map { ranking.contender($0, summed[$0.id] ?? EntrySums()) } }
    }

    /// The members with a total above 0, summed from the activities, for ranking alone.
    private mutating func rankedMembers(_ db: Database, ranking: BoardRanking) throws -> [BoardRanking.Contender] {
        try memberSums(db, atLeast: 1).sums.map { id, sums in
            ranking.contender(BoardCandidate(id: id, name: "", unit: nil, district: nil, sector: nil, divisor: nil), sums)
        }
    }

    /// The members ranked `top` or better, with exact province-wide ranks, read from the top of the member standing;
    /// and how many members are ranked on the whole board.
    ///
    /// Every entry ranked above an entry has a total at least its own, so the lines down to the lowest total that
    /// can still be ranked `top` hold all that decides the ranks: the `top`-th highest total under `competition`
    /// (ranks grow with every entry above), the `top`-th highest distinct total under `dense` (they grow with every
    /// distinct score above, and entries of one total may still be told apart by their tie-breaks).
    mutating func top(_ count: Int, _ db: Database, ranking: BoardRanking) throws -> (entries: [BoardEntry], ranked: Int) {
        guard let (ranked, lines) = try stored(db) else { preconditionFailure("top(_:_:ranking:) reads a standing") }
        let dense = ranking.settings.method == .dense
        var read = 0
        var last = Int64.max
        try lines.scan(while: { total in
            guard total > 0 else { return false }
            if !dense || total != last { read += 1 }
            if total != last, read > count { return false }
            last = total
            return true
        }) { _ in }
        return (try memberEntries(db, atLeast: last, ranking: ranking).filter { $0.rank! <= count }, ranked)
    }

    /// The ranks on this board without `--all` of the given entries (every rank, for nil); on a member standing, read
    /// down to the lowest total among the given members, each line ranked from its numbers alone.
    mutating func ranks(of ids: [String]?, _ db: Database, ranking: BoardRanking) throws -> [String: Int] {
        let contenders: [BoardRanking.Contender]
        if kind == .members, let (ranked, lines) = try stored(db) {
            let wanted = ids.map(Set.init)
            var minimum: Int64 = 1
            if let wanted {
                var lowest: Int64?
                try lines.scan(while: { $0 > 0 }) { line in
                    if wanted.contains(line.id) { lowest = min(lowest ?? line.total, line.total) }
                }
                guard let lowest else { return [:] }
                minimum = lowest
            }
            var owners: [String] = []
            owners.reserveCapacity(minimum <= 1 ? ranked : 0)
            var rows = RankRows(settings: ranking.settings, capacity: minimum <= 1 ? ranked : 0)
            try lines.scan(while: { $0 >= minimum }) { line in
                owners.append(line.id)
                rows.append(score: line.total, value: { _, key in line.value(of: key) }, day: { line.day })
            }
            var ranks: [String: Int] = [:]
            ranks.reserveCapacity(wanted?.count ?? owners.count)
            for (id, rank) in zip(owners, rows.ranks()) where wanted?.contains(id) ?? true { ranks[id] = rank }
            return ranks
        } else if kind == .members {
            contenders = try rankedMembers(db, ranking: ranking)
        } else {
            contenders = try unitContenders(db, ranking: ranking, detail: { _ in false })
        }
        var ranks: [String: Int] = [:]
        for (contender, rank) in zip(contenders, ranking.ranks(contenders)) {
            if let rank { ranks[contender.candidate.id] = rank }
        }
        return ranks
    }

    // MARK: - One entry

    /// Where one member or unit stands on the board without `--all`: its contender (all its sums), its rank (nil
    /// unless rankable), how many entries are ranked, and the score of the nearest better rank; nil when it is not on
    /// the board. A standing is read in passes over its lines that keep nothing but counts.
    mutating func place(_ id: String, _ db: Database, ranking: BoardRanking) throws
        -> (focus: BoardRanking.Contender, rank: Int?, ranked: Int, nearest: Int64?)? {
        guard let (storedRanked, lines) = try stored(db) else {
            // From every contender of the board.
            let all: [BoardRanking.Contender]
            if kind == .members {
                guard let candidate = try members([id], db)[0] else { return nil }
                let others = try rankedMembers(db, ranking: ranking).filter { $0.candidate.id != id }
                all = [ranking.contender(candidate, try memberSums(of: id, db))] + others
            } else {
                all = try unitContenders(db, ranking: ranking)
            }
            guard let focus = all.first(where: { $0.candidate.id == id }) else { return nil }
            var placing = BoardRanking.Placing(ranking: ranking, focus: focus)
            for contender in all { placing.count(total: contender.sums.total, divisor: contender.candidate.divisor,
                                                 keys: { contender.keys }, lastDay: { contender.sums.lastDay }) }
            return (focus, focus.isRankable ? placing.rank : nil, placing.ranked, placing.nearest)
        }
        let written = StandingLines.written(id)
        let focus: BoardRanking.Contender
        var bonuses: [String: [(target: String, count: Int, hundredths: Int64)]] = [:]
        if kind == .members {
            guard let candidate = try members([id], db)[0] else { return nil }
            var sums = EntrySums()
            try lines.scan { line in if line.isEntry(written) { sums = line.sums } }
            focus = ranking.contender(candidate, sums)
        } else {
            bonuses = try self.bonuses(db)
            var found: BoardRanking.Contender?
            try lines.scan { line in
                guard line.isEntry(written) else { return }
                var sums = line.sums
                for bonus in bonuses[id] ?? [] { sums.add("target:" + bonus.target, count: bonus.count, hundredths: bonus.hundredths) }
                found = ranking.contender(unitCandidate(id, line.fields), sums)
            }
            guard let found else { return nil }
            focus = found
        }
        guard focus.isRankable else { return (focus, nil, kind == .members ? storedRanked : try placing(focus, lines, bonuses, ranking).ranked, nil) }
        let placing = try placing(focus, lines, bonuses, ranking)
        return (focus, placing.rank, kind == .members ? storedRanked : placing.ranked, placing.nearest)
    }

    /// The rank of one member or unit on this board without `--all` (the one before, for movement); nil when it has
    /// none there.
    mutating func rank(of id: String, _ db: Database, ranking: BoardRanking) throws -> Int? {
        guard let (_, lines) = try stored(db) else { return try ranks(of: [id], db, ranking: ranking)[id] }
        let written = StandingLines.written(id)
        let bonuses = kind == .members ? [:] : try self.bonuses(db)
        var focus: BoardRanking.Contender?
        try lines.scan { line in
            guard line.isEntry(written) else { return }
            let bonus = bonuses[id]?.reduce(0) { $0 + $1.hundredths } ?? 0
            focus = ranking.contender(line, id: id, bonus: bonus, divisor: kind == .members ? nil : line.lastNumber)
        }
        guard let focus, focus.isRankable else { return nil }
        return try placing(focus, lines, bonuses, ranking).rank
    }

    /// Counts the place of a rankable contender over a standing's lines: on the member board down to its total.
    private func placing(_ focus: BoardRanking.Contender, _ lines: StandingLines,
                         _ bonuses: [String: [(target: String, count: Int, hundredths: Int64)]], _ ranking: BoardRanking) throws
        -> BoardRanking.Placing {
        var placing = BoardRanking.Placing(ranking: ranking, focus: focus)
        if kind == .members {
            try lines.scan(while: { $0 >= focus.sums.total }) { line in
                placing.count(total: line.total, divisor: nil, keys: { ranking.keys(line) }, lastDay: { line.lastDay })
            }
            return placing
        }
        // Few units have bonuses: a line's id is read only when its length and first byte match one of theirs.
        let totals = bonuses.mapValues { $0.reduce(0) { $0 + $1.hundredths } }
        let shapes = Set(totals.keys.map { Array(StandingLines.written($0)) }.map { $0.count << 8 | Int($0.first ?? 0) })
        try lines.scan { line in
            let bonus = line.mayBe(shapes) ? totals[line.id] ?? 0 : 0
            placing.count(total: line.total + bonus, divisor: line.lastNumber, keys: { ranking.keys(line) }, lastDay: { line.lastDay })
        }
        return placing
    }

    /// A unit board's candidate from the text fields of its line.
    private func unitCandidate(_ id: String, _ fields: [String]) -> BoardCandidate {
        let divisor = Int(fields.last ?? "") ?? 0
        return kind == .branches && fields.count == 4
            ? BoardCandidate(id: id, name: fields[0], unit: id, district: fields[1].isEmpty ? nil : fields[1],
                             sector: Sector(rawValue: fields[2]), divisor: divisor)
            : BoardCandidate(id: id, name: fields.first ?? "", unit: nil, district: nil, sector: nil, divisor: divisor)
    }

    // MARK: - Activities

    /// The period's scoring activities summed by member (member-credited ones) or by the unit they were recorded at.
    private func activitySums(_ db: Database, byMember: Bool) throws -> [String: EntrySums] {
        var sums: [String: EntrySums] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(byMember ? "member" : "unit"), type, points, date FROM activity
            WHERE date BETWEEN ? AND ? AND status = 'scored' AND rejected = 0\(byMember ? " AND credit = 'member' AND member IS NOT NULL" : "")
            """, arguments: [period.from.description, period.to.description])
        while let row = try rows.next() {
            let hundredths: Int64 = row[2]
            var part = EntrySums()
            part.add(row[1], count: 1, hundredths: hundredths)
            if hundredths > 0 { part.lastDay = row[3] }
            sums[row[0], default: EntrySums()].add(part)
        }
        return sums
    }

    /// A JSON array of strings, for `json_each`.
    static func jsonArray(_ values: [String]) -> String {
        JSONValue.array(values.map(JSONValue.string)).serialized(pretty: false)
    }
}
