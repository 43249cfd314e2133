extension ExactDecimal {
    /// The value as people read it in the language: thousands grouped, the decimal mark of the language
    /// (`1.234,5` in Vietnamese, `1,234.5` in English), trailing zero decimals dropped, or padded with zeros to
    /// `decimals` places when given (the value has no more places than that).
    public func grouped(_ lang: Language, decimals: Int? = nil) -> String {
        let (groupMark, decimalMark) = lang == .vi ? (".", ",") : (",", ".")
        var plain = description
        if let decimals, decimals > 0 {
            let places = plain.firstIndex(of: ".").map { plain.distance(from: $0, to: plain.endIndex) - 1 } ?? -1
            if places < 0 { plain += "." }
            plain += String(repeating: "0", count: decimals - max(places, 0))
        }
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
