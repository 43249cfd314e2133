@testable import ChungtayCore
@testable import ChungtayLedger
import ChungtayRanking
import FuzzSupport

@main
enum FuzzFields {
    static func main() { runFuzzer(fuzzFields) }
}

/// One input: one value, as a cell of an input file or an option on the command line would hold it,
/// through every value parser. Besides not crashing, each parser must keep its promise: what it accepts
/// it gives back in the form data.md and outputs.md describe.
func fuzzFields(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: bytes(start, count), as: UTF8.self)

    if case let .success(code) = FieldParser.code(text) {
        let bytes = Array(code.utf8)
        check(code == text.uppercased() && !bytes.isEmpty && bytes.count <= 64, "code '\(code)' from '\(text)'")
        check(bytes.enumerated().allSatisfy { index, byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || (index > 0 && [0x2E, 0x5F, 0x2D].contains(byte))
        }, "code '\(code)' breaks ^[A-Z0-9][A-Z0-9._-]{0,63}$")
    }
    if case let .success(date) = FieldParser.date(text) {
        check(CivilDate(iso: date.description) == date, "date \(date) from '\(text)' does not read back")
    }
    if let date = CivilDate(iso: text) {
        check(date.description == text, "ISO date '\(text)' is written back as \(date)")
    }
    if case let .success(flag) = FieldParser.boolean(text) {
        check(FieldParser.boolean(flag ? "true" : "false") == .success(flag), "boolean '\(text)'")
    }
    if case let .success(number) = FieldParser.wholeNumber(text, in: 1900 ... 2026) {
        check((1900 ... 2026).contains(number), "whole number \(number) from '\(text)' is out of bounds")
    }
    for commaDecimal in [false, true] {
        if case let .success(amount) = FieldParser.amount(text, commaDecimal: commaDecimal, max: 100_000) {
            check(amount >= .zero && amount <= ExactDecimal(100_000) && amount.significantDecimals <= 2, "amount \(amount) from '\(text)'")
        }
    }
    if case let .success(url) = FieldParser.url(text) {
        check(url.hasPrefix("http://") || url.hasPrefix("https://"), "url '\(url)' from '\(text)'")
        check(FieldParser.url(url) == .success(url) || url.hasSuffix("/"), "url '\(url)' is not normal")
    }
    if case let .success(citizen) = FieldParser.citizen(text) {
        check(!citizen.isEmpty && !citizen.unicodeScalars.contains { $0 == " " || $0 == "." || $0 == "-" }, "citizen normalisation")
    }
    _ = FieldParser.choice(text, Subject.self, allowed: Subject.allCases)
    if let number = ExactDecimal(parsing: text) {
        check(ExactDecimal(parsing: number.description) == number, "decimal \(number) from '\(text)' does not read back")
        _ = number.rounded(toPlaces: 2)
    }
    if let normal = TextNormalizer.normalize(text) {
        let again = TextNormalizer.normalize(normal)
        check(again.map { Array($0.unicodeScalars) } == Array(normal.unicodeScalars), "normalisation of '\(text)' is not stable")
        check(normal.unicodeScalars.first != " " && normal.unicodeScalars.last != " ", "normal text '\(normal)' has an edge space")
    }
    _ = TextNormalizer.foldHeader(text)
    if let period = try? Period(parsing: text) {
        check((try? Period(parsing: period.label)) == period, "period '\(text)' is labelled \(period.label), which reads back otherwise")
        _ = period.previous
    }
    return 0
}
