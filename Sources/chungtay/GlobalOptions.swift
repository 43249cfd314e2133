import ArgumentParser
import ChungtayCore
import Foundation

/// Options every command shares, each with its environment variable (outputs.md, Everywhere).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .localized("Tệp cơ sở dữ liệu (biến CHUNGTAY_DB; mặc định chungtay.sqlite).", "The database file (env CHUNGTAY_DB; default chungtay.sqlite)."))
    var db: String?

    @Option(name: .long, help: .localized("Thư mục thể lệ (biến CHUNGTAY_RULES; mặc định Rules).", "The rules folder (env CHUNGTAY_RULES; default Rules)."))
    var rules: String?

    @Option(name: .long, help: .localized("Ngày hôm nay, để hiểu 'tuần này' và 'năm nay', YYYY-MM-DD hoặc DD/MM/YYYY (biến CHUNGTAY_TODAY; mặc định hôm nay theo giờ Việt Nam).", "What 'this week' and 'this year' mean, YYYY-MM-DD or DD/MM/YYYY (env CHUNGTAY_TODAY; default today in Asia/Ho_Chi_Minh)."))
    var today: String?

    @Option(name: .long, help: .localized("Ngôn ngữ: vi hoặc en (biến CHUNGTAY_LANG; mặc định vi).", "Language of human-facing text: vi or en (env CHUNGTAY_LANG; default vi)."))
    var lang: String?

    @Option(name: .long, help: .localized("Nơi ghi báo cáo (mặc định: màn hình).", "Where the report goes (default standard output)."))
    var out: String?

    static let environment = ProcessInfo.processInfo.environment

    var databasePath: String { db ?? Self.environment["CHUNGTAY_DB"] ?? "chungtay.sqlite" }
    var rulesFolder: String { rules ?? Self.environment["CHUNGTAY_RULES"] ?? "Rules" }

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
