import ChungtayAwards
import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// The words and the committee's columns that every form of the nominee list shares (outputs.md, Awards): STT,
/// Họ và tên (or Tên tập thể), Đơn vị, Huyện/Đoàn trực thuộc, Xếp hạng, Điểm, Thành tích, Ghi chú.
enum AwardsText {
    /// One nominee as the committee's columns show it; rank and score are kept as numbers for the forms that
    /// write numbers (csv, xlsx).
    struct Line {
        let n: Int
        let name: String
        let unit: String
        let district: String
        let rank: Int
        let score: Points
        let achievements: String
        let note: String
    }

    /// `Danh sách đề nghị khen thưởng — 2026 (01/01/2026–31/12/2026)`.
    static func title(_ nominations: Nominations, _ lang: Language) -> String {
        lang.pick("Danh sách đề nghị khen thưởng", "Nominees for commendation") + " — " + BoardText.periodText(nominations.period, lang)
    }

    /// `Kỳ xét: 2026 (01/01/2026–31/12/2026)`.
    static func period(_ nominations: Nominations, _ lang: Language) -> String {
        lang.pick("Kỳ xét: ", "Period: ") + BoardText.periodText(nominations.period, lang)
    }

    /// `Thể lệ 2026.1 · 6 hình thức khen thưởng · 25 đề nghị`.
    static func summary(_ nominations: Nominations, _ lang: Language) -> String {
        let count = nominations.lists.reduce(0) { $0 + $1.nominees.count }
        let version = BoardText.rulesVersion(nominations.rulesVersion, builtIn: nominations.rulesBuiltIn, lang)
        return lang.pick("Thể lệ \(version) · \(nominations.lists.count) hình thức khen thưởng · \(count) đề nghị",
                         "Rules \(version) · \(nominations.lists.count) awards · \(count) nominees")
    }

    /// `Lập ngày 07/12/2026 · Số liệu đến ngày 22/11/2026`: when the list was drawn, and up to which date its data go.
    static func drawn(_ nominations: Nominations, _ lang: Language) -> String {
        let through = nominations.dataThrough.map { lang.pick("Số liệu đến ngày \($0.vietnamese)", "Data up to \($0)") }
            ?? lang.pick("Chưa có số liệu trong kỳ", "No data in the period yet")
        return lang.pick("Lập ngày \(nominations.drawnOn.vietnamese)", "Drawn on \(nominations.drawnOn)") + " · " + through
    }

    /// `Giấy khen … — bảng đoàn viên, 1.234 được xếp hạng; 12 đề nghị`.
    static func heading(_ list: AwardList, _ lang: Language) -> String {
        "\(list.award.title) — \(detail(list, lang))"
    }

    /// `bảng cơ sở Đoàn, 163 được xếp hạng, điểm bình quân mỗi đoàn viên; 8 đề nghị`: the award's board (how many it
    /// ranks, and what its score is when not the total) and how many the award nominates (its id is for JSON and CSV).
    static func detail(_ list: AwardList, _ lang: Language) -> String {
        let board: String
        switch list.award.board {
        case .members: board = lang.pick("bảng đoàn viên", "members' board")
        case .branches: board = lang.pick("bảng cơ sở Đoàn", "branches' board")
        case .districts: board = lang.pick("bảng cấp huyện", "districts' board")
        }
        let ranked = ExactDecimal(list.ranked).grouped(lang)
        let basis = list.scoreBasis == .per_member ? lang.pick(", điểm bình quân mỗi đoàn viên", ", points per member") : ""
        return lang.pick("\(board), \(ranked) được xếp hạng\(basis); \(list.nominees.count) đề nghị",
                                                  "\(board), \(ranked) ranked\(basis); \(list.nominees.count) nominees")
    }

    static func headers(_ board: BoardKind, _ lang: Language) -> [String] {
        [lang.pick("STT", "No."), board == .members ? lang.pick("Họ và tên", "Name") : lang.pick("Tên tập thể", "Collective"),
         lang.pick("Đơn vị", "Unit"), lang.pick("Huyện/Đoàn trực thuộc", "District"), lang.pick("Xếp hạng", "Rank"),
         lang.pick("Điểm", "Score"), lang.pick("Thành tích", "Achievements"), lang.pick("Ghi chú", "Note")]
    }

    /// A nominee's line in the committee's columns. A member's unit is its branch; a collective's, the unit it belongs
    /// to on the structure date (its district-level union, or the provincial union).
    static func line(_ nominee: Nominee, _ list: AwardList, _ nominations: Nominations, _ lang: Language) -> Line {
        let entry = nominee.entry
        let names = nominations.unitNames
        let unitCode = list.award.board == .members ? entry.unit : nominations.unitParents[entry.id]
        let unit = unitCode.map { names[$0] ?? $0 } ?? ""
        let district: String
        if list.award.board == .districts {
            district = ""
        } else if let code = entry.district {
            district = names[code] ?? code
        } else {
            district = lang.pick("Trực thuộc Tỉnh đoàn", "Directly under the province")
        }
        var note = [lang.pick("Mã \(entry.id)", "Id \(entry.id)")]
        if nominee.tieAtCutoff {
            note.append(lang.pick("Đồng hạng với trường hợp không được đề nghị do hạn mức; Hội đồng xem xét",
                                  "Tied with an entry left out by the quota or limit; for the committee to decide"))
        }
        return Line(n: nominee.n, name: entry.name, unit: unit, district: district, rank: entry.rank ?? 0, score: entry.score ?? .zero,
                    achievements: nominee.reasons.map { $0.text(lang) }.joined(separator: "; "), note: note.joined(separator: "; "))
    }

    /// The cells of a line as text, numbers written for people (`52,5` in Vietnamese).
    static func cells(_ line: Line, _ lang: Language) -> [String] {
        [String(line.n), line.name, line.unit, line.district, String(line.rank), line.score.display(lang), line.achievements, line.note]
    }

    /// The footnotes under an award's list: each entry ranked among the nominees but not proposed, and why
    /// (`Hạng 2 — Nguyễn Văn An (DV000123): Đã được đề nghị Bằng khen …`); empty when there is none.
    static func footnotes(_ list: AwardList, _ lang: Language) -> [String] {
        list.leftOut.map { left in
            "\(lang.pick("Hạng", "Rank")) \(left.entry.rank.map(String.init) ?? "–") — \(left.entry.name) (\(left.entry.id)): \(left.reason.text(lang))"
        }
    }

    /// The heading over the footnotes.
    static func footnoteHeading(_ lang: Language) -> String {
        lang.pick("Có hạng trong danh sách nhưng không được đề nghị:", "Ranked among the nominees but not proposed:")
    }

    static func nobody(_ lang: Language) -> String {
        lang.pick("Không có ai đủ điều kiện.", "Nobody qualifies.")
    }

    static func noAwards(_ lang: Language) -> String {
        lang.pick("Thể lệ của kỳ này không có hình thức khen thưởng nào.", "The rules for this period list no awards.")
    }
}
