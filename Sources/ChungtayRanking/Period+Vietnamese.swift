import ChungtayCore
import Foundation

extension Period {
    /// The period forms a user may write, for messages and help: the contract's, then those a Vietnamese office writes.
    public static let forms = Diagnostic.Message(
        vi: "2026-W48 hoặc tuần 48/2026 (tuần), 2026-11, 11/2026 hoặc T11/2026 (tháng), 2026-Q4 hoặc quý 4/2026 (quý), "
            + "2026 hoặc năm 2026 (năm), 01/11/2026..15/11/2026 (từ ngày đến ngày)",
        en: "2026-W48 or tuần 48/2026 (week), 2026-11, 11/2026 or T11/2026 (month), 2026-Q4 or quý 4/2026 (quarter), "
            + "2026 or năm 2026 (year), 2026-11-01..2026-11-15 or 01/11/2026..15/11/2026 (a range of days)")

    /// The contract's form (`YYYY-Www`, `YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY-MM-DD..YYYY-MM-DD`) of a period written as a
    /// Vietnamese office writes it: `tuần 48/2026`, `11/2026`, `T11/2026`, `tháng 11/2026`, `quý 4/2026` (or `quý IV/2026`),
    /// `năm 2026`, a range with `DD/MM/YYYY` days. Case, diacritics and spaces do not matter. Nil for any other text.
    static func contractForm(of text: String) -> String? {
        if let separator = text.range(of: "..") {
            guard let from = CivilDate(userText: text[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)),
                  let to = CivilDate(userText: text[separator.upperBound...].trimmingCharacters(in: .whitespaces)) else { return nil }
            return "\(from)..\(to)"
        }
        let folded = fold(text)
        if let match = folded.wholeMatch(of: #/tuan(\d{1,2})[/.-](\d{4})/#) {
            return "\(match.2)-W\(digits(Int(match.1)!, 2))"
        }
        if let match = folded.wholeMatch(of: #/(?:t|thang)?(\d{1,2})[/.-](\d{4})/#), let month = Int(match.1), (1 ... 12).contains(month) {
            return "\(match.2)-\(digits(month, 2))"
        }
        if let match = folded.wholeMatch(of: #/quy(\d|i|ii|iii|iv)[/.-](\d{4})/#) {
            let quarter = ["1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4][String(match.1)]
            return quarter.map { "\(match.2)-Q\($0)" }
        }
        if let match = folded.wholeMatch(of: #/nam(\d{4})/#) {
            return String(match.1)
        }
        return nil
    }

    /// A period in the contract's form close to a text that is no accepted form (`2026-48`, `48/2026`, `2026/11`,
    /// `Q4/2026`, `W48-2026`), for "có phải …?"; nil when nothing is close.
    static func suggestion(for text: String) -> String? {
        let folded = fold(text)
        var candidate: String?
        if let match = folded.wholeMatch(of: #/(\d{4})[/.-]?w?(\d{1,2})/#), let number = Int(match.2) {
            candidate = number <= 12 ? "\(match.1)-\(digits(number, 2))" : "\(match.1)-W\(digits(number, 2))"
        } else if let match = folded.wholeMatch(of: #/(\d{1,2})[/.-](\d{4})/#) {
            candidate = "\(match.2)-W\(digits(Int(match.1)!, 2))"
        } else if let match = folded.wholeMatch(of: #/w(?:eek)?(\d{1,2})[/.-]?(\d{4})/#) {
            candidate = "\(match.2)-W\(digits(Int(match.1)!, 2))"
        } else if let match = folded.wholeMatch(of: #/(?:q|quy)(\d)[/.-]?(\d{4})/#) {
            candidate = "\(match.2)-Q\(match.1)"
        } else if let match = folded.wholeMatch(of: #/(\d{4})[/.-]?q(\d)/#) {
            candidate = "\(match.1)-Q\(match.2)"
        }
        guard let candidate, (try? Period(contractForm: candidate, as: candidate, option: "")) != nil else { return nil }
        return candidate
    }

    /// Lower case, no diacritics (đ as d), no white space.
    private static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "đ", with: "d").folding(options: .diacriticInsensitive, locale: nil)
            .filter { !$0.isWhitespace }
    }
}
