import ChungtayCore
import Testing

private func dec(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExactDecimal {
    guard let value = ExactDecimal(parsing: text) else {
        Issue.record("\(text) should parse", sourceLocation: sourceLocation)
        return .zero
    }
    return value
}

@Suite("Points")
struct PointsTests {
    @Test("description and fixed", arguments: [
        (Int64(5250), "52.5", "52.50"),
        (7, "0.07", "0.07"),
        (-200, "-2", "-2.00"),
        (800, "8", "8.00"),
        (0, "0", "0.00"),
        (-7, "-0.07", "-0.07"),
        (-50, "-0.5", "-0.50"),
        (10, "0.1", "0.10"),
        (99, "0.99", "0.99"),
        (100, "1", "1.00"),
        (101, "1.01", "1.01"),
        (123_456, "1234.56", "1234.56"),
        (-123_456, "-1234.56", "-1234.56"),
    ])
    func text(hundredths: Int64, description: String, fixed: String) {
        let points = Points(hundredths: hundredths)
        #expect(points.description == description)
        #expect("\(points)" == description)
        var bytes: [UInt8] = []
        points.appendDescription(to: &bytes)
        #expect(bytes == Array(description.utf8))
        #expect(points.fixed == fixed)
    }

    @Test("description is the exact decimal's shortest form")
    func descriptionIsTheExactForm() {
        for hundredths in Array(Int64(-2_050) ... 2_050) + [Int64.max, Int64.min, 123_456_789_010, -99_999_999_999] {
            let points = Points(hundredths: hundredths)
            #expect(points.description == points.exact.description, "\(hundredths)")
        }
    }

    @Test("fixed at the limits of Int64")
    func fixedLimits() {
        #expect(Points(hundredths: .max).fixed == "92233720368547758.07")
        #expect(Points(hundredths: .min).fixed == "-92233720368547758.08")
    }

    @Test("from an exact decimal of at most two decimals")
    func fromExact() {
        #expect(Points(dec("52.5")).hundredths == 5250)
        #expect(Points(dec("1.50")).hundredths == 150)
        #expect(Points(dec("8")).hundredths == 800)
        #expect(Points(dec("-0.07")).hundredths == -7)
        #expect(Points(dec("1e2")).hundredths == 10000)
        #expect(Points((dec("3.35") * dec("1.5")).rounded(toPlaces: 2)).hundredths == 503)
        #expect(Points((dec("-2.345")).rounded(toPlaces: 2)).fixed == "-2.35")
    }

    @Test("exact gives the value back as a decimal")
    func exact() {
        #expect(Points(hundredths: 5250).exact == dec("52.5"))
        #expect(Points(hundredths: 5250).exact.scale == 2)
        #expect(Points(hundredths: -7).exact == dec("-0.07"))
        #expect(Points(dec("0.07")).exact.description == "0.07")
    }

    @Test("arithmetic")
    func arithmetic() {
        let a = Points(hundredths: 5250)  // 52.50
        let b = Points(hundredths: 7)     // 0.07
        #expect((a + b).hundredths == 5257)
        #expect((a + b).description == "52.57")
        #expect((b - a).hundredths == -5243)
        #expect((b - a).fixed == "-52.43")
        #expect(a - a == .zero)
        #expect(a + .zero == a)
        var total = Points.zero
        total += a
        total += b
        total -= Points(hundredths: 57)
        #expect(total == Points(hundredths: 5200))
        #expect(total.description == "52")
        let sum = [a, b, Points(hundredths: -200)].reduce(.zero, +)
        #expect(sum.fixed == "50.57")
        // 0.1 + 0.2 is exactly 0.3 in hundredths.
        #expect(Points(dec("0.1")) + Points(dec("0.2")) == Points(dec("0.3")))
    }

    @Test("ordering and equality")
    func ordering() {
        let values = [Points(hundredths: 800), Points(hundredths: -200), Points(hundredths: 7), Points(hundredths: 5250)]
        #expect(values.sorted().map(\.fixed) == ["-2.00", "0.07", "8.00", "52.50"])
        #expect(Points(hundredths: 7) < Points(hundredths: 8))
        #expect(!(Points(hundredths: 8) < Points(hundredths: 8)))
        #expect(Points(hundredths: 150) == Points(dec("1.5")))
        #expect(Set([Points(dec("1.5")), Points(dec("1.50")), Points(hundredths: 151)]).count == 2)
        #expect(Points.zero.hundredths == 0)
        #expect(values.max() == Points(hundredths: 5250))
    }
}
