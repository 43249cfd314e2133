/// A commune-level Đoàn formed on the reform day by merging the sample's old ones: `GL-QUYNHONDONG`,
/// "Đoàn phường Quy Nhơn Đông".
struct MergedCommuneSpec {
    /// The code after `GL-`: the place name in capital ASCII letters.
    let suffix: String
    let name: String
    let sector: UnitSector
    /// The codes of the old units that merge into it (communes, wards, district towns, and the Đoàn of a
    /// district's own agencies, which merges into the commune at the old district seat).
    let predecessors: [String]

    static func ward(_ place: String, _ predecessors: [String]) -> MergedCommuneSpec {
        MergedCommuneSpec(suffix: place.asciiFolded.uppercased(), name: "Đoàn phường \(place)", sector: .ward,
                          predecessors: predecessors)
    }

    static func commune(_ place: String, _ predecessors: [String]) -> MergedCommuneSpec {
        MergedCommuneSpec(suffix: place.asciiFolded.uppercased(), name: "Đoàn xã \(place)", sector: .commune,
                          predecessors: predecessors)
    }
}

/// A district-level bloc (Đoàn Khối) of the merged province, formed from the old province's blocs.
struct BlocSpec {
    let suffix: String
    let name: String
    let slug: String
    let predecessors: [String]
}

/// The 1 July 2025 reform of the sample province: two-tier local government. The district-level unions are
/// dissolved; the old communes and wards merge into the new commune-level Đoàn, which come directly under the
/// Tỉnh đoàn; Tỉnh đoàn Bình Định becomes Tỉnh đoàn Gia Lai (the same code, `BD`, in a new version).
///
/// The names of the new communes and wards are the real ones of the old Bình Định area (58 of them, counting
/// Nhơn Châu); which old units the sample merges into each is a plausible sample, not the official mapping, and
/// the sample's catalog holds only some of the old communes. New codes are `GL-` and the place in capital ASCII
/// letters (`GL-QUYNHON`, `GL-DEGI`), and `GL-` and the bloc's initials for the new blocs (`GL-CQDN`).
enum ReformCatalog {
    static let prefix = "GL"
    static let provinceName = "Tỉnh đoàn Gia Lai"

    /// The Trung ương Đoàn's decision on the merged Tỉnh đoàn (a sample number).
    static let provinceDecisionNumber = "1001-QĐ/TWĐTN-TCKT"

    /// The district-level unions that end with the district level, with no successor.
    static let dissolved = ["QN", "AN", "HN", "TP", "PC", "PM", "TS", "VC", "VT", "AL", "HA"]

    /// The old province's blocs, re-formed for the merged province: the old ones end and name the new one as
    /// successor; their grassroots units move under it. (Đoàn trường Đại học Quy Nhơn, the other district-level
    /// unit directly under the Tỉnh đoàn, goes on unchanged.)
    static let blocs = [
        BlocSpec(suffix: "CQDN", name: "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai", slug: "khoicqdn",
                 predecessors: ["CQ", "DNT"]),
        BlocSpec(suffix: "LLVT", name: "Đoàn Khối Lực lượng vũ trang tỉnh Gia Lai", slug: "khoillvt",
                 predecessors: ["QS"]),
    ]

    /// Where a grassroots unit of a dissolved district goes, by sector: schools and universities directly under
    /// the Tỉnh đoàn, armed forces to their bloc, agencies, enterprises and the rest to the Khối các cơ quan và
    /// doanh nghiệp.
    static func newParent(of sector: UnitSector) -> String? {
        switch sector {
        case .school, .university: return nil
        case .armed_forces: return prefix + "-LLVT"
        default: return prefix + "-CQDN"
        }
    }

    /// Units renamed as they move (the district health centres became regional ones).
    static let renamed = [
        "QN-TTYT": "Đoàn cơ sở Trung tâm Y tế khu vực Quy Nhơn",
        "HN-TTYT": "Đoàn cơ sở Trung tâm Y tế khu vực Hoài Nhơn",
        "PC-TTYT": "Đoàn cơ sở Trung tâm Y tế khu vực Phù Cát",
    ]

    /// Old communes that were not rearranged: they move, under their own code, directly under the Tỉnh đoàn.
    static let unmerged = ["QN-NHONCHAU"]

    /// The new commune-level Đoàn and the old units that merge into each, old district by old district.
    static let communes: [MergedCommuneSpec] = [
        // Thành phố Quy Nhơn (xã Nhơn Châu, an island, keeps its boundaries: `unmerged`).
        .ward("Quy Nhơn", ["QN-HAICANG", "QN-DONGDA", "QN-LELOI", "QN-TRANPHU", "QN-LEHONGPHONG", "QN-TRANHUNGDAO",
                           "QN-DCD"]),
        .ward("Quy Nhơn Đông", ["QN-NHONLY", "QN-NHONHOI"]),
        .ward("Quy Nhơn Nam", ["QN-GHENHRANG", "QN-NGOMAY", "QN-QUANGTRUNG"]),
        .ward("Quy Nhơn Bắc", ["QN-NHONBINH", "QN-NHONPHU"]),
        .ward("Quy Nhơn Tây", ["QN-BUITHIXUAN"]),
        // Thị xã An Nhơn.
        .ward("Bình Định", ["AN-BINHDINH", "AN-KCQ"]),
        .ward("An Nhơn", ["AN-DAPDA", "AN-NHONHAU"]),
        .ward("An Nhơn Đông", ["AN-NHONHUNG", "AN-NHONAN", "AN-NHONHANH"]),
        .ward("An Nhơn Nam", ["AN-NHONLOC"]),
        .ward("An Nhơn Bắc", ["AN-NHONTHANH", "AN-NHONPHONG"]),
        .commune("An Nhơn Tây", ["AN-NHONTAN"]),
        // Thị xã Hoài Nhơn.
        .ward("Bồng Sơn", ["HN-BONGSON", "HN-HOAIDUC"]),
        .ward("Tam Quan", ["HN-TAMQUAN"]),
        .ward("Hoài Nhơn", ["HN-HOAITHANHTAY"]),
        .ward("Hoài Nhơn Đông", ["HN-HOAIHUONG", "HN-HOAIHAI"]),
        .ward("Hoài Nhơn Tây", ["HN-HOAISON"]),
        .ward("Hoài Nhơn Nam", ["HN-HOAITAN"]),
        .ward("Hoài Nhơn Bắc", ["HN-HOAICHAUBAC"]),
        // Huyện Tuy Phước.
        .commune("Tuy Phước", ["TP-TUYPHUOC", "TP-DIEUTRI", "TP-PHUOCLOC", "TP-KCQ"]),
        .commune("Tuy Phước Đông", ["TP-PHUOCSON", "TP-PHUOCTHUAN"]),
        .commune("Tuy Phước Tây", ["TP-PHUOCAN", "TP-PHUOCTHANH"]),
        .commune("Tuy Phước Bắc", ["TP-PHUOCHIEP", "TP-PHUOCHUNG"]),
        // Huyện Phù Cát.
        .commune("Ngô Mây", ["PC-NGOMAY"]),
        .commune("Cát Tiến", ["PC-CATTIEN", "PC-CATHAI"]),
        .commune("Đề Gi", ["PC-CATKHANH", "PC-CATMINH"]),
        .commune("Phù Cát", ["PC-CATTRINH"]),
        .commune("Xuân An", ["PC-CATTAI"]),
        .commune("Hòa Hội", ["PC-CATHANH"]),
        .commune("Hội Sơn", ["PC-CATSON", "PC-CATLAM"]),
        // Huyện Phù Mỹ.
        .commune("Phù Mỹ", ["PM-PHUMY", "PM-KCQ"]),
        .commune("Bình Dương", ["PM-BINHDUONG"]),
        .commune("An Lương", ["PM-MYCHANH", "PM-MYTHANH"]),
        .commune("Phù Mỹ Đông", ["PM-MYAN", "PM-MYTHANG"]),
        .commune("Phù Mỹ Tây", ["PM-MYHIEP"]),
        .commune("Phù Mỹ Nam", ["PM-MYTHO"]),
        .commune("Phù Mỹ Bắc", ["PM-MYDUC"]),
        // Huyện Tây Sơn.
        .commune("Tây Sơn", ["TS-PHUPHONG", "TS-TAYXUAN", "TS-KCQ"]),
        .commune("Bình Khê", ["TS-VINHAN", "TS-TAYGIANG"]),
        .commune("Bình Phú", ["TS-BINHTUONG", "TS-TAYPHU"]),
        .commune("Bình Hiệp", ["TS-BINHTHANH"]),
        .commune("Bình An", ["TS-TAYVINH"]),
        // Huyện Vân Canh.
        .commune("Vân Canh", ["VC-VANCANH", "VC-CANHTHUAN"]),
        .commune("Canh Liên", ["VC-CANHLIEN", "VC-CANHHIEP"]),
        .commune("Canh Vinh", ["VC-CANHVINH"]),
        // Huyện Vĩnh Thạnh.
        .commune("Vĩnh Thạnh", ["VT-VINHTHANH"]),
        .commune("Vĩnh Thịnh", ["VT-VINHHAO"]),
        .commune("Vĩnh Quang", ["VT-VINHQUANG"]),
        .commune("Vĩnh Sơn", ["VT-VINHSON", "VT-VINHKIM"]),
        // Huyện An Lão.
        .commune("An Lão", ["AL-ANLAO", "AL-ANTAN"]),
        .commune("An Hòa", ["AL-ANHOA"]),
        .commune("An Vinh", ["AL-ANVINH", "AL-ANTRUNG"]),
        .commune("An Toàn", ["AL-ANTOAN"]),
        // Huyện Hoài Ân.
        .commune("Hoài Ân", ["HA-TANGBATHO", "HA-KCQ"]),
        .commune("Ân Hảo", ["HA-ANHAOTAY", "HA-ANHAODONG"]),
        .commune("Ân Tường", ["HA-ANTIN"]),
        .commune("Kim Sơn", ["HA-ANNGHIA", "HA-BOKTOI"]),
        .commune("Vạn Đức", ["HA-ANSON", "HA-DAKMANG"]),
    ]
}
