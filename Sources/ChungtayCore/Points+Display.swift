extension Points {
    /// Points as people read them in tables, Markdown, pages and workbooks: always two decimals, thousands grouped,
    /// the marks of the language (`1.846,64` and `61,10` in Vietnamese, `1,846.64` in English). JSON and CSV keep the
    /// plain number.
    public func display(_ lang: Language) -> String {
        ExactDecimal(hundredths: hundredths).grouped(lang, decimals: 2)
    }
}

extension Int {
    /// A count as people read it: thousands grouped in the language's mark (`10.105`, `10,105`).
    public func display(_ lang: Language) -> String {
        ExactDecimal(self).grouped(lang)
    }
}
