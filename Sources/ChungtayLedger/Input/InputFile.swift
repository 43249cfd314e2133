import ChungtayCore
import Foundation

/// One input file's bytes, decoded to UTF-8 (data.md, Encoding): UTF-8 with or without a byte-order mark,
/// or UTF-16 LE/BE with one; anything else is refused with the line and byte of the first invalid byte.
struct InputFile {
    enum Format { case csv, jsonl }

    let path: String
    let format: Format
    /// Valid UTF-8, without a byte-order mark (for a UTF-8 file, the caller's bytes, not a copy: a memory-mapped
    /// file stays mapped).
    let bytes: Data

    /// Decodes `data`; throws a diagnostic naming the file, line and byte when it is not readable text.
    init(path: String, data: Data) throws(DiagnosticsError) {
        self.path = path
        let lower = path.lowercased()
        format = lower.hasSuffix(".jsonl") ? .jsonl : .csv
        var bytes: Data
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data[data.startIndex] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var index = data.startIndex + 2
            while index + 1 < data.endIndex {
                let (a, b) = (UInt16(data[index]), UInt16(data[index + 1]))
                units.append(littleEndian ? a | b << 8 : a << 8 | b)
                index += 2
            }
            var transcoded: [UInt8] = []
            let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
                transcoded.append($0)
            }
            if failed || index != data.endIndex {
                throw DiagnosticsError([Diagnostic(file: path, location: .file,
                    vi: "tệp UTF-16 bị hỏng (lẻ byte hoặc ký tự thay thế không ghép cặp); hãy lưu lại dưới dạng “CSV UTF-8”",
                    en: "the UTF-16 file is damaged (odd length or an unpaired surrogate); save it again as “CSV UTF-8”")])
            }
            bytes = Data(transcoded)
        } else {
            bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
            if let (line, byte) = bytes.withUnsafeBytes({ Self.firstInvalidUTF8($0.bindMemory(to: UInt8.self)) }) {
                throw DiagnosticsError([Diagnostic(file: path, location: .line(line, column: nil),
                    vi: "không phải UTF-8 (byte thứ \(byte) của dòng); hãy mở trong Excel và lưu dưới dạng “CSV UTF-8 (Comma delimited)”",
                    en: "not UTF-8 (byte \(byte) of the line); open it in Excel and save as “CSV UTF-8 (Comma delimited)”")])
            }
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DiagnosticsError([Diagnostic(file: path, location: .file,
                vi: "tệp rỗng, không có dòng tiêu đề; dòng đầu tiên phải ghi tên các cột",
                en: "the file is empty and has no header; its first line must name the columns")])
        }
        self.bytes = bytes
    }

    /// The line (1-based) and the byte within it (1-based) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var line = 1
        var lineStart = 0
        var index = 0
        let count = bytes.count
        var pages = ReadPages(bytes)
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                    pages.read(upTo: index)
                }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2 ... 0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0 ... 0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0 ... 0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: return (line, index - lineStart + 1)
            }
            guard index + length <= count else { return (line, index - lineStart + 1) }
            for offset in 1 ..< length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return (line, index - lineStart + 1) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800 ... 0xDFFF).contains(scalar) else {
                return (line, index - lineStart + 1)
            }
            minimum = 0
            index += length
        }
        return nil
    }
}
