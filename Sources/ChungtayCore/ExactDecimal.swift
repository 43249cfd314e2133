/// An exact decimal number: `mantissa × 10^-scale`, with no binary floating point anywhere.
///
/// Scores must be checkable by hand, so every step of scoring.md (base, multiplier product, rounding)
/// works on these values. The mantissa is 128 bits wide: a base with four decimals times a dozen factors
/// with two decimals each still fits.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var mantissa: Int128
    /// Digits after the decimal point.
    public private(set) var scale: Int

    public init(mantissa: Int128, scale: Int) {
        precondition(scale >= 0, "negative scale")
        self.mantissa = mantissa
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(mantissa: Int128(integer), scale: 0)
    }

    public static let zero = ExactDecimal(0)
    public static let one = ExactDecimal(1)

    /// Parses a plain or JSON decimal literal: `-12`, `3.35`, `1.5e2`. Returns nil for anything else.
    public init?(parsing text: Substring) {
        var digits: Int128 = 0
        var scale = 0
        var exponent = 0
        var negative = false
        var sawDigit = false
        var index = text.startIndex
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            negative = text[index] == "-"
            index = text.index(after: index)
        }
        var afterPoint = false
        while index < text.endIndex {
            let character = text[index]
            if let value = character.wholeNumberValue, character.isASCII {
                let (times, overflow1) = digits.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int128(value))
                guard !overflow1, !overflow2 else { return nil }
                digits = sum
                if afterPoint { scale += 1 }
                sawDigit = true
            } else if character == ".", !afterPoint {
                afterPoint = true
            } else if character == "e" || character == "E" {
                guard sawDigit, let value = Int(text[text.index(after: index)...]), abs(value) < 60 else { return nil }
                exponent = value
                index = text.endIndex
                break
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        guard sawDigit else { return nil }
        scale -= exponent
        if scale < 0 {
            for _ in 0 ..< -scale {
                let (times, overflow) = digits.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                digits = times
            }
            scale = 0
        }
        var value = ExactDecimal(mantissa: negative ? -digits : digits, scale: scale)
        // Beyond 38 decimals nothing compares exactly in 128 bits: such a literal keeps only its significant
        // decimals (`0e-50` is 0), and is refused when it has more than 38 of them.
        if value.scale > 38 { value = value.normalized }
        guard value.scale <= 38 else { return nil }
        self = value
    }

    public init?(parsing text: String) {
        self.init(parsing: text[...])
    }

    /// The same value with trailing zero decimals removed (`2.50` → `2.5`, `3.00` → `3`).
    public var normalized: ExactDecimal {
        var result = self
        while result.scale > 0, result.mantissa % 10 == 0 {
            result.mantissa /= 10
            result.scale -= 1
        }
        return result
    }

    /// How many digits after the point the value needs (`1.50` needs 1).
    public var significantDecimals: Int { normalized.scale }

    /// The value rounded to `places` decimals, half away from zero.
    public func rounded(toPlaces places: Int) -> ExactDecimal {
        guard scale > places else { return self }
        let divisor = Self.powerOfTen(scale - places)
        let (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: divisor)
        var result = quotient
        if remainder.magnitude * 2 >= divisor.magnitude {
            result += mantissa < 0 ? -1 : 1
        }
        return ExactDecimal(mantissa: result, scale: places)
    }

    /// The value in hundredths; the caller guarantees at most two decimals (round first).
    public var hundredths: Int64 {
        precondition(scale <= 2, "round before taking hundredths")
        return Int64(mantissa * Self.powerOfTen(2 - scale))
    }

    public init(hundredths: Int64) {
        self.init(mantissa: Int128(hundredths), scale: 2)
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let scale = max(lhs.scale, rhs.scale)
        return ExactDecimal(mantissa: lhs.scaled(to: scale) + rhs.scaled(to: scale), scale: scale)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let scale = max(lhs.scale, rhs.scale)
        return ExactDecimal(mantissa: lhs.scaled(to: scale) - rhs.scaled(to: scale), scale: scale)
    }

    /// The exact product. Traps on overflow of 38 digits, which the rules check rules out.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(mantissa: lhs.mantissa * rhs.mantissa, scale: lhs.scale + rhs.scale).normalized
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) == 0
    }

    /// -1, 0 or 1. Brings both to one scale; a value too large to scale is larger in magnitude than the other.
    private static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        let (a, b) = (lhs.normalized, rhs.normalized)
        var (left, right) = (a.mantissa, b.mantissa)
        for _ in 0 ..< abs(a.scale - b.scale) {
            if a.scale < b.scale {
                let (scaled, overflow) = left.multipliedReportingOverflow(by: 10)
                if overflow { return left < 0 ? -1 : 1 }
                left = scaled
            } else {
                let (scaled, overflow) = right.multipliedReportingOverflow(by: 10)
                if overflow { return right < 0 ? 1 : -1 }
                right = scaled
            }
        }
        return left < right ? -1 : left == right ? 0 : 1
    }

    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.mantissa)
        hasher.combine(value.scale)
    }

    /// The shortest exact form: `5.025`, `52.5`, `8`, `-2`.
    public var description: String {
        let value = normalized
        let magnitude = String(value.mantissa.magnitude)
        let sign = value.mantissa < 0 ? "-" : ""
        guard value.scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, value.scale + 1 - magnitude.count)) + magnitude
        let point = padded.index(padded.endIndex, offsetBy: -value.scale)
        return sign + padded[..<point] + "." + padded[point...]
    }

    private func scaled(to target: Int) -> Int128 {
        mantissa * Self.powerOfTen(target - scale)
    }

    static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0 ..< exponent { result *= 10 }
        return result
    }
}
