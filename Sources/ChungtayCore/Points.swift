/// A number of points with at most two decimals, held exactly as hundredths.
///
/// Stored points, caps and bonuses are all `Points`; only the intermediate steps of scoring
/// (base × multiplier) need the wider ``ExactDecimal``.
public struct Points: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public var hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// The value of an exact decimal, which must have at most two decimals.
    public init(_ value: ExactDecimal) {
        self.hundredths = value.hundredths
    }

    public static let zero = Points(hundredths: 0)

    public var exact: ExactDecimal { ExactDecimal(hundredths: hundredths) }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// The shortest exact form, as JSON and tables show it: `52.5`, `8`, `0.07` (what `exact.description` gives, written
    /// from the hundredths directly: boards write it for every entry).
    public var description: String {
        let magnitude = hundredths.magnitude
        let (whole, cents) = (magnitude / 100, magnitude % 100)
        let sign = hundredths < 0 ? "-" : ""
        if cents == 0 { return sign + String(whole) }
        if cents % 10 == 0 { return sign + String(whole) + "." + String(cents / 10) }
        return sign + String(whole) + (cents < 10 ? ".0" : ".") + String(cents)
    }

    /// Appends ``description``'s UTF-8, without making the string.
    public func appendDescription(to bytes: inout [UInt8]) {
        withDescriptionUTF8 { bytes.append(contentsOf: $0) }
    }

    /// ``description``'s UTF-8, made in a buffer on the stack (the longest, `-92233720368547758.08`, takes 21 bytes) and
    /// handed to `body`: for writers of many numbers.
    func withDescriptionUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw in
            var count = 0
            func put(_ byte: UInt8) {
                raw[count] = byte
                count += 1
            }
            let magnitude = hundredths.magnitude
            if hundredths < 0 { put(UInt8(ascii: "-")) }
            let whole = magnitude / 100
            var unit: UInt64 = 1
            while whole / unit >= 10 { unit *= 10 }
            while unit > 0 {
                put(UInt8(ascii: "0") + UInt8(whole / unit % 10))
                unit /= 10
            }
            let cents = UInt8(magnitude % 100)
            if cents > 0 {
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "0") + cents / 10)
                if cents % 10 > 0 { put(UInt8(ascii: "0") + cents % 10) }
            }
            return body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// Always two decimals (`52.50`), for aligned tables.
    public var fixed: String {
        let magnitude = hundredths.magnitude
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (magnitude % 100 < 10 ? "0" : "") + "\(magnitude % 100)"
    }
}

extension [UInt8] {
    /// Appends the decimal digits of a number.
    @inlinable
    public mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var unit: UInt = 1
        while magnitude / unit >= 10 { unit *= 10 }
        while unit > 0 {
            append(UInt8(ascii: "0") + UInt8(magnitude / unit % 10))
            unit /= 10
        }
    }
}
