import ChungtayCore
import Foundation

/// The stretch of days a board covers (outputs.md, Periods): an ISO week, a calendar month, quarter or year,
/// or a custom range of days, both ends included.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    /// What kind of period it is; movement compares with the period before of the same kind.
    public enum Kind: String, Sendable, Hashable {
        case week, month, quarter, year, range
    }

    public let kind: Kind
    /// The first day, included.
    public let from: CivilDate
    /// The last day, included.
    public let to: CivilDate

    private init(kind: Kind, from: CivilDate, to: CivilDate) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// The ISO week (Monday to Sunday) holding `date`: the default period of every board.
    public static func week(containing date: CivilDate) -> Period {
        let monday = PeriodKind.week.windowStart(of: date)
        return Period(kind: .week, from: monday, to: monday.adding(days: 6))
    }

    /// The calendar month holding `date`.
    public static func month(containing date: CivilDate) -> Period {
        calendar(.month, containing: date)
    }

    /// The calendar quarter holding `date`.
    public static func quarter(containing date: CivilDate) -> Period {
        calendar(.quarter, containing: date)
    }

    /// The calendar year holding `date`.
    public static func year(containing date: CivilDate) -> Period {
        calendar(.year, containing: date)
    }

    /// The days `from` through `to`; nil when `from` is after `to`.
    public static func range(from: CivilDate, to: CivilDate) -> Period? {
        from <= to ? Period(kind: .range, from: from, to: to) : nil
    }

    private static func calendar(_ window: PeriodKind, containing date: CivilDate) -> Period {
        let start = window.windowStart(of: date)
        let kind: Kind = window == .month ? .month : window == .quarter ? .quarter : .year
        return Period(kind: kind, from: start, to: window.windowEnd(startingOn: start))
    }

    /// The period of the same kind just before this one; nil for a custom range, which has no movement.
    public var previous: Period? {
        let dayBefore = from.adding(days: -1)
        // A period starting on 0001-01-01 has nothing representable before it.
        guard dayBefore.year >= 1 else { return nil }
        switch kind {
        case .week: return .week(containing: dayBefore)
        case .month: return .month(containing: dayBefore)
        case .quarter: return .quarter(containing: dayBefore)
        case .year: return .year(containing: dayBefore)
        case .range: return nil
        }
    }

    /// `2026-W48`, `2026-11`, `2026-Q4`, `2026` or `2026-11-01..2026-11-15`.
    public var label: String {
        let (year, month, _) = from.components
        switch kind {
        case .week:
            let (weekYear, week) = from.isoWeek
            return Self.digits(weekYear, 4) + "-W" + Self.digits(week, 2)
        case .month: return Self.digits(year, 4) + "-" + Self.digits(month, 2)
        case .quarter: return Self.digits(year, 4) + "-Q\((month - 1) / 3 + 1)"
        case .year: return Self.digits(year, 4)
        case .range: return "\(from)..\(to)"
        }
    }

    public var description: String { label }

    /// Whether `date` is one of the period's days.
    public func contains(_ date: CivilDate) -> Bool {
        from <= date && date <= to
    }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Period {
    /// Parses `--period` (or `--week`, named by `option` in messages): `YYYY-Www`, `YYYY-MM`, `YYYY-Qn`, `YYYY` or
    /// `YYYY-MM-DD..YYYY-MM-DD`, or the same written as a Vietnamese office writes it (``contractForm(of:)``). The
    /// letters `W` and `Q` may be written in lower case; the label is always the contract's form, in upper case. A
    /// text that is no form is refused with a close period where there is one.
    public init(parsing text: String, option: String = "--period") throws(RankingError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // The contract's forms first: every command parses a period, and the office's forms need regular expressions,
        // whose first use costs a command a millisecond. A text in the contract's form reads the same either way.
        if let period = try? Self(contractForm: trimmed, as: text, option: option) {
            self = period
            return
        }
        do {
            try self.init(contractForm: Self.contractForm(of: trimmed) ?? trimmed, as: text, option: option)
        } catch .malformedPeriod(let value, let option, _) {
            throw .malformedPeriod(value, option: option, suggestion: Self.suggestion(for: trimmed))
        }
    }

    /// Parses the contract's forms only; errors name `value`, as the user wrote it.
    init(contractForm text: String, as value: String, option: String) throws(RankingError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var result = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

        if let separator = text.range(of: "..") {
            guard let from = CivilDate(iso: text[..<separator.lowerBound]), let to = CivilDate(iso: text[separator.upperBound...]) else {
                throw .malformedPeriod(value, option: option)
            }
            guard let range = Period.range(from: from, to: to) else { throw .reversedRange(value, option: option) }
            self = range
            return
        }
        // Year 9999's last week may run into a year no date can hold.
        guard bytes.count >= 4, let year = number(0 ..< 4), (1 ... 9998).contains(year) else { throw .malformedPeriod(value, option: option) }
        let yearStart = CivilDate(year: year, month: 1, day: 1)!
        if bytes.count == 4 {
            self = .year(containing: yearStart)
            return
        }
        guard byte(4) == UInt8(ascii: "-") else { throw .malformedPeriod(value, option: option) }
        switch byte(5) {
        case UInt8(ascii: "W"), UInt8(ascii: "w"):
            guard bytes.count == 8, let week = number(6 ..< 8) else { throw .malformedPeriod(value, option: option) }
            guard (1 ... 53).contains(week) else { throw .noSuchWeek(value, option: option) }
            // Week 1 is the week holding 4 January; a year has 52 weeks, or 53 when its last week holds a Thursday.
            let january4 = CivilDate(year: year, month: 1, day: 4)!
            let monday = PeriodKind.week.windowStart(of: january4).adding(days: 7 * (week - 1))
            guard monday.isoWeek == (year, week) else { throw .noSuchWeek(value, option: option) }
            self = .week(containing: monday)
        case UInt8(ascii: "Q"), UInt8(ascii: "q"):
            guard bytes.count == 7, let quarter = number(6 ..< 7), (1 ... 4).contains(quarter) else { throw .malformedPeriod(value, option: option) }
            self = .quarter(containing: CivilDate(year: year, month: quarter * 3 - 2, day: 1)!)
        default:
            guard bytes.count == 7, let month = number(5 ..< 7), (1 ... 12).contains(month) else { throw .malformedPeriod(value, option: option) }
            self = .month(containing: CivilDate(year: year, month: month, day: 1)!)
        }
    }
}
