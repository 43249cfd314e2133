import ChungtayCore
import ChungtayRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one board entry earned in a period, as ranking needs it: the total, the last day with points above 0,
/// and the count and points per activity type (and per target, as `target:ID`).
struct EntrySums {
    var total: Int64 = 0
    /// ISO date of the last scoring activity with points above 0 (`earliest`); bonuses do not count.
    var lastDay: String?
    /// One per key, in no particular order.
    var tallies: [TypeTally] = []

    /// Adds one tally, merging it with the entry's tally of the same key.
    mutating func add(_ key: String, count: Int, hundredths: Int64) {
        total += hundredths
        if let index = tallies.firstIndex(where: { $0.key == key }) {
            let held = tallies[index]
            tallies[index] = TypeTally(key: key, count: held.count + count, points: Points(hundredths: held.points.hundredths + hundredths))
        } else {
            tallies.append(TypeTally(key: key, count: count, points: Points(hundredths: hundredths)))
        }
    }

    /// Adds one scoring activity of a type, dated `day` (ISO); only points above 0 make it the last day.
    mutating func add(_ type: String, hundredths: Int64, on day: String) {
        add(type, count: 1, hundredths: hundredths)
        if hundredths > 0, lastDay.map({ $0 < day }) ?? true { lastDay = day }
    }

    /// Merges the sums of another unit or window into these.
    mutating func add(_ other: EntrySums) {
        if let day = other.lastDay, lastDay.map({ $0 < day }) ?? true { lastDay = day }
        for tally in other.tallies { add(tally.key, count: tally.count, hundredths: tally.points.hundredths) }
    }

    /// The value of a `count:` or `points:` tie-break key; 0 without a tally of that type, and for `earliest`.
    func value(of key: RankingSettings.TieBreak) -> Int64 {
        switch key {
        case let .count(type): return Int64(tallies.first { $0.key == type }?.count ?? 0)
        case let .points(type): return tallies.first { $0.key == type }?.points.hundredths ?? 0
        case .earliest: return 0
        }
    }

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

/// One line of a stored standing, its fields parsed on demand while its part is at hand.
struct StandingLineView {
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    /// The part's types, by index.
    fileprivate let types: [String]
    fileprivate let start: Int, tab1: Int, tab2: Int, tab3: Int, tab4: Int, end: Int
    let total: Int64

    var id: String { StandingLines.unescaped(bytes[start ..< tab1]) }

    /// Whether the line is the entry of this id, written as lines write it (``StandingLines/written(_:)``).
    func isEntry(_ written: [UInt8]) -> Bool {
        tab1 - start == written.count && bytes[start ..< tab1].elementsEqual(written)
    }

    /// The last day with points above 0.
    var lastDay: String? { tab3 > tab2 + 1 ? String(decoding: bytes[tab2 + 1 ..< tab3], as: UTF8.self) : nil }

    /// The last day with points above 0 as ``RankRows/day(_:)`` numbers it.
    var day: Int64? { tab3 > tab2 + 1 ? RankRows.day(bytes[tab2 + 1 ..< tab3]) : nil }

    private var talliesEnd: Int { tab4 >= 0 ? tab4 : end }

    /// Each tally: type index, count, hundredths.
    private func forEachTally(_ body: (Int, Int64, Int64) -> Void) {
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
            if colon2 >= 0, let type = EntrySums.integer(bytes[item ..< colon1]), type >= 0, type < types.count,
               let count = EntrySums.integer(bytes[colon1 + 1 ..< colon2]), let hundredths = EntrySums.integer(bytes[colon2 + 1 ..< itemEnd]) {
                body(Int(type), count, hundredths)
            }
            item = itemEnd + 1
        }
    }

    /// The total, last day and tallies.
    var sums: EntrySums {
        var sums = EntrySums()
        sums.lastDay = lastDay
        forEachTally { type, count, hundredths in sums.add(types[type], count: Int(count), hundredths: hundredths) }
        return sums
    }

    /// The value of a `count:` or `points:` tie-break key; 0 without a tally of that type, and for `earliest`.
    func value(of key: RankingSettings.TieBreak) -> Int64 {
        let name: String
        let counts: Bool
        switch key {
        case let .count(type): (name, counts) = (type, true)
        case let .points(type): (name, counts) = (type, false)
        case .earliest: return 0
        }
        guard let wanted = types.firstIndex(of: name) else { return 0 }
        var value: Int64 = 0
        forEachTally { type, count, hundredths in if type == wanted { value = counts ? count : hundredths } }
        return value
    }

    /// A member line as a board entry, without its rank: its tallies (in the order of their types' ids, as the
    /// entry keeps them), and the member's name, grassroots unit, district-level unit and sector from its fields.
    var memberEntry: BoardEntry {
        var name = "", unit: String?, district: String?, sector: Sector?
        forEachField { number, text in
            guard !text.isEmpty else { return }
            switch number {
            case 0: name = StandingLines.unescaped(text)
            case 1: unit = StandingLines.unescaped(text)
            case 2: district = StandingLines.unescaped(text)
            case 3: sector = Sector(rawValue: String(decoding: text, as: UTF8.self))
            default: break
            }
        }
        var tallies: [TypeTally] = []
        forEachTally { type, count, hundredths in
            tallies.append(TypeTally(key: types[type], count: Int(count), points: Points(hundredths: hundredths)))
        }
        return BoardEntry(rank: nil, id: id, name: name, unit: unit, district: district, sector: sector,
                          score: Points(hundredths: total), total: Points(hundredths: total), members: nil, tallies: tallies,
                          lastActive: day.flatMap { CivilDate(year: Int($0 / 10000), month: Int($0 / 100 % 100), day: Int($0 % 100)) })
    }

    /// The text fields after the tallies.
    var fields: [String] {
        var fields: [String] = []
        forEachField { _, text in fields.append(StandingLines.unescaped(text)) }
        return fields
    }

    /// Each text field after the tallies, numbered from 0, as written (escaped).
    private func forEachField(_ body: (Int, Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        guard tab4 >= 0 else { return }
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

    /// The last text field read as a whole number (a unit's divisor); 0 when there is none.
    var lastNumber: Int {
        guard tab4 >= 0 else { return 0 }
        var field = end
        while field > tab4 + 1, bytes[field - 1] != UInt8(ascii: "\t") { field -= 1 }
        return Int(EntrySums.integer(bytes[field ..< end]) ?? 0)
    }
}

/// A stored standing (docs/ranking.md, Standings), read part by part as far as a reader needs: each part starts
/// with `# TAB type…`, then has a line per entry, `id TAB total TAB last day TAB tallies [TAB field…]`, the tallies
/// written `type index:count:hundredths,…`; member lines by total, highest first.
struct StandingLines {
    /// The text of a part, by number from 0; nil past the last.
    let part: (Int) throws -> String?

    /// Visits the lines, in order, while `more` holds for their totals.
    /// - Complexity: O(n) in the bytes of the parts read.
    func scan(while more: (_ total: Int64) -> Bool = { _ in true }, _ visit: (StandingLineView) throws -> Void) throws {
        var number = 0
        while var text = try part(number) {
            let stopped = try text.withUTF8 { try Self.scan($0, while: more, visit) }
            if stopped { break }
            number += 1
        }
    }

    /// Scans one part; true when `more` stopped the reading.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, while more: (Int64) -> Bool,
                             _ visit: (StandingLineView) throws -> Void) throws -> Bool {
        var types: [String] = []
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
            if end > start, bytes[start] == UInt8(ascii: "#") {
                types = bytes[start ..< end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).dropFirst()
                    .map { String(decoding: $0, as: UTF8.self) }
                continue
            }
            guard tab3 >= 0, let total = EntrySums.integer(bytes[tab1 + 1 ..< tab2]) else { continue }
            guard more(total) else { return true }
            try visit(StandingLineView(bytes: bytes, types: types, start: start, tab1: tab1, tab2: tab2, tab3: tab3, tab4: tab4,
                                       end: end, total: total))
        }
        return false
    }

    /// An id as lines write it, with `\\`, TAB, LF and CR escaped.
    static func written(_ id: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
        return bytes
    }

    /// A text field, its `\\\\`, `\\t`, `\\n` and `\\r` read back.
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
}
