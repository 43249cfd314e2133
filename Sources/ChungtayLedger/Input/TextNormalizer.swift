import ChungtayCore
import Foundation

/// The normalisation every text value gets (data.md, Reading a file): trimmed, NFC, runs of Unicode white
/// space (TAB, CR, LF, no-break space…) made one space; other control characters refused.
enum TextNormalizer {
    /// The normalised text, or nil when it holds a control character other than white space.
    static func normalize(_ raw: String) -> String? {
        // Fast path: already normal when it holds no doubled or edge spaces and only printable ASCII and letters
        // that are their own NFC form whatever follows them (Latin-1 to Latin Extended-B without the no-break space,
        // and Latin Extended Additional: every Vietnamese letter; no combining mark, white space or control).
        var plain = true
        var previousSpace = true
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (value == 0x20 && previousSpace)
                || (value > 0x7F && !(0xA1 ... 0x24F).contains(value) && !(0x1E00 ... 0x1EFF).contains(value)) {
                plain = false
                break
            }
            previousSpace = value == 0x20
        }
        if plain, !previousSpace || raw.isEmpty { return raw }

        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .control { return nil }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Folds a header name for matching: lower case, no diacritics (đ → d), no spaces or underscores.
    static func foldHeader(_ name: String) -> String {
        let lowered = name.lowercased().replacingOccurrences(of: "đ", with: "d")
        let stripped = lowered.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark && !$0.properties.isWhitespace && $0 != "_"
        }
        return String(String.UnicodeScalarView(stripped))
    }
}
