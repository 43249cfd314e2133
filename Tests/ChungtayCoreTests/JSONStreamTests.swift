import ChungtayCore
import Testing

/// A document written piece by piece is the text ``JSONValue/serialized(pretty:)`` gives for the same value.
@Suite struct JSONStreamTests {
    @Test func piecesGiveTheTreesText() {
        let inner = JSONValue.object([(key: "z", value: .array([.number("1"), .string("a\u{2028}")])), (key: "e", value: .object([]))])
        let tree = JSONValue.object([
            (key: "n", value: .number("1.50")),
            (key: "list", value: .array([inner, .array([]), inner])),
            (key: "none", value: .array([])),
            (key: "nested", value: .object([(key: "deep", value: .array([.object([(key: "k\"", value: .null)])]))])),
        ])
        var stream = JSONStream()
        stream.openObject()
        stream.member("n", .number("1.50"))
        stream.key("list")
        stream.openArray()
        stream.element()
        stream.value(inner)
        stream.element()
        stream.openArray()
        stream.close()
        stream.element()
        stream.openObject()
        stream.member("z", .array([.number("1"), .string("a\u{2028}")]))
        stream.member("e", .object([]))
        stream.close()
        stream.close()
        stream.key("none")
        stream.openArray()
        stream.close()
        stream.key("nested")
        stream.openObject()
        stream.key("deep")
        stream.openArray()
        stream.element()
        stream.value(.object([(key: "k\"", value: .null)]))
        stream.close()
        stream.close()
        stream.close()
        #expect(String(decoding: stream.finished(), as: UTF8.self) == tree.serialized())
    }

    @Test func scalarsAreWrittenAsTheirValues() {
        // Each scalar writer against the value it stands for: whole numbers, points in their shortest form (0.07, 0.5,
        // 15.45, 15.5, 1000, negatives), strings with escapes, nulls; a key made once against the key as text.
        let integers: [Int?] = [0, 7, 10, 12_345, -3, -100, Int.max, nil]
        let points: [Int64?] = [0, 7, 50, 1545, 1550, 100_000, -5, -1230, 99, 101, nil]
        let strings: [String?] = ["Nguyễn Thị Lan", "tab\tquote\"\u{2028}", "", nil]
        let tree = JSONValue.object([
            (key: "integers", value: .object(integers.enumerated().map { ("i\($0.offset)", .integer($0.element)) })),
            (key: "points", value: .object(points.enumerated().map { ("p\($0.offset)", .points($0.element.map { Points(hundredths: $0) })) })),
            (key: "strings", value: .object(strings.enumerated().map { ("s\($0.offset)", .text($0.element)) })),
            (key: "k\"ey", value: .null),
        ])
        var stream = JSONStream()
        stream.openObject()
        stream.key("integers")
        stream.openObject()
        for (index, integer) in integers.enumerated() {
            stream.key("i\(index)")
            stream.integer(integer)
        }
        stream.close()
        stream.key(JSONStream.Key("points"))
        stream.openObject()
        for (index, hundredths) in points.enumerated() {
            stream.key(JSONStream.Key("p\(index)"))
            stream.points(hundredths.map { Points(hundredths: $0) })
        }
        stream.close()
        stream.key("strings")
        stream.openObject()
        for (index, text) in strings.enumerated() {
            stream.key("s\(index)")
            stream.string(text)
        }
        stream.close()
        stream.key(JSONStream.Key("k\"ey"))
        stream.string(nil)
        stream.close()
        #expect(String(decoding: stream.finished(), as: UTF8.self) == tree.serialized())
        #expect(tree.serialized().contains(#""p1": 0.07,"#) && tree.serialized().contains(#""p8": 0.99,"#))
    }

    @Test func deepIndentsAreWhole() {
        // Deeper than the line break kept for indents (32 levels): the spaces still come to two per level.
        var value = JSONValue.object([(key: "leaf", value: .integer(1))])
        for _ in 0 ..< 40 { value = .array([value]) }
        var stream = JSONStream()
        stream.value(value)
        #expect(String(decoding: stream.finished(), as: UTF8.self) == value.serialized())
        #expect(value.serialized().contains("\n" + String(repeating: " ", count: 82) + "\"leaf\": 1"))
    }

    @Test func anEmptyObjectClosesOnItsLine() {
        var stream = JSONStream()
        stream.openObject()
        stream.close()
        #expect(stream.finished() == Array("{}\n".utf8))
    }

    @Test func compactStreamsGiveTheCompactText() {
        // The same pieces as a compact document: no line breaks, `:` without a space, no final line feed.
        let tree = JSONValue.object([
            (key: "n", value: .number("1.50")),
            (key: "list", value: .array([.object([(key: "a", value: .array([.number("1"), .string("x")]))]), .object([])])),
            (key: "points", value: .points(Points(hundredths: -1230))),
            (key: "none", value: .null),
        ])
        var stream = JSONStream(pretty: false)
        stream.openObject()
        stream.member("n", .number("1.50"))
        stream.key(JSONStream.Key("list"))
        stream.openArray()
        stream.element()
        stream.openObject()
        stream.member("a", .array([.number("1"), .string("x")]))
        stream.close()
        stream.element()
        stream.openObject()
        stream.close()
        stream.close()
        stream.key("points")
        stream.points(Points(hundredths: -1230))
        stream.key("none")
        stream.string(nil)
        stream.close()
        #expect(String(decoding: stream.finished(), as: UTF8.self) == tree.serialized(pretty: false))
    }
}
