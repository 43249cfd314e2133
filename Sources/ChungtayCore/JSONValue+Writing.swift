extension JSONValue {
    /// Writes the value as JSON text: keys in the order given, numbers exactly as held, two-space indentation
    /// when `pretty`. The same value always gives the same bytes.
    public func serialized(pretty: Bool = true) -> String {
        // Written as UTF-8 bytes and made a String once: appending to a String piece by piece costs far more.
        var output = JSONBytes(capacity: 4096)
        output.value(self, indent: pretty ? 0 : nil)
        if pretty { output.put(0x0A) }
        return String(decoding: output.written, as: UTF8.self)
    }

    /// Whether a byte of UTF-8 may need an escape: controls, `"`, `\\`, and 0xE2, which starts U+2028 and U+2029.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        // Most texts need no escape and are copied whole, from their contiguous UTF-8.
        var text = text
        let copied = text.withUTF8 { bytes in
            guard !bytes.contains(where: needsEscape) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{2028}": output.append(contentsOf: "\\u2028".utf8)
            case "\u{2029}": output.append(contentsOf: "\\u2029".utf8)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
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
