import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct InitCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: localized("Tạo cơ sở dữ liệu và tệp khóa bí mật của nó.", "Create the database and its secret key file."))

    @OptionGroup var options: GlobalOptions

    @Flag(help: .localized("Nạp luôn dữ liệu mẫu từ Seeds/.", "Also load the sample province from Seeds/."))
    var demo = false

    func execute() throws {
        let book = try RulesFolder.load(options.rulesFolder, lang: options.language)
        let path = options.databasePath, keyPath = Ledger.keyPath(of: path)
        // Nothing is overwritten: a database (or another program's file) at the path, or a key file beside it, is refused.
        if try Ledger.holdsDatabase(at: path) { throw LedgerError.alreadyExists(path: path) }
        if FileManager.default.fileExists(atPath: keyPath) { throw LedgerError.alreadyExists(path: keyPath) }
        // With CHUNGTAY_SECRET the key is kept by whoever set it; else a new key goes into the key file.
        let givenSecret = GlobalOptions.environment["CHUNGTAY_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = givenSecret ?? CitizenHasher.newSecret()
        if givenSecret == nil {
            guard FileManager.default.createFile(atPath: keyPath, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw CommandFailure(CommandFailure.cannotCreate, options.language.pick(
                    "\(keyPath): không tạo được tệp khóa; kiểm tra thư mục chứa nó có tồn tại và ghi được không",
                    "\(keyPath): cannot create the key file; check that its folder exists and is writable"))
            }
        }
        let ledger: Ledger
        do {
            ledger = try Ledger.create(at: path, book: book, secret: secret)
        } catch {
            if givenSecret == nil { try? FileManager.default.removeItem(atPath: keyPath) }
            throw error
        }
        var text = options.language.pick("Đã tạo \(options.databasePath)\n", "Created \(options.databasePath)\n")
        if demo { text += try SeedLoader.load(into: ledger, options: options) }
        try emit(text)
    }
}
