import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct RejectCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: localized("Từ chối hoạt động (không tính điểm), ghi lý do vào nhật ký: một hoạt động theo mã, hoặc cả danh sách trong một tệp.", "Make activities score nothing, with a reason in the audit log: one by its id, or a file's list."))

    @OptionGroup var options: GlobalOptions
    @Argument(help: .localized("Mã hoạt động (hoặc dùng --file).", "The activity's id (or give --file).")) var id: String?
    @Option(help: .localized("Lý do từ chối (khi cho một mã).", "Why it is rejected (with an id).")) var reason: String?
    @Option(help: .localized("Tệp .csv hoặc .jsonl có cột id (mã) và reason (lý do): từ chối mọi hoạt động trong tệp, hoặc không hoạt động nào.", "A .csv or .jsonl file with columns id and reason: every activity it lists is rejected, or none.")) var file: String?
    @Option(help: .localized("Người từ chối (mặc định: tên đăng nhập).", "Who rejects it (default: the login name).")) var by: String?

    func validate() throws {
        switch (id, file, reason) {
        case (.some, nil, .some), (nil, .some, nil): return
        case (.some, .some, _), (nil, nil, _): throw ValidationError("give one activity id, or --file FILE, not both")
        case (.some, nil, nil): throw ValidationError("--reason is required with an activity id")
        case (nil, .some, .some): throw ValidationError("--reason goes in the file's reason column with --file")
        }
    }

    func execute() throws {
        let lang = options.language
        let source = try file.map { try importSources([$0], lang: lang)[0] }
        let ledger = try options.openLedger()
        let change = if let source {
            try ledger.rejectAll(source, by: by ?? loginName(), at: Clock.localTimestamp())
        } else {
            try ledger.reject(id!, reason: reason!, by: by ?? loginName(), at: Clock.localTimestamp())
        }
        try emit(change.text(lang, done: ("Đã từ chối", "Rejected"), already: ("đã bị từ chối từ trước", "already rejected")))
    }
}

func loginName() -> String {
    ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
}
