import ChungtayCore

/// Draws built on the raw 64-bit output only, so that every platform and every Swift version gives the same
/// numbers (the standard library's `random(in:using:)` and `shuffle(using:)` promise no fixed algorithm).
extension SeededGenerator {
    /// A generator for one independent stream of the sample (units, members, activities…), so that changing
    /// the size of one file does not change the others.
    init(seed: UInt64, stream: UInt64) {
        self.init(seed: mix64(seed ^ mix64(stream &* 0x9E37_79B9_7F4A_7C15)))
    }

    /// A whole number in `0..<n` (multiply-high; the bias is below 2⁻⁴⁰ for the sizes used here).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(0)")
        return Int(UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// A whole number in `low...high`.
    mutating func between(_ low: Int, _ high: Int) -> Int {
        low + below(high - low + 1)
    }

    /// True `numerator` times in `denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ values: [T]) -> T {
        values[below(values.count)]
    }

    /// An index into `weights`, each drawn in proportion to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var draw = below(total)
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }
}

/// The SplitMix64 finaliser: a bijection on 64-bit values, used to derive seeds and unique-looking numbers.
func mix64(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

/// A table for drawing many times from the same distribution in O(1): Walker's alias method, in integers
/// only, so that every platform builds the same table and draws the same indices.
struct WeightTable {
    private var threshold: [UInt64] = []
    private var alias: [Int32] = []
    private(set) var total: UInt64 = 0

    init(_ weights: [Int]) {
        let count = weights.count
        total = weights.reduce(0) { $0 + UInt64($1) }
        guard total > 0 else { return }
        // Each slot holds `total` units: its own weight × count, topped up from one heavier slot.
        var scaled = weights.map { UInt64($0) * UInt64(count) }
        threshold = [UInt64](repeating: total, count: count)
        alias = (0 ..< count).map { Int32($0) }
        var small = [Int](), large = [Int]()
        for index in 0 ..< count {
            if scaled[index] < total { small.append(index) } else { large.append(index) }
        }
        while let light = small.popLast(), let heavy = large.popLast() {
            threshold[light] = scaled[light]
            alias[light] = Int32(heavy)
            scaled[heavy] = scaled[heavy] + scaled[light] - total
            if scaled[heavy] < total { small.append(heavy) } else { large.append(heavy) }
        }
    }

    /// An index drawn in proportion to its weight; nil when every weight is 0.
    func draw(_ random: inout SeededGenerator) -> Int? {
        guard total > 0 else { return nil }
        let slot = random.below(threshold.count)
        let point = total.multipliedFullWidth(by: random.next()).high
        return point < threshold[slot] ? slot : Int(alias[slot])
    }
}
