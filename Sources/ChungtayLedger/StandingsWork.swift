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
/// member standing lists only the ledger's members, each named and placed) and the units a branch or district standing
/// lists, with their fields.
struct StandingPlaces: Sendable {
    /// Each member's place in `memberEnds`.
    let members: [String: Int32]
    /// Each member's fields as its lines end with them (TAB, name, TAB, grassroots unit, TAB, district-level unit, TAB,
    /// sector; escaped), one after the other: a province's hundred thousand members take a few megabytes this way.
    private let memberFields: [UInt8]
    /// Where each member's fields end in `memberFields`.
    private let memberEnds: [Int32]
    let organisation: Organisation
    /// The grassroots units by code, each with its name, district, sector and divisor.
    let branches: [(code: String, fields: [String])]
    /// The district-level units by code, each with its name and divisor.
    let districts: [(code: String, fields: [String])]

    init(_ db: Database) throws {
        let organisation = try Organisation(db)
        self.organisation = organisation
        var members: [String: Int32] = [:]
        members.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0)
        var memberFields: [UInt8] = []
        var memberEnds: [Int32] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, unit FROM member")
        while let row = try rows.next() {
            let unit: String = row[2]
            let grassroots = organisation.grassroots[unit]
            for field in [row[1], grassroots ?? "", organisation.districts[unit] ?? "", organisation.sector(ofGrassroots: grassroots) ?? ""] {
                StandingText.append(field: field, to: &memberFields)
            }
            members[row[0]] = Int32(memberEnds.count)
            memberEnds.append(Int32(memberFields.count))
        }
        self.members = members
        self.memberFields = memberFields
        self.memberEnds = memberEnds
        branches = organisation.grassrootsUnits.map { unit in
            (unit.code, [unit.name, organisation.districts[unit.code] ?? "", unit.sector ?? "", String(unit.members ?? 0)])
        }
        districts = organisation.districtUnits.map { unit, divisor in (unit.code, [unit.name, String(divisor)]) }
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
    /// Sums by owner and type number (owner << 20 | type).
    let members: [Int64: Tally]
    let units: [Int64: Tally]
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
        /// A unit's name, place and divisor.
        var fields: [String] = []

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
        let (branchLines, districtLines) = unitLines(order)
        var days: [Int32: String] = [:]
        return WindowStandings(span: span, start: start, orphans: orphans, boards: [
            (BoardKind.members.standing, parts(memberLines, &days) { line, text in places.appendFields(ofMember: line.id, to: &text) },
             memberLines.count(where: { $0.total > 0 })),
            (BoardKind.branches.standing, parts(branchLines, &days, fields: StandingText.append(fieldsOf:to:)), branchLines.count(where: { $0.total > 0 })),
            (BoardKind.districts.standing, parts(districtLines, &days, fields: StandingText.append(fieldsOf:to:)), districtLines.count(where: { $0.total > 0 })),
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

    /// The branch and district standings: a line per grassroots unit, with its name, district, sector and divisor,
    /// and per district-level unit, with its name and divisor; by code.
    private func unitLines(_ order: [Int32]) -> (branches: [Line], districts: [Line]) {
        let organisation = places.organisation
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
        for (number, tallies) in byOwner(units, order) {
            let unit = owners[Int(number)]
            if let grassroots = organisation.grassroots[unit] { merge(tallies, into: &branches[grassroots, default: [:]]) }
            if let district = organisation.districts[unit] { merge(tallies, into: &districts[district, default: [:]]) }
        }
        func line(_ unit: (code: String, fields: [String]), _ byType: [Int32: Tally]?) -> Line {
            let tallies = (byType ?? [:]).map { TypeTally(type: $0.key, tally: $0.value) }.sorted { order[Int($0.type)] < order[Int($1.type)] }
            var line = Line(id: unit.code, tallies: ArraySlice(tallies))
            line.fields = unit.fields
            return line
        }
        return (places.branches.map { line($0, branches[$0.code]) }, places.districts.map { line($0, districts[$0.code]) })
    }
}
