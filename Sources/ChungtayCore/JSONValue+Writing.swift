extension JSONValue {
    /// Writes the value as JSON text: keys in the order given, numbers exactly as held, two-space indentation
    /// when `pretty`. The same value always gives the same bytes.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: pretty ? 0 : nil)
        if pretty { output += "\n" }
        return output
    }

    private func write(to output: inout String, indent: Int?) {
        switch self {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(literal): output += literal
        case let .string(text): JSONValue.writeString(text, to: &output)
        case let .array(elements):
            guard !elements.isEmpty else { output += "[]"; return }
            // Arrays of scalars stay on one line; they read better that way.
            let scalarsOnly = elements.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            let inner = scalarsOnly ? nil : indent.map { $0 + 1 }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += scalarsOnly && indent != nil ? ", " : "," }
                JSONValue.newline(&output, inner)
                element.write(to: &output, indent: inner)
            }
            JSONValue.newline(&output, scalarsOnly ? nil : indent)
            output += "]"
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            let inner = indent.map { $0 + 1 }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.newline(&output, inner)
                JSONValue.writeString(member.key, to: &output)
                output += indent == nil ? ":" : ": "
                member.value.write(to: &output, indent: inner)
            }
            JSONValue.newline(&output, indent)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int?) {
        guard let indent else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: appended whole. (0xE2 leads U+2028 and U+2029, among others.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}

extension JSONValue {
    /// A JSON string, or null for nil.
    public static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// An exact JSON number, or null for nil.
    public static func decimal(_ value: ExactDecimal?) -> JSONValue { value.map { .number($0.description) } ?? .null }
    public static func points(_ value: Points?) -> JSONValue { value.map { .number($0.description) } ?? .null }
    public static func integer(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
    public static func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
}
