import ChungtayCore
import Crypto

/// The checked rules folder: every rules file, sorted by date, none overlapping another.
public struct RuleBook: Sendable {
    /// The bytes of one rules file, as read from the folder.
    public struct Source: Sendable {
        public let path: String
        public let bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The files, ordered by `valid_from`.
    public let files: [RulesFile]

    /// Checks every file and the folder as a whole; throws every problem found, each with its JSON path.
    public init(sources: [Source], folder: String) throws(DiagnosticsError) {
        var diagnostics: [Diagnostic] = []
        var files: [RulesFile] = []
        if sources.isEmpty {
            diagnostics.append(Diagnostic(file: folder, location: .file,
                                          vi: "thư mục không có tệp thể lệ nào (*.json); hãy thêm một tệp cho mỗi năm, ví dụ 2026.json",
                                          en: "no rules file (*.json) in the folder; add one per year, e.g. 2026.json"))
        }
        for source in sources.sorted(by: { $0.path < $1.path }) {
            let digest = SHA256.hash(data: source.bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
            let document: JSONValue
            do {
                document = try JSONValue.parse(source.bytes)
            } catch {
                diagnostics.append(Diagnostic(
                    file: source.path, location: .jsonPath("$"),
                    vi: "không phải JSON hợp lệ ở dòng \(error.line), cột \(error.column): \(Self.syntaxMessageVi(error.message))",
                    en: "not valid JSON at line \(error.line), column \(error.column): \(error.message)"))
                continue
            }
            var reader = RulesFileReader(path: source.path)
            if let file = reader.read(document, digest: digest) { files.append(file) }
            diagnostics += reader.checker.diagnostics
        }
        files.sort { ($0.validFrom, $0.path) < ($1.validFrom, $1.path) }
        for (index, file) in files.enumerated() {
            for other in files[(index + 1)...] where other.validFrom <= file.validTo {
                diagnostics.append(Diagnostic(
                    file: other.path, location: .jsonPath("$.valid_from"),
                    vi: "\(other.validFrom)..\(other.validTo) trùng thời gian với \(file.path) (\(file.validFrom)..\(file.validTo)); "
                        + "hãy sửa để thời gian hiệu lực của hai tệp không chồng lên nhau",
                    en: "\(other.validFrom)..\(other.validTo) overlaps \(file.path) (\(file.validFrom)..\(file.validTo)); "
                        + "make the ranges of the two files disjoint"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        self.files = files
    }

    /// The Vietnamese for a JSON parser's (English) message; one the table does not know stays in English.
    static func syntaxMessageVi(_ message: String) -> String {
        let table: [String: String] = [
            "unexpected text after the JSON value": "có nội dung thừa sau giá trị JSON",
            "unexpected end of the text": "tệp kết thúc giữa chừng",
            "unexpected character": "ký tự không hợp lệ ở vị trí này",
            "nested too deeply": "lồng nhau quá sâu",
            "expected a key in double quotes": "cần một khóa trong dấu ngoặc kép",
            "expected ':' after a key": "cần dấu ':' sau khóa",
            "expected ',' or '}'": "cần dấu ',' hoặc '}'",
            "expected ',' or ']'": "cần dấu ',' hoặc ']'",
            "invalid UTF-8 in a string": "chuỗi chứa mã UTF-8 không hợp lệ; hãy lưu tệp với bảng mã UTF-8",
            "control character in a string": "chuỗi chứa ký tự điều khiển",
            "unpaired surrogate in \\u escape": "mã thoát \\u thiếu nửa còn lại của cặp surrogate",
            "invalid \\u escape": "mã thoát \\u không hợp lệ",
            "invalid escape in a string": "ký tự thoát (\\) không hợp lệ trong chuỗi",
            "unterminated string": "chuỗi chưa được đóng bằng dấu ngoặc kép",
            "short \\u escape": "mã thoát \\u quá ngắn",
            "invalid number": "số không hợp lệ",
        ]
        return table[message] ?? message
    }

    /// A book from files already checked (tests and benchmarks build them in code).
    public init(files: [RulesFile]) {
        self.files = files.sorted { $0.validFrom < $1.validFrom }
    }

    /// The index in `files` of the file in effect on `date`, if any.
    /// - Complexity: O(log n) in the number of files.
    public func fileIndex(on date: CivilDate) -> Int? {
        var low = 0, high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].validTo < date { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low].covers(date) ? low : nil
    }

    /// The file in effect on `date`, if any.
    public func file(on date: CivilDate) -> RulesFile? {
        fileIndex(on: date).map { files[$0] }
    }

    /// The file that speaks for a period ending on `lastDay` (scoring.md, Scores): the one in effect that day,
    /// else the latest that ends before it, else the earliest.
    public func speaking(for lastDay: CivilDate) -> RulesFile? {
        file(on: lastDay) ?? files.last(where: { $0.validTo < lastDay }) ?? files.first
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
