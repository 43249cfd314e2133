/// Invented branches added to the catalog when a larger sample asks for more grassroots units than the real
/// communes, schools and agencies provide (about one branch per 34 members). Their codes carry a number:
/// `QN-DN0007`, `CQ-CQ0012`.
enum ExtraBranches {
    /// The `ordinal`-th extra branch (0-based) under `parent`, which has already received `perParent` extras.
    static func make(ordinal: Int, parent: String, perParent: Int) -> BranchSpec {
        let sector: UnitSector
        switch parent {
        case "DNT": sector = .enterprise
        case "CQ": sector = .agency
        default: sector = sectorCycle[ordinal % sectorCycle.count]
        }
        let number = perParent + 1
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        let place = placeNames[parent] ?? "tỉnh Bình Định"
        switch sector {
        case .enterprise:
            let brand = brands[ordinal % brands.count]
            let industry = industries[(ordinal / brands.count) % industries.count]
            let form = (ordinal / (brands.count * industries.count)) % 2 == 0 ? "TNHH" : "Cổ phần"
            let round = ordinal / (brands.count * industries.count * 2)
            let name = "Đoàn cơ sở Công ty \(form) \(industry) \(brand)" + (round > 0 ? " – Chi nhánh \(round + 1)" : "")
            return BranchSpec(suffix: "DN" + padded, name: name, sector: .enterprise, area: "")
        case .other:
            let kind = cooperatives[ordinal % cooperatives.count]
            let brand = brands[(ordinal / cooperatives.count) % brands.count]
            return BranchSpec(suffix: "HTX" + padded, name: "Đoàn cơ sở Hợp tác xã \(kind) \(brand)", sector: .other, area: "")
        case .school:
            let names = ["Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên \(place)"] + schoolNames
            let base = names[perParent % names.count]
            let round = perParent / names.count
            return BranchSpec(suffix: "TH" + padded, name: "Đoàn trường \(base)" + (round > 0 ? " (cơ sở \(round + 1))" : ""),
                              sector: .school, area: "")
        default:
            let offices = parent == "CQ" ? provincialOffices : localOffices.map { "\($0) \(place)" }
            let base = offices[perParent % offices.count]
            let round = perParent / offices.count
            return BranchSpec(suffix: "CQ" + padded, name: "Đoàn cơ sở \(base)" + (round > 0 ? " (khối \(round + 1))" : ""),
                              sector: .agency, area: "")
        }
    }

    /// Two cells for some extra branches, named after the branch's kind.
    static func cells(for sector: UnitSector) -> [(String, String)] {
        switch sector {
        case .enterprise: return [("PX1", "Chi đoàn Phân xưởng 1"), ("PX2", "Chi đoàn Phân xưởng 2")]
        case .school: return [("12A1", "Chi đoàn 12A1"), ("12A2", "Chi đoàn 12A2")]
        case .agency: return [("VP", "Chi đoàn Văn phòng"), ("NV", "Chi đoàn Nghiệp vụ")]
        default: return [("TSX1", "Chi đoàn Tổ sản xuất 1"), ("TSX2", "Chi đoàn Tổ sản xuất 2")]
        }
    }

    private static let sectorCycle: [UnitSector] = [
        .enterprise, .enterprise, .other, .agency, .enterprise, .school, .enterprise, .other, .enterprise, .agency,
    ]

    private static let placeNames: [String: String] = [
        "QN": "thành phố Quy Nhơn", "AN": "thị xã An Nhơn", "HN": "thị xã Hoài Nhơn", "TP": "huyện Tuy Phước",
        "PC": "huyện Phù Cát", "PM": "huyện Phù Mỹ", "TS": "huyện Tây Sơn", "VC": "huyện Vân Canh",
        "VT": "huyện Vĩnh Thạnh", "AL": "huyện An Lão", "HA": "huyện Hoài Ân",
    ]

    private static let brands = [
        "Hưng Thịnh", "Minh Phát", "An Phú", "Tân Long", "Phúc Lộc", "Hoàng Gia", "Đại Việt", "Thành Công",
        "Phương Nam", "Hải Vương", "Sao Mai", "Bình Minh", "Trường Sơn", "Kim Ngân", "Thiên Ân", "Vạn Phúc",
        "Quang Minh", "Nam Việt", "Đông Á", "Thái Dương", "Tín Nghĩa", "Hưng Long", "Đức Thành", "Mỹ Lợi",
        "Phú Quý", "Toàn Thắng", "Việt Hưng", "Lộc Phát", "Gia Bảo", "Tấn Phát", "Quốc Thái", "Hồng Phúc",
        "Nhật Minh", "Vĩnh Hưng", "Thuận An", "Bảo Long", "Kỳ Anh", "Duy Tân", "Hải Đăng", "Trung Nghĩa",
    ]

    private static let industries = [
        "Chế biến gỗ", "Thủy sản", "Xây dựng", "May mặc", "Vận tải", "Thương mại", "Du lịch", "Cơ khí",
        "Nông sản", "Đá ốp lát", "Điện tử", "Bao bì", "Thực phẩm", "Dịch vụ cảng", "Phần mềm", "Vật liệu xây dựng",
    ]

    private static let cooperatives = ["Nông nghiệp", "Dịch vụ nông nghiệp", "Thủy sản", "Muối", "Du lịch cộng đồng"]

    private static let schoolNames = [
        "THPT Chu Văn An", "THPT Nguyễn Trãi", "THPT Trần Quốc Tuấn", "THPT Lý Thái Tổ", "THPT Phan Chu Trinh",
        "THPT Nguyễn Bỉnh Khiêm", "THPT Lê Thánh Tông", "THPT Hàm Nghi", "THPT Đào Duy Từ", "THPT Ngô Quyền",
        "Trung cấp nghề Bình Định",
    ]

    private static let localOffices = [
        "Chi cục Thuế khu vực", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Phòng Giáo dục và Đào tạo",
        "Trung tâm Văn hóa – Thông tin – Thể thao", "Phòng Tài nguyên và Môi trường", "Phòng giao dịch Ngân hàng Chính sách xã hội",
        "Phòng Văn hóa và Thông tin",
    ]

    private static let provincialOffices = [
        "Sở Y tế", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Xây dựng",
        "Sở Công Thương", "Sở Lao động – Thương binh và Xã hội", "Sở Văn hóa và Thể thao", "Sở Du lịch",
        "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải", "Sở Khoa học và Công nghệ", "Kho bạc Nhà nước tỉnh",
        "Thanh tra tỉnh", "Ban Quản lý Khu kinh tế tỉnh", "Báo Bình Định", "Liên minh Hợp tác xã tỉnh",
    ]
}
