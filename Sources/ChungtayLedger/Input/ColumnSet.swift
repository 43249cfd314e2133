import ChungtayCore

/// A way to name a column of a ``ColumnSet``: its name, or its place.
protocol ColumnKey {
    func index(in columns: ColumnSet) -> Int
}

extension String: ColumnKey {
    func index(in columns: ColumnSet) -> Int { columns.index(of: self) }
}

extension ColumnSet.Activity: ColumnKey {
    func index(in columns: ColumnSet) -> Int { rawValue }
}

/// The columns of one kind of input file, with their Vietnamese aliases (data.md).
struct ColumnSet: Sendable {
    struct Column: Sendable {
        let name: String
        let alias: String
        let required: Bool
    }

    let columns: [Column]
    /// Each column's name and alias folded for matching (``TextNormalizer/foldHeader(_:)``), once.
    private let folded: [(name: String, alias: String)]

    init(columns: [Column]) {
        self.columns = columns
        folded = columns.map { (TextNormalizer.foldHeader($0.name), TextNormalizer.foldHeader($0.alias)) }
    }

    func index(of name: String) -> Int { columns.firstIndex { $0.name == name }! }

    /// The columns of an activities file, by their place in ``activities``: the hottest reading loop finds them
    /// without comparing names.
    enum Activity: Int, CaseIterable {
        case id, date, type, member, unit, level, dossier, citizen, subject, online, paidOnline, url, channel, attendees, hours, note
    }

    static let units = ColumnSet(columns: [
        .init(name: "code", alias: "mã đơn vị", required: true),
        .init(name: "name", alias: "tên đơn vị", required: true),
        .init(name: "parent", alias: "đơn vị cấp trên", required: false),
        .init(name: "level", alias: "cấp", required: true),
        .init(name: "sector", alias: "khối", required: false),
        .init(name: "area", alias: "địa bàn", required: false),
        .init(name: "members", alias: "số đoàn viên", required: false),
        .init(name: "from", alias: "hiệu lực từ", required: false),
        .init(name: "until", alias: "hiệu lực đến", required: false),
        .init(name: "successor", alias: "đơn vị kế thừa", required: false),
        .init(name: "decision", alias: "quyết định", required: false),
    ])

    static let members = ColumnSet(columns: [
        .init(name: "id", alias: "mã đoàn viên", required: true),
        .init(name: "name", alias: "họ và tên", required: true),
        .init(name: "unit", alias: "đơn vị", required: true),
        .init(name: "birth_year", alias: "năm sinh", required: false),
        .init(name: "group", alias: "đối tượng", required: false),
        .init(name: "status", alias: "trạng thái", required: false),
    ])

    static let activities = ColumnSet(columns: [
        .init(name: "id", alias: "mã", required: true),
        .init(name: "date", alias: "ngày", required: true),
        .init(name: "type", alias: "loại", required: true),
        .init(name: "member", alias: "đoàn viên", required: false),
        .init(name: "unit", alias: "đơn vị", required: false),
        .init(name: "level", alias: "mức độ", required: false),
        .init(name: "dossier", alias: "mã hồ sơ", required: false),
        .init(name: "citizen", alias: "người dân", required: false),
        .init(name: "subject", alias: "đối tượng", required: false),
        .init(name: "online", alias: "trực tuyến", required: false),
        .init(name: "paid_online", alias: "thanh toán trực tuyến", required: false),
        .init(name: "url", alias: "đường dẫn", required: false),
        .init(name: "channel", alias: "kênh", required: false),
        .init(name: "attendees", alias: "số người", required: false),
        .init(name: "hours", alias: "số giờ", required: false),
        .init(name: "note", alias: "ghi chú", required: false),
    ])

    /// A list of activities to reject (the sample province's `rejections.csv`).
    static let rejections = ColumnSet(columns: [
        .init(name: "id", alias: "mã", required: true),
        .init(name: "reason", alias: "lý do", required: true),
    ])

    /// A list of activities to restore: the same columns, the reason optional.
    static let restorations = ColumnSet(columns: [
        .init(name: "id", alias: "mã", required: true),
        .init(name: "reason", alias: "lý do", required: false),
    ])

    /// The column a header name means, matched case-insensitively ignoring diacritics, spaces and underscores.
    func match(_ header: String) -> Int? {
        // No name this long folds down to a column's: not folded, so that a huge header costs nothing more.
        guard header.utf8.count <= 256 else { return nil }
        let header = TextNormalizer.foldHeader(header)
        return folded.firstIndex { $0.name == header || $0.alias == header }
    }

    /// The known name (English or Vietnamese) closest to an unknown header, compared as headers match (folded), by the
    /// one "did you mean" rule (``String/closest(in:)``); nil when none is close or the header is too long to be a slip.
    func closest(to header: String) -> String? {
        guard header.utf8.count <= 64 else { return nil }
        let candidates = zip(columns, folded).flatMap { [($1.name, $0.name), ($1.alias, $0.alias)] }
        let written = Dictionary(candidates, uniquingKeysWith: { first, _ in first })
        return TextNormalizer.foldHeader(header).closest(in: candidates.map(\.0)).flatMap { written[$0] }
    }

    /// The message for an unknown column or JSON key, with the closest known name where there is one.
    func unknown(_ what: (vi: String, en: String), _ header: String) -> Diagnostic.Message {
        guard let suggestion = closest(to: header) else {
            return .init(vi: "\(what.vi) không có trong mẫu", en: "unknown \(what.en)")
        }
        return .init(vi: "\(what.vi) không có trong mẫu; có phải ý bạn là '\(suggestion)'?", en: "unknown \(what.en); did you mean '\(suggestion)'?")
    }
}
