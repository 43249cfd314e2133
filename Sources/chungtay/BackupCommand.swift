import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct BackupCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: localized("Sao lưu cơ sở dữ liệu đang dùng, kèm tệp khóa bên cạnh.", "Write a consistent copy of the live database, and its key beside it."))

    @OptionGroup var options: GlobalOptions
    @Argument(help: .localized("Tệp sao lưu cần ghi; khóa được ghi vào TỆP.key.", "The copy to write; its key goes to FILE.key.")) var file: String
    @Flag(help: .localized("Không chép khóa (bản sao để gửi cơ sở: mọi lệnh trừ nhập hoạt động đều chạy được khi không có khóa).", "Do not copy the key (a copy to hand to a branch: every command but importing activities runs without it)."))
    var withoutKey = false

    func execute() throws {
        let lang = options.language
        let keyCopy = Ledger.keyPath(of: file)
        for path in withoutKey ? [file] : [file, keyCopy] where FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(CommandFailure.cannotCreate, lang.pick("\(path): tệp đã có; chọn tên khác", "\(path): already exists; choose another name"))
        }
        let ledger = try options.openLedger()
        let secret = withoutKey ? nil : options.secret()
        try ledger.backup(to: file)
        var text = lang.pick("Đã sao lưu vào \(file)\n", "Backed up to \(file)\n")
        if let secret {
            guard FileManager.default.createFile(atPath: keyCopy, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
                try? FileManager.default.removeItem(atPath: file)
                throw CommandFailure(CommandFailure.cannotCreate, lang.pick(
                    "\(keyCopy): không ghi được tệp khóa nên bản sao lưu \(file) đã bị xóa; kiểm tra thư mục và quyền ghi",
                    "\(keyCopy): cannot write the key file, so the backup \(file) was removed; check the folder and write permission"))
            }
            text += lang.pick("Đã chép khóa vào \(keyCopy) (chỉ chủ tệp đọc được); giữ nó cùng bản sao lưu: thiếu khóa thì không nhập được hoạt động\n",
                              "Copied the key to \(keyCopy) (readable by its owner alone); keep it with the backup: without it no activities can be imported\n")
        } else if !withoutKey {
            text += lang.pick("Không có khóa để chép (không có \(Ledger.keyPath(of: options.databasePath)) hay CHUNGTAY_SECRET); bản sao lưu không nhập được hoạt động\n",
                              "No key to copy (neither \(Ledger.keyPath(of: options.databasePath)) nor CHUNGTAY_SECRET); activities cannot be imported into the backup\n")
        }
        try emit(text)
    }
}
