import ArgumentParser
import ChungtayCore
import Foundation

/// Options every command shares, each with its environment variable (outputs.md, Everywhere).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .localized("Tệp cơ sở dữ liệu (biến CHUNGTAY_DB; mặc định chungtay.sqlite).", "The database file (env CHUNGTAY_DB; default chungtay.sqlite)."))
    var db: String?

    @Option(name: .long, help: .localized("Thư mục thể lệ (biến CHUNGTAY_RULES; mặc định Rules/ ở thư mục hiện tại, nếu không có thì thể lệ có sẵn trong chungtay).",
                                          "The rules folder (env CHUNGTAY_RULES; default Rules/ in the current folder, else the rules built into chungtay)."))
    var rules: String?

    @Option(name: .long, help: .localized("Ngày hôm nay, để hiểu 'tuần này' và 'năm nay', YYYY-MM-DD hoặc DD/MM/YYYY (biến CHUNGTAY_TODAY; mặc định hôm nay theo giờ Việt Nam).", "What 'this week' and 'this year' mean, YYYY-MM-DD or DD/MM/YYYY (env CHUNGTAY_TODAY; default today in Asia/Ho_Chi_Minh)."))
    var today: String?

    @Option(name: .long, help: .localized("Ngôn ngữ: vi hoặc en (biến CHUNGTAY_LANG; mặc định vi).", "Language of human-facing text: vi or en (env CHUNGTAY_LANG; default vi)."))
    var lang: String?

    @Option(name: .long, help: .localized("Nơi ghi báo cáo (mặc định: màn hình).", "Where the report goes (default standard output)."))
    var out: String?

    static let environment = ProcessInfo.processInfo.environment

    var databasePath: String { db ?? Self.environment["CHUNGTAY_DB"] ?? "chungtay.sqlite" }
    /// The rules folder: `--rules`, else `CHUNGTAY_RULES`, else `Rules/` in the current folder; nil when none is given and
    /// there is no `Rules/` here, for the rules built into chungtay.
    var rulesFolder: String? {
        if let given = rules ?? Self.environment["CHUNGTAY_RULES"] { return given }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Rules", isDirectory: &isFolder) && isFolder.boolValue ? "Rules" : nil
    }

    /// How messages name the rules folder.
    var rulesFolderName: String { rulesFolder ?? RulesFolder.builtInName }

    var language: Language {
        Language(rawValue: (lang ?? Self.environment["CHUNGTAY_LANG"] ?? "vi").lowercased()) ?? .vi
    }

    /// `--today`, else `CHUNGTAY_TODAY`, else the date now in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
    var todayDate: CivilDate {
        if let text = today ?? Self.environment["CHUNGTAY_TODAY"], let date = CivilDate(userText: text) { return date }
        return Clock.today()
    }

    func validate() throws {
        if let text = today ?? Self.environment["CHUNGTAY_TODAY"], CivilDate(userText: text) == nil {
            throw ValidationError("--today '\(text)' is not a date; write YYYY-MM-DD or DD/MM/YYYY")
        }
        if let text = lang ?? Self.environment["CHUNGTAY_LANG"], Language(rawValue: text.lowercased()) == nil {
            throw ValidationError("--lang '\(text)' is not known; use vi or en")
        }
    }
}

extension GlobalOptions {
    /// The shared options that take a value, as they are spelled on the command line.
    static let names: Set<String> = ["--db", "--rules", "--today", "--lang", "--out"]

    /// The arguments with the shared options given before the subcommand (`chungtay --db x.sqlite leaderboard
    /// members`, as people type them for git or kubectl) moved after it, where the subcommand reads them.
    static func movedAfterSubcommand(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if names.contains(first), rest.count > 1 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if let equals = first.firstIndex(of: "="), names.contains(String(first[..<equals])) {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return Array(rest) + leading
    }
}

/// The output formats a command offers (`--format`); each command's help lists the ones it writes (so the type lists
/// none itself).
enum OutputFormat: String, ExpressibleByArgument {
    case table, json, csv, md, html, xlsx
}
