/// A calendar date in Asia/Ho_Chi_Minh, as the contract counts days: no time, no time zone arithmetic.
///
/// Stored as the number of days since 1970-01-01, so that comparing, sorting and finding the ISO week
/// are integer operations.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let dayNumber: Int32

    public init(dayNumber: Int32) {
        self.dayNumber = dayNumber
    }

    /// The date, or nil when it does not exist (31/02/2026).
    public init?(year: Int, month: Int, day: Int) {
        guard (1 ... 9999).contains(year), (1 ... 12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.dayNumber = Int32(era * 146_097 + dayOfEra - 719_468)
    }

    /// Parses the strict ISO form `YYYY-MM-DD` (zero-padded), as rules files, options and the ledger use. Inlinable,
    /// so that it is specialized where it is called (the ledger reads thousands of dates a board).
    @inlinable
    public init?(iso text: some StringProtocol) {
        guard let key = CivilDate.sortKey(iso: text.utf8) else { return nil }
        self.init(year: Int(key / 10000), month: Int(key / 100 % 100), day: Int(key % 100))
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = Int(dayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        Int(((Int64(dayNumber) % 7 + 7 + 3) % 7) + 1)
    }

    /// The ISO 8601 week-year and week number: 2025-12-29 is in 2026-W01.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let weekYear = thursday.year
        let firstOfYear = CivilDate(year: weekYear, month: 1, day: 1)!
        return (weekYear, Int(thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + Int32(days))
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) + "-" + CivilDate.pad(day, 2)
    }

    /// `dd/mm/yyyy`, as Vietnamese readers write dates.
    public var vietnamese: String {
        let (year, month, day) = components
        return CivilDate.pad(day, 2) + "/" + CivilDate.pad(month, 2) + "/" + String(year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
