extension ExactDecimal {
    /// The value as people read it in the language: thousands grouped, the decimal mark of the language
    /// (`1.234,5` in Vietnamese, `1,234.5` in English), trailing zero decimals dropped.
    public func grouped(_ lang: Language) -> String {
        let (groupMark, decimalMark) = lang == .vi ? (".", ",") : (",", ".")
        let plain = description
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1).map(String.init)
        var whole = ""
        for (index, digit) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0 { whole.append(groupMark) }
            whole.append(digit)
        }
        let fraction = parts.count > 1 ? decimalMark + parts[1] : ""
        return (negative ? "-" : "") + String(whole.reversed()) + fraction
    }
}
