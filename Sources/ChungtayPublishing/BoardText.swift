import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// The words and cells that the table, CSV and Markdown forms of a board share, in either language.
enum BoardText {
    /// `Bảng xếp hạng đoàn viên — 2026-W48 (23/11/2026–29/11/2026)`.
    static func title(_ kind: BoardKind, _ period: Period, _ lang: Language) -> String {
        let name: String
        switch kind {
        case .members: name = lang.pick("Bảng xếp hạng đoàn viên", "Members' board")
        case .branches: name = lang.pick("Bảng xếp hạng cơ sở Đoàn", "Branches' board")
        case .districts: name = lang.pick("Bảng xếp hạng Huyện, Thị, Thành đoàn, Đoàn trực thuộc", "Districts' board")
        }
        return "\(name) — \(periodText(period, lang))"
    }

    /// `2026-W48 (23/11/2026–29/11/2026)`, `2026-W48 (2026-11-23 to 2026-11-29)`; a custom range is its dates alone.
    static func periodText(_ period: Period, _ lang: Language) -> String {
        let from = lang == .vi ? period.from.vietnamese : period.from.description
        let to = lang == .vi ? period.to.vietnamese : period.to.description
        let days = lang == .vi ? "\(from)–\(to)" : "\(from) to \(to)"
        return period.kind == .range ? days : "\(period.label) (\(days))"
    }

    /// A rules version as people read it: `2026.1`, and `2026.1 (có sẵn trong chungtay)` for the official rules built
    /// into chungtay, so that a board drawn on another folder's rules of the same version is told apart.
    static func rulesVersion(_ version: String?, builtIn: Bool, _ lang: Language) -> String {
        (version ?? "–") + (builtIn ? lang.pick(" (có sẵn trong chungtay)", " (built into chungtay)") : "")
    }

    /// `Thể lệ 2026.1 · điểm: bình quân mỗi đoàn viên · cách xếp hạng: 1, 2, 2, 4 · số được xếp hạng: 12`.
    static func settings(_ board: Board, _ lang: Language) -> String {
        let version = rulesVersion(board.rulesVersion, builtIn: board.rulesBuiltIn, lang)
        let basis = board.scoreBasis == .total ? lang.pick("tổng điểm", "total points")
                                               : lang.pick("bình quân mỗi đoàn viên", "points per member")
        let method = board.method == .competition ? "1, 2, 2, 4" : "1, 2, 2, 3"
        return lang.pick("Thể lệ \(version) · điểm xếp hạng: \(basis) · cách xếp hạng: \(method) · số được xếp hạng: \(board.ranked)",
                         "Rules \(version) · score: \(basis) · ranking: \(method) · ranked: \(board.ranked)")
    }

    /// `▲3`, `▼2`, `–` for no change, `mới`/`new` without a previous rank; empty without a rank.
    static func movement(_ entry: BoardEntry, _ lang: Language) -> String {
        guard entry.rank != nil else { return "" }
        guard let movement = entry.movement else { return lang.pick("mới", "new") }
        return movement > 0 ? "▲\(movement)" : movement < 0 ? "▼\(-movement)" : "–"
    }

    /// The columns a board shows, as the table, Markdown and workbook forms have them.
    struct Column {
        /// What a cell holds: the table and Markdown write it in the language's style, the workbook as a number.
        enum Value {
            case text(String)
            case rank(Int?)
            case count(Int?)
            case points(Points?)
        }

        let header: String
        let alignRight: Bool
        let lang: Language
        let value: (borrowing BoardEntry) -> Value

        /// The cell as people read it.
        func cell(_ entry: borrowing BoardEntry) -> String {
            switch value(entry) {
            case let .text(text): text
            case let .rank(rank): rank.map(String.init) ?? ""
            case let .count(count): count.map { $0.display(lang) } ?? ""
            case let .points(points): points?.display(lang) ?? ""
            }
        }
    }

    static func columns(_ board: Board, _ lang: Language) -> [Column] {
        var columns = [
            Column(header: lang.pick("Hạng", "Rank"), alignRight: true, lang: lang) { .rank($0.rank) },
            Column(header: lang.pick("Mã", "Id"), alignRight: false, lang: lang) { .text($0.id) },
            Column(header: board.kind == .members ? lang.pick("Họ và tên", "Name") : lang.pick("Tên đơn vị", "Name"), alignRight: false,
                   lang: lang) { .text($0.name) },
        ]
        if board.kind == .members {
            columns.append(Column(header: lang.pick("Cơ sở Đoàn", "Branch"), alignRight: false, lang: lang) { .text($0.unit ?? "") })
        }
        if board.kind != .districts {
            columns.append(Column(header: lang.pick("Huyện", "District"), alignRight: false, lang: lang) { .text($0.district ?? "") })
        }
        columns.append(Column(header: lang.pick("Điểm", "Score"), alignRight: true, lang: lang) { .points($0.score) })
        if board.scoreBasis == .per_member {
            columns.append(Column(header: lang.pick("Tổng điểm", "Total"), alignRight: true, lang: lang) { .points($0.total) })
            columns.append(Column(header: lang.pick("Số đoàn viên", "Members"), alignRight: true, lang: lang) { .count($0.members) })
        }
        if board.hasMovement {
            columns.append(Column(header: lang.pick("Thay đổi", "Change"), alignRight: true, lang: lang) { .text(movement($0, lang)) })
        }
        return columns
    }

    /// Every key the board's entries tally (ranked and unranked), sorted: its count and points columns in the CSV and
    /// workbook forms.
    static func tallyKeys(_ board: Board) -> [String] {
        var keys = Set<String>()
        for entries in [board.entries, board.unranked] {
            entries.withUnsafeBufferPointer { entries in
                for index in entries.indices { for tally in entries[index].tallies { keys.insert(tally.key) } }
            }
        }
        return keys.sorted()
    }

    /// The headers of a key's count and points columns: `Tin, bài tuyên truyền (số lượng)`, `… (điểm)`.
    static func tallyHeaders(_ label: String, _ lang: Language) -> [String] {
        [lang.pick("\(label) (số lượng)", "\(label) (count)"), lang.pick("\(label) (điểm)", "\(label) (points)")]
    }

    /// The heading over the unranked units.
    static func unrankedHeading(_ lang: Language) -> String {
        lang.pick("Chưa xếp hạng (số đoàn viên bằng 0 hoặc chưa có; hãy cập nhật danh sách đơn vị)",
                  "Unranked (no member count, or 0; update the units file)")
    }

    static func nobody(_ lang: Language) -> String {
        lang.pick("Chưa có ai có điểm trong kỳ này.", "Nobody has points in this period.")
    }

    /// Why an empty board is empty: no unit of its kind in force on its structure date (the district board after the
    /// 2025 reform), else the period's activities (with a hint where one is given), else nobody has points.
    static func nobody(_ board: Board, hint: EmptyBoardHint?, _ lang: Language) -> String {
        if board.unitsInForce == 0, let asOf = board.asOf {
            let units = board.kind == .districts ? (vi: "đơn vị cấp huyện", en: "district-level unit") : (vi: "cơ sở Đoàn", en: "grassroots unit")
            return lang.pick("Không có \(units.vi) nào có hiệu lực ngày \(asOf.vietnamese); hãy xem bảng theo tổ chức của một ngày khác (--as-of) hoặc bảng branches.",
                             "No \(units.en) is in force on \(asOf); draw the board on another date (--as-of) or see the branches' board.")
        }
        return hint.map { nobody(board.period, latest: $0.latestActivity, lang) } ?? nobody(lang)
    }

    /// Why a board is empty and what to ask instead (issue 17): `Tuần 2026-W49 chưa có hoạt động nào được tính điểm;
    /// tuần gần nhất có hoạt động là 2026-W48 (--period 2026-W48)`, given the date of the latest scoring activity.
    static func nobody(_ period: Period, latest: CivilDate?, _ lang: Language) -> String {
        let (vi, en): (String, String) = switch period.kind {
        case .week: ("Tuần", "Week")
        case .month: ("Tháng", "Month")
        case .quarter: ("Quý", "Quarter")
        case .year: ("Năm", "Year")
        case .range: ("Kỳ", "Period")
        }
        let empty = lang.pick("\(vi) \(period.label) chưa có hoạt động nào được tính điểm", "\(en) \(period.label) has no scoring activity")
        guard let latest else {
            return empty + lang.pick("; cơ sở dữ liệu chưa có hoạt động nào.", "; the database holds none yet.")
        }
        let week = Period.week(containing: latest).label
        return empty + lang.pick("; tuần gần nhất có hoạt động là \(week) (--period \(week)).",
                                 "; the latest week that has one is \(week) (--period \(week)).")
    }
}

/// Where the activities are, for a board that has none: what an empty board says to ask for instead.
public struct EmptyBoardHint: Sendable {
    /// The date of the latest scoring activity in the ledger; nil when there is none.
    public let latestActivity: CivilDate?

    public init(latestActivity: CivilDate?) {
        self.latestActivity = latestActivity
    }
}
