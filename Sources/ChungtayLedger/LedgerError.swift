import ChungtayCore

/// Why the ledger refused; each case knows its exit code (outputs.md) and says what to do.
public enum LedgerError: Refusal, Sendable {
    /// The database file does not exist (and the command does not create it).
    case missing(path: String)
    /// The file exists but is not a chungtay database; it is left untouched.
    case notChungtay(path: String)
    /// Another process held the database for the whole wait.
    case busy(path: String)
    /// Invalid data: every problem found.
    case invalid([Diagnostic])
    /// An activity id, member id or unit code named on the command line is unknown.
    case unknown(what: Diagnostic.Message)
    /// No secret key (neither `CHUNGTAY_SECRET` nor the key file at `path`) where one is needed: importing activities.
    case noKey(path: String)
    /// The key given does not match the fingerprint the database keeps.
    case wrongKey(path: String)
    /// `init` at a path that already holds a database or a key file; it is left untouched.
    case alreadyExists(path: String)
    /// The database file exists but cannot be read.
    case cannotOpen(path: String)
    /// SQLite found the file damaged.
    case damaged(path: String, message: String)
    /// A database file (a new database, a backup) cannot be created there.
    case cannotCreate(path: String)

    public var exitCode: Int32 {
        switch self {
        case .missing, .noKey, .cannotOpen: return 66
        case .notChungtay, .wrongKey, .invalid, .unknown: return 65
        case .busy: return 75
        case .damaged: return 1
        case .cannotCreate, .alreadyExists: return 73
        }
    }

    public func lines(_ lang: Language) -> [String] {
        switch self {
        case let .missing(path):
            return [lang.pick("\(path): chưa có cơ sở dữ liệu; tạo bằng `chungtay init --db \(path)`",
                              "\(path): no database there; create it with `chungtay init --db \(path)`")]
        case let .notChungtay(path):
            return [lang.pick("\(path): không phải cơ sở dữ liệu của chungtay; tệp được giữ nguyên, hãy chọn tệp khác bằng --db",
                              "\(path): not a chungtay database; it was left untouched, choose another file with --db")]
        case let .busy(path):
            return [lang.pick("\(path): một tiến trình khác đang giữ cơ sở dữ liệu quá 5 giây; thử lại sau",
                              "\(path): another process held the database for more than 5 seconds; try again later")]
        case let .invalid(diagnostics):
            let shown = diagnostics.prefix(100).map { $0.text(lang) }
            let more = diagnostics.count - shown.count
            return shown + (more > 0 ? [lang.pick("… và \(more) lỗi khác", "… and \(more) more problems")] : [])
        case let .unknown(message):
            return [message.text(lang)]
        case let .damaged(path, message):
            return [lang.pick("\(path): SQLite: \(message); tệp bị hỏng, hãy khôi phục từ bản sao lưu (chungtay backup)",
                              "\(path): SQLite: \(message); the file is damaged, restore it from a backup (chungtay backup)")]
        case let .cannotCreate(path):
            return [lang.pick("\(path): không tạo được tệp cơ sở dữ liệu; kiểm tra thư mục chứa nó có tồn tại và ghi được không",
                              "\(path): cannot create the database file; check that its folder exists and is writable")]
        case let .noKey(path):
            return [lang.pick("\(path): không có tệp khóa bí mật; nhập hoạt động cần khóa để tìm người dân được tính hai lần. Hãy chép lại tệp khóa của cơ sở dữ liệu này (`chungtay backup` ghi nó thành TỆP.key bên cạnh bản sao lưu) hoặc đặt biến CHUNGTAY_SECRET",
                              "\(path): no key file; importing activities needs the key to find citizens counted twice. Put this database's key file back (`chungtay backup` writes it as FILE.key beside the backup) or set CHUNGTAY_SECRET")]
        case let .wrongKey(path):
            return [lang.pick("\(path): khóa bí mật không khớp với cơ sở dữ liệu này; dùng đúng tệp khóa \(path).key của nó (hoặc biến CHUNGTAY_SECRET đúng), không tạo khóa mới",
                              "\(path): the key does not match this database; use its own key file \(path).key (or the right CHUNGTAY_SECRET), never a new key")]
        case let .alreadyExists(path):
            return [lang.pick("\(path): đã có; init không ghi đè cơ sở dữ liệu hay tệp khóa nào. Chọn tên khác bằng --db",
                              "\(path): already exists; init never overwrites a database or a key file. Choose another name with --db")]
        case let .cannotOpen(path):
            return [lang.pick("\(path): không đọc được tệp; kiểm tra quyền đọc", "\(path): cannot read the file; check read permission")]
        }
    }
}
