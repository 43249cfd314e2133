/// JSON text as it is written, in memory of its own: a byte written is a byte stored, without an array's checks.
/// ``JSONValue/serialized(pretty:)`` and ``JSONStream`` write through it; a published week's JSON is megabytes.
struct JSONBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written (since the last ``removeAll()``).
    private(set) var count = 0
    /// A line feed and the spaces of ``lineBreakIndents`` indents, copied in one piece.
    private let lineBreak: UnsafeMutablePointer<UInt8>
    private static let lineBreakIndents = 32

    init(capacity: Int) {
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

    /// The bytes written, valid until the next write.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func removeAll() {
        count = 0
    }

    /// A value as JSON text: keys in the order given, numbers exactly as held; with an indent, two spaces a level
    /// (arrays of scalars on one line), else compact.
    mutating func value(_ value: JSONValue, indent: Int?) {
        switch value {
        case .null: put("null")
        case let .bool(flag): put(flag ? "true" : "false")
        case var .number(literal): literal.withUTF8 { put($0) }
        case let .string(text): string(text)
        case let .array(elements):
            guard !elements.isEmpty else { return put("[]") }
            // Arrays of scalars stay on one line; they read better that way.
            let scalarsOnly = elements.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            let inner = scalarsOnly ? nil : indent.map { $0 + 1 }
            put(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 {
                    put(UInt8(ascii: ","))
                    if scalarsOnly, indent != nil { put(UInt8(ascii: " ")) }
                }
                newline(inner)
                self.value(elements[index], indent: inner)
            }
            newline(scalarsOnly ? nil : indent)
            put(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { return put("{}") }
            let inner = indent.map { $0 + 1 }
            put(UInt8(ascii: "{"))
            for index in members.indices {
                if index > 0 { put(UInt8(ascii: ",")) }
                newline(inner)
                string(members[index].key)
                put(UInt8(ascii: ":"))
                if indent != nil { put(UInt8(ascii: " ")) }
                self.value(members[index].value, indent: inner)
            }
            newline(indent)
            put(UInt8(ascii: "}"))
        }
    }

    /// A string, quoted and escaped as ``JSONValue/writeString(_:to:)`` writes it: most need no escape, and are copied
    /// whole.
    mutating func string(_ text: String) {
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

    /// A line feed and the indent's spaces; nothing without an indent (compact text).
    mutating func newline(_ indent: Int?) {
        guard let indent else { return }
        guard indent <= Self.lineBreakIndents else {
            put(0x0A)
            for _ in 0 ..< 2 * indent { put(UInt8(ascii: " ")) }
            return
        }
        put(UnsafeBufferPointer(start: lineBreak, count: 1 + 2 * indent))
    }

    /// The decimal digits of a number, without a sign.
    mutating func digits(_ number: UInt) {
        var unit: UInt = 1
        while number / unit >= 10 { unit *= 10 }
        while unit > 0 {
            put(UInt8(ascii: "0") + UInt8(number / unit % 10))
            unit /= 10
        }
    }

    mutating func put(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: bytes.count) }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func grow(toHold more: Int) {
        let larger = max(2 * capacity, count + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }
}
