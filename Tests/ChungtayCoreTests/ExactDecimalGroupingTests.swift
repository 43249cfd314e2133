import ChungtayCore
import Testing

@Suite("ExactDecimal grouping")
struct ExactDecimalGroupingTests {
    @Test("groups thousands with the language's marks", arguments: [
        ("0", "0", "0"),
        ("999", "999", "999"),
        ("1234", "1.234", "1,234"),
        ("1234567.5", "1.234.567,5", "1,234,567.5"),
        ("-1234.25", "-1.234,25", "-1,234.25"),
        ("100000", "100.000", "100,000"),
        ("0.4167", "0,4167", "0.4167"),
        ("52.50", "52,5", "52.5"),
    ])
    func grouped(literal: String, vietnamese: String, english: String) {
        let value = ExactDecimal(parsing: literal)!
        #expect(value.grouped(.vi) == vietnamese)
        #expect(value.grouped(.en) == english)
    }
}
