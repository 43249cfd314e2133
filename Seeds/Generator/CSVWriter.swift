#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A comma-separated file written row by row through a fixed buffer, so that a million rows never sit in
/// memory at once; or, with no file, kept in memory whole (the sample built into chungtay). Fields holding a comma,
/// a quote or a line break are quoted as RFC 4180 says.
final class CSVWriter {
    /// The file written to; nil for a writer that keeps its bytes.
    private let file: UnsafeMutablePointer<FILE>?
    private let path: String
    // Only this writer touches these, one call at a time: no need for run-time exclusivity checks.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var atRowStart = true
    private var failed = false

    private static let flushSize = 1 << 20

    init(path: String, header: [String]) throws(SeedError) {
        guard let file = fopen(path, "wb") else { throw .cannotWrite(path) }
        self.file = file
        self.path = path
        buffer.reserveCapacity(CSVWriter.flushSize + 4096)
        writeHeader(header)
    }

    /// A writer that keeps every byte in memory, for ``bytes``.
    init(header: [String]) {
        file = nil
        path = ""
        writeHeader(header)
    }

    /// Everything written, for a writer that keeps its bytes.
    var bytes: [UInt8] {
        buffer
    }

    private func writeHeader(_ header: [String]) {
        for name in header { field(name) }
        buffer.append(UInt8(ascii: "\n"))
        atRowStart = true
    }

    /// Appends one text field, quoting it where needed.
    func field(_ text: String) {
        separate()
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            buffer.append(contentsOf: text.utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends a field the caller knows holds no comma, quote or line break (codes, numbers, dates).
    func plain(_ text: String) {
        separate()
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends `prefix` followed by `value` in decimal, zero-padded to `width` digits.
    func number(_ value: Int, width: Int = 0, prefix: StaticString = "") {
        separate()
        prefix.withUTF8Buffer { buffer.append(contentsOf: $0) }
        appendDigits(value, width: width)
    }

    /// Appends an empty field.
    func empty() {
        separate()
    }

    /// Ends the current row.
    func endRow() {
        buffer.append(UInt8(ascii: "\n"))
        atRowStart = true
        if file != nil, buffer.count >= CSVWriter.flushSize { flush() }
    }

    /// Writes what is left and closes the file.
    func close() throws(SeedError) {
        guard let file else { return }
        flush()
        if fclose(file) != 0 || failed { throw .cannotWrite(path) }
    }

    private func separate() {
        if atRowStart { atRowStart = false } else { buffer.append(UInt8(ascii: ",")) }
    }

    private func appendDigits(_ value: Int, width: Int) {
        precondition(value >= 0)
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
        }
        if width > count { buffer.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - count)) }
        withUnsafeBytes(of: &digits) { raw in
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }

    private func flush() {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { raw in fwrite(raw.baseAddress, 1, raw.count, file) }
        if written != buffer.count { failed = true }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// What can stop the generator.
public enum SeedError: Error, CustomStringConvertible {
    case help
    case usage(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .help: return "help"
        case .usage(let message): return message
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}
