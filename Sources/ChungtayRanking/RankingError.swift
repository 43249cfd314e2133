import ChungtayCore
import Foundation

/// Why a board or a rank could not be given; each case knows its exit code (outputs.md) and says what to do.
public enum RankingError: Refusal, Sendable, Equatable, LocalizedError {
    /// `--period` (or the `option` the user typed) is none of the accepted forms; `suggestion` is a close period.
    case malformedPeriod(String, option: String = "--period", suggestion: String? = nil)
    /// `--period YYYY-Www` names a week the year does not have (W00, W54, or W53 in a 52-week year).
    case noSuchWeek(String, option: String = "--period")
    /// `--period FROM..TO` with FROM after TO.
    case reversedRange(String, option: String = "--period")
    /// A member id named on the command line is not in the ledger.
    case unknownMember(String)
    /// A unit code named on the command line is not in the ledger.
    case unknownUnit(String)
    /// `rank --unit` named a cell: cells are ranked as part of their grassroots unit.
    case cellNotRanked(cell: String, grassroots: String)
    /// `rank --unit` named the province, which is on no board.
    case provinceNotRanked(String)
    /// `--district` named a unit that is not of level district.
    case notADistrict(code: String, level: String)
    /// `--sector` named no sector of data.md.
    case unknownSector(String)
    /// `--sector` on the district board, where units have no sector.
    case sectorOnDistricts
    /// A unit named on the command line is not in force on the structure date: it `ended` (with its `heir` on that
    /// date, if any) or `begins` later.
    case notInForce(code: String, date: CivilDate, ended: CivilDate?, begins: CivilDate?, heir: String?)

    /// 64 for wrong usage, 65 for an unknown id or code (outputs.md, Everywhere).
    public var exitCode: Int32 {
        switch self {
        case .unknownMember, .unknownUnit, .notInForce: return 65
        default: return 64
        }
    }

    public func lines(_ lang: Language) -> [String] {
        [text(lang)]
    }

    /// The message in the user's language.
    public func text(_ lang: Language) -> String {
        switch self {
        case let .malformedPeriod(value, option, suggestion):
            let close = suggestion.map { lang.pick("có phải \($0)? ", "did you mean \($0)? ") } ?? ""
            return lang.pick("\(option) '\(value.clippedForMessage)': không hiểu kỳ này; \(close)viết \(Period.forms.vi)",
                             "\(option) '\(value.clippedForMessage)': not a period; \(close)write \(Period.forms.en)")
        case let .noSuchWeek(value, option):
            return lang.pick("\(option) '\(value)': năm này không có tuần đó (tuần ISO 01 đến 52, hoặc 53 với năm có 53 tuần)",
                             "\(option) '\(value)': that year has no such week (ISO weeks run 01 to 52, or 53 in a 53-week year)")
        case let .reversedRange(value, option):
            return lang.pick("\(option) '\(value)': ngày đầu sau ngày cuối; viết ngày sớm hơn trước dấu ..",
                             "\(option) '\(value)': the first day is after the last; write the earlier day before ..")
        case let .unknownMember(id):
            return lang.pick("--member \(id): không có đoàn viên này; kiểm tra mã đoàn viên hoặc nhập danh sách đoàn viên trước",
                             "--member \(id): no such member; check the id, or import the members first")
        case let .unknownUnit(code):
            return lang.pick("\(code): không có đơn vị này; kiểm tra mã đơn vị hoặc nhập danh sách đơn vị trước",
                             "\(code): no such unit; check the code, or import the units first")
        case let .cellNotRanked(cell, grassroots):
            return lang.pick("--unit \(cell): chi đoàn không được xếp hạng riêng; điểm của chi đoàn tính cho cơ sở Đoàn \(grassroots), hãy dùng --unit \(grassroots)",
                             "--unit \(cell): a cell is not ranked on its own; its points count for the grassroots unit \(grassroots), use --unit \(grassroots)")
        case let .provinceNotRanked(code):
            return lang.pick("--unit \(code): Tỉnh đoàn không nằm trên bảng xếp hạng nào; hãy chọn một cơ sở Đoàn hoặc một đơn vị cấp huyện",
                             "--unit \(code): the province is on no board; name a grassroots unit or a district")
        case let .notADistrict(code, level):
            return lang.pick("--district \(code): đơn vị cấp \(level), không phải cấp huyện; hãy chọn một Huyện, Thị, Thành đoàn hoặc Đoàn trực thuộc",
                             "--district \(code): a unit of level \(level), not a district; name a district-level unit")
        case let .unknownSector(value):
            let known = Sector.allCases.map(\.rawValue).joined(separator: ", ")
            return lang.pick("--sector '\(value)': không có khối này; chọn một trong \(known)",
                             "--sector '\(value)': no such sector; use one of \(known)")
        case .sectorOnDistricts:
            return lang.pick("--sector chỉ dùng với bảng members hoặc branches; đơn vị cấp huyện không thuộc khối nào",
                             "--sector applies to the members and branches boards; districts have no sector")
        case let .notInForce(code, date, ended, begins, heir):
            let on = (vi: date.vietnamese, en: date.description)
            if let begins {
                return lang.pick("\(code): đơn vị bắt đầu từ ngày \(begins.vietnamese), chưa có vào ngày \(on.vi); chọn --as-of từ ngày đó",
                                 "\(code): the unit begins on \(begins), after \(on.en); use an --as-of from that day")
            }
            let end = ended.map { (vi: " từ sau ngày \($0.vietnamese)", en: " on \($0)") } ?? (vi: "", en: "")
            if let heir {
                return lang.pick("\(code): đơn vị đã hết hiệu lực\(end.vi); ngày \(on.vi) lịch sử của nó thuộc \(heir), hãy dùng --unit \(heir) (hoặc --as-of ngày trước đó)",
                                 "\(code): the unit ended\(end.en); on \(on.en) its history belongs to \(heir): use --unit \(heir) (or an earlier --as-of)")
            }
            return lang.pick("\(code): đơn vị đã hết hiệu lực\(end.vi), không có đơn vị kế thừa vào ngày \(on.vi); dùng --as-of ngày trước đó",
                             "\(code): the unit ended\(end.en), with no heir on \(on.en); use an earlier --as-of")
        }
    }

    /// The English message, for logs and `localizedDescription`.
    public var errorDescription: String? { text(.en) }
}
