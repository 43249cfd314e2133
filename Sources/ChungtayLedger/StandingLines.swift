import ChungtayCore
import ChungtayRules
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a stored standing (docs/ranking.md, Standings), written, read and escaped in this file alone.
///
/// A standing is stored in parts of ``partSize`` lines. A part's first line names its types, `# TAB type…` by id;
/// then a line per entry: `id TAB total TAB last day TAB tallies [TAB field…]`, the tallies
/// `type index:count:hundredths,…`. Member lines end with the member's name and unit (a board places the unit on its
/// structure date); branch lines (by the grassroots unit on each activity's date) and district lines (by the
/// district-level unit an activity was recorded at) have no fields. The id and the fields are escaped: `\\`, TAB, LF and CR as `\\\\`, `\\t`, `\\n` and `\\r`.
enum StandingText {
    /// Lines per stored part: the top of a member board is read without the rest.
    static let partSize = 1000

    /// A text field or an id as lines write it.
    static func escaped(_ text: String) -> String {
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

    /// A written field, its escapes read back.
    static func unescaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var plain: [UInt8] = []
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): plain.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): plain.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): plain.append(UInt8(ascii: "\r"))
                default: plain.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                plain.append(byte)
            }
        }
        return String(decoding: plain, as: UTF8.self)
    }

    /// Appends a TAB and the escaped field.
    static func append(field: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(contentsOf: escaped(field).utf8)
    }


    /// Appends a number's decimal digits.
    static func append(number: Int64, to bytes: inout [UInt8]) {
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

    /// A written whole number; nil for anything else.
    static func integer(_ bytes: some Collection<UInt8>) -> Int64? {
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-"), digits == 0, !negative {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? (negative ? -value : value) : nil
    }
}

extension BoardKind {
    /// The board's name in the `standing` table.
    var standing: String {
        switch self {
        case .members: return "member"
        case .branches: return "branch"
        case .districts: return "district"
        }
    }
}

extension WindowWork {
    /// A standing's text, in parts of ``partSize`` lines. A part's first line names its types, `# TAB type…` by id;
    /// then a line per entry: `id TAB total TAB last day TAB tallies [TAB field…]`, the tallies
    /// `type index:count:hundredths,…`, then the fields `fields` appends for the line (each after a TAB).
    func parts(_ lines: [Line], _ days: inout [Int32: String], fields: (Line, inout [UInt8]) -> Void) -> [String] {
        var parts: [String] = []
        // Each type number's index among the part's types, -1 when the part has none of it.
        var index = [Int](repeating: -1, count: types.count)
        var text: [UInt8] = []
        for first in stride(from: 0, to: lines.count, by: StandingText.partSize) {
            let part = lines[first ..< min(first + StandingText.partSize, lines.count)]
            for line in part { for typeTally in line.tallies { index[Int(typeTally.type)] = 0 } }
            let used = types.indices.filter { index[$0] == 0 }.sorted { types[$0] < types[$1] }
            for (position, type) in used.enumerated() { index[type] = position }
            text.removeAll(keepingCapacity: true)
            text.append(UInt8(ascii: "#"))
            for type in used {
                text.append(UInt8(ascii: "\t"))
                text.append(contentsOf: types[type].utf8)
            }
            for line in part {
                text.append(UInt8(ascii: "\n"))
                text.append(contentsOf: StandingText.escaped(line.id).utf8)
                text.append(UInt8(ascii: "\t"))
                StandingText.append(number: line.total, to: &text)
                text.append(UInt8(ascii: "\t"))
                if line.lastDay != .min {
                    if days[line.lastDay] == nil { days[line.lastDay] = CivilDate(dayNumber: line.lastDay).description }
                    text.append(contentsOf: days[line.lastDay]!.utf8)
                }
                text.append(UInt8(ascii: "\t"))
                for (position, typeTally) in line.tallies.enumerated() {
                    if position > 0 { text.append(UInt8(ascii: ",")) }
                    StandingText.append(number: Int64(index[Int(typeTally.type)]), to: &text)
                    text.append(UInt8(ascii: ":"))
                    StandingText.append(number: Int64(typeTally.tally.count), to: &text)
                    text.append(UInt8(ascii: ":"))
                    StandingText.append(number: typeTally.tally.hundredths, to: &text)
                }
                fields(line, &text)
            }
            parts.append(String(decoding: text, as: UTF8.self))
            for type in used { index[type] = -1 }
        }
        return parts
    }
}

/// One board's standing for one window as the ledger stores it: the sums of each entry, a cache of the scoring
/// activities that the rescore keeps (``areCurrent(_:)`` says whether it may be trusted). Read part by part, as far
/// as a reader needs; member lines come by total, highest first, unit lines by code.
public struct StoredStanding {
    /// How many entries have a total above 0.
    public let ranked: Int
    /// A part, by number from 0; nil past the last.
    private let part: (Int) throws -> StandingPart?

    private init(ranked: Int, part: @escaping (Int) throws -> StandingPart?) {
        self.ranked = ranked
        self.part = part
    }

    /// A standing without lines: a member standing that is not stored has no member activity in its window.
    public static var empty: StoredStanding { StoredStanding(ranked: 0, part: { _ in nil }) }

    /// The windows the ledger keeps standings for: ISO weeks and calendar years.
    public static var spans: [PeriodKind] { StandingsBuilder.spans }

    /// The stored standing of a board for the window of kind `span` starting on `start`; nil when none is stored.
    public init?(_ board: BoardKind, span: PeriodKind, start: CivilDate, _ db: Database) throws {
        let key: StatementArguments = [board.standing, span.rawValue, start.description]
        guard let first = try Row.fetchOne(db, sql: "SELECT ranked, entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = 0",
                                           arguments: key) else { return nil }
        let statement = try db.cachedStatement(sql: "SELECT entries FROM standing WHERE board = ? AND span = ? AND start = ? AND part = ?")
        // Each part is fetched once, however often the lines are read.
        let parts = PartCache(first: StandingPart(first[1]))
        self.init(ranked: first[0], part: { number in
            while parts.parts.count <= number, !parts.ended {
                if let text = try String.fetchOne(statement, arguments: key + [parts.parts.count]) {
                    parts.parts.append(StandingPart(text))
                } else {
                    parts.ended = true
                }
            }
            return number < parts.parts.count ? parts.parts[number] : nil
        })
    }

    /// The parts of a standing fetched so far.
    private final class PartCache {
        var parts: [StandingPart]
        var ended = false
        init(first: StandingPart) { parts = [first] }
    }

    /// Whether the standings sum the activities as they are stored now: no day marked, no activity added and no member
    /// that activities named come into the ledger since they were written. (CROSS JOIN keeps the few orphans the outer
    /// loop: without statistics, SQLite would walk the member table for them.)
    public static func areCurrent(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM standing_dirty)
               AND NOT EXISTS (SELECT 1 FROM standing_orphan CROSS JOIN member ON member.id = standing_orphan.member)
               AND (SELECT coalesce(max(seq), 0) FROM activity) = (SELECT activity_seq FROM standing_state)
            """) == true
    }

    /// Visits the lines, in order, while `more` holds for their totals.
    /// - Complexity: O(n) in the bytes of the parts read.
    public func scan(while more: (_ total: Int64) -> Bool = { _ in true }, _ visit: (StandingLine) throws -> Void) throws {
        var number = 0
        while let part = try part(number) {
            if try part.scan(while: more, visit) { break }
            number += 1
        }
    }

    /// Visits the line of a member id or unit code, if the standing has one.
    public func visit(_ id: String, _ body: (StandingLine) throws -> Void) throws {
        let written = Array(StandingText.escaped(id).utf8)
        try scan { line in if line.isEntry(written) { try body(line) } }
    }
}

/// One part of a standing's text, with the types its first line names.
final class StandingPart {
    fileprivate let bytes: [UInt8]
    /// The part's types, by index, from its first line.
    fileprivate let types: [String]

    init(_ text: String) {
        bytes = Array(text.utf8)
        let header = bytes.prefix { $0 != UInt8(ascii: "\n") }
        types = header.first == UInt8(ascii: "#")
            ? header.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).dropFirst().map { String(decoding: $0, as: UTF8.self) }
            : []
    }

    /// Visits the lines; true when `more` stopped the reading.
    fileprivate func scan(while more: (Int64) -> Bool, _ visit: (StandingLine) throws -> Void) throws -> Bool {
        try bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                // The first four tabs and the end of the line.
                var tab1 = -1, tab2 = -1, tab3 = -1, tab4 = -1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                    if bytes[end] == UInt8(ascii: "\t") {
                        if tab1 < 0 { tab1 = end } else if tab2 < 0 { tab2 = end } else if tab3 < 0 { tab3 = end } else {
                            tab4 = end
                            // The text fields after the fourth tab: only the line's end is looked for.
                            let base = bytes.baseAddress!
                            if let found = memchr(base + end, 0x0A, bytes.count - end) {
                                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                            } else {
                                end = bytes.count
                            }
                            break
                        }
                    }
                    end += 1
                }
                defer { start = end + 1 }
                if end > start, bytes[start] == UInt8(ascii: "#") { continue }
                guard tab3 >= 0, let total = StandingText.integer(bytes[tab1 + 1 ..< tab2]) else { continue }
                guard more(total) else { return true }
                try visit(StandingLine(part: self, start: start, tab1: tab1, tab2: tab2, tab3: tab3, tab4: tab4, end: end, total: total))
            }
            return false
        }
    }
}

/// One line of a stored standing: an entry's sums, and for a member or a unit its name and place. Its fields are read
/// on demand.
public struct StandingLine {
    private let part: StandingPart
    private let start: Int, tab1: Int, tab2: Int, tab3: Int, tab4: Int, end: Int
    /// The total in hundredths, without target bonuses.
    public let total: Int64

    fileprivate init(part: StandingPart, start: Int, tab1: Int, tab2: Int, tab3: Int, tab4: Int, end: Int, total: Int64) {
        self.part = part
        self.start = start
        self.tab1 = tab1
        self.tab2 = tab2
        self.tab3 = tab3
        self.tab4 = tab4
        self.end = end
        self.total = total
    }

    private func reading<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        part.bytes.withUnsafeBufferPointer(body)
    }

    /// The member id or unit code.
    public var id: String { reading { StandingText.unescaped($0[start ..< tab1]) } }

    /// Whether the line is the entry of this id, written as lines write it.
    fileprivate func isEntry(_ written: [UInt8]) -> Bool {
        tab1 - start == written.count && reading { $0[start ..< tab1].elementsEqual(written) }
    }

    /// The last day with points above 0.
    public var lastDay: String? { tab3 > tab2 + 1 ? reading { String(decoding: $0[tab2 + 1 ..< tab3], as: UTF8.self) } : nil }

    /// The last day with points above 0 as ``CivilDate/sortKey(iso:)`` numbers it.
    public var day: Int64? { tab3 > tab2 + 1 ? reading { CivilDate.sortKey(iso: $0[tab2 + 1 ..< tab3]) } : nil }

    private var talliesEnd: Int { tab4 >= 0 ? tab4 : end }

    /// Each tally: type index, count, hundredths.
    private func forEachTallyIndex(_ body: (Int, Int64, Int64) -> Void) {
        reading { bytes in
            var item = tab3 + 1
            while item < talliesEnd {
                var itemEnd = item
                var colon1 = -1, colon2 = -1
                while itemEnd < talliesEnd, bytes[itemEnd] != UInt8(ascii: ",") {
                    if bytes[itemEnd] == UInt8(ascii: ":") {
                        if colon1 < 0 { colon1 = itemEnd } else if colon2 < 0 { colon2 = itemEnd }
                    }
                    itemEnd += 1
                }
                if colon2 >= 0, let type = StandingText.integer(bytes[item ..< colon1]), type >= 0, type < part.types.count,
                   let count = StandingText.integer(bytes[colon1 + 1 ..< colon2]),
                   let hundredths = StandingText.integer(bytes[colon2 + 1 ..< itemEnd]) {
                    body(Int(type), count, hundredths)
                }
                item = itemEnd + 1
            }
        }
    }

    /// Each activity type's count and points, in the order of the types' ids.
    public func forEachTally(_ body: (_ type: String, _ count: Int, _ hundredths: Int64) -> Void) {
        let types = part.types
        forEachTallyIndex { type, count, hundredths in body(types[type], Int(count), hundredths) }
    }

    /// The value of a `count:` or `points:` tie-break key; 0 without a tally of that type, and for `earliest`.
    public func value(of key: RankingSettings.TieBreak) -> Int64 {
        let name: String
        let counts: Bool
        switch key {
        case let .count(type): (name, counts) = (type, true)
        case let .points(type): (name, counts) = (type, false)
        case .earliest: return 0
        }
        guard let wanted = part.types.firstIndex(of: name) else { return 0 }
        var value: Int64 = 0
        forEachTallyIndex { type, count, hundredths in if type == wanted { value = counts ? count : hundredths } }
        return value
    }

    /// A member line's member: name and unit.
    public var member: (name: String, unit: String) {
        var member = (name: "", unit: "")
        forEachField { number, text in
            switch number {
            case 0: member.name = StandingText.unescaped(text)
            case 1: member.unit = StandingText.unescaped(text)
            default: break
            }
        }
        return member
    }

    /// Each text field after the tallies, numbered from 0, as written (escaped).
    private func forEachField(_ body: (Int, Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        guard tab4 >= 0 else { return }
        reading { bytes in
            var field = tab4 + 1
            var number = 0
            while field <= end {
                var fieldEnd = field
                while fieldEnd < end, bytes[fieldEnd] != UInt8(ascii: "\t") { fieldEnd += 1 }
                body(number, bytes[field ..< fieldEnd])
                number += 1
                field = fieldEnd + 1
            }
        }
    }
}
