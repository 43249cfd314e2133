import ChungtayCore
import Testing

/// The members of an object, or nil.
private func members(_ value: JSONValue) -> [(key: String, value: JSONValue)]? {
    if case let .object(members) = value { return members }
    return nil
}

/// The elements of an array, or nil.
private func elements(_ value: JSONValue) -> [JSONValue]? {
    if case let .array(elements) = value { return elements }
    return nil
}

/// The literal text of a number, or nil.
private func literal(_ value: JSONValue) -> String? {
    if case let .number(text) = value { return text }
    return nil
}

/// The text of a string, or nil.
private func text(_ value: JSONValue) -> String? {
    if case let .string(text) = value { return text }
    return nil
}

/// The error parsing `bytes` throws, or nil when it parses.
private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do throws(JSONSyntaxError) {
        _ = try JSONValue.parse(bytes)
        return nil
    } catch {
        return error
    }
}

private func syntaxError(_ text: String) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8))
}

@Suite("JSONValue parsing")
struct JSONValueParsingTests {
    @Test("scalars")
    func scalars() throws {
        #expect(try JSONValue.parse("null") == .null)
        #expect(try JSONValue.parse("true") == .bool(true))
        #expect(try JSONValue.parse("false") == .bool(false))
        #expect(try literal(JSONValue.parse("42")) == "42")
        #expect(try text(JSONValue.parse(#""hi""#)) == "hi")
        #expect(try text(JSONValue.parse(#""""#)) == "")
        #expect(try JSONValue.parse(" \t\r\n{ } \n") == .object([]))
        #expect(try JSONValue.parse("[ ]") == .array([]))
    }

    @Test("objects keep key order and repeated keys")
    func objectOrder() throws {
        let value = try JSONValue.parse(#"{"b": 1, "a": [true, false, null], "b": "x", "c": {}}"#)
        let list = try #require(members(value))
        #expect(list.map(\.key) == ["b", "a", "b", "c"])
        #expect(literal(list[0].value) == "1")
        #expect(list[1].value == .array([.bool(true), .bool(false), .null]))
        #expect(list[2].value == .string("x"))
        #expect(list[3].value == .object([]))
    }

    @Test("numbers keep their literal text", arguments: [
        "1.50", "0", "-0", "1e2", "1E+2", "-12.5e-3", "3.35", "0.07", "100", "-1", "2.500", "1.0e0",
        "12345678901234567890123456789012345678901234567890",
    ])
    func numberLiterals(text: String) throws {
        #expect(try literal(JSONValue.parse(text)) == text)
        #expect(try literal(JSONValue.parse("[\(text)]").arrayFirst) == text)
        let object = try #require(members(JSONValue.parse("{\"n\": \(text)}")))
        #expect(object.count == 1)
        #expect(literal(object[0].value) == text)
    }

    @Test("string escapes", arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u00e1""#, "\u{E1}"),
        (#""\u00C1""#, "\u{C1}"),
        (#""\u0041\u0062""#, "Ab"),
        (#""\u0000""#, "\u{0}"),
        (#""\u0110o\u00e0n""#, "\u{110}o\u{E0}n"),
        (#""\ud83d\ude00""#, "\u{1F600}"),
        (#""\uD83D\uDE00!""#, "\u{1F600}!"),
        (#""x\ud83c\udf89y""#, "x\u{1F389}y"),
        (#""\u2028""#, "\u{2028}"),
        (#""\uffff""#, "\u{FFFF}"),
    ])
    func escapes(json: String, expected: String) throws {
        let parsed = try #require(text(JSONValue.parse(json)))
        #expect(parsed == expected)
        #expect(Array(parsed.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("Vietnamese UTF-8 text is kept scalar for scalar")
    func vietnamese() throws {
        // Precomposed (NFC) and decomposed (NFD) forms must both come back unchanged.
        let nfc = "\u{110}o\u{E0}n Thanh ni\u{EA}n C\u{1ED9}ng s\u{1EA3}n H\u{1ED3} Ch\u{ED} Minh"
        let nfd = "\u{110}oa\u{300}n"
        let json = "{\"t\u{EA}n\": \"\(nfc)\", \"nfd\": \"\(nfd)\"}"
        let list = try #require(members(JSONValue.parse(json)))
        #expect(list.count == 2)
        #expect(Array(list[0].key.unicodeScalars) == Array("t\u{EA}n".unicodeScalars))
        let first = try #require(text(list[0].value))
        let second = try #require(text(list[1].value))
        #expect(Array(first.unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(Array(second.unicodeScalars) == Array(nfd.unicodeScalars))
        // The byte API gives the same.
        #expect(try JSONValue.parse(Array(json.utf8)) == JSONValue.parse(json))
        // A string mixing raw UTF-8 and escapes.
        #expect(try text(JSONValue.parse("\"\u{1EDB}\\u0020\u{1EDB}\"")) == "\u{1EDB} \u{1EDB}")
    }

    @Test("nested arrays and objects")
    func nested() throws {
        let value = try JSONValue.parse(#"[[1, [2, []]], {"a": [{"b": null}]}, []]"#)
        let expected = JSONValue.array([
            .array([.number("1"), .array([.number("2"), .array([])])]),
            .object([(key: "a", value: .array([.object([(key: "b", value: .null)])]))]),
            .array([]),
        ])
        #expect(value == expected)
        let outer = try #require(elements(value))
        #expect(outer.count == 3)
        #expect(elements(outer[0])?.count == 2)
    }

    @Test("63 levels of nesting parse; 64 are refused")
    func depth() throws {
        let ok = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        #expect(throws: Never.self) { _ = try JSONValue.parse(ok) }
        let deep = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        let error = try #require(syntaxError(deep))
        #expect(error.message == "nested too deeply")
        #expect(error.line == 1)
        #expect(error.column == 64)
        let deepObject = String(repeating: "{\"a\":", count: 64) + "1" + String(repeating: "}", count: 64)
        #expect(syntaxError(deepObject)?.message == "nested too deeply")
    }

    // MARK: Errors with their position

    @Test("errors give line, column and message", arguments: [
        // Trailing commas.
        (#"{"a": 1,}"#, 1, 9, "expected a key in double quotes"),
        ("{\n  \"a\": 1,\n}", 3, 1, "expected a key in double quotes"),
        ("[1, 2,]", 1, 7, "unexpected character"),
        // Missing colon.
        (#"{"a" 1}"#, 1, 6, "expected ':' after a key"),
        ("{\n  \"name\" \"x\"\n}", 2, 10, "expected ':' after a key"),
        // Unterminated strings.
        (#"{"a": "xyz"#, 1, 11, "unterminated string"),
        (#""abc"#, 1, 5, "unterminated string"),
        ("\"abc\\", 1, 6, "unterminated string"),
        // Bad literals.
        ("tru", 1, 1, "unexpected character"),
        ("{\n  \"ok\": tru\n}", 2, 9, "unexpected character"),
        ("[true, fals]", 1, 8, "unexpected character"),
        ("nul", 1, 1, "unexpected character"),
        ("True", 1, 1, "unexpected character"),
        ("[NaN]", 1, 2, "unexpected character"),
        // Text after the value.
        ("{} x", 1, 4, "unexpected text after the JSON value"),
        ("1 2", 1, 3, "unexpected text after the JSON value"),
        ("[1]\n]", 2, 1, "unexpected text after the JSON value"),
        ("truex", 1, 5, "unexpected text after the JSON value"),
        ("01", 1, 2, "unexpected text after the JSON value"),
        // Control characters in strings.
        ("\"a\tb\"", 1, 3, "control character in a string"),
        ("{\"a\": \"x\ny\"}", 1, 9, "control character in a string"),
        ("[\n\"\u{1}\"]", 2, 2, "control character in a string"),
        // Structure.
        ("", 1, 1, "unexpected end of the text"),
        ("  \n ", 2, 2, "unexpected end of the text"),
        ("[1,", 1, 4, "unexpected end of the text"),
        (#"{"a":"#, 1, 6, "unexpected end of the text"),
        (#"{"a":1"#, 1, 7, "expected ',' or '}'"),
        (#"{"a":1 "b":2}"#, 1, 8, "expected ',' or '}'"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("{a: 1}", 1, 2, "expected a key in double quotes"),
        ("{1: 1}", 1, 2, "expected a key in double quotes"),
        ("{\r\n x", 2, 2, "expected a key in double quotes"),
        ("'a'", 1, 1, "unexpected character"),
        // Numbers.
        ("1.", 1, 3, "invalid number"),
        ("-", 1, 2, "invalid number"),
        ("-a", 1, 2, "invalid number"),
        ("1e", 1, 3, "invalid number"),
        ("1e+", 1, 4, "invalid number"),
        (".5", 1, 1, "unexpected character"),
        ("+1", 1, 1, "unexpected character"),
        // Escapes.
        (#""\x""#, 1, 4, "invalid escape in a string"),
        (#""\ud83d""#, 1, 8, "unpaired surrogate in \\u escape"),
        (#""\ud83dx""#, 1, 8, "unpaired surrogate in \\u escape"),
        (#""\ud83d\u0041""#, 1, 14, "unpaired surrogate in \\u escape"),
        (#""\ude00""#, 1, 8, "invalid \\u escape"),
        (#""\u12g4""#, 1, 4, "invalid \\u escape"),
        (#""\u12""#, 1, 4, "short \\u escape"),
        // Columns count characters, not bytes: "Đoàn" is four columns.
        ("[\"\u{110}o\u{E0}n\",]", 1, 9, "unexpected character"),
        ("{\"t\u{EA}n\" 1}", 1, 8, "expected ':' after a key"),
    ])
    func errors(json: String, line: Int, column: Int, message: String) throws {
        let error = try #require(syntaxError(json), "\(json) should be refused")
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
    }

    @Test("invalid UTF-8 in a string is refused", arguments: [
        [0x22, 0x61, 0xFF, 0x62, 0x22],          // a byte that is never UTF-8
        [0x22, 0xC0, 0xAF, 0x22],                // overlong encoding of "/"
        [0x22, 0xED, 0xA0, 0x80, 0x22],          // an encoded surrogate
        [0x22, 0xE1, 0xBA, 0x22],                // a truncated sequence
        [0x22, 0x80, 0x22],                      // a lone continuation byte
        [0x22, 0x5C, 0x6E, 0xFE, 0x22],          // after an escape
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],    // above U+10FFFF
        [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], // in a key
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        let error = try #require(syntaxError(bytes))
        #expect(error.message == "invalid UTF-8 in a string")
        #expect(error.line == 1)
    }

    @Test("invalid bytes outside a string are refused")
    func invalidBytesOutside() throws {
        let error = try #require(syntaxError([0x5B, 0xFF, 0x5D] as [UInt8]))
        #expect(error.line == 1)
        #expect(error.column == 2)
        #expect(error.message == "unexpected character")
    }

    @Test("valid multi-byte UTF-8 through the byte API")
    func validBytes() throws {
        // "Đoàn 😀" as raw bytes.
        let bytes: [UInt8] = [0x22, 0xC4, 0x90, 0x6F, 0xC3, 0xA0, 0x6E, 0x20, 0xF0, 0x9F, 0x98, 0x80, 0x22]
        #expect(try JSONValue.parse(bytes) == .string("\u{110}o\u{E0}n \u{1F600}"))
        // Any collection of bytes will do.
        #expect(try JSONValue.parse(bytes[...]) == .string("\u{110}o\u{E0}n \u{1F600}"))
    }

    // MARK: Equality and type names

    @Test("equality: numbers by value, objects by order")
    func equality() {
        #expect(JSONValue.number("1.50") == .number("1.5"))
        #expect(JSONValue.number("1e2") == .number("100"))
        #expect(JSONValue.number("1.5") != .number("1.51"))
        #expect(JSONValue.number("1") != .string("1"))
        #expect(JSONValue.null != .bool(false))
        #expect(JSONValue.array([.null]) != .array([.null, .null]))
        let ab = JSONValue.object([(key: "a", value: .null), (key: "b", value: .bool(true))])
        let ba = JSONValue.object([(key: "b", value: .bool(true)), (key: "a", value: .null)])
        #expect(ab == JSONValue.object([(key: "a", value: .null), (key: "b", value: .bool(true))]))
        #expect(ab != ba)
        #expect(ab != .object([(key: "a", value: .null)]))
        #expect(JSONValue.object([(key: "a", value: .number("2.0"))]) == .object([(key: "a", value: .number("2"))]))
    }

    @Test("numbers too large for ExactDecimal are still told apart")
    func equalityOutOfRange() throws {
        // Valid JSON numbers that ExactDecimal cannot hold: different values must not compare equal.
        #expect(try JSONValue.parse("1e60") != JSONValue.parse("2e60"))
        #expect(JSONValue.number("1e60") != .number("1e70"))
        #expect(JSONValue.number("1e60") == .number("1e60"))
    }

    @Test("type names", arguments: [
        (JSONValue.null, "null"), (.bool(true), "a boolean"), (.number("1"), "a number"), (.string(""), "a string"),
        (.array([]), "an array"), (.object([]), "an object"),
    ])
    func typeNames(value: JSONValue, name: String) {
        #expect(value.typeName == name)
    }
}

@Suite("JSONValue writing")
struct JSONValueWritingTests {
    static let sample = JSONValue.object([
        (key: "name", value: .string("\u{110}o\u{E0}n")),
        (key: "n", value: .number("1.50")),
        (key: "tags", value: .array([.string("a"), .number("2"), .bool(true), .null])),
        (key: "nested", value: .object([
            (key: "x", value: .null),
            (key: "y", value: .array([.object([(key: "z", value: .bool(false))]), .array([])])),
        ])),
        (key: "empty", value: .object([])),
        (key: "none", value: .array([])),
    ])

    @Test("pretty output")
    func pretty() {
        let expected = """
        {
          "name": "\u{110}o\u{E0}n",
          "n": 1.50,
          "tags": ["a", 2, true, null],
          "nested": {
            "x": null,
            "y": [
              {
                "z": false
              },
              []
            ]
          },
          "empty": {},
          "none": []
        }

        """
        #expect(Self.sample.serialized() == expected)
        #expect(Self.sample.serialized(pretty: true) == expected)
    }

    @Test("compact output")
    func compact() {
        let expected = #"{"name":"\#u{110}o\#u{E0}n","n":1.50,"tags":["a",2,true,null],"nested":{"x":null,"y":[{"z":false},[]]},"empty":{},"none":[]}"#
        #expect(Self.sample.serialized(pretty: false) == expected)
        #expect(Array(Self.sample.serialized(pretty: false).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("top-level values", arguments: [
        (JSONValue.null, "null\n", "null"),
        (.bool(true), "true\n", "true"),
        (.number("1E+2"), "1E+2\n", "1E+2"),
        (.string("x"), "\"x\"\n", "\"x\""),
        (.array([]), "[]\n", "[]"),
        (.object([]), "{}\n", "{}"),
        (.array([.number("1"), .number("2")]), "[1, 2]\n", "[1,2]"),
        (.array([.object([(key: "a", value: .number("1"))])]), "[\n  {\n    \"a\": 1\n  }\n]\n", "[{\"a\":1}]"),
        (.array([.array([.number("1")]), .number("2")]), "[\n  [1],\n  2\n]\n", "[[1],2]"),
        (.object([(key: "a", value: .object([(key: "b", value: .array([]))]))]), "{\n  \"a\": {\n    \"b\": []\n  }\n}\n",
         "{\"a\":{\"b\":[]}}"),
    ])
    func topLevel(value: JSONValue, pretty: String, compact: String) {
        #expect(value.serialized() == pretty)
        #expect(value.serialized(pretty: false) == compact)
    }

    @Test("escaping of strings and keys")
    func escaping() {
        let value = JSONValue.string("q\"b\\n\nr\rt\tc\u{1}\u{1F}\u{8}\u{C}\u{0}/\u{7F}\u{2028}\u{2029}\u{E9}\u{1F600}")
        let expected = #""q\"b\\n\nr\rt\tc\u0001\u001f\u0008\u000c\u0000/"# + "\u{7F}" + #"\u2028\u2029"# + "\u{E9}\u{1F600}\""
        #expect(value.serialized(pretty: false) == expected)
        #expect(value.serialized() == expected + "\n")
        let key = JSONValue.object([(key: "a\"b\n", value: .null)])
        #expect(key.serialized(pretty: false) == #"{"a\"b\n":null}"#)
        #expect(key.serialized() == "{\n  \"a\\\"b\\n\": null\n}\n")
        // Strings with nothing to escape are written as they are, even with other characters led by 0xE2 (– …).
        let plain = ["Nguyễn Thị Lan", "2026–2027 …", "a\u{2028}", "\"", "\\", "\u{1}"].map { JSONValue.string($0).serialized(pretty: false) }
        #expect(plain == [#""Nguyễn Thị Lan""#, #""2026–2027 …""#, #""a\u2028""#, #""\"""#, #""\\""#, #""\u0001""#])
    }

    @Test("numbers are written exactly as held")
    func numbers() {
        let value = JSONValue.array(["1.50", "-0", "1e2", "0.07", "52.5"].map { .number($0) })
        #expect(value.serialized(pretty: false) == "[1.50,-0,1e2,0.07,52.5]")
    }

    @Test("the same value gives identical text, and the text parses back to it")
    func deterministic() throws {
        for pretty in [true, false] {
            let first = Self.sample.serialized(pretty: pretty)
            let second = Self.sample.serialized(pretty: pretty)
            #expect(first == second)
            #expect(Array(first.utf8) == Array(second.utf8))
            let reparsed = try JSONValue.parse(first)
            #expect(reparsed == Self.sample)
            #expect(reparsed.serialized(pretty: pretty) == first)
        }
        let tricky = JSONValue.object([
            (key: "s", value: .string("q\"b\\\n\r\t\u{1}\u{2028}\u{1F600} \u{110}")),
            (key: "s", value: .number("-12.5e-3")),
        ])
        #expect(try JSONValue.parse(tricky.serialized()) == tricky)
        #expect(try JSONValue.parse(tricky.serialized(pretty: false)) == tricky)
        let reparsedTricky = try #require(members(JSONValue.parse(tricky.serialized())))
        #expect(reparsedTricky.map(\.key) == ["s", "s"])
        #expect(literal(reparsedTricky[1].value) == "-12.5e-3")
    }

    @Test("convenience constructors")
    func constructors() {
        #expect(JSONValue.text(nil) == .null)
        #expect(text(JSONValue.text("a")) == "a")
        #expect(literal(JSONValue.decimal(ExactDecimal(parsing: "52.50"))) == "52.5")
        #expect(JSONValue.decimal(nil) == .null)
        #expect(literal(JSONValue.points(Points(hundredths: 7))) == "0.07")
        #expect(literal(JSONValue.points(Points(hundredths: 800))) == "8")
        #expect(JSONValue.points(nil) == .null)
        #expect(literal(JSONValue.integer(-12)) == "-12")
        #expect(JSONValue.integer(nil) == .null)
        #expect(text(JSONValue.date(CivilDate(year: 2026, month: 1, day: 5))) == "2026-01-05")
        #expect(JSONValue.date(nil) == .null)
    }
}

extension JSONValue {
    /// The first element of an array (null otherwise).
    fileprivate var arrayFirst: JSONValue {
        if case let .array(elements) = self, let first = elements.first { return first }
        return .null
    }
}
