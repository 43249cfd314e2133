import ChungtayCore
import Testing

/// Parses a literal that must be valid; fails the test (and returns 0) when it is not.
private func dec(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExactDecimal {
    guard let value = ExactDecimal(parsing: text) else {
        Issue.record("\(text) should parse", sourceLocation: sourceLocation)
        return .zero
    }
    return value
}

@Suite("ExactDecimal")
struct ExactDecimalTests {
    // MARK: Parsing

    @Test("parses literals into mantissa and scale", arguments: [
        ("3.35", Int128(335), 2),
        ("-0.5", -5, 1),
        ("0.5", 5, 1),
        ("+0.5", 5, 1),
        ("-12", -12, 0),
        ("0", 0, 0),
        ("-0", 0, 0),
        ("007", 7, 0),
        ("1.50", 150, 2),
        ("0.07", 7, 2),
        ("52.5", 525, 1),
        ("1e2", 100, 0),
        ("1E2", 100, 0),
        ("1e+2", 100, 0),
        ("1.5e2", 150, 0),
        ("1.5E-1", 15, 2),
        ("1.5e-1", 15, 2),
        ("25e-3", 25, 3),
        ("1.25e1", 125, 1),
        ("-2.5e1", -25, 0),
        ("1e0", 1, 0),
        (".5", 5, 1),
        ("5.", 5, 0),
        ("0.000", 0, 3),
        ("12345678901234567890.123456789", 12_345_678_901_234_567_890_123_456_789, 9),
    ])
    func parses(text: String, mantissa: Int128, scale: Int) throws {
        let value = try #require(ExactDecimal(parsing: text))
        #expect(value.mantissa == mantissa)
        #expect(value.scale == scale)
    }

    @Test("parses a Substring")
    func parsesSubstring() throws {
        let line = "points=3.35;"
        let slice = line.dropFirst(7).dropLast()
        let value = try #require(ExactDecimal(parsing: slice))
        #expect(value == ExactDecimal(mantissa: 335, scale: 2))
    }

    @Test("refuses anything that is not a decimal literal", arguments: [
        "", "abc", "1.2.3", "-", "+", ".", "-.", "e5", "E5", ".e1", "1e", "1e+", "1e-", "1e2.5", "1e2e3", "1.5e", "1,5", "1 000",
        " 1", "1 ", "--1", "+-1", "1-", "0x10", "NaN", "inf", "\u{0661}", "1\u{0662}", "\u{FF11}", "½", "1e60", "1e-60",
        "1e99999999999999999999", "1000000000000000000000000000000000000000", // 10^39 overflows 128 bits
    ])
    func refuses(text: String) {
        #expect(ExactDecimal(parsing: text) == nil)
    }

    @Test("exponents just below the limit and the 128-bit edge")
    func exponentLimits() throws {
        #expect(try #require(ExactDecimal(parsing: "1e-38")).scale == 38)
        #expect(ExactDecimal(parsing: "1e-39") == nil) // 39 significant decimals cannot compare exactly in 128 bits
        #expect(try #require(ExactDecimal(parsing: "1.000e-37")).scale == 37) // written with 40 decimals: trailing zeros dropped
        #expect(try #require(ExactDecimal(parsing: "1e38")).mantissa == Int128(10).power38)
        #expect(ExactDecimal(parsing: "1e39") == nil)
        #expect(ExactDecimal(parsing: "170141183460469231731687303715884105727")?.mantissa == Int128.max)
        #expect(ExactDecimal(parsing: "170141183460469231731687303715884105728") == nil)
    }

    @Test("integer and constant initialisers")
    func initialisers() {
        #expect(ExactDecimal(8).mantissa == 8)
        #expect(ExactDecimal(8).scale == 0)
        #expect(ExactDecimal(-3) == dec("-3.000"))
        #expect(ExactDecimal.zero == dec("0.00"))
        #expect(ExactDecimal.one == dec("1.0"))
        #expect(ExactDecimal(hundredths: 5250) == dec("52.5"))
        #expect(ExactDecimal(hundredths: 5250).scale == 2)
        #expect(ExactDecimal(hundredths: -7).description == "-0.07")
    }

    // MARK: Normalisation

    @Test("normalized drops trailing zero decimals only", arguments: [
        ("1.50", Int128(15), 1, 1),
        ("2.50", 25, 1, 1),
        ("3.00", 3, 0, 0),
        ("100", 100, 0, 0),
        ("100.0", 100, 0, 0),
        ("0.000", 0, 0, 0),
        ("0.070", 7, 2, 2),
        ("-2.500", -25, 1, 1),
        ("5.025", 5025, 3, 3),
        ("1e2", 100, 0, 0),
    ])
    func normalized(text: String, mantissa: Int128, scale: Int, significant: Int) {
        let value = dec(text).normalized
        #expect(value.mantissa == mantissa)
        #expect(value.scale == scale)
        #expect(dec(text).significantDecimals == significant)
        #expect(value == dec(text))
    }

    // MARK: Rounding

    @Test("rounding is half away from zero", arguments: [
        ("5.025", 2, "5.03"),
        ("0.125", 2, "0.13"),
        ("-2.345", 2, "-2.35"),
        ("1.124999", 2, "1.12"),
        ("1.125", 2, "1.13"),
        ("1.135", 2, "1.14"), // not banker's rounding
        ("-1.125", 2, "-1.13"),
        ("2.5", 0, "3"),
        ("3.5", 0, "4"),
        ("-2.5", 0, "-3"),
        ("0.5", 0, "1"),
        ("-0.5", 0, "-1"),
        ("0.4999", 0, "0"),
        ("-0.4999", 0, "0"),
        ("0.005", 2, "0.01"),
        ("-0.005", 2, "-0.01"),
        ("0.004", 2, "0"),
        ("-0.004", 2, "0"),
        ("2.345", 2, "2.35"),
        ("2.344", 2, "2.34"),
        ("9.995", 2, "10"),
        ("-9.995", 2, "-10"),
        ("52.5", 2, "52.5"),
        ("8", 2, "8"),
        ("1.23456", 3, "1.235"),
        ("1.23449", 3, "1.234"),
        ("0.0000000000000000000000000000000000005", 2, "0"),
    ])
    func rounding(text: String, places: Int, expected: String) {
        let rounded = dec(text).rounded(toPlaces: places)
        #expect(rounded == dec(expected))
        #expect(rounded.description == expected)
        #expect(rounded.scale <= max(places, dec(text).scale))
    }

    @Test("rounding to more places than held keeps the value")
    func roundingNoOp() {
        let value = dec("1.5")
        #expect(value.rounded(toPlaces: 2) == value)
        #expect(value.rounded(toPlaces: 2).description == "1.5")
        #expect(value.rounded(toPlaces: 1).mantissa == 15)
    }

    @Test("rounded values give exact hundredths")
    func hundredths() {
        #expect(dec("5.025").rounded(toPlaces: 2).hundredths == 503)
        #expect(dec("-2.345").rounded(toPlaces: 2).hundredths == -235)
        #expect(dec("52.5").hundredths == 5250)
        #expect(dec("8").hundredths == 800)
        #expect(dec("0.07").hundredths == 7)
        #expect(dec("-0.5").hundredths == -50)
        #expect(dec("1e2").hundredths == 10000)
        #expect(ExactDecimal.zero.hundredths == 0)
    }

    // MARK: Arithmetic

    @Test("addition and subtraction are exact across scales", arguments: [
        ("0.1", "0.2", "0.3", "-0.1"),
        ("1.5", "2.25", "3.75", "-0.75"),
        ("10", "0.01", "10.01", "9.99"),
        ("-0.5", "0.5", "0", "-1"),
        ("52.5", "-2", "50.5", "54.5"),
        ("1e2", "1.5E-1", "100.15", "99.85"),
    ])
    func addSubtract(a: String, b: String, sum: String, difference: String) {
        #expect(dec(a) + dec(b) == dec(sum))
        #expect((dec(a) + dec(b)).description == dec(sum).description)
        #expect(dec(a) - dec(b) == dec(difference))
        #expect((dec(a) - dec(b)).description == dec(difference).description)
        #expect(dec(b) + dec(a) == dec(sum))
    }

    @Test("sums keep the wider scale")
    func sumScale() {
        let sum = dec("1.50") + dec("2")
        #expect(sum.scale == 2)
        #expect(sum.mantissa == 350)
        #expect((dec("0.1") + dec("0.2")).mantissa == 3)
        #expect((dec("0.1") + dec("0.2")).scale == 1)
    }

    @Test("products are exact and normalized", arguments: [
        ("3.35", "1.5", "5.025"),
        ("1.2", "1.5", "1.8"),
        ("2.5", "2", "5"),
        ("-0.5", "0.5", "-0.25"),
        ("-1.5", "-1.5", "2.25"),
        ("0.1", "0.1", "0.01"),
        ("0", "3.35", "0"),
        ("1", "3.35", "3.35"),
        ("1.10", "1.10", "1.21"),
        ("1.05", "1.05", "1.1025"),
    ])
    func multiply(a: String, b: String, product: String) {
        let result = dec(a) * dec(b)
        #expect(result == dec(product))
        #expect(result.description == product)
        #expect(result.scale == dec(product).normalized.scale)
    }

    @Test("a chain of multipliers then rounding, as scoring does")
    func scoringChain() {
        // base 3.35 × 1.5 × 1.1 = 5.5275 → 5.53
        let product = dec("3.35") * dec("1.5") * dec("1.1")
        #expect(product.description == "5.5275")
        #expect(product.rounded(toPlaces: 2).description == "5.53")
        // A dozen factors of two decimals on a four-decimal base stay exact.
        var value = dec("9.9999")
        for _ in 0 ..< 12 { value = value * dec("1.99") }
        #expect(value.scale == 28)
        #expect(value.rounded(toPlaces: 2).description == "38568.48")
    }

    // MARK: Comparison, equality, hashing

    @Test("comparison across scales")
    func comparison() {
        #expect(dec("2.5") < dec("2.51"))
        #expect(dec("2.50") < dec("3"))
        #expect(dec("-1") < dec("0.5"))
        #expect(dec("-0.51") < dec("-0.5"))
        #expect(!(dec("2.50") < dec("2.5")))
        #expect(!(dec("2.5") < dec("2.50")))
        #expect(dec("10") > dec("9.999"))
        #expect(dec("1e2") > dec("99.99"))
        #expect(max(dec("1.5"), dec("1.49")) == dec("1.5"))
        let sorted = ["3", "-0.5", "2.50", "0.07", "52.5", "2.49", "-2"].map { dec($0) }.sorted()
        #expect(sorted.map(\.description) == ["-2", "-0.5", "0.07", "2.49", "2.5", "3", "52.5"])
    }

    @Test("equality across scales")
    func equality() {
        #expect(dec("2.50") == dec("2.5"))
        #expect(dec("3.00") == dec("3"))
        #expect(dec("1e2") == dec("100.000"))
        #expect(dec("0") == dec("-0.00"))
        #expect(dec("2.50") != dec("2.51"))
        #expect(dec("-2.5") != dec("2.5"))
        #expect(ExactDecimal(mantissa: 250, scale: 2) == ExactDecimal(mantissa: 25, scale: 1))
    }

    @Test("equal values hash equally whatever their scale")
    func hashing() {
        #expect(dec("2.50").hashValue == dec("2.5").hashValue)
        #expect(dec("3.000").hashValue == dec("3").hashValue)
        #expect(dec("0.00").hashValue == ExactDecimal.zero.hashValue)
        let set: Set<ExactDecimal> = [dec("2.50"), dec("2.5"), dec("2.500"), dec("3"), dec("3.0"), dec("1e2"), dec("100")]
        #expect(set.count == 3)
        let dictionary = [dec("1.50"): "a"]
        #expect(dictionary[dec("1.5")] == "a")
    }

    // MARK: Text

    @Test("description is the shortest exact form", arguments: [
        ("0.07", "0.07"),
        ("-0.5", "-0.5"),
        ("52.5", "52.5"),
        ("52.50", "52.5"),
        ("8", "8"),
        ("8.00", "8"),
        ("-2", "-2"),
        ("-2.00", "-2"),
        ("5.025", "5.025"),
        ("0", "0"),
        ("-0", "0"),
        ("0.000", "0"),
        ("-0.07", "-0.07"),
        ("0.001", "0.001"),
        ("1e2", "100"),
        ("1.5E-1", "0.15"),
        ("007", "7"),
        ("1234.5678", "1234.5678"),
    ])
    func description(text: String, expected: String) {
        #expect(dec(text).description == expected)
        #expect("\(dec(text))" == expected)
    }

    @Test("description of constructed values")
    func constructedDescription() {
        #expect(ExactDecimal(mantissa: 7, scale: 2).description == "0.07")
        #expect(ExactDecimal(mantissa: -5, scale: 1).description == "-0.5")
        #expect(ExactDecimal(mantissa: 1, scale: 10).description == "0.0000000001")
        #expect(ExactDecimal(mantissa: Int128.min, scale: 0).description == "-170141183460469231731687303715884105728")
        #expect(ExactDecimal(mantissa: Int128.max, scale: 38).description == "1.70141183460469231731687303715884105727")
    }

    @Test("a zero written with many decimals is still zero")
    func zeroWithManyDecimals() throws {
        // Accepted by parsing; beyond 38 decimals only significant ones are kept, so it is held as 0.
        let zero = try #require(ExactDecimal(parsing: "0e-50"))
        #expect(zero.mantissa == 0)
        #expect(zero.scale == 0)
        #expect(zero.normalized.scale == 0)
        #expect(zero.significantDecimals == 0)
        #expect(zero.description == "0")
    }

    // Comparing such a zero must not trap: the rules check (JSONChecker.decimal/integer) compares any number
    // whose significantDecimals is at most 2 against its bounds, so `"points": 0e-50` reaches these operators.
    // Run in a child process so that a trap fails this test only.
    @Test("comparing a zero held with 50 decimals does not trap")
    func zeroWithManyDecimalsCompares() async {
        await #expect(processExitsWith: .success) {
            let zero = ExactDecimal(parsing: "0e-50")!
            precondition(zero == ExactDecimal.zero)
            precondition(!(zero < ExactDecimal.zero))
            precondition(zero < ExactDecimal(1))
            precondition(zero >= ExactDecimal(0))
        }
    }

    @Test("a value with 39 decimals compares with an integer without trapping")
    func manyDecimalsCompare() async {
        await #expect(processExitsWith: .success) {
            let tiny = ExactDecimal(parsing: "0.000000000000000000000000000000000000000")!
            precondition(tiny == ExactDecimal.zero)
            precondition(tiny < ExactDecimal(1_000_000))
        }
    }

    @Test("description parses back to the same value")
    func descriptionRoundTrip() {
        for text in ["3.35", "-0.5", "1e2", "1.5E-1", "0.07", "52.50", "-2.345", "0.000001"] {
            let value = dec(text)
            #expect(ExactDecimal(parsing: value.description) == value, "\(text)")
        }
    }
}

extension Int128 {
    /// 10^38, computed without literals that might overflow.
    fileprivate var power38: Int128 {
        var result: Int128 = 1
        for _ in 0 ..< 38 { result *= self }
        return result
    }
}
