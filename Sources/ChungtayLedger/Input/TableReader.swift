import ChungtayCore

/// Reads the records of a CSV or JSON Lines file (data.md, Reading a file) and hands them over one at a time,
/// so that a province-sized file is never held as strings all at once.
///
/// A hand-written reader rather than a CSV library: the contract needs the physical line where each record
/// starts, the delimiter chosen from the header line, and refusal (not repair) of stray quotes and of rows with
/// the wrong number of fields; the listed CSV packages give none of these.
struct TableReader {
    /// One record: its first physical line, and the raw value of each column of the set (nil: absent or empty).
    struct Record {
        let line: Int
        var values: [String?]
    }

    let file: InputFile
    let columns: ColumnSet
    /// The delimiter of a CSV file (`,` `;` or TAB), nil for JSON Lines.
    let delimiter: UInt8?

    init(file: InputFile, columns: ColumnSet) {
        self.file = file
        self.columns = columns
        delimiter = file.format == .jsonl ? nil : file.bytes.withUnsafeBytes { raw in
            var scanner = CSVScanner(bytes: raw.bindMemory(to: UInt8.self))
            scanner.skipBlankLines()
            return scanner.detectDelimiter()
        }
    }

    /// Whether numbers may use `,` as the decimal mark (when the delimiter is not `,`).
    var commaDecimal: Bool { delimiter != nil && delimiter != UInt8(ascii: ",") }

    /// Reads every record. Problems with a row go to `report` and the row is skipped; a header that cannot
    /// be used stops the file (thrown).
    func read(report: (Diagnostic) -> Void, _ body: (Record) throws -> Void) throws {
        switch file.format {
        case .csv: try readCSV(report: report, body)
        case .jsonl: try readJSONLines(report: report, body)
        }
    }

    private func problem(_ line: Int, _ column: String?, vi: String, en: String) -> Diagnostic {
        problem(line, column, .init(vi: vi, en: en))
    }

    private func problem(_ line: Int, _ column: String?, _ message: Diagnostic.Message) -> Diagnostic {
        Diagnostic(file: file.path, location: .line(line, column: column), message: message)
    }

    // MARK: CSV

    private func readCSV(report: (Diagnostic) -> Void, _ body: (Record) throws -> Void) throws {
        try file.bytes.withUnsafeBytes { raw in
            var scanner = CSVScanner(bytes: raw.bindMemory(to: UInt8.self))
            let delimiter = self.delimiter ?? UInt8(ascii: ",")
            guard case let .fields(headerLine, header)? = scanner.nextRecord(delimiter: delimiter) else {
                throw DiagnosticsError([problem(1, nil, vi: "dòng tiêu đề không đọc được (dấu ngoặc kép không đóng)",
                                                en: "the header line cannot be read (an unclosed quote)")])
            }
            let mapping = try headerMapping(header.map { $0 }, line: headerLine)
            while let outcome = scanner.nextRecord(delimiter: delimiter) {
                switch outcome {
                case let .fields(line, fields):
                    guard fields.count == header.count else {
                        report(problem(line, nil, vi: "dòng có \(fields.count) trường nhưng tiêu đề có \(header.count); kiểm tra dấu phân cách và dấu ngoặc kép",
                                       en: "the row has \(fields.count) fields but the header has \(header.count); check delimiters and quotes"))
                        continue
                    }
                    var values = [String?](repeating: nil, count: columns.columns.count)
                    for (position, column) in mapping.enumerated() where !fields[position].isEmpty {
                        values[column] = fields[position]
                    }
                    try body(Record(line: line, values: values))
                case let .error(line, vi, en):
                    report(problem(line, nil, vi: vi, en: en))
                }
            }
        }
    }

    /// For each header position, the column it means; every problem with the header is thrown together.
    private func headerMapping(_ header: [String], line: Int) throws -> [Int] {
        // More names than the kind of file has columns means unknown or repeated ones, most likely the wrong delimiter:
        // said once, not once per name.
        guard header.count <= columns.columns.count else {
            let known = columns.columns.map(\.name).joined(separator: ", ")
            throw DiagnosticsError([problem(line, nil, vi: "dòng tiêu đề có \(header.count) cột nhưng loại tệp này chỉ có \(columns.columns.count) cột (\(known)); kiểm tra dấu phân cách và tên cột",
                                            en: "the header has \(header.count) columns but this kind of file has only \(columns.columns.count) (\(known)); check the delimiter and the column names")])
        }
        var mapping: [Int] = []
        var seen: [Int: String] = [:]
        var problems: [Diagnostic] = []
        for name in header {
            let trimmed = TextNormalizer.normalize(name) ?? name
            guard let column = columns.match(trimmed) else {
                problems.append(problem(line, trimmed, columns.unknown(("cột", "column"), trimmed)))
                mapping.append(-1)
                continue
            }
            if let first = seen[column] {
                problems.append(problem(line, trimmed, vi: "cột lặp lại (đã có '\(first)'); giữ một cột",
                                        en: "repeated column (already given as '\(first)'); keep one"))
            }
            seen[column] = trimmed
            mapping.append(column)
        }
        for (index, column) in columns.columns.enumerated() where column.required && seen[index] == nil {
            problems.append(problem(line, column.name, vi: "thiếu cột bắt buộc (tên tiếng Việt: '\(column.alias)')",
                                    en: "missing required column (Vietnamese name: '\(column.alias)')"))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return mapping
    }

    // MARK: JSON Lines

    private func readJSONLines(report: (Diagnostic) -> Void, _ body: (Record) throws -> Void) throws {
        var line = 0
        for slice in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            let blank = slice.withUnsafeBytes { CSVScanner.blankLineEnd($0.bindMemory(to: UInt8.self), from: 0) != nil }
            if blank { continue }
            let value: JSONValue
            do {
                value = try JSONValue.parse(slice)
            } catch {
                report(problem(line, nil, vi: "không phải JSON hợp lệ ở cột \(error.column): \(error.message)",
                               en: "not valid JSON at column \(error.column): \(error.message)"))
                continue
            }
            guard case let .object(members) = value else {
                report(problem(line, nil, vi: "mỗi dòng phải là một đối tượng JSON {…}", en: "each line must be one JSON object {…}"))
                continue
            }
            guard members.count <= columns.columns.count else {
                report(problem(line, nil, vi: "đối tượng có \(members.count) khóa nhưng loại tệp này chỉ có \(columns.columns.count) cột; kiểm tra tên khóa",
                               en: "the object has \(members.count) keys but this kind of file has only \(columns.columns.count) columns; check the key names"))
                continue
            }
            var values = [String?](repeating: nil, count: columns.columns.count)
            var given = Set<Int>()
            var valid = true
            for (key, member) in members {
                guard let column = columns.match(key) else {
                    report(problem(line, key, columns.unknown(("khóa", "key"), key)))
                    valid = false
                    continue
                }
                guard given.insert(column).inserted else {
                    report(problem(line, key, vi: "khóa lặp lại; giữ một", en: "repeated key; keep one"))
                    valid = false
                    continue
                }
                switch member {
                case .null: break
                case let .string(text): values[column] = text.isEmpty ? nil : text
                case let .number(literal): values[column] = literal
                case let .bool(flag): values[column] = flag ? "true" : "false"
                default:
                    report(problem(line, key, vi: "giá trị phải là chuỗi, số, true/false hoặc null",
                                   en: "the value must be a string, number, boolean or null"))
                    valid = false
                }
            }
            if valid { try body(Record(line: line, values: values)) }
        }
    }
}

/// A byte-level RFC 4180 scanner over valid UTF-8.
struct CSVScanner {
    enum Outcome {
        case fields(line: Int, [String])
        case error(line: Int, vi: String, en: String)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    private var pages: ReadPages

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        pages = ReadPages(bytes)
    }

    static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Skips lines that hold only white space (data.md: blank lines are skipped anywhere).
    mutating func skipBlankLines() {
        while let end = Self.blankLineEnd(bytes, from: index) {
            guard end < bytes.count else {
                index = end
                return
            }
            index = end + 1
            line += 1
        }
    }

    /// Where the line starting at `start` ends (its LF, or the end of the bytes) when it holds nothing but Unicode
    /// White_Space (TAB, CR, space, the no-break space, …); nil when it holds anything else.
    static func blankLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var probe = start
        while probe < bytes.count, bytes[probe] != lf {
            guard let length = whiteSpaceLength(bytes, at: probe) else { return nil }
            probe += length
        }
        return probe
    }

    /// The length in bytes of the UTF-8 white-space character at `index` (Unicode White_Space, LF aside); nil
    /// when another character stands there.
    private static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch byte(0) {
        case 0x09, 0x0B, 0x0C, 0x0D, 0x20: return 1
        case 0xC2 where byte(1) == 0x85 || byte(1) == 0xA0: return 2 // U+0085, U+00A0
        case 0xE1 where byte(1) == 0x9A && byte(2) == 0x80: return 3 // U+1680
        case 0xE2 where byte(1) == 0x80 && ((0x80 ... 0x8A).contains(byte(2)) || [0xA8, 0xA9, 0xAF].contains(byte(2))):
            return 3 // U+2000…200A, U+2028, U+2029, U+202F
        case 0xE2 where byte(1) == 0x81 && byte(2) == 0x9F: return 3 // U+205F
        case 0xE3 where byte(1) == 0x80 && byte(2) == 0x80: return 3 // U+3000
        default: return nil
        }
    }

    /// The delimiter the header line uses most: `,`, `;` or TAB (`,` when it has none).
    func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        var probe = index
        while probe < bytes.count {
            let byte = bytes[probe]
            if byte == Self.quote { quoted.toggle() } else if !quoted {
                if byte == Self.lf { break }
                if counts[byte] != nil { counts[byte]! += 1 }
            }
            probe += 1
        }
        return [UInt8(0x2C), 0x3B, 0x09].max { counts[$0]! < counts[$1]! }.flatMap { counts[$0]! > 0 ? $0 : nil } ?? 0x2C
    }

    /// The next record, skipping blank lines; nil at the end.
    mutating func nextRecord(delimiter: UInt8) -> Outcome? {
        pages.read(upTo: index)
        skipBlankLines()
        guard index < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        while true {
            if index < bytes.count, bytes[index] == Self.quote {
                // Quoted field: "" is a quote; it may span lines.
                index += 1
                var value: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                            value.append(Self.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == Self.lf { line += 1 }
                    value.append(byte)
                    index += 1
                }
                guard closed else {
                    return .error(line: start, vi: "dấu ngoặc kép mở mà không đóng đến hết tệp",
                                  en: "a quote is opened and never closed before the end of the file")
                }
                fields.append(String(decoding: value, as: UTF8.self))
                if index < bytes.count, bytes[index] != delimiter, bytes[index] != Self.lf, bytes[index] != Self.cr {
                    skipRestOfRecord()
                    return .error(line: start, vi: "có ký tự ngay sau dấu ngoặc kép đóng; bao cả trường trong ngoặc kép",
                                  en: "a character follows a closing quote; quote the whole field")
                }
            } else {
                let fieldStart = index
                while index < bytes.count, bytes[index] != delimiter, bytes[index] != Self.lf {
                    if bytes[index] == Self.quote {
                        skipRestOfRecord()
                        return .error(line: start, vi: "dấu ngoặc kép lạc trong một trường không được bao ngoặc; bao trường trong ngoặc kép và nhân đôi dấu ngoặc bên trong",
                                      en: "a stray quote inside an unquoted field; quote the field and double the quotes inside it")
                    }
                    index += 1
                }
                var end = index
                if end > fieldStart, bytes[end - 1] == Self.cr, index >= bytes.count || bytes[index] == Self.lf { end -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart ..< end]), as: UTF8.self))
            }
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            if index < bytes.count, bytes[index] == Self.cr { index += 1 }
            if index < bytes.count, bytes[index] == Self.lf {
                index += 1
                line += 1
            }
            return .fields(line: start, fields)
        }
    }

    private mutating func skipRestOfRecord() {
        while index < bytes.count, bytes[index] != Self.lf { index += 1 }
        if index < bytes.count {
            index += 1
            line += 1
        }
    }
}
