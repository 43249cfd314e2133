import Foundation
@testable import ChungtayRanking
import ChungtayTestSupport
import Testing

@Suite struct VietnameseCollationTests {
    func sorted(_ names: [String]) -> [String] {
        names.map { ($0, VietnameseSortKey($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    @Test func alphabet() {
        // scoring.md: a ă â b c d đ e ê …
        let alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r",
                        "s", "t", "u", "ư", "v", "x", "y"]
        #expect(sorted(alphabet.reversed()) == alphabet)
        #expect(sorted(alphabet.map { $0.uppercased() }.reversed()) == alphabet.map { $0.uppercased() })
    }

    @Test func surnames() {
        let names = ["Âu", "Bùi", "Đặng", "Đinh", "Đỗ", "Hà", "Hồ"]
        #expect(sorted(names.reversed()) == names)
        #expect(sorted(["Hồ", "Đinh", "Bùi", "Âu", "Đỗ", "Hà", "Đặng", "Dương", "Ánh", "An"])
            == ["An", "Ánh", "Âu", "Bùi", "Dương", "Đặng", "Đinh", "Đỗ", "Hà", "Hồ"])
    }

    @Test func tonesThenCase() {
        // Tones come second, in ICU's order: none, huyền, hỏi, ngã, sắc, nặng; then lower case before upper case.
        #expect(sorted(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"])
        #expect(sorted(["Lan", "lan", "Lân", "Lán", "Lam"]) == ["Lam", "lan", "Lan", "Lán", "Lân"])
        // Letters decide before tones: "Hà Nam" before "Ha Nhi" would be wrong; a space sorts before letters.
        #expect(sorted(["Hà Nhi", "Ha Nam", "Hạnh", "Hà"]) == ["Hà", "Ha Nam", "Hà Nhi", "Hạnh"])
        // Decomposed input (Unicode tổ hợp) sorts as its composed form.
        #expect(VietnameseSortKey("Nguye\u{0302}\u{0303}n") == VietnameseSortKey("Nguyễn"))
    }

    /// The order agrees with Foundation's ICU collation for `vi` on a few hundred generated names.
    @Test func agreesWithICU() {
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                      "Dương", "Lý", "Âu", "Ông", "Ưng", "Đinh", "Hà"]
        let middle = ["Thị", "Văn", "Minh", "Ngọc", "Quốc", "Thanh", "Thu", "Đức", "Hữu", ""]
        let given = ["An", "Ánh", "Ân", "Ấn", "Bảo", "Châu", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạ", "Hùng", "Lan", "Lân", "Linh",
                     "Long", "Mai", "Nam", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Ơn", "Ửng", "Ưu", "Uyên"]
        var generator = LinearCongruential(seed: 20_261_129)
        var names: [String] = []
        for _ in 0 ..< 300 {
            let parts = [family[generator.next(family.count)], middle[generator.next(middle.count)], given[generator.next(given.count)]]
            names.append(parts.filter { !$0.isEmpty }.joined(separator: " "))
        }
        names += ["nguyễn an", "NGUYỄN AN", "Nguyễn An 2", "Nguyễn An-Khang", "Đoàn xã An Hưng", "Đoàn trường THPT Quang Trung"]
        let vi = Locale(identifier: "vi")
        let icu = names.sorted { $0.compare($1, options: [], range: nil, locale: vi) == .orderedAscending }
        let ours = sorted(names)
        // Names equal in all three levels may come in either order; compare the distinct names' order.
        func distinct(_ list: [String]) -> [String] { list.reduce(into: []) { if $0.last != $1 { $0.append($1) } } }
        #expect(distinct(ours) == distinct(icu))
    }
}
