import ChungtayCore

/// An exact quotient of two whole numbers, for the indicators' values, percents and projections, which the
/// contract rounds half away from zero only at the end.
struct Fraction: Sendable, Hashable {
    let numerator: Int128
    /// Above 0.
    let denominator: Int128

    init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator > 0, "a fraction's denominator is above 0")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The value of an exact decimal.
    init(_ value: ExactDecimal) {
        self.init(value.mantissa, Self.powerOfTen(value.scale))
    }

    /// This value divided by a decimal above 0.
    func divided(by value: ExactDecimal) -> Fraction {
        Fraction(numerator * Self.powerOfTen(value.scale), denominator * value.mantissa)
    }

    func times(_ factor: Int128) -> Fraction {
        Fraction(numerator * factor, denominator)
    }

    /// The value rounded to `places` decimals, half away from zero.
    func rounded(toPlaces places: Int) -> ExactDecimal {
        let scaled = numerator.magnitude * UInt128(Self.powerOfTen(places))
        let divisor = denominator.magnitude
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: divisor)
        let magnitude = Int128(remainder * 2 >= divisor ? quotient + 1 : quotient)
        return ExactDecimal(mantissa: numerator < 0 ? -magnitude : magnitude, scale: places).normalized
    }

    /// Whether the value is at least the decimal, compared exactly.
    func isAtLeast(_ value: ExactDecimal) -> Bool {
        numerator * Self.powerOfTen(value.scale) >= value.mantissa * denominator
    }

    static func powerOfTen(_ exponent: Int) -> Int128 {
        (0 ..< exponent).reduce(1) { value, _ in value * 10 }
    }
}
