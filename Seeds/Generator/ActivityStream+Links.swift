import ChungtayCore

/// The addresses of articles: a unit's Facebook page, Zalo official account, TikTok, YouTube, its website,
/// or another site. Every new address is unique once normalised (data.md: host lower-cased, fragment and one
/// trailing `/` removed); `urlVariant` writes some of them in the other forms that normalise the same way.
extension ActivityStream {
    static let channels = ["web", "facebook", "zalo", "tiktok", "youtube", "other"]

    private static let titles = [
        "huong-dan-nop-ho-so-truc-tuyen-muc-do-4", "thanh-nien-ho-tro-nguoi-dan-kich-hoat-vneid",
        "ra-quan-thang-thanh-nien-chung-tay-dich-vu-cong", "5-buoc-thanh-toan-le-phi-truc-tuyen",
        "to-thanh-nien-tinh-nguyen-ho-tro-dich-vu-cong", "cach-dang-ky-tai-khoan-cong-dich-vu-cong-quoc-gia",
        "doan-vien-ho-tro-cap-doi-giay-phep-lai-xe-truc-tuyen", "ngay-thu-bay-tinh-nguyen-so-hoa",
        "san-khau-hoa-dich-vu-cong-truc-tuyen", "tuyen-truyen-chuyen-doi-so-tai-cho",
    ]

    private static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// A new address, in its normalised form, for `channel` (an index into `channels`). Government and school
    /// sites are the province's of the day: binhdinh before the reform, gialai from it.
    mutating func newURL(channel: Int, unit: Int) -> String {
        let owner = chart.units[unit]
        let structure = chart.eras[era]
        let province = era == 0 ? "binhdinh" : "gialai"
        let page = "tuoitre" + owner.slug
        let title = random.pick(ActivityStream.titles)
        switch channel {
        case 1:
            postNumbers.facebook += random.between(1, 5_000_000_000)
            return "https://www.facebook.com/\(page)/posts/\(postNumbers.facebook)"
        case 2:
            postNumbers.zalo += random.between(1, 400)
            return "https://zalo.me/\(page)/bai-viet/\(postNumbers.zalo)"
        case 3:
            postNumbers.tiktok += random.between(1, 2_000_000_000_000)
            return "https://www.tiktok.com/@\(page)/video/\(postNumbers.tiktok)"
        case 4:
            postNumbers.youtube += 1
            // 64 bits of a bijective scramble of the counter, as 11 base64url characters.
            var bits = mix64(UInt64(postNumbers.youtube) ^ 0x5EED_0F_C0FFEE)
            var id = [UInt8]()
            for _ in 0 ..< 11 {
                id.append(ActivityStream.base64URL[Int(bits & 63)])
                bits >>= 6
            }
            let video = String(decoding: id, as: UTF8.self)
            return random.chance(1, in: 4) ? "https://youtu.be/\(video)" : "https://www.youtube.com/watch?v=\(video)"
        case 5:
            postNumbers.web += random.between(1, 9)
            return "https://thanhnienbinhdinh.vn/bai-viet/\(title)-\(postNumbers.web)"
        default:
            postNumbers.web += random.between(1, 9)
            let number = postNumbers.web
            switch owner.level {
            case .district:
                return "https://\(owner.slug).\(province).gov.vn/tin-tuc/\(title)-\(number)"
            case .province:
                return "https://tuoitre\(province).vn/tin-tuc/\(title)-\(number)"
            default:
                let index = structure[unit]!.branch!
                let branch = chart.units[index]
                switch structure[index]!.sector {
                case .school:
                    return "https://\(branch.slug).\(province).edu.vn/tin-tuc/\(title)-\(number).html"
                case .commune, .ward:
                    let district = structure[index]!.district.map { chart.units[$0].slug + "." } ?? ""
                    return "https://\(branch.slug).\(district)\(province).gov.vn/tin-tuc/\(title)-\(number)"
                default:
                    return "https://tuoitre\(province).vn/\(branch.slug)/\(title)-\(number)"
                }
            }
        }
    }

    /// The address as someone might paste it: mostly as is, sometimes with a trailing `/`, a `#fragment`,
    /// or the host in capitals.
    mutating func urlVariant(_ url: String) -> String {
        let draw = random.below(100)
        if draw < 8, !url.contains("?"), !url.hasSuffix(".html") { return url + "/" }
        if draw < 13 { return url + "#" + random.pick(["binh-luan", "top", "video"]) }
        if draw < 16 {
            let rest = url.dropFirst("https://".count)
            let host = rest.prefix { $0 != "/" }
            return "https://" + host.uppercased() + rest.dropFirst(host.count)
        }
        return url
    }
}
