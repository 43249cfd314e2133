import ChungtayCore
import GRDB

/// Keeps the standings equal to the scoring activities they sum (docs/ranking.md, Standings).
///
/// A standing is one row per board and calendar window (ISO week or year) listing, one line per entry, the
/// entry's total, its last day with points above 0 and the count and points of each activity type: what a board
/// ranks by. Board `member` sums member-credited activities by member, for the members with a scoring activity in
/// the window (an activity whose member is not in the ledger is on no board); its lines are by total, highest
/// first, then by id, so that the top of the board is the start of the text. Boards `branch` and `district` sum
/// every activity by the grassroots or district-level unit it counts for, with a line for every such unit and the
/// unit's name, place and divisor; target bonuses are not in them (a board adds them from the bonus table).
/// `standing_place` places every unit, for the member boards.
///
/// The builder is fed every activity in (date, id) order with its final score, as the rescore streams them. A
/// window is written back when one of its days is dirty: an activity of the day is new since the last refresh (its
/// seq is above `standing_state`'s), or its score changed in this rescore, or the triggers marked the day in
/// `standing_dirty` (a row deleted, or its date, type, member or unit changed, outside the ledger). Every window is
/// written back after `*` there (a change to the units, or a member deleted), and when a member that activities
/// named came into the ledger.
/// - Complexity: O(1) per activity; O(n log n) per window written, in its entries; memory for the open windows
///   (a year's entries at most).
struct StandingsBuilder {
    /// The windows kept.
    static let spans: [PeriodKind] = [.week, .year]

    private struct Tally {
        var count: Int32 = 0
        var lastDay: Int32 = .min
        var hundredths: Int64 = 0
    }

    /// The sums of one window, by owner and type (their interned numbers: owner << 20 | type).
    private struct Window {
        let span: PeriodKind
        var start: CivilDate?
        var end = CivilDate(dayNumber: .min)
        var members: [Int64: Tally] = [:]
        var units: [Int64: Tally] = [:]
    }

    private let db: Database
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
    /// The ledger's member ids, read when a member standing is first written.
    private var members: Set<String>?
    /// The organisation, read when a unit standing is first written.
    private var organisation: Organisation?
    /// The lines' units, in order, with their fields: the grassroots units' and the district-level units'.
    private var unitLines: (branches: [(code: String, fields: [String])], districts: [(code: String, fields: [String])])?
    /// Days as text, by day number.
    private var dayTexts: [Int32: String] = [:]

    /// A builder for a refresh in the transaction of `db`, starting from the days the triggers marked.
    /// - Parameters:
    ///   - owners: members' ids (or units' codes), numbered from 0 in this order.
    ///   - types: type ids, numbered from 0 in this order.
    init(_ db: Database, owners: [String] = [], types: [String] = []) throws {
        self.db = db
        for owner in owners { _ = Self.intern(owner, &ownerNumbers, &self.owners) }
        for type in types { _ = Self.intern(type, &typeNumbers, &self.types) }
        let marked = try String.fetchAll(db, sql: "SELECT day FROM standing_dirty")
        let joined = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM standing_orphan CROSS JOIN member ON member.id = standing_orphan.member)")
        everything = marked.contains("*") || joined == true
        knownSeq = try Int64.fetchOne(db, sql: "SELECT activity_seq FROM standing_state") ?? 0
        dirtyDays = Set(marked.compactMap { CivilDate(iso: $0)?.dayNumber })
        // Written again in full, with the units and members as they are now.
        if everything {
            try db.execute(sql: "DELETE FROM standing_orphan")
            try db.execute(sql: "DELETE FROM standing_place")
            let organisation = try Organisation(db)
            for code in organisation.units.keys.sorted() {
                let grassroots = organisation.grassroots[code]
                try db.execute(sql: "INSERT INTO standing_place (unit, grassroots, district, sector) VALUES (?, ?, ?, ?)",
                               arguments: [code, grassroots, organisation.districts[code], organisation.sector(ofGrassroots: grassroots)])
            }
            self.organisation = organisation
        }
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
        try add(date: date, type: number(ofType: type), member: member.map { number(ofOwner: $0) }, unit: number(ofOwner: unit), scoring: scoring, hundredths: hundredths, memberCredit: memberCredit,
                seq: seq, changed: changed)
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
        let key = Int64(unit) << 20 | Int64(typeNumber)
        for index in windows.indices { count(&windows[index].units[key, default: Tally()]) }
    }

    /// Writes back the windows still open, clears the standings of dirty windows left without any activity, and
    /// forgets the marked days.
    mutating func finish() throws {
        for index in windows.indices { try close(index) }
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

    /// Writes the window back if one of its days is dirty, then empties it.
    private mutating func close(_ index: Int) throws {
        guard let start = windows[index].start else { return }
        let days = start.dayNumber ... windows[index].end.dayNumber
        if everything || days.contains(where: { dirtyDays.contains($0) }) {
            let span = windows[index].span.rawValue
            try writeMembers(span, start, windows[index].members)
            try writeUnits(span, start, windows[index].units)
            written.insert(Self.windowID(index, start))
        }
        windows[index].start = nil
        windows[index].members.removeAll(keepingCapacity: true)
        windows[index].units.removeAll(keepingCapacity: true)
    }

    /// A type's tally in one line.
    private struct TypeTally {
        let type: Int32
        let tally: Tally
    }

    /// One line of a standing before it is written.
    private struct Line {
        let id: String
        let total: Int64
        let lastDay: Int32
        /// Its tallies, in the order of the types' ids.
        let tallies: ArraySlice<TypeTally>
        /// A unit's name, place and divisor.
        var fields: [String] = []

        init(id: String, tallies: ArraySlice<TypeTally>) {
            self.id = id
            self.tallies = tallies
            total = tallies.reduce(0) { $0 + $1.tally.hundredths }
            lastDay = tallies.reduce(Int32.min) { max($0, $1.tally.lastDay) }
        }
    }

    /// Each type number's place among the types ordered by id.
    private func typeOrder() -> [Int32] {
        var order = [Int32](repeating: 0, count: types.count)
        for (place, type) in types.indices.sorted(by: { types[$0] < types[$1] }).enumerated() { order[type] = Int32(place) }
        return order
    }

    /// The tallies of `sums` grouped by owner number, each owner's in the order of the types' ids.
    private func byOwner(_ sums: [Int64: Tally]) -> [(owner: Int32, tallies: ArraySlice<TypeTally>)] {
        let order = typeOrder()
        let sorted = sums.map { key, tally in (key: (key >> 20) << 20 | Int64(order[Int(key & 0xFFFFF)]), tally: TypeTally(type: Int32(key & 0xFFFFF), tally: tally)) }
            .sorted { $0.key < $1.key }
        let tallies = sorted.map(\.tally)
        var groups: [(owner: Int32, tallies: ArraySlice<TypeTally>)] = []
        var first = 0
        for index in sorted.indices where index + 1 == sorted.count || sorted[index + 1].key >> 20 != sorted[index].key >> 20 {
            groups.append((Int32(sorted[index].key >> 20), tallies[first ... index]))
            first = index + 1
        }
        return groups
    }

    /// The member standing: a line per member, by total (highest first), then by id.
    private mutating func writeMembers(_ span: String, _ start: CivilDate, _ sums: [Int64: Tally]) throws {
        if members == nil { members = Set(try String.fetchAll(db, sql: "SELECT id FROM member")) }
        var lines: [Line] = []
        for (number, tallies) in byOwner(sums) {
            let owner = owners[Int(number)]
            guard members!.contains(owner) else {
                try db.execute(sql: "INSERT OR IGNORE INTO standing_orphan (member) VALUES (?)", arguments: [owner])
                continue
            }
            lines.append(Line(id: owner, tallies: tallies))
        }
        lines.sort { $0.total != $1.total ? $0.total > $1.total : $0.id < $1.id }
        try store("member", span, start, lines)
    }

    /// The branch and district standings: a line per grassroots unit, with its name, district, sector and divisor,
    /// and per district-level unit, with its name and divisor; by code.
    private mutating func writeUnits(_ span: String, _ start: CivilDate, _ sums: [Int64: Tally]) throws {
        if organisation == nil { organisation = try Organisation(db) }
        let organisation = organisation!
        var branches: [String: [Int32: Tally]] = [:]
        var districts: [String: [Int32: Tally]] = [:]
        func merge(_ tallies: ArraySlice<TypeTally>, into entry: inout [Int32: Tally]) {
            for typeTally in tallies {
                let tally = typeTally.tally
                var held = entry[typeTally.type, default: Tally()]
                held.count += tally.count
                held.hundredths += tally.hundredths
                held.lastDay = max(held.lastDay, tally.lastDay)
                entry[typeTally.type] = held
            }
        }
        for (number, tallies) in byOwner(sums) {
            let unit = owners[Int(number)]
            if let grassroots = organisation.grassroots[unit] { merge(tallies, into: &branches[grassroots, default: [:]]) }
            if let district = organisation.districts[unit] { merge(tallies, into: &districts[district, default: [:]]) }
        }
        let order = typeOrder()
        func tallies(_ byType: [Int32: Tally]?) -> ArraySlice<TypeTally> {
            ArraySlice((byType ?? [:]).map { TypeTally(type: $0.key, tally: $0.value) }.sorted { order[Int($0.type)] < order[Int($1.type)] })
        }
        if unitLines == nil {
            unitLines = (organisation.grassrootsUnits.map { unit in
                (unit.code, [unit.name, organisation.districts[unit.code] ?? "", unit.sector ?? "", String(unit.members ?? 0)])
            }, organisation.districtUnits.map { unit, divisor in (unit.code, [unit.name, String(divisor)]) })
        }
        try store("branch", span, start, unitLines!.branches.map { unit in
            var line = Line(id: unit.code, tallies: tallies(branches[unit.code]))
            line.fields = unit.fields
            return line
        })
        try store("district", span, start, unitLines!.districts.map { unit in
            var line = Line(id: unit.code, tallies: tallies(districts[unit.code]))
            line.fields = unit.fields
            return line
        })
    }

    /// Lines per stored part: the top of a member board is read without the rest.
    static let partSize = 1000

    /// Stores a standing, in parts of ``partSize`` lines, where it differs from the stored one; one without lines is
    /// removed. A part's first line names its types, `# TAB type…` by id; then a line per entry:
    /// `id TAB total TAB last day TAB tallies [TAB field…]`, the tallies `type index:count:hundredths,…`.
    private mutating func store(_ board: String, _ span: String, _ start: CivilDate, _ lines: [Line]) throws {
        let ranked = lines.count(where: { $0.total > 0 })
        var parts: [String] = []
        // Each type number's index among the part's types, -1 when the part has none of it.
        var index = [Int](repeating: -1, count: types.count)
        var text: [UInt8] = []
        for first in stride(from: 0, to: lines.count, by: Self.partSize) {
            let part = lines[first ..< min(first + Self.partSize, lines.count)]
            for line in part { for typeTally in line.tallies { index[Int(typeTally.type)] = 0 } }
            let used = types.indices.filter { index[$0] == 0 }.sorted { types[$0] < types[$1] }
            for (position, type) in used.enumerated() { index[type] = position }
            text.removeAll(keepingCapacity: true)
            text.append(UInt8(ascii: "#"))
            for type in used { Self.append("\t", to: &text); Self.append(types[type], to: &text) }
            for line in part {
                text.append(UInt8(ascii: "\n"))
                Self.append(Self.field(line.id), to: &text)
                text.append(UInt8(ascii: "\t"))
                Self.append(line.total, to: &text)
                text.append(UInt8(ascii: "\t"))
                if line.lastDay != .min { Self.append(dayText(line.lastDay), to: &text) }
                text.append(UInt8(ascii: "\t"))
                for (position, typeTally) in line.tallies.enumerated() {
                    if position > 0 { text.append(UInt8(ascii: ",")) }
                    Self.append(Int64(index[Int(typeTally.type)]), to: &text)
                    text.append(UInt8(ascii: ":"))
                    Self.append(Int64(typeTally.tally.count), to: &text)
                    text.append(UInt8(ascii: ":"))
                    Self.append(typeTally.tally.hundredths, to: &text)
                }
                for field in line.fields { text.append(UInt8(ascii: "\t")); Self.append(Self.field(field), to: &text) }
            }
            parts.append(String(decoding: text, as: UTF8.self))
            for type in used { index[type] = -1 }
        }
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

    /// A day as `YYYY-MM-DD`, kept: a window's lines end on a few days.
    private mutating func dayText(_ day: Int32) -> String {
        if let text = dayTexts[day] { return text }
        let text = CivilDate(dayNumber: day).description
        dayTexts[day] = text
        return text
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a number's decimal digits.
    private static func append(_ number: Int64, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// A text field of a line, with `\\`, TAB, LF and CR escaped as `\\\\`, `\\t`, `\\n` and `\\r`.
    static func field(_ text: String) -> String {
        let special: (UInt8) -> Bool = { [0x5C, 0x09, 0x0A, 0x0D].contains($0) }
        guard text.utf8.contains(where: special) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
