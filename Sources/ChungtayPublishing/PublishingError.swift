import ChungtayCore

/// Why publishing or verifying could not go on; each case knows its exit code (outputs.md) and says what to do.
public enum PublishingError: Error, Sendable {
    /// A stored snapshot does not read back as a bulletin: the database was changed outside chungtay.
    case damagedSnapshot(week: String, revision: Int)

    public var exitCode: Int32 { 1 }

    public func text(_ lang: Language) -> String {
        switch self {
        case let .damagedSnapshot(week, revision):
            return lang.pick("bản công bố tuần \(week) lần \(revision) trong cơ sở dữ liệu bị hỏng; chạy `chungtay check` và khôi phục từ bản sao lưu",
                             "the stored bulletin of \(week), revision \(revision), is damaged; run `chungtay check` and restore from a backup")
        }
    }
}
