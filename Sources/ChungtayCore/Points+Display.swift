extension Points {
    /// Points as people read them in tables, Markdown, pages and workbooks: always two decimals, thousands grouped,
    /// the marks of the language (`1.846,64` and `61,10` in Vietnamese, `1,846.64` in English). JSON and CSV keep the
    /// plain number.
    /// - Complexity: written from the digits into one buffer: a board of every member formats thousands of these.
    public func display(_ lang: Language) -> String {
        let cents = UInt8(hundredths.magnitude % 100)
        return DisplayDigits.text(whole: hundredths.magnitude / 100, negative: hundredths < 0, lang, cents: cents)
    }
}

extension Int {
    /// A count as people read it: thousands grouped in the language's mark (`10.105`, `10,105`).
    public func display(_ lang: Language) -> String {
        DisplayDigits.text(whole: UInt64(magnitude), negative: self < 0, lang, cents: nil)
    }
}

/// Numbers written for people, digit by digit into one buffer.
private enum DisplayDigits {
    static func text(whole: UInt64, negative: Bool, _ lang: Language, cents: UInt8?) -> String {
        let (groupMark, decimalMark) = lang == .vi ? (UInt8(ascii: "."), UInt8(ascii: ",")) : (UInt8(ascii: ","), UInt8(ascii: "."))
        // Written backwards from the end: at most 20 digits, 6 group marks, a sign, a mark and two decimals.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            var index = 32
            func put(_ byte: UInt8) {
                index -= 1
                buffer[index] = byte
            }
            if let cents {
                put(UInt8(ascii: "0") + cents % 10)
                put(UInt8(ascii: "0") + cents / 10)
                put(decimalMark)
            }
            var rest = whole
            var digits = 0
            repeat {
                if digits > 0, digits % 3 == 0 { put(groupMark) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                digits += 1
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            let count = 32 - index
            for offset in 0 ..< count { buffer[offset] = buffer[index + offset] }
            return count
        }
    }
}
