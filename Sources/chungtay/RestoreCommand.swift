import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct RestoreCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: localized("Khôi phục hoạt động đã bị từ chối: một hoạt động theo mã, hoặc cả danh sách trong một tệp.", "Undo the rejection of activities: one by its id, or a file's list."))

    @OptionGroup var options: GlobalOptions
    @Argument(help: .localized("Mã hoạt động (hoặc dùng --file).", "The activity's id (or give --file).")) var id: String?
    @Option(help: .localized("Tệp .csv hoặc .jsonl có cột id (mã) (và reason, nếu muốn): khôi phục mọi hoạt động trong tệp, hoặc không hoạt động nào.", "A .csv or .jsonl file with column id (and reason, if you like): every activity it lists is restored, or none."))
    var file: String?
    @Option(help: .localized("Người khôi phục (mặc định: tên đăng nhập).", "Who restores it (default: the login name).")) var by: String?

    func validate() throws {
        if (id == nil) == (file == nil) { throw ValidationError("give one activity id, or --file FILE, not both") }
    }

    func execute() throws {
        let lang = options.language
        let source = try file.map { try importSources([$0], lang: lang)[0] }
        let ledger = try options.openLedger()
        let change = if let source {
            try ledger.restoreAll(source, by: by ?? loginName(), at: Clock.localTimestamp())
        } else {
            try ledger.restore(id!, by: by ?? loginName(), at: Clock.localTimestamp())
        }
        try emit(change.text(lang, done: ("Đã khôi phục", "Restored"), already: ("chưa bị từ chối", "not rejected")))
    }
}
