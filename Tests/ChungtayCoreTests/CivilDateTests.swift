import ChungtayCore
import Foundation
import Testing

/// Builds a date that must exist; fails the test (and returns the epoch) when it does not.
private func date(_ year: Int, _ month: Int, _ day: Int, sourceLocation: SourceLocation = #_sourceLocation) -> CivilDate {
    guard let value = CivilDate(year: year, month: month, day: day) else {
        Issue.record("\(year)-\(month)-\(day) should exist", sourceLocation: sourceLocation)
        return CivilDate(dayNumber: 0)
    }
    return value
}

/// Independent reference: is `year` a Gregorian leap year.
private func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

/// Independent reference: Sakamoto's day of week, converted to ISO (1 Monday ... 7 Sunday).
private func referenceISOWeekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let sundayBased = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7 // 0 = Sunday
    return sundayBased == 0 ? 7 : sundayBased
}

/// Independent reference: the ISO week-year and week number.
private func referenceISOWeek(_ year: Int, _ month: Int, _ day: Int) -> (year: Int, week: Int) {
    func weeksIn(_ y: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(y) == 4 || p(y - 1) == 3 ? 53 : 52
    }
    let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    let ordinal = cumulative[month - 1] + day + (month > 2 && isLeap(year) ? 1 : 0)
    let week = (ordinal - referenceISOWeekday(year, month, day) + 10) / 7
    if week < 1 { return (year - 1, weeksIn(year - 1)) }
    if week > weeksIn(year) { return (year + 1, 1) }
    return (year, week)
}

@Suite("CivilDate")
struct CivilDateTests {
    // MARK: Construction and components

    @Test("1970-01-01 is day 0")
    func epoch() {
        let epoch = date(1970, 1, 1)
        #expect(epoch.dayNumber == 0)
        #expect(epoch.components == (1970, 1, 1))
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(CivilDate(dayNumber: -1).description == "1969-12-31")
        #expect(CivilDate(dayNumber: 1).description == "1970-01-02")
    }

    @Test("known day numbers", arguments: [
        (2000, 2, 29, Int32(11016)),
        (2024, 2, 29, Int32(19782)),
        (1900, 2, 28, Int32(-25509)),
        (1900, 3, 1, Int32(-25508)),
        (1969, 12, 31, Int32(-1)),
        (2026, 1, 5, Int32(20458)),
        (2026, 11, 29, Int32(20786)),
        (1, 1, 1, Int32(-719_162)),
        (9999, 12, 31, Int32(2_932_896)),
    ])
    func knownDayNumbers(year: Int, month: Int, day: Int, dayNumber: Int32) throws {
        let value = try #require(CivilDate(year: year, month: month, day: day))
        #expect(value.dayNumber == dayNumber)
        let back = CivilDate(dayNumber: dayNumber)
        #expect(back.components == (year, month, day))
        #expect(back.year == year)
        #expect(back.month == month)
    }

    @Test("components round trip for every day from 1800-01-01 to 2200-12-31")
    func roundTripEveryDay() {
        // Walk the calendar with an independent day counter and check both directions on each day.
        var year = 1800, month = 1, day = 1
        var dayNumber: Int32 = -62091
        var failures = 0
        while year <= 2200 {
            let fromComponents = CivilDate(year: year, month: month, day: day)
            let fromNumber = CivilDate(dayNumber: dayNumber)
            let components = fromNumber.components
            if fromComponents?.dayNumber != dayNumber || components != (year, month, day) {
                failures += 1
                if failures <= 5 {
                    Issue.record("mismatch at \(year)-\(month)-\(day) / day \(dayNumber): got \(String(describing: fromComponents?.dayNumber)) and \(components)")
                }
            }
            // Next day, by hand.
            let length = month == 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
            day += 1
            if day > length { day = 1; month += 1 }
            if month > 12 { month = 1; year += 1 }
            dayNumber += 1
        }
        #expect(failures == 0)
        #expect(dayNumber == 84371) // 2201-01-01
    }

    @Test("day number and components round trip across the whole range 0001...9999")
    func roundTripWholeRange() {
        var failures = 0
        var previous: (year: Int, month: Int, day: Int)?
        for dayNumber in stride(from: Int32(-719_162), through: 2_932_896, by: 97) {
            let (year, month, day) = CivilDate(dayNumber: dayNumber).components
            let ok = (1 ... 9999).contains(year) && (1 ... 12).contains(month)
                && (1 ... CivilDate.daysIn(month: month, year: year)).contains(day)
                && CivilDate(year: year, month: month, day: day)?.dayNumber == dayNumber
                && previous.map { ($0.year, $0.month, $0.day) < (year, month, day) } ?? true
            if !ok {
                failures += 1
                if failures <= 5 { Issue.record("day \(dayNumber) gave \(year)-\(month)-\(day)") }
            }
            previous = (year, month, day)
        }
        #expect(failures == 0)
    }

    @Test("leap days exist only in leap years")
    func leapDays() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1600, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(date(2024, 2, 29).adding(days: 1).components == (2024, 3, 1))
        #expect(date(1900, 2, 28).adding(days: 1).components == (1900, 3, 1))
        #expect(date(2000, 2, 28).adding(days: 1).components == (2000, 2, 29))
    }

    @Test("daysIn(month:year:)")
    func daysInMonth() {
        #expect((1 ... 12).map { CivilDate.daysIn(month: $0, year: 2026) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CivilDate.daysIn(month: 2, year: 2100) == 28)
    }

    @Test("nonexistent dates are rejected", arguments: [
        (2026, 2, 29), (2026, 2, 30), (2026, 2, 31), (2026, 4, 31), (2026, 6, 31), (2026, 9, 31), (2026, 11, 31),
        (2026, 13, 1), (2026, 0, 1), (2026, 1, 0), (2026, 1, 32), (2026, -1, 5), (2026, 1, -1),
        (0, 1, 1), (10000, 1, 1), (-5, 1, 1),
    ])
    func nonexistent(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test("the last day of each month exists")
    func lastDays() {
        for month in 1 ... 12 {
            let last = CivilDate.daysIn(month: month, year: 2026)
            #expect(CivilDate(year: 2026, month: month, day: last) != nil)
            #expect(CivilDate(year: 2026, month: month, day: last + 1) == nil)
        }
    }

    // MARK: Strict ISO parsing

    @Test("init(iso:) accepts zero-padded YYYY-MM-DD")
    func isoAccepted() throws {
        #expect(try #require(CivilDate(iso: "2026-01-05")).components == (2026, 1, 5))
        #expect(try #require(CivilDate(iso: "2024-02-29")).components == (2024, 2, 29))
        #expect(try #require(CivilDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CivilDate(iso: "0001-01-01")).dayNumber == -719_162)
        #expect(try #require(CivilDate(iso: "9999-12-31")).dayNumber == 2_932_896)
        // Works on a Substring too.
        let line = "date=2026-11-29;"
        let slice = line.dropFirst(5).dropLast()
        #expect(try #require(CivilDate(iso: slice)).components == (2026, 11, 29))
    }

    @Test("init(iso:) refuses anything else", arguments: [
        "2026-1-05", "2026-01-5", "26-01-05", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-01-32", "0000-01-01", "20260105", "2026/01/05", "2026.01.05", "05/01/2026", "2026-01-05 ", " 2026-01-05",
        "2026-01-05T00:00", "+026-01-05", "-026-01-05", "2026--1-05", "2026-0a-05", "", "2026-01-0\u{0665}",
        "\u{FF12}026-01-05",
    ])
    func isoRefused(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    // MARK: User text

    @Test("init(userText:) accepts the forms of data.md", arguments: [
        ("05/01/2026", 2026, 1, 5),
        ("5/1/2026", 2026, 1, 5),
        ("5-1-2026", 2026, 1, 5),
        ("5.1.2026", 2026, 1, 5),
        ("05-01-2026", 2026, 1, 5),
        ("05.01.2026", 2026, 1, 5),
        ("5/01/2026", 2026, 1, 5),
        ("05/1/2026", 2026, 1, 5),
        ("2026-01-05", 2026, 1, 5),
        ("31/12/2026", 2026, 12, 31),
        ("29/02/2024", 2024, 2, 29),
        ("29.2.2000", 2000, 2, 29),
        ("1/1/1970", 1970, 1, 1),
    ])
    func userTextAccepted(text: String, year: Int, month: Int, day: Int) throws {
        let value = try #require(CivilDate(userText: text))
        #expect(value.components == (year, month, day))
    }

    @Test("init(userText:) refuses malformed or nonexistent dates", arguments: [
        "31/02/2026", "29/02/2026", "31/04/2026", "1/13/2026", "0/1/2026", "1/0/2026", "32/1/2026",
        "1/1/26", "1/1/202", "1/1/20260", "2026/01/05", "2026.01.05", "2026-1-05", "2026-01-5", "001/1/2026", "1/001/2026",
        "", "/", "//", "1//2026", "/1/2026", "1/1/", "5/1-2026", "5.1/2026", "5/1/2026/", "a/1/2026", "5 /1/2026",
        " 5/1/2026", "5/1/2026 ", "+5/1/2026", "-5-1-2026", "5,1,2026", "5 1 2026", "05012026", "today",
    ])
    func userTextRefused(text: String) {
        #expect(CivilDate(userText: text) == nil)
    }

    // MARK: Weekdays and ISO weeks

    @Test("isoWeekday of known dates", arguments: [
        (2026, 11, 29, 7), (2026, 11, 23, 1), (2026, 11, 24, 2), (2026, 11, 25, 3), (2026, 11, 26, 4),
        (2026, 11, 27, 5), (2026, 11, 28, 6), (1970, 1, 1, 4), (1969, 12, 31, 3), (1969, 12, 29, 1),
        (2026, 1, 1, 4), (2000, 2, 29, 2), (2024, 2, 29, 4), (1, 1, 1, 1), (9999, 12, 31, 5),
    ])
    func isoWeekday(year: Int, month: Int, day: Int, weekday: Int) {
        #expect(date(year, month, day).isoWeekday == weekday)
    }

    @Test("isoWeek on year boundaries", arguments: [
        (2025, 12, 29, 2026, 1),
        (2025, 12, 28, 2025, 52),
        (2021, 1, 3, 2020, 53),
        (2021, 1, 4, 2021, 1),
        (2020, 12, 31, 2020, 53),
        (2026, 12, 31, 2026, 53),
        (2027, 1, 1, 2026, 53),
        (2027, 1, 3, 2026, 53),
        (2027, 1, 4, 2027, 1),
        (2026, 1, 1, 2026, 1),
        (2026, 1, 4, 2026, 1),
        (2026, 1, 5, 2026, 2),
        (2026, 11, 29, 2026, 48),
        (2024, 12, 30, 2025, 1),
        (2015, 12, 31, 2015, 53),
        (2016, 1, 3, 2015, 53),
        (2008, 12, 29, 2009, 1),
        (2010, 1, 3, 2009, 53),
        (1969, 12, 31, 1970, 1),
        (1, 1, 1, 1, 1),
        (9999, 12, 31, 9999, 52),
    ])
    func isoWeek(year: Int, month: Int, day: Int, weekYear: Int, week: Int) {
        #expect(date(year, month, day).isoWeek == (weekYear, week))
    }

    @Test("isoWeekday and isoWeek agree with independent formulas for 1900...2100")
    func isoWeekAgainstReference() {
        var current = date(1900, 1, 1)
        let last = date(2100, 12, 31)
        var failures = 0
        while current <= last {
            let (y, m, d) = current.components
            let expectedWeekday = referenceISOWeekday(y, m, d)
            let expectedWeek = referenceISOWeek(y, m, d)
            if current.isoWeekday != expectedWeekday || current.isoWeek != expectedWeek {
                failures += 1
                if failures <= 5 {
                    Issue.record("\(current): weekday \(current.isoWeekday) week \(current.isoWeek), expected \(expectedWeekday) \(expectedWeek)")
                }
            }
            current = current.adding(days: 1)
        }
        #expect(failures == 0)
    }

    @Test("a 53-week year has week 53 and the next starts at week 1")
    func weeksPerYear() {
        // Years with 53 ISO weeks between 2000 and 2030.
        let long: Set<Int> = [2004, 2009, 2015, 2020, 2026]
        for year in 2000 ... 2030 {
            #expect(date(year, 12, 28).isoWeek == (year, long.contains(year) ? 53 : 52), "year \(year)")
        }
    }

    // MARK: Arithmetic and ordering

    @Test("adding(days:) crosses months and years, forward and back")
    func adding() {
        #expect(date(2026, 1, 31).adding(days: 1).components == (2026, 2, 1))
        #expect(date(2026, 12, 31).adding(days: 1).components == (2027, 1, 1))
        #expect(date(2026, 1, 1).adding(days: -1).components == (2025, 12, 31))
        #expect(date(2026, 3, 1).adding(days: -1).components == (2026, 2, 28))
        #expect(date(2024, 3, 1).adding(days: -1).components == (2024, 2, 29))
        #expect(date(2026, 1, 5).adding(days: 365).components == (2027, 1, 5))
        #expect(date(2024, 1, 5).adding(days: 366).components == (2025, 1, 5))
        #expect(date(2026, 1, 5).adding(days: 0) == date(2026, 1, 5))
        #expect(date(1970, 1, 1).adding(days: -365).components == (1969, 1, 1))
    }

    @Test("ordering follows the calendar")
    func ordering() {
        let dates = [date(2026, 1, 5), date(2025, 12, 31), date(2026, 1, 4), date(1969, 12, 31), date(2026, 11, 29)]
        #expect(dates.sorted().map(\.description) == ["1969-12-31", "2025-12-31", "2026-01-04", "2026-01-05", "2026-11-29"])
        #expect(date(2026, 1, 4) < date(2026, 1, 5))
        #expect(!(date(2026, 1, 5) < date(2026, 1, 5)))
        #expect(date(2026, 1, 5) == CivilDate(iso: "2026-01-05"))
        #expect(date(2026, 1, 5) == CivilDate(userText: "5/1/2026"))
        #expect(Set([date(2026, 1, 5), CivilDate(userText: "05.01.2026")!, date(2026, 1, 6)]).count == 2)
    }

    // MARK: Text

    @Test("description is zero-padded YYYY-MM-DD", arguments: [
        (2026, 1, 5, "2026-01-05"),
        (2026, 11, 29, "2026-11-29"),
        (2024, 2, 29, "2024-02-29"),
        (1, 1, 1, "0001-01-01"),
        (999, 9, 9, "0999-09-09"),
        (9999, 12, 31, "9999-12-31"),
    ])
    func description(year: Int, month: Int, day: Int, text: String) {
        #expect(date(year, month, day).description == text)
        #expect("\(date(year, month, day))" == text)
        #expect(CivilDate(iso: text) == date(year, month, day))
    }

    @Test("vietnamese is dd/mm/yyyy")
    func vietnamese() {
        #expect(date(2026, 1, 5).vietnamese == "05/01/2026")
        #expect(date(2026, 11, 29).vietnamese == "29/11/2026")
        #expect(date(2024, 2, 29).vietnamese == "29/02/2024")
        #expect(date(2026, 10, 1).vietnamese == "01/10/2026")
        // What it writes, users may type back.
        #expect(CivilDate(userText: date(2026, 1, 5).vietnamese) == date(2026, 1, 5))
    }

    // MARK: Codable

    @Test("encodes as a YYYY-MM-DD string and decodes from one")
    func codable() throws {
        let data = try JSONEncoder().encode([date(2026, 1, 5)])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-01-05"]"#)
        let decoded = try JSONDecoder().decode([CivilDate].self, from: Data(#"["2024-02-29","1970-01-01"]"#.utf8))
        #expect(decoded == [date(2024, 2, 29), date(1970, 1, 1)])
    }

    @Test("decoding refuses other forms", arguments: [#"["05/01/2026"]"#, #"["2026-02-29"]"#, #"["2026-1-5"]"#, "[20260105]"])
    func codableRefused(json: String) {
        #expect(throws: (any Error).self) {
            _ = try JSONDecoder().decode([CivilDate].self, from: Data(json.utf8))
        }
    }

    @Test func isoDatesAreSortKeysInDateOrder() {
        #expect(CivilDate.sortKey(iso: "2026-11-24".utf8) == 20_261_124)
        #expect(CivilDate.sortKey(iso: "2025-12-31".utf8)! < CivilDate.sortKey(iso: "2026-01-01".utf8)!)
        #expect(CivilDate.sortKey(iso: "2026-1-24".utf8) == nil)
        #expect(CivilDate.sortKey(iso: "2026/11/24".utf8) == nil)
    }
}
