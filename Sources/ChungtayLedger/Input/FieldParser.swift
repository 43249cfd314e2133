import ChungtayCore

/// Parsers for the value forms of data.md. Each returns the value, or a message saying what is wrong
/// (in both languages) without repeating the value where it could be personal data.
enum FieldParser {
    typealias Failure = Diagnostic.Message

    /// A code (unit code, member id, dossier): upper-cased, `^[A-Z0-9][A-Z0-9._-]{0,63}$`.
    static func code(_ text: String) -> Result<String, Failure> {
        func valid(_ bytes: String.UTF8View) -> Bool {
            !bytes.isEmpty && bytes.count <= 64 && bytes.enumerated().allSatisfy { index, byte in
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || (index > 0 && (byte == 0x2E || byte == 0x5F || byte == 0x2D))
            }
        }
        if valid(text.utf8) { return .success(text) }
        let upper = text.uppercased()
        let valid = valid(upper.utf8)
        guard valid else {
            return .failure(Failure(
                vi: "'\(text)' không phải mã hợp lệ: chỉ dùng chữ cái không dấu, chữ số và . _ - (tối đa 64 ký tự, bắt đầu bằng chữ hoặc số)",
                en: "'\(text)' is not a valid code: use letters without diacritics, digits and . _ - (at most 64, starting with a letter or digit)"))
        }
        return .success(upper)
    }

    static func date(_ text: String) -> Result<CivilDate, Failure> {
        guard let date = CivilDate(userText: text) else {
            return .failure(Failure(vi: "'\(text)' không phải ngày có thật; viết YYYY-MM-DD hoặc DD/MM/YYYY",
                                    en: "'\(text)' is not a real date; write YYYY-MM-DD or DD/MM/YYYY"))
        }
        return .success(date)
    }

    /// `true/false`, `yes/no`, `1/0`, `x/`(empty), `có/không` (also without diacritics), any case; empty is false.
    static func boolean(_ text: String) -> Result<Bool, Failure> {
        switch text {
        case "x", "1", "true", "có", "Có": return .success(true)
        case "0", "false", "không", "Không": return .success(false)
        default: break
        }
        switch TextNormalizer.foldHeader(text) {
        case "", "false", "no", "0", "khong": return .success(false)
        case "true", "yes", "1", "x", "co": return .success(true)
        default:
            return .failure(Failure(vi: "'\(text)' không phải giá trị đúng/sai; dùng có/không, x/để trống, 1/0 hoặc true/false",
                                    en: "'\(text)' is not a yes/no value; use true/false, yes/no, 1/0, x/empty or có/không"))
        }
    }

    /// A whole number within bounds.
    static func wholeNumber(_ text: String, in range: ClosedRange<Int64>) -> Result<Int64, Failure> {
        guard let value = Int64(text), range.contains(value) else {
            return .failure(Failure(vi: "'\(text)' phải là số nguyên từ \(range.lowerBound) đến \(range.upperBound)",
                                    en: "'\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return .success(value)
    }

    /// A number ≥ 0 with at most two decimals; `,` is the decimal mark when the file's delimiter is not `,`.
    static func amount(_ text: String, commaDecimal: Bool, max: Int64) -> Result<ExactDecimal, Failure> {
        let literal = commaDecimal ? text.replacingOccurrences(of: ",", with: ".") : text
        guard literal.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }),
              let value = ExactDecimal(parsing: literal), value >= .zero, value <= ExactDecimal(Int(max)),
              value.significantDecimals <= 2 else {
            return .failure(Failure(vi: "'\(text)' phải là số từ 0 đến \(max) với tối đa hai chữ số thập phân",
                                    en: "'\(text)' must be a number from 0 to \(max) with at most two decimals"))
        }
        return .success(value.rounded(toPlaces: 2))
    }

    /// An `http` or `https` URL, normalised: scheme and host lower-cased, fragment removed, then one `/` at
    /// the very end removed (`https://X.vn/a/#top` → `https://x.vn/a`; `…/a/?q=1` keeps its slash).
    static func url(_ text: String) -> Result<String, Failure> {
        let failure = Failure(vi: "'\(text)' không phải đường dẫn http hoặc https", en: "'\(text)' is not an http or https URL")
        let utf8 = text.utf8
        guard let colon = utf8.indices.first(where: { index in
            utf8[index] == UInt8(ascii: ":") && utf8[index...].starts(with: "://".utf8)
        }) else { return .failure(failure) }
        // Only ASCII letters lower-case to the letters of http and https.
        let scheme = String(decoding: utf8[..<colon].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        guard scheme == "http" || scheme == "https" else { return .failure(failure) }
        var rest = Substring(text[utf8.index(colon, offsetBy: 3)...])
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        let hostEnd = rest.utf8.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty, !host.utf8.contains(UInt8(ascii: " ")) else { return .failure(failure) }
        var result = scheme + "://" + host + rest[hostEnd...]
        if result.utf8.last == UInt8(ascii: "/") { result.removeLast() }
        return .success(result)
    }

    /// A citizen's identifier, normalised before hashing: spaces, dots and dashes removed, upper-cased.
    static func citizen(_ text: String) -> Result<String, Failure> {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .success(text) }
        let normalized = String(text.unicodeScalars.filter { $0 != " " && $0 != "." && $0 != "-" }).uppercased()
        guard !normalized.isEmpty else {
            return .failure(Failure(vi: "mã người dân rỗng sau khi bỏ dấu cách, dấu chấm, dấu gạch",
                                    en: "the citizen identifier is empty once spaces, dots and dashes are removed"))
        }
        return .success(normalized)
    }

    /// A value from a closed list.
    static func choice<T: RawRepresentable>(_ text: String, _ type: T.Type, allowed: [T]) -> Result<T, Failure> where T.RawValue == String {
        if let value = T(rawValue: text.lowercased()) { return .success(value) }
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        return .failure(Failure(vi: "'\(text)' không hợp lệ (được phép: \(list))", en: "'\(text)' is not allowed (allowed: \(list))"))
    }
}
