import ChungtayCore

/// The days of 2026 up to `--until`, how busy each one is, and the ways a date is written.
struct CampaignCalendar {
    let days: [CivilDate]
    /// Per day: `YYYY-MM-DD`, `DD/MM/YYYY`, `D/M/YYYY`.
    let texts: [(iso: String, vietnamese: String, short: String)]
    /// Per day: `yymmdd`, as dossier codes carry it.
    let compact: [String]

    init(until: CivilDate) {
        let first = CivilDate(year: until.year, month: 1, day: 1)!
        days = (0 ... Int(until.dayNumber - first.dayNumber)).map { first.adding(days: $0) }
        texts = days.map { day in
            let (year, month, dayOfMonth) = day.components
            return (day.description, day.vietnamese, "\(dayOfMonth)/\(month)/\(year)")
        }
        compact = days.map { day in
            let iso = day.description
            return String(iso.dropFirst(2).filter { $0 != "-" })
        }
    }

    /// Relative activity of a day (×100): weekdays busier than weekends, March (Tháng Thanh niên, and
    /// 26/3, the Union's birthday) busiest, the Tết holiday and national holidays quiet.
    func weight(of index: Int) -> Int {
        let day = days[index]
        let (_, month, dayOfMonth) = day.components
        var weight: Int
        switch day.isoWeekday {
        case 6: weight = 900
        case 7: weight = 400
        default: weight = 2000
        }
        if month == 3 { weight = weight * 5 / 2 }
        if month == 3, dayOfMonth == 26 { weight *= 2 }
        if month == 1 { weight = weight * 4 / 5 }
        // Tết Bính Ngọ: 17/02/2026, with the days around it.
        if month == 2, (14 ... 22).contains(dayOfMonth) { weight /= 5 }
        if (month == 4 && dayOfMonth == 30) || (month == 5 && dayOfMonth == 1) || (month == 9 && dayOfMonth == 2) {
            weight /= 4
        }
        return weight
    }

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
