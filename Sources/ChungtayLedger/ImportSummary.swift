import ChungtayCore
import Foundation

/// What an import did (or, with `--dry-run`, would do).
public struct ImportSummary: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Activities flagged as duplicate claims among those added.
    public var duplicates = 0
    public var dryRun = false
    /// Whether the import rescored the whole ledger after inserting; false when its activities were scored as they
    /// were inserted (``InlineScoring``) or none was added.
    public var rescored = false

    public init() {}

    public func text(_ kind: String, _ lang: Language) -> String {
        var parts = [lang.pick("thêm \(added)", "added \(added)")]
        if kind != "activities" { parts.append(lang.pick("cập nhật \(updated)", "updated \(updated)")) }
        parts.append(lang.pick("không đổi \(unchanged)", "unchanged \(unchanged)"))
        if kind == "activities" { parts.append(lang.pick("trùng lặp \(duplicates)", "duplicate claims \(duplicates)")) }
        let prefix = dryRun ? lang.pick("Chạy thử, không ghi gì: ", "Dry run, nothing written: ") : ""
        return prefix + parts.joined(separator: ", ") + "\n"
    }
}

/// An input file handed to an import: its name as the user gave it, and its bytes.
public struct ImportSource: Sendable {
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Collects the problems of an import, in the order of the files.
struct ProblemList {
    private(set) var diagnostics: [Diagnostic] = []
    let file: String

    mutating func add(_ line: Int, _ column: String?, _ message: Diagnostic.Message) {
        diagnostics.append(Diagnostic(file: file, location: .line(line, column: column), message: message))
    }

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

/// Reads one normalised value of a record, reporting problems under the column's name.
struct RecordValues {
    let record: TableReader.Record
    let columns: ColumnSet
    var problems: ProblemList
    /// Whether `,` is the decimal mark (the file's delimiter is not `,`).
    var commaDecimal: Bool

    /// The normalised text of a column; nil when empty. Reports control characters and over-long values.
    mutating func text(_ key: some ColumnKey, maxLength: Int) -> String? {
        let index = key.index(in: columns)
        guard let raw = record.values[index] else { return nil }
        let name = columns.columns[index].name
        guard let value = TextNormalizer.normalize(raw) else {
            problems.add(record.line, name, .init(vi: "có ký tự điều khiển; xóa nó đi", en: "holds a control character; remove it"))
            return nil
        }
        guard !value.isEmpty else { return nil }
        // Counting characters walks the text; no more bytes than the limit means no more characters.
        guard value.utf8.count <= maxLength || value.count <= maxLength else {
            problems.add(record.line, name, .init(vi: "dài \(value.count) ký tự, tối đa \(maxLength)",
                                                  en: "is \(value.count) characters long, at most \(maxLength)"))
            return nil
        }
        return value
    }

    mutating func required(_ key: some ColumnKey, maxLength: Int) -> String? {
        let value = text(key, maxLength: maxLength)
        // Only an absent or blank value is "missing"; a refused one has already been reported.
        let index = key.index(in: columns)
        if value == nil, (record.values[index] ?? "").allSatisfy(\.isWhitespace) {
            problems.add(record.line, columns.columns[index].name, .init(vi: "bắt buộc, không được để trống", en: "is required and must not be empty"))
        }
        return value
    }

    /// Parses a present value; reports the parser's failure under the column.
    mutating func parse<T>(_ key: some ColumnKey, maxLength: Int = 64, required: Bool = false,
                           _ parser: (String) -> Result<T, Diagnostic.Message>) -> T? {
        guard let text = required ? self.required(key, maxLength: maxLength) : self.text(key, maxLength: maxLength) else { return nil }
        switch parser(text) {
        case let .success(value): return value
        case let .failure(message):
            problems.add(record.line, columns.columns[key.index(in: columns)].name, message)
            return nil
        }
    }
}
