/// A pretty JSON document written as it is produced, byte for byte as ``JSONValue/serialized(pretty:)`` writes the same
/// value: for a document too large to build as one tree first, such as a board listing every member.
///
/// Objects and arrays are opened and closed in turn; a member is named with ``key(_:)`` and an array's element
/// announced with ``element()`` before its value. Arrays opened here hold objects or arrays (an array of scalars is
/// written on one line, as a value).
///
/// The text is written into memory the stream owns (a byte written is a byte stored, without an array's checks), and
/// handed out with ``flush(_:)`` and ``finished()``.
public struct JSONStream: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written since the last flush.
    public private(set) var count = 0
    /// The innermost open object (true) or array (false), and whether it holds something yet; nil outside any. Kept
    /// apart from the ones around it (`outer`), as every member and element reads and marks it.
    private var innermost: (isObject: Bool, filled: Bool)?
    /// The open objects and arrays around the innermost, outermost first.
    private var outer: [(isObject: Bool, filled: Bool)] = []
    /// How many objects and arrays are open: the indent of the next line.
    private var depth = 0
    /// A line feed and the spaces of ``lineBreakIndents`` indents, copied in one piece.
    private let lineBreak: UnsafeMutablePointer<UInt8>
    private static let lineBreakIndents = 32

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        lineBreak = .allocate(capacity: 1 + 2 * Self.lineBreakIndents)
        lineBreak.initialize(to: 0x0A)
        (lineBreak + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * Self.lineBreakIndents)
    }

    deinit {
        start.deallocate()
        lineBreak.deallocate()
    }

    public mutating func openObject() {
        put(UInt8(ascii: "{"))
        enter(isObject: true)
    }

    public mutating func openArray() {
        put(UInt8(ascii: "["))
        enter(isObject: false)
    }

    /// Names the next member of the open object; its value follows.
    public mutating func key(_ key: String) {
        precondition(innermost?.isObject == true, "a key belongs in an open object")
        next()
        putString(key)
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
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
        key.written.withUnsafeBufferPointer { put($0) }
    }

    /// Starts the next element of the open array; its value follows.
    public mutating func element() {
        precondition(innermost?.isObject == false, "an element belongs in an open array")
        next()
    }

    /// A whole value, after ``key(_:)`` or ``element()`` (or as the document).
    public mutating func value(_ value: JSONValue) {
        var written: [UInt8] = []
        value.write(to: &written, indent: depth)
        written.withUnsafeBufferPointer { put($0) }
    }

    /// A member and its value.
    public mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// A string value, or null for nil: what `.value(.text(text))` writes, without building the value.
    public mutating func string(_ text: String?) {
        guard let text else { return null() }
        putString(text)
    }

    /// A whole number, or null for nil: what `.value(.integer(number))` writes.
    public mutating func integer(_ number: Int?) {
        guard let number else { return null() }
        if number < 0 { put(UInt8(ascii: "-")) }
        digits(number.magnitude)
    }

    /// Points in their shortest exact form (``Points/description``), or null for nil: what `.value(.points(points))`
    /// writes.
    public mutating func points(_ points: Points?) {
        guard let points else { return null() }
        let magnitude = points.hundredths.magnitude
        if points.hundredths < 0 { put(UInt8(ascii: "-")) }
        digits(UInt(magnitude / 100))
        let cents = UInt8(magnitude % 100)
        guard cents > 0 else { return }
        put(UInt8(ascii: "."))
        put(UInt8(ascii: "0") + cents / 10)
        if cents % 10 > 0 { put(UInt8(ascii: "0") + cents % 10) }
    }

    /// Closes the innermost open object or array.
    public mutating func close() {
        let (isObject, filled) = innermost!
        innermost = outer.popLast()
        depth -= 1
        if filled { newline() }
        put(UInt8(ascii: isObject ? "}" : "]"))
    }

    /// Hands the bytes written since the last flush to `body` and forgets them, the open objects and arrays staying
    /// open: a large document goes out a piece at a time, ``finished()`` giving the last piece.
    public mutating func flush(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try body(UnsafeBufferPointer(start: start, count: count))
        count = 0
    }

    /// The document (after ``flush(_:)``, what is left of it), ended by a line feed as ``JSONValue/serialized(pretty:)``
    /// ends it.
    public mutating func finished() -> [UInt8] {
        precondition(innermost == nil, "every object and array must be closed")
        put(0x0A)
        defer { count = 0 }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func null() {
        put(UInt8(ascii: "n"))
        put(UInt8(ascii: "u"))
        put(UInt8(ascii: "l"))
        put(UInt8(ascii: "l"))
    }

    /// The decimal digits of a number, without a sign.
    private mutating func digits(_ number: UInt) {
        var unit: UInt = 1
        while number / unit >= 10 { unit *= 10 }
        while unit > 0 {
            put(UInt8(ascii: "0") + UInt8(number / unit % 10))
            unit /= 10
        }
    }

    private mutating func next() {
        if innermost!.filled { put(UInt8(ascii: ",")) }
        innermost!.filled = true
        newline()
    }

    private mutating func enter(isObject: Bool) {
        if let innermost { outer.append(innermost) }
        innermost = (isObject, false)
        depth += 1
    }

    /// A line feed and the indent of the depth.
    private mutating func newline() {
        let count = 1 + 2 * depth
        guard depth <= Self.lineBreakIndents else {
            put(0x0A)
            for _ in 0 ..< 2 * depth { put(UInt8(ascii: " ")) }
            return
        }
        put(UnsafeBufferPointer(start: lineBreak, count: count))
    }

    /// A string as ``JSONValue`` writes it: most need no escape, and are copied whole.
    private mutating func putString(_ text: String) {
        var text = text
        let copied = text.withUTF8 { bytes in
            guard !bytes.contains(where: JSONValue.needsEscape) else { return false }
            put(UInt8(ascii: "\""))
            put(bytes)
            put(UInt8(ascii: "\""))
            return true
        }
        guard !copied else { return }
        var escaped: [UInt8] = []
        JSONValue.writeString(text, to: &escaped)
        escaped.withUnsafeBufferPointer { put($0) }
    }

    private mutating func put(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: bytes.count) }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func grow(toHold more: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + more))
        larger.update(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = max(2 * capacity, count + more)
    }
}
