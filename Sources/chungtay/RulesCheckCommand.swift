import ArgumentParser
import ChungtayCore
import ChungtayPublishing
import ChungtayRules

extension RulesCommand {
    struct Check: ChungtayCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: localized("Kiểm tra mọi tệp thể lệ và in từng lỗi kèm đường dẫn JSON.", "Check every rules file and print every problem with its JSON path."))

        @OptionGroup var options: GlobalOptions

        func execute() throws {
            let lang = options.language
            let book = try RulesFolder.load(options.rulesFolder, lang: lang)
            let lines = book.files.map { file in
                "\(file.path): " + lang.pick("hợp lệ", "valid") + ", \(lang.pick("phiên bản", "version")) \(file.version), "
                    + "\(file.validFrom)..\(file.validTo), \(file.activityTypes.count) " + lang.pick("loại hoạt động", "activity types")
            }
            try emit(lines.joined(separator: "\n") + "\n")
        }
    }
}
