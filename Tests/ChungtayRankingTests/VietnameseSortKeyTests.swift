@testable import ChungtayRanking
import Testing

/// The key of a name of precomposed Latin letters, weighed character by character from a table, is the key of the
/// name decomposed and weighed scalar by scalar.
@Suite struct VietnameseSortKeyTests {
    @Test func everyTableCharacterInContext() {
        let scalars = (0x20 ..< 0x250).compactMap(Unicode.Scalar.init) + (0x1E00 ..< 0x1F00).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for name in ["\(scalar)", "a\(scalar)b", "Nguy\(scalar)n \(scalar)", "\(scalar)\u{0301}", "Đ\(scalar)\u{0323}ng"] {
                #expect(VietnameseSortKey(name) == VietnameseSortKey(decomposing: name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func namesAsImportsStoreThem() {
        let names = ["Nguyễn Thị Lan", "NGUYỄN THỊ LAN", "Đặng Thu Hà", "Ông Ích Khiêm", "Ưng Hoàng Phúc", "Trần Văn Ơn", "Lê-Anh Tú 2",
                     "Đoàn xã An Hưng", "Chi đoàn thôn 1", "Phạm Ngọc Thạch (CN)", "Nguye\u{0302}\u{0303}n Văn A", "Hà Nội 😀", "이순신", ""]
        for name in names {
            #expect(VietnameseSortKey(name) == VietnameseSortKey(decomposing: name), "\(name)")
        }
    }
}
