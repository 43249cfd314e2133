import ChungtayCore
import ChungtayRules

/// How far the province is from the campaign's yearly indicators (outputs.md, Progress).
public struct Progress: Sendable {
    public let year: Int
    /// `--today` or the year's last day, whichever is earlier: activities up to this day count.
    public let asOf: CivilDate
    /// The `version` of the rules file whose indicators these are; nil when no file is in effect.
    public let rulesVersion: String?
    /// Whether that rules file is built into chungtay (``RulesFile/isBuiltIn``).
    public let rulesBuiltIn: Bool
    public let indicators: [IndicatorProgress]

    public init(year: Int, asOf: CivilDate, rulesVersion: String?, rulesBuiltIn: Bool = false, indicators: [IndicatorProgress]) {
        self.rulesBuiltIn = rulesBuiltIn
        self.year = year
        self.asOf = asOf
        self.rulesVersion = rulesVersion
        self.indicators = indicators
    }
}

/// One indicator: its value so far, against its target, and per district.
public struct IndicatorProgress: Sendable {
    public let indicator: Indicator
    /// Exact for `count` and `sum`; a fraction rounded to four decimals for `ratio` and `coverage`; nil for a ratio
    /// with a zero denominator or a coverage with no eligible unit.
    public let value: ExactDecimal?
    /// The exact value ÷ target × 100, rounded to two decimals; nil with the value.
    public let percent: ExactDecimal?
    /// Whether the exact value is at least the target.
    public let reached: Bool
    /// The year-end figure at the pace so far (`count`, `sum`: a whole number); the value itself for `ratio` and
    /// `coverage`; nil with the value.
    public let projected: ExactDecimal?
    /// Every district-level unit in force on `as_of`, by code.
    public let byDistrict: [DistrictValue]
    /// Where no district-level unit is in force on `as_of`: every grassroots unit then, by code (what people read
    /// instead); else empty.
    public let byGrassroots: [DistrictValue]

    public init(indicator: Indicator, value: ExactDecimal?, percent: ExactDecimal?, reached: Bool, projected: ExactDecimal?,
                byDistrict: [DistrictValue], byGrassroots: [DistrictValue] = []) {
        self.byGrassroots = byGrassroots
        self.indicator = indicator
        self.value = value
        self.percent = percent
        self.reached = reached
        self.projected = projected
        self.byDistrict = byDistrict
    }
}

/// An indicator's value within one district-level unit, computed as the province's is.
public struct DistrictValue: Sendable, Hashable {
    public let id: String
    public let name: String
    public let value: ExactDecimal?

    public init(id: String, name: String, value: ExactDecimal?) {
        self.id = id
        self.name = name
        self.value = value
    }
}

/// Why progress could not be given.
public enum ProgressError: Refusal, Sendable, Equatable {
    /// `--year` names a year that begins after `--today` (exit 64).
    case yearNotBegun(year: Int, today: CivilDate)

    public var exitCode: Int32 { 64 }

    public func lines(_ lang: Language) -> [String] {
        [text(lang)]
    }

    /// The message in the user's language, saying what to do.
    public func text(_ lang: Language) -> String {
        switch self {
        case let .yearNotBegun(year, today):
            return lang.pick("--year \(year): năm này chưa bắt đầu (hôm nay là \(today.vietnamese)); hãy chọn năm \(today.year) hoặc một năm trước đó",
                             "--year \(year): that year has not begun (today is \(today)); name \(today.year) or an earlier year")
        }
    }
}
