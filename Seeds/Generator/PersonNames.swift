import ChungtayCore

/// Invented Vietnamese full names (family, middle, given), drawn with weights close to how common each part is
/// in the province. Every part is written in precomposed (NFC) form.
enum PersonNames {
    static func make(female: Bool, ethnicMinority: Bool, random: inout SeededGenerator) -> String {
        let family = ethnicMinority && random.chance(1, in: 2)
            ? random.pick(minorityFamilies)
            : familyNames[familyTable.draw(&random)!].name
        let middles = female ? femaleMiddles : maleMiddles
        let givens = female ? femaleGivens : maleGivens
        var middle = random.pick(middles)
        if random.chance(3, in: 20) {
            // Four-part names: "Nguyễn Thị Ngọc Ánh", "Trần Văn Minh Quân".
            let second = random.pick(female ? femaleSecondMiddles : maleSecondMiddles)
            if second != middle { middle += " " + second }
        }
        return family + " " + middle + " " + random.pick(givens)
    }

    private static let familyNames: [(name: String, weight: Int)] = [
        ("Nguyễn", 300), ("Trần", 100), ("Lê", 90), ("Phạm", 55), ("Huỳnh", 60), ("Võ", 70), ("Phan", 40),
        ("Trương", 30), ("Bùi", 20), ("Đặng", 20), ("Đỗ", 20), ("Ngô", 20), ("Hồ", 25), ("Dương", 15),
        ("Đinh", 15), ("Đào", 10), ("Hà", 8), ("Âu", 6), ("Lâm", 8), ("Tô", 6), ("Mai", 8), ("Cao", 8),
        ("Lương", 6), ("Châu", 6), ("Văn", 5), ("Thái", 6),
    ]
    private static let familyTable = WeightTable(familyNames.map(\.weight))

    private static let minorityFamilies = ["Đinh", "Đinh", "Đinh", "Phạm", "Võ", "Lê", "Nguyễn"]

    private static let maleMiddles = [
        "Văn", "Văn", "Văn", "Minh", "Hoàng", "Thanh", "Quốc", "Đức", "Hữu", "Công", "Ngọc", "Anh", "Tuấn", "Gia",
        "Trọng", "Xuân", "Đình", "Nhật", "Tấn", "Bá",
    ]
    private static let femaleMiddles = [
        "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Minh", "Hoài", "Kim", "Mỹ", "Bảo", "Khánh", "Phương",
        "Diệu", "Thùy", "Hồng", "Quỳnh", "Lệ", "Tường",
    ]
    private static let maleSecondMiddles = ["Minh", "Hoàng", "Anh", "Quốc", "Thanh", "Nhật", "Gia", "Bảo"]
    private static let femaleSecondMiddles = ["Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Bảo", "Khánh", "Phương", "Hồng"]

    private static let maleGivens = [
        "An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang",
        "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quân",
        "Quang", "Sang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trí", "Trung",
        "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Khải", "Thiện", "Hậu", "Định", "Nhật",
    ]
    private static let femaleGivens = [
        "Anh", "Ánh", "Châu", "Chi", "Diễm", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hiền", "Hoa", "Hương",
        "Huyền", "Lan", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Nhi", "Nhung", "Oanh", "Phương",
        "Quyên", "Quỳnh", "Tâm", "Thảo", "Thư", "Thủy", "Trang", "Trâm", "Trinh", "Uyên", "Vân", "Vy", "Xuân",
        "Yến", "Hậu", "Nhàn",
    ]
}
