/// The calendar periods that caps, targets and boards count in.
public enum PeriodKind: String, Sendable, Hashable, CaseIterable, Codable {
    case day, week, month, quarter, year

    /// The first day of the period of this kind that holds `date`; two dates share a window exactly
    /// when their window starts are equal. Weeks are ISO weeks (Monday to Sunday).
    public func windowStart(of date: CivilDate) -> CivilDate {
        switch self {
        case .day:
            return date
        case .week:
            return date.adding(days: 1 - date.isoWeekday)
        case .month:
            let (year, month, _) = date.components
            return CivilDate(year: year, month: month, day: 1)!
        case .quarter:
            let (year, month, _) = date.components
            return CivilDate(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)!
        case .year:
            return CivilDate(year: date.year, month: 1, day: 1)!
        }
    }

    /// The last day of the window that starts on `start`.
    public func windowEnd(startingOn start: CivilDate) -> CivilDate {
        switch self {
        case .day: return start
        case .week: return start.adding(days: 6)
        case .month, .quarter, .year:
            let (year, month, _) = start.components
            let lastMonth = self == .month ? month : self == .quarter ? month + 2 : 12
            return CivilDate(year: year, month: lastMonth, day: CivilDate.daysIn(month: lastMonth, year: year))!
        }
    }
}
