/// A JSON document written as it is produced, byte for byte as ``JSONValue/serialized(pretty:)`` writes the same
/// value (pretty, or compact): for a document too large to build as one tree first, such as a board listing every
/// member.
///
/// Objects and arrays are opened and closed in turn; a member is named with ``key(_:)`` and an array's element
/// announced with ``element()`` before its value. Arrays opened here hold objects or arrays (an array of scalars is
/// written on one line, as a value). The text goes out with ``flush(_:)`` and ``finished()``.
public struct JSONStream: ~Copyable {
    private var bytes: JSONBytes
    /// Two-space indents and `: ` (else compact: no line breaks, `:`).
    private let pretty: Bool
    /// The innermost open object (true) or array (false), and whether it holds something yet; nil outside any. Kept
    /// apart from the ones around it (`outer`), as every member and element reads and marks it.
    private var innermost: (isObject: Bool, filled: Bool)?
    /// The open objects and arrays around the innermost, outermost first.
    private var outer: [(isObject: Bool, filled: Bool)] = []
    /// How many objects and arrays are open: the indent of the next line.
    private var depth = 0

    public init(capacity: Int = 4096, pretty: Bool = true) {
        bytes = JSONBytes(capacity: capacity)
        self.pretty = pretty
    }

    /// Bytes written since the last flush.
    public var count: Int { bytes.count }

    public mutating func openObject() {
        bytes.put(UInt8(ascii: "{"))
        enter(isObject: true)
    }

    public mutating func openArray() {
        bytes.put(UInt8(ascii: "["))
        enter(isObject: false)
    }

    /// Names the next member of the open object; its value follows.
    public mutating func key(_ key: String) {
        precondition(innermost?.isObject == true, "a key belongs in an open object")
        next()
        bytes.string(key)
        bytes.put(pretty ? ": " : ":")
    }

    /// A member's name as written before its value (quoted, escaped, then `: `), made once for a name that many
    /// objects of a document use.
    public struct Key: Sendable {
        fileprivate let written: [UInt8]

        public init(_ name: String) {
            var written: [UInt8] = []
            JSONValue.writeString(name, to: &written)
            written.append(contentsOf: ": ".utf8)
            self.written = written
        }
    }

    /// Names the next member of the open object by a key made before; its value follows.
    public mutating func key(_ key: Key) {
        precondition(innermost?.isObject == true, "a key belongs in an open object")
        next()
        key.written.withUnsafeBufferPointer { bytes.put(pretty ? $0 : UnsafeBufferPointer(rebasing: $0.dropLast())) }
    }

    /// Starts the next element of the open array; its value follows.
    public mutating func element() {
        precondition(innermost?.isObject == false, "an element belongs in an open array")
        next()
    }

    /// A whole value, after ``key(_:)`` or ``element()`` (or as the document).
    public mutating func value(_ value: JSONValue) {
        bytes.value(value, indent: pretty ? depth : nil)
    }

    /// A member and its value.
    public mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// A string value, or null for nil: what `.value(.text(text))` writes, without building the value.
    public mutating func string(_ text: String?) {
        guard let text else { return bytes.put("null") }
        bytes.string(text)
    }

    /// A whole number, or null for nil: what `.value(.integer(number))` writes.
    public mutating func integer(_ number: Int?) {
        guard let number else { return bytes.put("null") }
        if number < 0 { bytes.put(UInt8(ascii: "-")) }
        bytes.digits(number.magnitude)
    }

    /// Points in their shortest exact form (``Points/description``), or null for nil: what `.value(.points(points))`
    /// writes.
    public mutating func points(_ points: Points?) {
        guard let points else { return bytes.put("null") }
        points.withDescriptionUTF8 { bytes.put($0) }
    }

    /// Closes the innermost open object or array.
    public mutating func close() {
        let (isObject, filled) = innermost!
        innermost = outer.popLast()
        depth -= 1
        if filled, pretty { bytes.newline(depth) }
        bytes.put(UInt8(ascii: isObject ? "}" : "]"))
    }

    /// Hands the bytes written since the last flush to `body` and forgets them, the open objects and arrays staying
    /// open: a large document goes out a piece at a time, ``finished()`` giving the last piece.
    /// - Complexity: one copy of the piece (a piece is tens of kilobytes; the writer's memory stays its own).
    public mutating func flush(_ body: ([UInt8]) throws -> Void) rethrows {
        try body(Array(bytes.written))
        bytes.removeAll()
    }

    /// The document (after ``flush(_:)``, what is left of it), ended as ``JSONValue/serialized(pretty:)`` ends it: by a
    /// line feed when pretty.
    public mutating func finished() -> [UInt8] {
        precondition(innermost == nil, "every object and array must be closed")
        if pretty { bytes.put(0x0A) }
        defer { bytes.removeAll() }
        return Array(bytes.written)
    }

    private mutating func next() {
        if innermost!.filled { bytes.put(UInt8(ascii: ",")) }
        innermost!.filled = true
        if pretty { bytes.newline(depth) }
    }

    private mutating func enter(isObject: Bool) {
        if let innermost { outer.append(innermost) }
        innermost = (isObject, false)
        depth += 1
    }
}
