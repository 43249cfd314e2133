/// The sector (khối) of a grassroots unit, as data.md spells it.
enum UnitSector: String, CaseIterable {
    case commune, ward, school, university, agency, enterprise, armed_forces, other
}

/// A grassroots unit (cơ sở Đoàn) of the committed sample, with its cells (chi đoàn).
struct BranchSpec {
    /// The code after the district's prefix: `GHENHRANG` in `QN-GHENHRANG`.
    let suffix: String
    let name: String
    let sector: UnitSector
    let area: String
    var cells: [(suffix: String, name: String)] = []

    func with(cells: [(String, String)]) -> BranchSpec {
        var copy = self
        copy.cells = cells.map { (suffix: $0.0, name: $0.1) }
        return copy
    }

    static func ward(_ place: String, area: String = "") -> BranchSpec {
        BranchSpec(suffix: place.asciiFolded.uppercased(), name: "Đoàn phường \(place)", sector: .ward, area: area)
    }

    static func commune(_ place: String, area: String = "") -> BranchSpec {
        BranchSpec(suffix: place.asciiFolded.uppercased(), name: "Đoàn xã \(place)", sector: .commune, area: area)
    }

    /// A thị trấn (district town): a commune-level unit, counted in the `commune` sector.
    static func town(_ place: String) -> BranchSpec {
        BranchSpec(suffix: place.asciiFolded.uppercased(), name: "Đoàn thị trấn \(place)", sector: .commune, area: "")
    }

    /// A high school: `school("THPT Trưng Vương")` is `THPTTRUNGVUONG`, "Đoàn trường THPT Trưng Vương".
    static func school(_ school: String) -> BranchSpec {
        BranchSpec(suffix: school.asciiFolded.uppercased(), name: "Đoàn trường \(school)", sector: .school, area: "")
    }

    static func unit(_ suffix: String, _ name: String, _ sector: UnitSector, area: String = "") -> BranchSpec {
        BranchSpec(suffix: suffix, name: name, sector: sector, area: area)
    }
}

/// A district-level unit (Huyện, Thị, Thành đoàn or a unit directly under the Tỉnh đoàn) and its branches.
struct DistrictSpec {
    let code: String
    let name: String
    let area: String
    /// The town whose one-stop desks its members mostly serve (the second part of a dossier's agency code).
    let agencyNumber: Int
    let branches: [BranchSpec]
}

/// The fictional sample province. Place names are the real communes and wards of Bình Định (before the 2025
/// reorganisation); every number attached to them is invented.
enum UnitCatalog {
    static let provinceCode = "BD"
    static let provinceName = "Tỉnh đoàn Bình Định"

    static let districts: [DistrictSpec] = [
        DistrictSpec(code: "QN", name: "Thành đoàn Quy Nhơn", area: "", agencyNumber: 21, branches: [
            .ward("Ghềnh Ráng").with(cells: [("KV1", "Chi đoàn khu vực 1"), ("KV2", "Chi đoàn khu vực 2"),
                                             ("KV5", "Chi đoàn khu vực 5")]),
            .ward("Bùi Thị Xuân"), .ward("Đống Đa"), .ward("Hải Cảng"), .ward("Lê Lợi"), .ward("Lê Hồng Phong"),
            .ward("Ngô Mây"), .ward("Nhơn Bình"), .ward("Nhơn Phú"), .ward("Quang Trung"), .ward("Trần Phú"),
            .ward("Trần Hưng Đạo"),
            .commune("Nhơn Châu", area: "island"), .commune("Nhơn Lý"), .commune("Nhơn Hội"),
            .school("THPT Trưng Vương").with(cells: [("12A1", "Chi đoàn 12A1"), ("12A2", "Chi đoàn 12A2"),
                                                    ("11A1", "Chi đoàn 11A1")]),
            .school("THPT Quốc học Quy Nhơn"), .school("THPT chuyên Lê Quý Đôn"),
            .unit("DHQT", "Đoàn trường Đại học Quang Trung", .university),
            .unit("DCD", "Đoàn cơ sở Khối Dân chính Đảng thành phố Quy Nhơn", .agency),
            .unit("TTYT", "Đoàn cơ sở Trung tâm Y tế thành phố Quy Nhơn", .other),
        ]),
        DistrictSpec(code: "AN", name: "Thị đoàn An Nhơn", area: "", agencyNumber: 22, branches: [
            .ward("Bình Định"), .ward("Đập Đá"), .ward("Nhơn Hưng"), .ward("Nhơn Thành"),
            .commune("Nhơn An"), .commune("Nhơn Hạnh"), .commune("Nhơn Hậu"), .commune("Nhơn Lộc"),
            .commune("Nhơn Phong"), .commune("Nhơn Tân"),
            .school("THPT Hòa Bình"), .school("THPT Nguyễn Đình Chiểu"),
            .unit("KCQ", "Đoàn cơ sở Khối cơ quan thị xã An Nhơn", .agency),
        ]),
        DistrictSpec(code: "HN", name: "Thị đoàn Hoài Nhơn", area: "", agencyNumber: 23, branches: [
            .ward("Bồng Sơn"), .ward("Tam Quan"), .ward("Hoài Đức"), .ward("Hoài Hương"), .ward("Hoài Tân"),
            .ward("Hoài Thanh Tây"),
            .commune("Hoài Châu Bắc"), .commune("Hoài Hải"), .commune("Hoài Sơn"),
            .school("THPT Tam Quan"), .school("THPT Nguyễn Du"),
            .unit("TSTQ", "Đoàn cơ sở Công ty TNHH Chế biến thủy sản Tam Quan", .enterprise),
            .unit("TTYT", "Đoàn cơ sở Trung tâm Y tế thị xã Hoài Nhơn", .other),
        ]),
        DistrictSpec(code: "TP", name: "Huyện đoàn Tuy Phước", area: "", agencyNumber: 24, branches: [
            .town("Tuy Phước"), .town("Diêu Trì"),
            .commune("Phước An"), .commune("Phước Hiệp"), .commune("Phước Hưng"), .commune("Phước Lộc"),
            .commune("Phước Sơn"), .commune("Phước Thành"), .commune("Phước Thuận"),
            .school("THPT Số 1 Tuy Phước"), .school("THPT Xuân Diệu"),
            .unit("KCQ", "Đoàn cơ sở Khối cơ quan huyện Tuy Phước", .agency),
        ]),
        DistrictSpec(code: "PC", name: "Huyện đoàn Phù Cát", area: "", agencyNumber: 25, branches: [
            .town("Ngô Mây"), .town("Cát Tiến"),
            .commune("Cát Sơn", area: "mountain").with(cells: [("HOIVAN", "Chi đoàn thôn Hội Vân")]),
            .commune("Cát Lâm", area: "mountain"),
            .commune("Cát Hải"), .commune("Cát Khánh"), .commune("Cát Tài"), .commune("Cát Hanh"),
            .commune("Cát Trinh"), .commune("Cát Minh"),
            .school("THPT Số 1 Phù Cát"), .school("THPT Ngô Mây"),
            .unit("TTYT", "Đoàn cơ sở Trung tâm Y tế huyện Phù Cát", .other),
        ]),
        DistrictSpec(code: "PM", name: "Huyện đoàn Phù Mỹ", area: "", agencyNumber: 26, branches: [
            .town("Phù Mỹ"), .town("Bình Dương"),
            .commune("Mỹ An"), .commune("Mỹ Chánh"), .commune("Mỹ Đức"), .commune("Mỹ Hiệp"),
            .commune("Mỹ Thành"), .commune("Mỹ Thọ"), .commune("Mỹ Thắng"),
            .school("THPT Số 1 Phù Mỹ"), .school("THPT An Lương"),
            .unit("KCQ", "Đoàn cơ sở Khối cơ quan huyện Phù Mỹ", .agency),
        ]),
        DistrictSpec(code: "TS", name: "Huyện đoàn Tây Sơn", area: "", agencyNumber: 27, branches: [
            .town("Phú Phong"),
            .commune("Vĩnh An", area: "mountain").with(cells: [("THUONGGIANG", "Chi đoàn thôn Thượng Giang")]),
            .commune("Bình Tường", area: "mountain"), .commune("Tây Giang", area: "mountain"),
            .commune("Tây Phú"), .commune("Bình Thành"), .commune("Tây Xuân"), .commune("Tây Vinh"),
            .school("THPT Quang Trung"), .school("THPT Nguyễn Huệ"),
            .unit("KCQ", "Đoàn cơ sở Khối cơ quan huyện Tây Sơn", .agency),
        ]),
        DistrictSpec(code: "VC", name: "Huyện đoàn Vân Canh", area: "mountain;ethnic_minority", agencyNumber: 28, branches: [
            .town("Vân Canh"), .commune("Canh Hiệp"), .commune("Canh Liên"), .commune("Canh Thuận"),
            .commune("Canh Vinh"), .school("THPT Vân Canh"),
        ]),
        DistrictSpec(code: "VT", name: "Huyện đoàn Vĩnh Thạnh", area: "mountain;ethnic_minority", agencyNumber: 29, branches: [
            .town("Vĩnh Thạnh"), .commune("Vĩnh Sơn"), .commune("Vĩnh Kim"), .commune("Vĩnh Hảo"),
            .commune("Vĩnh Quang"), .school("THPT Vĩnh Thạnh"),
        ]),
        DistrictSpec(code: "AL", name: "Huyện đoàn An Lão", area: "mountain;ethnic_minority", agencyNumber: 30, branches: [
            .town("An Lão"),
            .commune("An Hòa").with(cells: [("THON4", "Chi đoàn thôn 4")]),
            .commune("An Tân"), .commune("An Trung"), .commune("An Vinh"), .commune("An Toàn"),
            .school("THPT An Lão"),
        ]),
        DistrictSpec(code: "HA", name: "Huyện đoàn Hoài Ân", area: "", agencyNumber: 31, branches: [
            .town("Tăng Bạt Hổ"),
            .commune("Ân Hảo Tây").with(cells: [("VINHHOA", "Chi đoàn thôn Vĩnh Hòa"),
                                                  ("TANTHANH", "Chi đoàn thôn Tân Thạnh")]),
            .commune("Ân Hảo Đông"), .commune("Ân Sơn", area: "mountain"), .commune("Ân Nghĩa", area: "mountain"),
            .commune("Bok Tới", area: "mountain|ethnic_minority"),
            .commune("Đak Mang", area: "mountain;ethnic_minority"), .commune("Ân Tín"),
            .school("THPT Hoài Ân"), .school("THPT Võ Giữ"),
            .unit("KCQ", "Đoàn cơ sở Khối cơ quan huyện Hoài Ân", .agency),
        ]),
        DistrictSpec(code: "QS", name: "Đoàn Khối Lực lượng vũ trang tỉnh", area: "", agencyNumber: 21, branches: [
            .unit("BCHQS", "Đoàn cơ sở Bộ Chỉ huy Quân sự tỉnh", .armed_forces)
                .with(cells: [("DD1", "Chi đoàn Đại đội 1")]),
            .unit("BDBP", "Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh", .armed_forces)
                .with(cells: [("DBPTQ", "Chi đoàn Đồn Biên phòng Tam Quan")]),
            .unit("CAT", "Đoàn cơ sở Công an tỉnh", .armed_forces),
            .unit("TD739", "Đoàn cơ sở Trung đoàn 739", .armed_forces),
            .unit("BCHQSQN", "Đoàn cơ sở Ban Chỉ huy Quân sự thành phố Quy Nhơn", .armed_forces),
            .unit("DBPNC", "Đoàn cơ sở Đồn Biên phòng Nhơn Châu", .armed_forces, area: "island"),
            .unit("PCSGT", "Đoàn cơ sở Phòng Cảnh sát giao thông", .armed_forces),
        ]),
        DistrictSpec(code: "DHQN", name: "Đoàn trường Đại học Quy Nhơn", area: "", agencyNumber: 21, branches: [
            .unit("CNTT", "Liên chi đoàn Khoa Công nghệ thông tin", .university)
                .with(cells: [("K46A", "Chi đoàn Công nghệ thông tin K46A"), ("K47B", "Chi đoàn Kỹ thuật phần mềm K47B")]),
            .unit("KTKT", "Liên chi đoàn Khoa Kinh tế và Kế toán", .university),
            .unit("SP", "Liên chi đoàn Khoa Sư phạm", .university),
            .unit("KHTN", "Liên chi đoàn Khoa Khoa học Tự nhiên", .university),
            .unit("KHXHNV", "Liên chi đoàn Khoa Khoa học Xã hội và Nhân văn", .university),
            .unit("NN", "Liên chi đoàn Khoa Ngoại ngữ", .university),
            .unit("KTCN", "Liên chi đoàn Khoa Kỹ thuật và Công nghệ", .university),
            .unit("TCNH", "Liên chi đoàn Khoa Tài chính – Ngân hàng và Quản trị kinh doanh", .university),
            .unit("CBGV", "Đoàn cơ sở Cán bộ – Giảng viên", .university),
        ]),
        DistrictSpec(code: "DNT", name: "Đoàn Khối Doanh nghiệp tỉnh", area: "", agencyNumber: 21, branches: [
            .unit("CANGQN", "Đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", .enterprise),
            .unit("DIENLUC", "Đoàn cơ sở Công ty Điện lực Bình Định", .enterprise)
                .with(cells: [("TAYSON", "Chi đoàn Điện lực Tây Sơn")]),
            .unit("VNPT", "Đoàn cơ sở Viễn thông Bình Định", .enterprise),
            .unit("BUUDIEN", "Đoàn cơ sở Bưu điện tỉnh Bình Định", .enterprise),
            .unit("CAPNUOC", "Đoàn cơ sở Công ty Cổ phần Cấp thoát nước Bình Định", .enterprise),
            .unit("AGRIBANK", "Đoàn cơ sở Ngân hàng Nông nghiệp và Phát triển Nông thôn Chi nhánh Bình Định", .enterprise),
            .unit("GOHUNGPHAT", "Đoàn cơ sở Công ty Cổ phần Chế biến gỗ Hưng Phát", .enterprise),
            .unit("DUOC", "Đoàn cơ sở Công ty Cổ phần Dược – Trang thiết bị y tế Bình Định", .enterprise),
            .unit("MOITRUONG", "Đoàn cơ sở Công ty Cổ phần Môi trường Bình Định", .enterprise),
            .unit("XEKHACH", "Đoàn cơ sở Công ty Cổ phần Xe khách Bình Định", .enterprise),
        ]),
        DistrictSpec(code: "CQ", name: "Đoàn Khối các cơ quan tỉnh", area: "", agencyNumber: 21, branches: [
            .unit("VPUBND", "Đoàn cơ sở Văn phòng Ủy ban nhân dân tỉnh", .agency),
            .unit("TTHCC", "Đoàn cơ sở Trung tâm Phục vụ hành chính công tỉnh", .agency),
            .unit("STTTT", "Đoàn cơ sở Sở Thông tin và Truyền thông", .agency),
            .unit("STP", "Đoàn cơ sở Sở Tư pháp", .agency),
            .unit("SNV", "Đoàn cơ sở Sở Nội vụ", .agency),
            .unit("STC", "Đoàn cơ sở Sở Tài chính", .agency),
            .unit("SGDDT", "Đoàn cơ sở Sở Giáo dục và Đào tạo", .agency),
            .unit("BHXH", "Đoàn cơ sở Bảo hiểm xã hội tỉnh", .agency),
            .unit("CUCTHUE", "Đoàn cơ sở Cục Thuế tỉnh", .agency),
            .unit("PTTH", "Đoàn cơ sở Đài Phát thanh và Truyền hình Bình Định", .agency),
        ]),
    ]

    /// Grassroots units directly under the Tỉnh đoàn, in no district.
    static let provinceBranches: [BranchSpec] = [
        .unit("BVDK", "Đoàn cơ sở Bệnh viện Đa khoa tỉnh", .other),
        .unit("CDBD", "Đoàn trường Cao đẳng Bình Định", .university),
    ]

    /// The parents that receive the extra branches of a larger sample, in turn.
    static let extraParents = ["QN", "AN", "HN", "TP", "PC", "PM", "TS", "VC", "VT", "AL", "HA", "DNT", "CQ"]
}
