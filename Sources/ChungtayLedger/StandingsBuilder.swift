import ChungtayCore
import ChungtayRules
import Dispatch
import GRDB

/// Keeps the standings equal to the scoring activities they sum (docs/ranking.md, Standings).
///
/// A standing is one row per board and calendar window (ISO week or year) listing, one line per entry, the
/// entry's total, its last day with points above 0 and the count and points of each activity type: what a board
/// ranks by. Board `member` sums member-credited activities by member, for the members with a scoring activity in
/// the window (an activity whose member is not in the ledger is on no board); its lines are by total, highest
/// first, then by id, so that the top of the board is the start of the text, and end with the member's unit. Board
/// `branch` sums every activity by its grassroots unit on the activity's date, and `district` the activities recorded
/// at a district-level unit, by that unit: where each counts on a board depends on the board's structure date
/// (organisation.md), so the board places these lines. Target bonuses are not in them (a board adds them from the
/// bonus table).
///
/// The builder is fed every activity in (date, id) order with its final score, as the rescore streams them. A
/// window is written back when one of its days is dirty: an activity of the day is new since the last refresh (its
/// seq is above `standing_state`'s), or its score changed in this rescore, or the triggers marked the day in
/// `standing_dirty` (a row deleted, or its date, type, member or unit changed, outside the ledger). Every window is
/// written back after `*` there (a change to the units, or a member deleted), and when a member that activities
/// named came into the ledger.
///
/// A closed window's standings are worked out (``WindowWork``) on a thread of their own while the builder counts the
/// next window's activities, and written at the next close, or at ``finish()``.
/// - Complexity: O(1) per activity; O(n log n) per window written, in its entries; memory for the open windows
///   (a year's entries at most).
struct StandingsBuilder {
    /// The windows kept.
    static let spans: [PeriodKind] = [.week, .year]

    /// The sums of one window, by owner and type (their interned numbers: owner << 20 | type).
    private struct Window {
        let span: PeriodKind
        var start: CivilDate?
        var end = CivilDate(dayNumber: .min)
        var members: [Int64: Tally] = [:]
        var branches: [Int64: Tally] = [:]
        var districts: [Int64: Tally] = [:]
    }

    private let db: Database
    private let organisation: Organisation
    /// Where the activities of a unit (owner number << 20 | epoch) count on their dates: the owner number of their
    /// grassroots unit, of the district-level unit (as -1 - number), or `Int32.min` for neither.
    private var homes: [Int64: Int32] = [:]
    private var windows = StandingsBuilder.spans.map { Window(span: $0) }
    private var ownerNumbers: [String: Int32] = [:]
    private var owners: [String] = []
    private var typeNumbers: [String: Int32] = [:]
    private var types: [String] = []
    /// Days whose activities changed since the standings were last written.
    private var dirtyDays: Set<Int32>
    /// Every window is dirty.
    private let everything: Bool
    /// The highest activity seq when the standings were last written.
    private let knownSeq: Int64
    /// The windows written back, by span and start.
    private var written: Set<Int64> = []
    /// The ledger's member ids, and the units the standings list: read when a window is first written.
    private var places: StandingPlaces?
    /// Works out the standings of closed windows while activities go on being counted here.
    private let working = DispatchQueue(label: "chungtay.standings")
    /// The standings worked out, waiting to be written.
    private let worked = WorkedStandings()

    /// A builder for a refresh in the transaction of `db`, starting from the days the triggers marked.
    /// - Parameters:
    ///   - owners: members' ids (or units' codes), numbered from 0 in this order.
    ///   - types: type ids, numbered from 0 in this order.
    init(_ db: Database, owners: [String] = [], types: [String] = []) throws {
        self.db = db
        organisation = try Organisation.stored(db)
        for owner in owners { _ = Self.intern(owner, &ownerNumbers, &self.owners) }
        for type in types { _ = Self.intern(type, &typeNumbers, &self.types) }
        let marked = try String.fetchAll(db, sql: "SELECT day FROM standing_dirty")
        let joined = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM standing_orphan CROSS JOIN member ON member.id = standing_orphan.member)")
        everything = marked.contains("*") || joined == true
        knownSeq = try Int64.fetchOne(db, sql: "SELECT activity_seq FROM standing_state") ?? 0
        dirtyDays = Set(marked.compactMap { CivilDate(iso: $0)?.dayNumber })
        // Written again in full, with the units and members as they are now.
        if everything { try db.execute(sql: "DELETE FROM standing_orphan") }
    }

    /// Rewrites every standing from the stored points: after the migration that adds the table, and in tests.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO standing_dirty (day) VALUES ('*')")
        var builder = try StandingsBuilder(db)
        let rows = RawStatement(try db.makeStatement(sql: """
            SELECT date, type, member, unit, status = 'scored' AND rejected = 0, points, credit = 'member' FROM activity ORDER BY date, id
            """))
        while try rows.step() {
            guard let date = CivilDate(iso: rows.text(0) ?? "") else { continue }
            try builder.add(date: date, type: rows.text(1)!, member: rows.text(2), unit: rows.text(3)!, scoring: rows.int(4) == 1,
                            hundredths: rows.int(5) ?? 0, memberCredit: rows.int(6) == 1, seq: 0, changed: false)
        }
        try builder.finish()
    }

    /// Counts one activity, in (date, id) order, with its final score.
    /// - Parameters:
    ///   - scoring: neither rejected nor a duplicate (status `scored`, not rejected).
    ///   - memberCredit: its rules file credits its type to the member.
    ///   - seq: its row's seq; above the highest at the last refresh, it is new.
    ///   - changed: its stored score changed in this rescore.
    mutating func add(date: CivilDate, type: String, member: String?, unit: String, scoring: Bool, hundredths: Int64,
                      memberCredit: Bool, seq: Int64, changed: Bool) throws {
        try add(date: date, type: number(ofType: type), member: member.map { number(ofOwner: $0) }, unit: number(ofOwner: unit),
                scoring: scoring, hundredths: hundredths, memberCredit: memberCredit, seq: seq, changed: changed)
    }

    /// Counts one activity, its type and owners given by number (as the builder was made with, or as
    /// ``number(ofOwner:)`` and ``number(ofType:)`` give).
    mutating func add(date: CivilDate, type typeNumber: Int32, member: Int32?, unit: Int32, scoring: Bool, hundredths: Int64,
                      memberCredit: Bool, seq: Int64, changed: Bool) throws {
        if changed || seq > knownSeq { dirtyDays.insert(date.dayNumber) }
        for index in windows.indices where windows[index].start == nil || date > windows[index].end {
            try close(index)
            let start = windows[index].span.windowStart(of: date)
            windows[index].start = start
            windows[index].end = windows[index].span.windowEnd(startingOn: start)
        }
        guard scoring else { return }
        let positive = hundredths > 0
        func count(_ tally: inout Tally) {
            tally.count += 1
            tally.hundredths += hundredths
            if positive { tally.lastDay = max(tally.lastDay, date.dayNumber) }
        }
        if memberCredit, let member {
            let key = Int64(member) << 20 | Int64(typeNumber)
            for index in windows.indices { count(&windows[index].members[key, default: Tally()]) }
        }
        let home = home(of: unit, on: date)
        guard home != .min else { return }
        let key = Int64(home >= 0 ? home : -1 - home) << 20 | Int64(typeNumber)
        for index in windows.indices {
            if home >= 0 { count(&windows[index].branches[key, default: Tally()]) } else { count(&windows[index].districts[key, default: Tally()]) }
        }
    }

    /// Where an activity recorded at a unit (by owner number) on a date counts on that date: see ``homes``.
    private mutating func home(of unit: Int32, on date: CivilDate) -> Int32 {
        let epoch = organisation.epoch(containing: date)
        let key = Int64(unit) << 20 | Int64(epoch)
        if let home = homes[key] { return home }
        let home: Int32 = switch organisation.home(of: owners[Int(unit)], on: date) {
        case let .grassroots(code): number(ofOwner: code)
        case let .district(code): -1 - number(ofOwner: code)
        case nil: .min
        }
        homes[key] = home
        return home
    }

    /// Writes back the windows still open, clears the standings of dirty windows left without any activity, and
    /// forgets the marked days.
    mutating func finish() throws {
        for index in windows.indices { try close(index) }
        working.sync {}
        try write(worked.take())
        let stale = try Row.fetchAll(db, sql: "SELECT DISTINCT board, span, start FROM standing").filter { row in
            guard let span = PeriodKind(rawValue: row[1]), let spanIndex = Self.spans.firstIndex(of: span),
                  let start = CivilDate(iso: row[2] as String) else { return true }
            guard !written.contains(Self.windowID(spanIndex, start)) else { return false }
            return everything || (start.dayNumber ... span.windowEnd(startingOn: start).dayNumber).contains { dirtyDays.contains($0) }
        }
        for row in stale {
            try db.execute(sql: "DELETE FROM standing WHERE board = ? AND span = ? AND start = ?", arguments: [row[0], row[1], row[2]])
        }
        try db.execute(sql: "DELETE FROM standing_dirty")
        try db.execute(sql: "UPDATE standing_state SET activity_seq = (SELECT coalesce(max(seq), 0) FROM activity)")
    }

    private static func windowID(_ spanIndex: Int, _ start: CivilDate) -> Int64 {
        Int64(spanIndex) << 32 | Int64(UInt32(bitPattern: start.dayNumber))
    }

    /// The number of a member or unit, given one if it has none yet.
    mutating func number(ofOwner owner: String) -> Int32 {
        Self.intern(owner, &ownerNumbers, &owners)
    }

    /// The number of a type, given one if it has none yet.
    mutating func number(ofType type: String) -> Int32 {
        Self.intern(type, &typeNumbers, &types)
    }

    private static func intern(_ text: String, _ numbers: inout [String: Int32], _ texts: inout [String]) -> Int32 {
        if let number = numbers[text] { return number }
        let number = Int32(texts.count)
        numbers[text] = number
        texts.append(text)
        return number
    }

    /// Has the window's standings worked out (on ``working``) if one of its days is dirty, then empties it; writes
    /// those worked out so far.
    private mutating func close(_ index: Int) throws {
        guard let start = windows[index].start else { return }
        let days = start.dayNumber ... windows[index].end.dayNumber
        if everything || days.contains(where: { dirtyDays.contains($0) }) {
            if places == nil { places = try StandingPlaces(db) }
            let work = WindowWork(span: windows[index].span.rawValue, start: start, members: windows[index].members,
                                  branches: windows[index].branches, districts: windows[index].districts, owners: owners,
                                  types: types, places: places!)
            let worked = worked
            working.async { worked.add(work.standings()) }
            written.insert(Self.windowID(index, start))
        }
        windows[index].start = nil
        windows[index].members = [:]
        windows[index].branches = [:]
        windows[index].districts = [:]
        try write(worked.take())
    }

    /// Stores worked-out standings, and the members they found missing from the ledger.
    private func write(_ standings: [WindowStandings]) throws {
        for window in standings {
            for orphan in window.orphans {
                try db.execute(sql: "INSERT OR IGNORE INTO standing_orphan (member) VALUES (?)", arguments: [orphan])
            }
            for board in window.boards { try store(board.board, window.span, window.start, parts: board.parts, ranked: board.ranked) }
        }
    }

    /// Stores a standing's parts where they differ from the stored ones; one without parts is removed.
    private func store(_ board: String, _ span: String, _ start: CivilDate, parts: [String], ranked: Int) throws {
        let key: StatementArguments = [board, span, start.description]
        let stored = try Row.fetchAll(db, sql: "SELECT ranked, entries FROM standing WHERE board = ? AND span = ? AND start = ? ORDER BY part",
                                      arguments: key)
        guard stored.map({ $0[1] as String }) != parts || stored.contains(where: { $0[0] != ranked }) else { return }
        try db.execute(sql: "DELETE FROM standing WHERE board = ? AND span = ? AND start = ?", arguments: key)
        for (number, text) in parts.enumerated() {
            try db.execute(sql: "INSERT INTO standing (board, span, start, part, ranked, entries) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: key + [number, ranked, text])
        }
    }
}
