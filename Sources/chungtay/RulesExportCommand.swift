import ArgumentParser
import ChungtayBuiltIn
import Foundation

extension RulesCommand {
    struct Export: ChungtayCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: localized("Ghi các tệp thể lệ có sẵn trong chungtay ra một thư mục, để xem hoặc sửa.",
                                                       "Write the rules files built into chungtay into a folder, to read or edit them."))

        @OptionGroup var options: GlobalOptions

        @Argument(help: .localized("Thư mục cần ghi (tạo nếu chưa có); tệp đã có thì không ghi đè.",
                                   "The folder to write into (created if need be); files already there are never overwritten."))
        var folder: String

        func execute() throws {
            let lang = options.language
            let paths = BuiltIn.rules.map { (folder as NSString).appendingPathComponent($0.name) }
            for path in paths where FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(CommandFailure.cannotCreate, lang.pick("\(path): tệp đã có; chọn thư mục khác", "\(path): already exists; choose another folder"))
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for (path, file) in zip(paths, BuiltIn.rules) { try Data(file.bytes).write(to: URL(fileURLWithPath: path)) }
            } catch {
                throw CommandFailure(CommandFailure.cannotCreate, lang.pick(
                    "\(folder): không ghi được thể lệ (\(WriteProblem.reason(error, .vi))); kiểm tra thư mục và quyền ghi",
                    "\(folder): cannot write the rules (\(WriteProblem.reason(error, .en))); check the folder and write permission"))
            }
            try emit(lang.pick("Đã ghi \(paths.count) tệp thể lệ có sẵn vào \(folder); dùng chúng bằng --rules \(folder)\n",
                               "Wrote the \(paths.count) built-in rules files into \(folder); use them with --rules \(folder)\n"))
        }
    }
}
