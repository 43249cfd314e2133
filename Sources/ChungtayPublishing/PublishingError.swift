import ChungtayCore

/// Why publishing or verifying could not go on; each case knows its exit code (outputs.md) and says what to do.
public enum PublishingError: Refusal, Sendable {
    /// A stored snapshot does not read back as a bulletin: the database was changed outside chungtay.
    case damagedSnapshot(week: String, revision: Int)
    /// The week to publish starts after `today`.
    case weekNotBegun(week: String, today: CivilDate)
    /// The week has no scoring activity (and `--allow-empty` was not given); `latest` is the latest week that has one.
    case emptyWeek(week: String, latest: String?)

    public var exitCode: Int32 {
        switch self {
        case .damagedSnapshot: return 1
        case .weekNotBegun: return 64
        case .emptyWeek: return 65
        }
    }

    public func lines(_ lang: Language) -> [String] {
        [text(lang)]
    }

    public func text(_ lang: Language) -> String {
        switch self {
        case let .damagedSnapshot(week, revision):
            return lang.pick("bản công bố tuần \(week) lần \(revision) trong cơ sở dữ liệu bị hỏng; chạy `chungtay check` và khôi phục từ bản sao lưu",
                             "the stored bulletin of \(week), revision \(revision), is damaged; run `chungtay check` and restore from a backup")
        case let .weekNotBegun(week, today):
            return lang.pick("--week \(week): tuần này chưa bắt đầu (hôm nay là \(today.vietnamese)); chỉ công bố được tuần đã bắt đầu",
                             "--week \(week): the week has not begun (today is \(today)); only a week that has begun can be published")
        case let .emptyWeek(week, latest?):
            return lang.pick("--week \(week): tuần này không có hoạt động nào được tính điểm; tuần gần nhất có hoạt động là \(latest) (--week \(latest)); muốn công bố bảng trống thì thêm --allow-empty",
                             "--week \(week): the week has no scoring activity; the latest week that has one is \(latest) (--week \(latest)); to publish an empty bulletin add --allow-empty")
        case let .emptyWeek(week, nil):
            return lang.pick("--week \(week): tuần này không có hoạt động nào được tính điểm, và cơ sở dữ liệu chưa có hoạt động nào; muốn công bố bảng trống thì thêm --allow-empty",
                             "--week \(week): the week has no scoring activity, and the database has none at all; to publish an empty bulletin add --allow-empty")
        }
    }
}
