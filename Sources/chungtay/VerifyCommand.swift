import ArgumentParser
import ChungtayCore
import ChungtayPublishing
import Foundation

struct VerifyCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: localized("Kiểm tra thư mục đã công bố có khớp SHA256SUMS và bản công bố lưu trong cơ sở dữ liệu không.", "Check that a published folder matches its SHA256SUMS and the bulletin stored in the database."))

    @OptionGroup var options: GlobalOptions

    @Argument(help: .localized("Thư mục lệnh publish đã ghi.", "The folder publish wrote."))
    var folder: String

    func execute() throws {
        let lang = options.language
        let files = try BulletinFolder.files(folder, lang: lang)
        let ledger = try options.openLedger()
        let outcome = try BulletinCheck.check(files, folder: folder, ledger: ledger)
        guard outcome.problems.isEmpty else { throw CommandFailure(1, outcome.problems.map { $0.text(lang) }) }
        try emit(lang.pick("\(folder): \(files.count) tệp khớp SHA256SUMS và bản công bố tuần \(outcome.week ?? "") lần \(outcome.revision ?? 0) đã lưu\n",
                           "\(folder): \(files.count) files match SHA256SUMS and the stored publication of \(outcome.week ?? ""), revision \(outcome.revision ?? 0)\n"))
    }
}
