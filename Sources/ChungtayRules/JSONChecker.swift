import ChungtayCore

/// Walks a JSON document and collects every problem with its JSON path, instead of stopping at the first.
///
/// Each accessor returns nil (and records why) when the value is missing or malformed, so that the
/// rules reader can go on checking the rest of the file.
struct JSONChecker {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Records a problem at a JSON path, in Vietnamese and in English; both say what to do where they can.
    mutating func report(_ path: String, vi: String, en: String) {
        diagnostics.append(Diagnostic(file: file, location: .jsonPath(path), vi: vi, en: en))
    }

    /// A noun in both languages, for messages built from parts (`unknown sector '...'`).
    struct Words {
        let vi: String
        let en: String

        init(_ vi: String, _ en: String) {
            self.vi = vi
            self.en = en
        }
    }

    /// The JSON type's name as Vietnamese messages use it (`typeName` is the English one).
    static func typeNameVi(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "một giá trị true/false"
        case .number: return "một số"
        case .string: return "một chuỗi"
        case .array: return "một mảng"
        case .object: return "một đối tượng"
        }
    }

    /// `; bạn có muốn viết 'x'?` / `; did you mean 'x'?`, or nothing when no known name is close.
    static func suggestion(for word: String, in candidates: [String]) -> Words {
        guard let suggestion = word.closest(in: candidates) else { return Words("", "") }
        return Words("; bạn có muốn viết '\(suggestion)'?", "; did you mean '\(suggestion)'?")
    }

    static func child(_ path: String, _ key: String) -> String {
        let isIdentifier = !key.isEmpty && key.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                || $0 == UInt8(ascii: "_") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        } && !(key.first!.isNumber)
        return isIdentifier ? "\(path).\(key)" : "\(path)[\"\(key)\"]"
    }

    /// The members of an object; unknown, repeated and missing required keys are reported.
    mutating func object(_ value: JSONValue?, at path: String, allowed: [String], required: [String] = []) -> [String: JSONValue]? {
        guard let value else { return nil }
        guard case let .object(members) = value else {
            report(path, vi: "phải là một đối tượng, không phải \(Self.typeNameVi(value))", en: "expected an object, found \(value.typeName)")
            return nil
        }
        var result: [String: JSONValue] = [:]
        for (key, member) in members {
            if result[key] != nil {
                report(Self.child(path, key), vi: "khóa này xuất hiện hai lần; chỉ giữ lại một", en: "the key appears twice; keep one")
                continue
            }
            if !allowed.contains(key) {
                let suggestion = Self.suggestion(for: key, in: allowed), list = allowed.joined(separator: ", ")
                report(Self.child(path, key), vi: "khóa không hợp lệ\(suggestion.vi) (các khóa hợp lệ: \(list))",
                       en: "unknown key\(suggestion.en) (allowed: \(list))")
                continue
            }
            result[key] = member
        }
        for key in required where result[key] == nil {
            report(path, vi: "thiếu khóa bắt buộc '\(key)'", en: "missing required key '\(key)'")
        }
        return result
    }

    /// An object whose keys are free (type ids, attribute names); repeated keys are reported.
    mutating func dictionary(_ value: JSONValue?, at path: String) -> [(key: String, value: JSONValue)]? {
        guard let value else { return nil }
        guard case let .object(members) = value else {
            report(path, vi: "phải là một đối tượng, không phải \(Self.typeNameVi(value))", en: "expected an object, found \(value.typeName)")
            return nil
        }
        var seen = Set<String>()
        var result: [(key: String, value: JSONValue)] = []
        for member in members {
            guard seen.insert(member.key).inserted else {
                report(Self.child(path, member.key), vi: "khóa này xuất hiện hai lần; chỉ giữ lại một", en: "the key appears twice; keep one")
                continue
            }
            result.append(member)
        }
        return result
    }

    mutating func array(_ value: JSONValue?, at path: String) -> [JSONValue]? {
        guard let value else { return nil }
        guard case let .array(elements) = value else {
            report(path, vi: "phải là một mảng, không phải \(Self.typeNameVi(value))", en: "expected an array, found \(value.typeName)")
            return nil
        }
        return elements
    }

    mutating func string(_ value: JSONValue?, at path: String, nonEmpty: Bool = true) -> String? {
        guard let value else { return nil }
        guard case let .string(text) = value else {
            report(path, vi: "phải là một chuỗi, không phải \(Self.typeNameVi(value))", en: "expected a string, found \(value.typeName)")
            return nil
        }
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            report(path, vi: "không được để trống", en: "must not be empty")
            return nil
        }
        return text
    }

    mutating func bool(_ value: JSONValue?, at path: String) -> Bool? {
        guard let value else { return nil }
        guard case let .bool(flag) = value else {
            report(path, vi: "phải là true hoặc false, không phải \(Self.typeNameVi(value))", en: "expected true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    /// A number with at most two decimals, within the given bounds.
    mutating func decimal(_ value: JSONValue?, at path: String, min: ExactDecimal = .zero, minExclusive: Bool = false,
                          max: ExactDecimal? = RulesLimits.maxAmount) -> ExactDecimal? {
        guard let value else { return nil }
        guard case let .number(literal) = value, let number = ExactDecimal(parsing: literal) else {
            report(path, vi: "phải là một số, không phải \(Self.typeNameVi(value))", en: "expected a number, found \(value.typeName)")
            return nil
        }
        if number.significantDecimals > 2 {
            report(path, vi: "\(literal) có quá hai chữ số sau dấu phẩy; làm tròn đến hai chữ số",
                   en: "\(literal) has more than two digits after the point; round it to two")
            return nil
        }
        if minExclusive ? number <= min : number < min {
            report(path, vi: "\(literal) phải \(minExclusive ? "lớn hơn" : "từ") \(min)\(minExclusive ? "" : " trở lên")",
                   en: "\(literal) must be \(minExclusive ? "above" : "at least") \(min)")
            return nil
        }
        if let max, number > max {
            report(path, vi: "\(literal) không được lớn hơn \(max)", en: "\(literal) must be at most \(max)")
            return nil
        }
        return number.rounded(toPlaces: 2).normalized
    }

    /// A whole number within the given bounds.
    mutating func integer(_ value: JSONValue?, at path: String, min: Int, max: Int = 1_000_000_000) -> Int? {
        guard let value else { return nil }
        guard case let .number(literal) = value, let number = ExactDecimal(parsing: literal) else {
            report(path, vi: "phải là một số nguyên, không phải \(Self.typeNameVi(value))", en: "expected a whole number, found \(value.typeName)")
            return nil
        }
        guard number.significantDecimals == 0, number >= ExactDecimal(min), number <= ExactDecimal(max) else {
            report(path, vi: "\(literal) phải là một số nguyên từ \(min) đến \(max)", en: "\(literal) must be a whole number from \(min) to \(max)")
            return nil
        }
        return Int(number.normalized.mantissa)
    }

    mutating func date(_ value: JSONValue?, at path: String) -> CivilDate? {
        guard let text = string(value, at: path) else { return nil }
        guard let date = CivilDate(iso: text) else {
            report(path, vi: "'\(text)' không phải là ngày theo dạng YYYY-MM-DD", en: "'\(text)' is not a date in the form YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// A string from a closed list; the message names the allowed values.
    mutating func choice<T: RawRepresentable>(_ value: JSONValue?, at path: String, of type: T.Type, allowed: [T],
                                               what: Words) -> T? where T.RawValue == String {
        guard let text = string(value, at: path) else { return nil }
        guard let choice = T(rawValue: text), allowed.contains(where: { $0.rawValue == text }) else {
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            report(path, vi: "\(what.vi) '\(text)' không hợp lệ (được phép: \(list))", en: "unknown \(what.en) '\(text)' (allowed: \(list))")
            return nil
        }
        return choice
    }

    /// A non-empty array of strings from a closed list, without repeats.
    mutating func choices<T: RawRepresentable & Hashable>(_ value: JSONValue?, at path: String, of type: T.Type,
                                                          allowed: [T], what: Words) -> Set<T>? where T.RawValue == String {
        guard let elements = array(value, at: path) else { return nil }
        if elements.isEmpty { report(path, vi: "phải liệt kê ít nhất một \(what.vi)", en: "must list at least one \(what.en)") }
        var result = Set<T>()
        for (index, element) in elements.enumerated() {
            if let choice = choice(element, at: "\(path)[\(index)]", of: type, allowed: allowed, what: what),
               !result.insert(choice).inserted {
                report("\(path)[\(index)]", vi: "'\(choice.rawValue)' được liệt kê hai lần; chỉ giữ lại một",
                       en: "'\(choice.rawValue)' is listed twice")
            }
        }
        return result
    }
}

/// Bounds that keep every computation of scoring.md exact in 128 bits, documented in the README.
public enum RulesLimits {
    /// The largest points amount a rules file may state.
    public static let maxAmount = ExactDecimal(1_000_000)
    /// The largest factor of one multiplier.
    public static let maxFactor = ExactDecimal(10)
    /// The most digits the factors of one file's multipliers may have together (after dropping trailing zeros):
    /// with a base of at most 20 digits, their product stays within 38.
    public static let factorDigitBudget = 18
    /// The most attendees and hours one imported activity may state.
    public static let maxAttendees: Int64 = 10_000_000
    public static let maxHours: Int64 = 100_000
    /// The most points one activity may score with the largest attendees and hours and every multiplier: stored
    /// as hundredths in 64 bits, millions of them still add up exactly.
    public static let maxActivityPoints = ExactDecimal(1_000_000_000)
}
