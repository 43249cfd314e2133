import ChungtayCore
import Foundation
import Testing

private func d(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CivilDate {
    guard let value = CivilDate(iso: text) else {
        Issue.record("bad test date \(text)", sourceLocation: sourceLocation)
        return CivilDate(dayNumber: 0)
    }
    return value
}

@Suite("PeriodKind")
struct PeriodKindTests {
    @Test("raw values and order of cases")
    func rawValues() {
        #expect(PeriodKind.allCases.map(\.rawValue) == ["day", "week", "month", "quarter", "year"])
        #expect(PeriodKind(rawValue: "quarter") == .quarter)
        #expect(PeriodKind(rawValue: "Week") == nil)
        #expect(PeriodKind(rawValue: "") == nil)
    }

    @Test("Codable uses the raw value")
    func codable() throws {
        let data = try JSONEncoder().encode([PeriodKind.week, .year])
        #expect(String(decoding: data, as: UTF8.self) == #"["week","year"]"#)
        #expect(try JSONDecoder().decode([PeriodKind].self, from: Data(#"["day","month","quarter"]"#.utf8)) == [.day, .month, .quarter])
        #expect(throws: (any Error).self) { _ = try JSONDecoder().decode([PeriodKind].self, from: Data(#"["fortnight"]"#.utf8)) }
    }

    @Test("windows of each kind", arguments: [
        // kind, date, start, end
        (PeriodKind.day, "2026-08-15", "2026-08-15", "2026-08-15"),
        (.day, "2024-02-29", "2024-02-29", "2024-02-29"),
        (.week, "2026-01-01", "2025-12-29", "2026-01-04"),
        (.week, "2025-12-29", "2025-12-29", "2026-01-04"),
        (.week, "2026-01-04", "2025-12-29", "2026-01-04"),
        (.week, "2026-01-05", "2026-01-05", "2026-01-11"),
        (.week, "2026-11-29", "2026-11-23", "2026-11-29"),
        (.week, "2026-11-23", "2026-11-23", "2026-11-29"),
        (.week, "2024-02-29", "2024-02-26", "2024-03-03"),
        (.week, "1970-01-01", "1969-12-29", "1970-01-04"),
        (.month, "2026-08-15", "2026-08-01", "2026-08-31"),
        (.month, "2026-08-01", "2026-08-01", "2026-08-31"),
        (.month, "2026-08-31", "2026-08-01", "2026-08-31"),
        (.month, "2024-02-10", "2024-02-01", "2024-02-29"),
        (.month, "2000-02-29", "2000-02-01", "2000-02-29"),
        (.month, "2026-02-28", "2026-02-01", "2026-02-28"),
        (.month, "1900-02-14", "1900-02-01", "1900-02-28"),
        (.month, "2026-04-30", "2026-04-01", "2026-04-30"),
        (.month, "2026-12-31", "2026-12-01", "2026-12-31"),
        (.quarter, "2026-01-01", "2026-01-01", "2026-03-31"),
        (.quarter, "2026-03-31", "2026-01-01", "2026-03-31"),
        (.quarter, "2026-04-01", "2026-04-01", "2026-06-30"),
        (.quarter, "2026-06-30", "2026-04-01", "2026-06-30"),
        (.quarter, "2026-07-01", "2026-07-01", "2026-09-30"),
        (.quarter, "2026-08-15", "2026-07-01", "2026-09-30"),
        (.quarter, "2026-09-30", "2026-07-01", "2026-09-30"),
        (.quarter, "2026-10-01", "2026-10-01", "2026-12-31"),
        (.quarter, "2026-12-31", "2026-10-01", "2026-12-31"),
        (.quarter, "2024-02-29", "2024-01-01", "2024-03-31"),
        (.year, "2026-08-15", "2026-01-01", "2026-12-31"),
        (.year, "2026-01-01", "2026-01-01", "2026-12-31"),
        (.year, "2026-12-31", "2026-01-01", "2026-12-31"),
        (.year, "2024-02-29", "2024-01-01", "2024-12-31"),
    ])
    func window(kind: PeriodKind, date: String, start: String, end: String) {
        let windowStart = kind.windowStart(of: d(date))
        #expect(windowStart.description == start)
        #expect(kind.windowEnd(startingOn: windowStart).description == end)
    }

    @Test("every day of 2023...2026 lies in its window, and windows tile the calendar", arguments: PeriodKind.allCases)
    func windowsTile(kind: PeriodKind) {
        var current = d("2023-01-01")
        let last = d("2026-12-31")
        var previousStart: CivilDate?
        var previousEnd: CivilDate?
        var failures = 0
        while current <= last {
            let start = kind.windowStart(of: current)
            let end = kind.windowEnd(startingOn: start)
            var ok = start <= current && current <= end
            // The start is the first day of its own window.
            ok = ok && kind.windowStart(of: start) == start && kind.windowStart(of: end) == start
            if let previousStart, let previousEnd, previousStart != start {
                // A new window begins the day after the previous one ended.
                ok = ok && previousEnd.adding(days: 1) == start && current == start
            }
            switch kind {
            case .day: ok = ok && start == current
            case .week: ok = ok && start.isoWeekday == 1 && end.isoWeekday == 7 && start.isoWeek == current.isoWeek
            case .month: ok = ok && start.components.day == 1 && start.month == current.month && end.adding(days: 1).components.day == 1
            case .quarter: ok = ok && [1, 4, 7, 10].contains(start.month) && start.components.day == 1
                && (current.month - 1) / 3 == (start.month - 1) / 3 && end.adding(days: 1).components.day == 1
            case .year: ok = ok && start.components == (current.year, 1, 1) && end.components == (current.year, 12, 31)
            }
            if !ok {
                failures += 1
                if failures <= 5 { Issue.record("\(kind) window of \(current): \(start)...\(end)") }
            }
            previousStart = start
            previousEnd = end
            current = current.adding(days: 1)
        }
        #expect(failures == 0)
    }

    @Test("window lengths")
    func windowLengths() {
        func length(_ kind: PeriodKind, _ date: String) -> Int32 {
            let start = kind.windowStart(of: d(date))
            return kind.windowEnd(startingOn: start).dayNumber - start.dayNumber + 1
        }
        #expect(length(.day, "2026-05-05") == 1)
        #expect(length(.week, "2026-05-05") == 7)
        #expect(length(.month, "2024-02-05") == 29)
        #expect(length(.month, "2026-02-05") == 28)
        #expect(length(.quarter, "2024-02-05") == 91)
        #expect(length(.quarter, "2026-02-05") == 90)
        #expect(length(.quarter, "2026-05-05") == 91)
        #expect(length(.quarter, "2026-08-05") == 92)
        #expect(length(.quarter, "2026-11-05") == 92)
        #expect(length(.year, "2024-05-05") == 366)
        #expect(length(.year, "2026-05-05") == 365)
    }
}
