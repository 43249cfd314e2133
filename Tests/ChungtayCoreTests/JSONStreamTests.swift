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

    @Test func anEmptyObjectClosesOnItsLine() {
        var stream = JSONStream()
        stream.openObject()
        stream.close()
        #expect(stream.finished() == Array("{}\n".utf8))
    }
}
