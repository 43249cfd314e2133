import Foundation
import Synchronization

/// A sort key that orders names as ICU's `vi` collation does (scoring.md, Ranking: "a ă â b c d đ e ê …").
///
/// Three levels, as ICU compares them: letters (the Vietnamese alphabet, where ă, â, đ, ê, ô, ơ, ư are letters of
/// their own right after a, a, d, e, o, o, u), then tones (none, huyền, hỏi, ngã, sắc, nặng), then case (lower
/// first). Spaces come before punctuation, punctuation before digits, digits before letters.
///
/// Foundation's `compare(_:options:range:locale:)` with the `vi` locale gives the same order, but builds a collator
/// on every call (about 0.3 ms): sorting a province's members by it takes seconds. A key is built once per name.
/// The tests check that the two orders agree.
///
/// A name written only with Latin letters (precomposed, as imports store names) takes each character's weights
/// from a table filled as names first use them; any other name is decomposed and weighed scalar by scalar. Both give
/// the same key.
struct VietnameseSortKey: Comparable, Sendable {
    /// The three levels one after the other: letters, 0, tones, 0, cases. No letter weighs 0, and the tones
    /// and cases of equal letters are as many: compared as one sequence, the keys compare as their levels in turn, a name
    /// whose letters begin another's coming first. One array is built and compared instead of three.
    private let weights: [UInt32]

    init(_ text: String) {
        self.init(weights: Self.precomposed(text) ?? Levels(decomposing: text).weights)
    }

    /// The key from the characters' canonical decompositions, scalar by scalar.
    init(decomposing text: String) {
        self.init(weights: Levels(decomposing: text).weights)
    }

    private init(weights: [UInt32]) {
        self.weights = weights
    }

    /// A key's levels as they are built: one letter, tone and case per letter.
    private struct Levels {
        var letters: [UInt32] = []
        var tones: [UInt8] = []
        var cases: [UInt8] = []

        var weights: [UInt32] { letters + [0] + tones.map(UInt32.init) + [0] + cases.map(UInt32.init) }

        init(decomposing text: String) {
            self.init(decomposed: text.decomposedStringWithCanonicalMapping.unicodeScalars)
        }

        init(decomposed: String.UnicodeScalarView) {
            for scalar in decomposed {
                switch scalar.value {
                // Marks that make a letter of its own: breve (ă), circumflex (â ê ô), horn (ơ ư).
                case 0x0306, 0x0302, 0x031B:
                    guard let last = letters.indices.last, let base = VietnameseSortKey.baseLetter(letters[last]),
                          let letter = VietnameseSortKey.alphabet.firstIndex(of: base + String(Character(scalar))) else { continue }
                    letters[last] = VietnameseSortKey.letterWeight + UInt32(letter)
                // Tones, in ICU's order: huyền, hỏi, ngã, sắc, nặng.
                case 0x0300, 0x0309, 0x0303, 0x0301, 0x0323:
                    guard !tones.isEmpty else { continue }
                    tones[tones.count - 1] = VietnameseSortKey.tone(scalar.value)
                default:
                    if scalar.properties.generalCategory == .nonspacingMark {
                        // Any other mark: a difference of the second level after the tones.
                        if !tones.isEmpty { tones[tones.count - 1] = 6 }
                        continue
                    }
                    append(scalar)
                }
            }
        }

        private mutating func append(_ scalar: Unicode.Scalar) {
            let lower = scalar.properties.lowercaseMapping
            cases.append(lower == String(scalar) ? 0 : 1)
            tones.append(0)
            if let letter = VietnameseSortKey.alphabet.firstIndex(of: lower) {
                letters.append(VietnameseSortKey.letterWeight + UInt32(letter))
            } else if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                letters.append(VietnameseSortKey.digitWeight + UInt32(digit))
            } else if scalar.properties.isWhitespace {
                letters.append(1)
            } else if scalar.properties.isAlphabetic {
                letters.append(VietnameseSortKey.otherLetterWeight + (lower.unicodeScalars.first ?? scalar).value)
            } else {
                letters.append(VietnameseSortKey.punctuationWeight + scalar.value)
            }
        }
    }

    /// The weights of one character that decomposes into a base and marks: one letter, its tone, its case.
    private struct Weights: Sendable {
        let letter: UInt32
        let tone: UInt8
        let lowerOrUpper: UInt8
    }

    /// A character's place in ``table``: not weighed yet, weighed, or not in the table.
    private enum Slot {
        case unweighed, weighed(Weights), outside
    }

    /// The weights of U+0000–U+024F and U+1E00–U+1EFF (every Vietnamese letter, with or without its tone), where a
    /// character's key does not depend on its neighbours: it is a starter whose decomposition starts with a starter
    /// and gives exactly one weight. A character is weighed when a name first uses it (a province's names use a
    /// hundred of the 848).
    private static let table = Mutex((low: [Slot](repeating: .unweighed, count: 0x250), high: [Slot](repeating: .unweighed, count: 0x100)))

    private static func weigh(_ value: UInt32) -> Slot {
        guard let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass == .notReordered else { return .outside }
        // Decomposed once, for the check and the key.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = decomposed.first, first.properties.canonicalCombiningClass == .notReordered else { return .outside }
        let key = Levels(decomposed: decomposed)
        guard key.letters.count == 1, key.tones.count == 1, key.cases.count == 1 else { return .outside }
        return .weighed(Weights(letter: key.letters[0], tone: key.tones[0], lowerOrUpper: key.cases[0]))
    }

    /// The weights of a name whose every character is in ``table``; nil otherwise. The scalars are read from the
    /// name's UTF-8 as they come (those of the table take one to three bytes).
    private static func precomposed(_ text: String) -> [UInt32]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt32]? in
            // The scalars, counted as the bytes that start one.
            let count = bytes.count { $0 & 0xC0 != 0x80 }
            // Letters, 0, tones, 0, cases.
            var weights = [UInt32](repeating: 0, count: 3 * count + 2)
            let found = table.withLock { table in
                var offset = 0
                for index in 0 ..< count {
                    let lead = UInt32(bytes[offset])
                    let value: UInt32
                    switch lead {
                    case 0 ..< 0x80:
                        value = lead
                        offset += 1
                    case 0xC0 ..< 0xE0:
                        value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                        offset += 2
                    case 0xE0 ..< 0xF0:
                        value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                        offset += 3
                    default:
                        return false
                    }
                    let slot: Slot
                    if value < 0x250 {
                        if case .unweighed = table.low[Int(value)] { table.low[Int(value)] = weigh(value) }
                        slot = table.low[Int(value)]
                    } else if value >= 0x1E00, value < 0x1F00 {
                        if case .unweighed = table.high[Int(value - 0x1E00)] { table.high[Int(value - 0x1E00)] = weigh(value) }
                        slot = table.high[Int(value - 0x1E00)]
                    } else {
                        return false
                    }
                    guard case let .weighed(character) = slot else { return false }
                    weights[index] = character.letter
                    weights[count + 1 + index] = UInt32(character.tone)
                    weights[2 * count + 2 + index] = UInt32(character.lowerOrUpper)
                }
                return true
            }
            return found ? weights : nil
        }
    }

    private static func tone(_ mark: UInt32) -> UInt8 {
        switch mark {
        case 0x0300: return 1
        case 0x0309: return 2
        case 0x0303: return 3
        case 0x0301: return 4
        default: return 5
        }
    }

    private static let punctuationWeight: UInt32 = 0x10
    private static let digitWeight: UInt32 = 0x20_0000
    private static let letterWeight: UInt32 = 0x30_0000
    private static let otherLetterWeight: UInt32 = 0x40_0000

    /// The Vietnamese alphabet with the Latin letters it does not use, lower case, in collation order. The
    /// two-scalar entries are the decomposed forms of ă, â, ê, ô, ơ, ư.
    private static let alphabet: [String] = [
        "a", "a\u{0306}", "a\u{0302}", "b", "c", "d", "đ", "e", "e\u{0302}", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "o\u{0302}", "o\u{031B}", "p", "q", "r", "s", "t", "u", "u\u{031B}", "v", "w", "x", "y", "z",
    ]

    private static func baseLetter(_ weight: UInt32) -> String? {
        guard weight >= letterWeight, weight < letterWeight + UInt32(alphabet.count) else { return nil }
        return alphabet[Int(weight - letterWeight)]
    }

    static func < (lhs: VietnameseSortKey, rhs: VietnameseSortKey) -> Bool {
        lhs.order(rhs) < 0
    }

    /// Below 0 when this key comes first, above 0 when `other` does, 0 when they are equal: one pass where `<` and `==`
    /// would take two.
    func order(_ other: VietnameseSortKey) -> Int {
        weights.withUnsafeBufferPointer { left in
            other.weights.withUnsafeBufferPointer { right in
                for index in 0 ..< min(left.count, right.count) where left[index] != right[index] {
                    return left[index] < right[index] ? -1 : 1
                }
                return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
            }
        }
    }
}
