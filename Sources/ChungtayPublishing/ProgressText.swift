import ChungtayAwards
import ChungtayCore
import ChungtayRules

/// The words and cells that the table and Markdown forms of progress share.
enum ProgressText {
    /// `Tiến độ thực hiện chỉ tiêu Đề án năm 2026 — đến ngày 29/11/2026`.
    static func title(_ progress: Progress, _ lang: Language) -> String {
        lang.pick("Tiến độ thực hiện chỉ tiêu Đề án năm \(progress.year) — đến ngày \(progress.asOf.vietnamese)",
                  "Progress on the campaign's indicators for \(progress.year) — as of \(progress.asOf)")
    }

    /// `Thể lệ 2026.1 · 333/365 ngày · dự báo theo nhịp độ từ đầu năm`.
    static func summary(_ progress: Progress, _ lang: Language) -> String {
        let first = CivilDate(year: progress.year, month: 1, day: 1)!
        let last = CivilDate(year: progress.year, month: 12, day: 31)!
        let days = "\(progress.asOf.dayNumber - first.dayNumber + 1)/\(last.dayNumber - first.dayNumber + 1)"
        let version = BoardText.rulesVersion(progress.rulesVersion, builtIn: progress.rulesBuiltIn, lang)
        return lang.pick("Thể lệ \(version) · \(days) ngày · dự báo cả năm theo nhịp độ từ đầu năm",
                         "Rules \(version) · day \(days) · year-end projection at the pace so far")
    }

    static func headers(_ lang: Language) -> [String] {
        [lang.pick("STT", "No."), lang.pick("Chỉ tiêu", "Indicator"), lang.pick("Kết quả", "Value"), lang.pick("Mục tiêu", "Target"),
         lang.pick("Tỷ lệ đạt", "Percent"), lang.pick("Đánh giá", "Reached"), lang.pick("Dự báo cả năm", "Projected")]
    }

    /// The indicator numbered `number` (1, 2, …, the number the district table heads its column with).
    static func cells(_ item: IndicatorProgress, number: Int, _ lang: Language) -> [String] {
        [String(number), item.indicator.label, amount(item.value, item.indicator, lang), amount(item.indicator.target, item.indicator, lang),
         item.percent.map { $0.grouped(lang) + "%" } ?? "–",
         item.reached ? lang.pick("Đạt", "Yes") : lang.pick("Chưa đạt", "Not yet"),
         amount(item.projected, item.indicator, lang)]
    }

    /// A count or sum as grouped digits; a ratio or coverage as a percentage (`41,67%`); `–` for none.
    static func amount(_ value: ExactDecimal?, _ indicator: Indicator, _ lang: Language) -> String {
        guard let value else { return "–" }
        switch indicator.kind {
        case .count, .sum: return value.grouped(lang)
        case .ratio, .coverage: return (value * ExactDecimal(100)).grouped(lang) + "%"
        }
    }

    /// `Theo Huyện, Thị, Thành đoàn, Đoàn trực thuộc`; by grassroots unit where no district-level unit is in force.
    static func districtHeading(_ progress: Progress, _ lang: Language) -> String {
        byGrassroots(progress) ? lang.pick("Theo cơ sở Đoàn", "By grassroots unit")
            : lang.pick("Theo Huyện, Thị, Thành đoàn, Đoàn trực thuộc", "By district")
    }

    /// Whether the breakdown is by grassroots unit: no district-level unit is in force on `as_of` (outputs.md, Progress).
    private static func byGrassroots(_ progress: Progress) -> Bool {
        progress.indicators.first.map { $0.byDistrict.isEmpty && !$0.byGrassroots.isEmpty } ?? false
    }

    /// The district table: one row per district-level unit (or per grassroots unit where none is in force), one column
    /// per indicator, headed by its label, or by its number in the indicators' table (`(1)`, `(2)`, …) where the label
    /// would not fit.
    static func districtRows(_ progress: Progress, numbered: Bool, _ lang: Language) -> (headers: [String], rows: [[String]]) {
        let indicators = progress.indicators.enumerated().map { numbered ? "(\($0.offset + 1))" : $0.element.indicator.label }
        let headers = [lang.pick("Mã", "Id"), lang.pick("Đơn vị", "Unit")] + indicators
        let breakdown: (IndicatorProgress) -> [DistrictValue] = byGrassroots(progress) ? { $0.byGrassroots } : { $0.byDistrict }
        let units = progress.indicators.first.map(breakdown) ?? []
        let rows = units.indices.map { index in
            [units[index].id, units[index].name] + progress.indicators.map { amount(breakdown($0)[index].value, $0.indicator, lang) }
        }
        return (headers, rows)
    }

    static func none(_ lang: Language) -> String {
        lang.pick("Thể lệ của năm này không có chỉ tiêu Đề án nào.", "The rules for this year list no indicators.")
    }
}
