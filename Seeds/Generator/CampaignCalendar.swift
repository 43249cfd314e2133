import ChungtayCore

/// The days from `--from` to `--until`, how busy each one is, and the ways a date is written.
struct CampaignCalendar {
    let days: [CivilDate]
    /// Per day: `YYYY-MM-DD`, `DD/MM/YYYY`, `D/M/YYYY`.
    let texts: [(iso: String, vietnamese: String, short: String)]
    /// Per day: `yymmdd`, as dossier codes carry it.
    let compact: [String]
    /// The first day of the new organisation, if the sample has one: the days after it are quieter a while.
    let reform: CivilDate?

    init(from first: CivilDate, until: CivilDate, reform: CivilDate?) {
        days = (0 ... Int(until.dayNumber - first.dayNumber)).map { first.adding(days: $0) }
        texts = days.map { day in
            let (year, month, dayOfMonth) = day.components
            return (day.description, day.vietnamese, "\(dayOfMonth)/\(month)/\(year)")
        }
        compact = days.map { day in
            let iso = day.description
            return String(iso.dropFirst(2).filter { $0 != "-" })
        }
        self.reform = reform
    }

    /// Relative activity of a day (×100): weekdays busier than weekends, March (Tháng Thanh niên, and
    /// 26/3, the Union's birthday) busiest, the Tết holiday and national holidays quiet; each year as busy as
    /// its plan asks (``yearScale``), and the first two weeks of the new organisation at half pace.
    func weight(of index: Int) -> Int {
        let day = days[index]
        let (year, month, dayOfMonth) = day.components
        var weight: Int
        switch day.isoWeekday {
        case 6: weight = 900
        case 7: weight = 400
        default: weight = 2000
        }
        if month == 3 { weight = weight * 5 / 2 }
        if month == 3, dayOfMonth == 26 { weight *= 2 }
        if month == 1 { weight = weight * 4 / 5 }
        // Tết: from three days before the first day of the lunar year to five days after.
        if let tet = CampaignCalendar.tet[year], (-3 ... 5).contains(day.dayNumber - tet.dayNumber) { weight /= 5 }
        if (month == 4 && dayOfMonth == 30) || (month == 5 && dayOfMonth == 1) || (month == 9 && dayOfMonth == 2) {
            weight /= 4
        }
        if let reform, (0 ..< 14).contains(day.dayNumber - reform.dayNumber) { weight /= 2 }
        return weight * CampaignCalendar.yearScale(year) / 96
    }

    /// How busy a year is: the Đề án's yearly target of assisted dossiers, in thousands (Rules/README.md), so
    /// that 2026 (96) is as busy as the 2026-only sample was.
    static func yearScale(_ year: Int) -> Int {
        switch year {
        case ...2022: return 30
        case 2023: return 45
        case 2024: return 66
        case 2025: return 81
        case 2026: return 96
        default: return 111
        }
    }

    /// The first day of each lunar year (Tết Nguyên đán) of the campaign.
    private static let tet: [Int: CivilDate] = [
        2022: CivilDate(year: 2022, month: 2, day: 1)!, 2023: CivilDate(year: 2023, month: 1, day: 22)!,
        2024: CivilDate(year: 2024, month: 2, day: 10)!, 2025: CivilDate(year: 2025, month: 1, day: 29)!,
        2026: CivilDate(year: 2026, month: 2, day: 17)!, 2027: CivilDate(year: 2027, month: 2, day: 6)!,
    ]

    /// How many of `total` activities fall on each day: proportional to the weights, summing exactly to
    /// `total` (integer arithmetic only).
    func counts(total: Int) -> [Int] {
        let weights = days.indices.map(weight(of:))
        let sum = weights.reduce(0, +)
        var result = [Int]()
        var running = 0, given = 0
        for weight in weights {
            running += weight
            let upTo = Int((Int64(total) * Int64(running)) / Int64(sum))
            result.append(upTo - given)
            given = upTo
        }
        return result
    }
}
