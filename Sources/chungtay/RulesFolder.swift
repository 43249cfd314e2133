import ChungtayCore
import ChungtayRules
import Foundation

/// Reads every `*.json` of the rules folder and checks them; refuses (exit 65) on any problem, so that no
/// command runs on rules that fail the check.
enum RulesFolder {
    static func load(_ folder: String) throws -> RuleBook {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CommandFailure(CommandFailure.cannotOpen, "\(folder): cannot open the rules folder; pass --rules DIR or set CHUNGTAY_RULES")
        }
        var sources: [RuleBook.Source] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where name.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else {
                throw CommandFailure(CommandFailure.cannotOpen, "\(prefix + name): cannot read the rules file; check its permissions")
            }
            sources.append(RuleBook.Source(path: prefix + name, bytes: Array(data)))
        }
        do {
            return try RuleBook(sources: sources, folder: folder)
        } catch {
            throw CommandFailure(error)
        }
    }
}
