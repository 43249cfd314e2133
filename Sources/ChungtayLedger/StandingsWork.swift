import ChungtayCore
import Foundation
import GRDB

/// One entry's count and points of one type in one window.
struct Tally: Sendable {
    var count: Int32 = 0
    var lastDay: Int32 = .min
    var hundredths: Int64 = 0
}

/// What writing standings needs from the ledger besides the sums: the members with the fields their lines end with (a
/// member standing lists only the ledger's members, each with its name and unit).
struct StandingPlaces: Sendable {
    /// Each member's place in `memberEnds`.
    let members: [String: Int32]
    /// Each member's fields as its lines end with them (TAB, name, TAB, unit; escaped), one after the other: a
    /// province's hundred thousand members take a few megabytes this way.
    private let memberFields: [UInt8]
    /// Where each member's fields end in `memberFields`.
    private let memberEnds: [Int32]

    init(_ db: Database) throws {
        var members: [String: Int32] = [:]
        members.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0)
        var memberFields: [UInt8] = []
        var memberEnds: [Int32] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, unit FROM member")
        while let row = try rows.next() {
            StandingText.append(field: row[1], to: &memberFields)
            StandingText.append(field: row[2], to: &memberFields)
            members[row[0]] = Int32(memberEnds.count)
            memberEnds.append(Int32(memberFields.count))
        }
        self.members = members
        self.memberFields = memberFields
        self.memberEnds = memberEnds
    }

    /// Appends the fields a member's lines end with (nothing for an id not in the ledger).
    func appendFields(ofMember id: String, to text: inout [UInt8]) {
        guard let place = members[id].map(Int.init) else { return }
        let start = place == 0 ? 0 : Int(memberEnds[place - 1])
        memberFields.withUnsafeBufferPointer { text.append(contentsOf: $0[start ..< Int(memberEnds[place])]) }
    }
}

/// The standings of one window as stored: each board's parts and ranked count, and the members the sums named that
/// the ledger lacks.
struct WindowStandings: Sendable {
    let span: String
    let start: CivilDate
    let orphans: [String]
    let boards: [(board: String, parts: [String], ranked: Int)]
}

/// Standings worked out on one thread and written on another.
final class WorkedStandings: @unchecked Sendable {
    private let lock = NSLock()
    private var standings: [WindowStandings] = []

    func add(_ window: WindowStandings) {
        lock.withLock { standings.append(window) }
    }

    /// The standings added since the last call.
    func take() -> [WindowStandings] {
        lock.withLock {
            defer { standings = [] }
            return standings
        }
    }
}

/// Works out a closed window's standings from its sums, apart from the ledger: sorting the entries and writing the
/// lines' text takes a province's weekly member board of ten thousand lines, which runs beside the counting of the
/// next week's activities.
struct WindowWork: Sendable {
    let span: String
    let start: CivilDate
    /// Sums by owner and type number (owner << 20 | type): members by member; branches by the grassroots unit on
    /// each activity's date; districts by the district-level unit an activity was recorded at.
    let members: [Int64: Tally]
    let branches: [Int64: Tally]
    let districts: [Int64: Tally]
    /// Members' ids and units' codes, by number.
    let owners: [String]
    /// Types' ids, by number.
    let types: [String]
    let places: StandingPlaces

    /// A type's tally in one line.
    struct TypeTally {
        let type: Int32
        let tally: Tally
    }

    /// One line of a standing before it is written.
    struct Line {
        let id: String
        let total: Int64
        let lastDay: Int32
        /// Its tallies, in the order of the types' ids.
        let tallies: ArraySlice<TypeTally>

        init(id: String, tallies: ArraySlice<TypeTally>) {
            self.id = id
            self.tallies = tallies
            total = tallies.reduce(0) { $0 + $1.tally.hundredths }
            lastDay = tallies.reduce(Int32.min) { max($0, $1.tally.lastDay) }
        }
    }

    func standings() -> WindowStandings {
        let order = typeOrder()
        let (memberLines, orphans) = memberLines(order)
        let branchLines = unitLines(branches, order)
        let districtLines = unitLines(districts, order)
        var days: [Int32: String] = [:]
        return WindowStandings(span: span, start: start, orphans: orphans, boards: [
            (BoardKind.members.standing, parts(memberLines, &days) { line, text in places.appendFields(ofMember: line.id, to: &text) },
             memberLines.count(where: { $0.total > 0 })),
            (BoardKind.branches.standing, parts(branchLines, &days) { _, _ in }, branchLines.count(where: { $0.total > 0 })),
            (BoardKind.districts.standing, parts(districtLines, &days) { _, _ in }, districtLines.count(where: { $0.total > 0 })),
        ])
    }

    /// Each type number's place among the types ordered by id.
    private func typeOrder() -> [Int32] {
        var order = [Int32](repeating: 0, count: types.count)
        for (place, type) in types.indices.sorted(by: { types[$0] < types[$1] }).enumerated() { order[type] = Int32(place) }
        return order
    }

    /// The tallies of `sums` grouped by owner number, each owner's in the order of the types' ids.
    private func byOwner(_ sums: [Int64: Tally], _ order: [Int32]) -> [(owner: Int32, tallies: ArraySlice<TypeTally>)] {
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

    /// The member standing: a line per member, by total (highest first), then by id; and the members not in the
    /// ledger, left out.
    private func memberLines(_ order: [Int32]) -> (lines: [Line], orphans: [String]) {
        var lines: [Line] = []
        var orphans: [String] = []
        for (number, tallies) in byOwner(members, order) {
            let owner = owners[Int(number)]
            guard places.members[owner] != nil else {
                orphans.append(owner)
                continue
            }
            lines.append(Line(id: owner, tallies: tallies))
        }
        lines.sort { $0.total != $1.total ? $0.total > $1.total : $0.id < $1.id }
        return (lines, orphans)
    }

    /// A unit standing: a line per unit with a scoring activity, by code.
    private func unitLines(_ sums: [Int64: Tally], _ order: [Int32]) -> [Line] {
        byOwner(sums, order).map { Line(id: owners[Int($0.owner)], tallies: $0.tallies) }.sorted { $0.id < $1.id }
    }
}
