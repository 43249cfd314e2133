import ChungtayCore
import ChungtayRanking
import Testing

@Suite struct PeriodTests {
    func period(_ text: String) throws -> (String, String, String, Period.Kind) {
        let period = try Period(parsing: text)
        return (period.label, period.from.description, period.to.description, period.kind)
    }

    @Test func isoWeeks() throws {
        #expect(try period("2026-W48") == ("2026-W48", "2026-11-23", "2026-11-29", .week))
        // Week 1 holds 4 January, so 2026-W01 starts in 2025 (Thursday 1 January 2026 is in it).
        #expect(try period("2026-W01") == ("2026-W01", "2025-12-29", "2026-01-04", .week))
        // 2026 begins on a Thursday: it has a week 53, ending in 2027.
        #expect(try period("2026-W53") == ("2026-W53", "2026-12-28", "2027-01-03", .week))
        // 2020 is a leap year beginning on a Wednesday: it has a week 53 too.
        #expect(try period("2020-W53") == ("2020-W53", "2020-12-28", "2021-01-03", .week))
        // A lower-case w is accepted; the label is written in upper case.
        #expect(try period("2026-w09") == ("2026-W09", "2026-02-23", "2026-03-01", .week))
    }

    @Test func weeksThatDoNotExist() {
        // 2025 begins on a Wednesday and is not a leap year: 52 weeks.
        #expect(throws: RankingError.noSuchWeek("2025-W53")) { try Period(parsing: "2025-W53") }
        #expect(throws: RankingError.noSuchWeek("2026-W54")) { try Period(parsing: "2026-W54") }
        #expect(throws: RankingError.noSuchWeek("2026-W00")) { try Period(parsing: "2026-W00") }
    }

    @Test func monthsQuartersYears() throws {
        #expect(try period("2026-02") == ("2026-02", "2026-02-01", "2026-02-28", .month))
        #expect(try period("2024-02") == ("2024-02", "2024-02-01", "2024-02-29", .month))
        #expect(try period("2026-12") == ("2026-12", "2026-12-01", "2026-12-31", .month))
        #expect(try period("2026-Q1") == ("2026-Q1", "2026-01-01", "2026-03-31", .quarter))
        #expect(try period("2026-q4") == ("2026-Q4", "2026-10-01", "2026-12-31", .quarter))
        #expect(try period("2026") == ("2026", "2026-01-01", "2026-12-31", .year))
    }

    @Test func customRanges() throws {
        #expect(try period("2026-11-01..2026-11-15") == ("2026-11-01..2026-11-15", "2026-11-01", "2026-11-15", .range))
        #expect(try period("2026-11-01..2026-11-01") == ("2026-11-01..2026-11-01", "2026-11-01", "2026-11-01", .range))
        #expect(throws: RankingError.reversedRange("2026-11-15..2026-11-01")) { try Period(parsing: "2026-11-15..2026-11-01") }
    }

    @Test(arguments: ["", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-W1", "2026-W480", "26-W01", "2026-1", "2026/11",
                      "20261", "2026-11-31..2026-12-01", "2026-11-01..", "..2026-11-01", "31/11/2026..15/12/2026", "2026-X1", "abcd", "0000",
                      "tuần 48", "13/2026", "quý 5/2026", "năm 26", "T0/2026"])
    func malformed(_ text: String) {
        let error = #expect(throws: RankingError.self) { try Period(parsing: text) }
        guard case let .malformedPeriod(value, option, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(value == text)
        #expect(option == "--period")
    }

    /// Periods as a Vietnamese office writes them (issue 17): the label is the contract's form.
    @Test(arguments: [("11/2026", "2026-11"), ("T11/2026", "2026-11"), ("t3/2026", "2026-03"), ("tháng 11/2026", "2026-11"),
                      ("Tháng 3-2026", "2026-03"), ("tuần 48/2026", "2026-W48"), ("Tuần 1/2026", "2026-W01"), ("tuan 48/2026", "2026-W48"),
                      ("quý 4/2026", "2026-Q4"), ("Quý IV/2026", "2026-Q4"), ("quy 1/2026", "2026-Q1"), ("năm 2026", "2026"), ("Năm 2026", "2026"),
                      ("2026-w48", "2026-W48"), (" 2026-11 ", "2026-11"), ("01/11/2026..15/11/2026", "2026-11-01..2026-11-15"),
                      ("1/11/2026 .. 2026-11-15", "2026-11-01..2026-11-15")])
    func vietnameseForms(_ text: String, _ label: String) throws {
        #expect(try Period(parsing: text).label == label)
    }

    /// A text close to a form is refused with the form it was likely meant as; the message names the option typed.
    @Test func closeTextsGetASuggestion() {
        for (text, suggestion) in [("2026-48", "2026-W48"), ("48/2026", "2026-W48"), ("2026/11", "2026-11"), ("Q4/2026", "2026-Q4"),
                                   ("2026q4", "2026-Q4"), ("W48-2026", "2026-W48"), ("tuần48-2026x", nil), ("abcd", nil), ("2026-60", nil)] {
            let error = #expect(throws: RankingError.self) { try Period(parsing: text, option: "--week") }
            #expect(error == .malformedPeriod(text, option: "--week", suggestion: suggestion), "\(text)")
        }
        #expect(RankingError.malformedPeriod("2026-48", option: "--week", suggestion: "2026-W48").text(.vi)
            == "--week '2026-48': không hiểu kỳ này; có phải 2026-W48? viết 2026-W48 hoặc tuần 48/2026 (tuần), 2026-11, 11/2026 hoặc T11/2026 (tháng), "
            + "2026-Q4 hoặc quý 4/2026 (quý), 2026 hoặc năm 2026 (năm), 01/11/2026..15/11/2026 (từ ngày đến ngày)")
        #expect(throws: RankingError.noSuchWeek("tuần 54/2026", option: "--week")) { try Period(parsing: "tuần 54/2026", option: "--week") }
    }

    @Test func previousPeriods() throws {
        func previous(_ text: String) throws -> String? { try Period(parsing: text).previous?.label }
        #expect(try previous("2026-W48") == "2026-W47")
        // Across a year: 2025 has 52 weeks, 2026 has 53.
        #expect(try previous("2026-W01") == "2025-W52")
        #expect(try previous("2027-W01") == "2026-W53")
        #expect(try previous("2026-01") == "2025-12")
        #expect(try previous("2026-03") == "2026-02")
        #expect(try previous("2026-Q1") == "2025-Q4")
        #expect(try previous("2026-Q3") == "2026-Q2")
        #expect(try previous("2026") == "2025")
        #expect(try previous("2026-11-01..2026-11-15") == nil)
    }

    @Test func defaultWeekHoldsToday() {
        // Thursday 31 December 2026 is in 2026-W53; Friday 1 January 2027 too.
        #expect(Period.week(containing: CivilDate(iso: "2026-12-31")!).label == "2026-W53")
        #expect(Period.week(containing: CivilDate(iso: "2027-01-01")!).label == "2026-W53")
        // Sunday 29 November 2026 ends W48.
        let week = Period.week(containing: CivilDate(iso: "2026-11-29")!)
        #expect((week.label, week.from.description, week.to.description) == ("2026-W48", "2026-11-23", "2026-11-29"))
    }

    @Test func messagesNameTheValue() {
        #expect(RankingError.malformedPeriod("2026-13").text(.en).hasPrefix("--period '2026-13': not a period"))
        #expect(RankingError.noSuchWeek("2025-W53").text(.vi).hasPrefix("--period '2025-W53': năm này không có tuần đó"))
        #expect(RankingError.malformedPeriod("x").exitCode == 64)
        #expect(RankingError.unknownMember("X").exitCode == 65)
    }
}
