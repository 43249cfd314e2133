import ChungtayBuiltIn
import ChungtayCore
import ChungtayRules
import Foundation

/// Reads every `*.json` of a rules folder, or the rules built into chungtay, and checks them; refuses (exit 65) on any
/// problem, so that no command runs on rules that fail the check.
enum RulesFolder {
    /// How messages and `rules check` name the built-in rules folder: the `Rules/` built into chungtay.
    static let builtInName = RulesFile.builtInFolder

    /// The rules of `folder`, or the built-in ones when `folder` is nil.
    static func load(_ folder: String?, lang: Language) throws -> RuleBook {
        guard let folder else {
            return try RuleBook(sources: BuiltIn.rules.map { RuleBook.Source(path: "\(builtInName)/\($0.name)", bytes: $0.bytes) },
                                folder: builtInName)
        }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CommandFailure(CommandFailure.cannotOpen, lang.pick(
                "\(folder): không mở được thư mục thể lệ; hãy chỉ ra thư mục bằng --rules DIR hoặc đặt biến CHUNGTAY_RULES",
                "\(folder): cannot open the rules folder; pass --rules DIR or set CHUNGTAY_RULES"))
        }
        var sources: [RuleBook.Source] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where name.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else {
                throw CommandFailure(CommandFailure.cannotOpen, lang.pick(
                    "\(prefix + name): không đọc được tệp thể lệ; hãy kiểm tra quyền đọc của tệp",
                    "\(prefix + name): cannot read the rules file; check its permissions"))
            }
            sources.append(RuleBook.Source(path: prefix + name, bytes: Array(data)))
        }
        return try RuleBook(sources: sources, folder: folder)
    }
}
