import ArgumentParser
import ChungtayCore
import Foundation

/// What the argument parser says when a command line is wrong (its own messages, and those of the commands'
/// `validate()`), in the user's language: the parser writes English, which is turned into Vietnamese here, phrase by
/// phrase, unless `--lang en` (or `CHUNGTAY_LANG=en`) was asked for.
enum UsageMessages {
    /// The language the command line asks for, read before parsing: `--lang X` or `--lang=X`, else `CHUNGTAY_LANG`,
    /// else Vietnamese (a value that is no language is passed over: the parser refuses it, in the language otherwise asked for).
    static func language(of arguments: [String]) -> Language {
        var language = GlobalOptions.environment["CHUNGTAY_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .vi
        for (index, argument) in arguments.enumerated() {
            let given = argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1]
                : argument.hasPrefix("--lang=") ? String(argument.dropFirst(7)) : nil
            if let given, let named = Language(rawValue: given.lowercased()) { language = named }
        }
        return language
    }

    /// The parser's English phrases and ours, with their Vietnamese; `$1`, `$2` stand for what the pattern caught.
    private static let phrases: [(english: String, vietnamese: String)] = [
        (#"^Error: "#, "Lỗi: "),
        (#"Unknown option '([^']*)'"#, "không có tùy chọn '$1'"),
        (#"\. Did you mean '([^']*)'\?"#, "; có phải '$1'?"),
        (#"Unexpected argument '([^']*)'"#, "thừa đối số '$1'"),
        (#"Missing expected argument '([^']*)'"#, "thiếu đối số '$1'"),
        (#"Missing value for '([^']*)'"#, "thiếu giá trị cho '$1'"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "giá trị '$1' không dùng được cho '$2'"),
        (#"\. Please provide one of (.*)\."#, "; hãy chọn một trong $1."),
        (#"' or '"#, "' hoặc '"),
        (#"^Usage: "#, "Cách dùng: "),
        (#"^Help: "#, "Trợ giúp: "),
        (#"^OVERVIEW: "#, "TỔNG QUAN: "),
        (#"^USAGE: "#, "CÁCH DÙNG: "),
        (#"^ARGUMENTS:"#, "ĐỐI SỐ:"),
        (#"^OPTIONS:"#, "TÙY CHỌN:"),
        (#"^SUBCOMMANDS:"#, "LỆNH:"),
        (#"Show help information\."#, "Xem trợ giúp."),
        (#"Show the version\."#, "Xem phiên bản."),
        (#"\(default: "#, "(mặc định: "),
        (#"; default: "#, "; mặc định: "),
        (#"\(values: "#, "(giá trị: "),
        (#"<subcommand>"#, "<lệnh>"),
        (#"See 'chungtay help <subcommand>' for detailed help\."#, "Xem 'chungtay help <lệnh>' để biết chi tiết."),
        (#"See '([^']*)' for more information\."#, "Xem '$1' để biết thêm."),
        (#"give one activity id, or --file FILE, not both"#, "hãy cho một mã hoạt động, hoặc --file TỆP, không cả hai"),
        (#"--reason is required with an activity id"#, "cần --reason (lý do) khi từ chối một mã hoạt động"),
        (#"--reason goes in the file's reason column with --file"#, "với --file, lý do ghi trong cột reason (lý do) của tệp, không dùng --reason"),
        (#"'([^']*)' is not a date; write YYYY-MM-DD or DD/MM/YYYY"#, "'$1' không phải ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY"),
        (#"--lang '([^']*)' is not known; use vi or en"#, "--lang '$1': không có ngôn ngữ này; dùng vi hoặc en"),
        (#"give one of --member ID or --unit CODE"#, "hãy cho một trong hai: --member MÃ_ĐOÀN_VIÊN hoặc --unit MÃ_ĐƠN_VỊ"),
        (#"give --year or --period, not both"#, "hãy cho --year hoặc --period, không cả hai"),
        (#"(--year [^:]*): write a year such as 2026"#, "$1: hãy viết một năm, ví dụ 2026"),
        (#"(--top [^:]*): give a number of 1 or more"#, "$1: hãy cho một số từ 1 trở lên"),
        (#"([a-z][a-z ]*) writes (.+), not ([a-z]+)$"#, "$1 chỉ ghi $2, không ghi $3"),
        (#"([a-z][a-z ]*) writes ([a-z, ]+)$"#, "$1 chỉ ghi $2"),
        (#"^Lỗi: write (.+), not ([a-z]+)$"#, "Lỗi: chỉ ghi $1, không ghi $2"),
        (#" or "#, " hoặc "),
    ]

    /// The parser's message in `lang`.
    static func text(_ message: String, _ lang: Language) -> String {
        guard lang == .vi else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            for (english, vietnamese) in phrases {
                line = line.replacing(try! Regex(english)) { match in
                    var replaced = vietnamese
                    for index in (1 ..< match.output.count).reversed() {
                        replaced = replaced.replacingOccurrences(of: "$\(index)", with: match.output[index].substring.map(String.init) ?? "")
                    }
                    return replaced
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
