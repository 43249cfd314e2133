import ChungtayCore
import ChungtayLedger
import Foundation

/// Loads the sample province (`Seeds/`, or `CHUNGTAY_SEEDS`) into a ledger, as `init --demo` and `demo` do.
enum SeedLoader {
    static var folder: String { GlobalOptions.environment["CHUNGTAY_SEEDS"] ?? "Seeds" }

    static func load(into ledger: Ledger, options: GlobalOptions) throws -> String {
        let lang = options.language
        var text = ""
        for kind in ["units", "members", "activities"] {
            let sources = try importSources(["\(folder)/\(kind).csv"], lang: lang)
            let summary: ImportSummary
            switch kind {
            case "units": summary = try ledger.importUnits(sources)
            case "members": summary = try ledger.importMembers(sources, today: options.todayDate)
            default: summary = try ledger.importActivities(sources)
            }
            text += "\(folder)/\(kind).csv: " + summary.text(kind, lang)
        }
        let rejections = try importSources(["\(folder)/rejections.csv"], lang: lang)
        let count = try ledger.rejectAll(rejections[0], by: "demo", at: Clock.localTimestamp()).changed.count
        text += "\(folder)/rejections.csv: " + lang.pick("từ chối \(count) hoạt động\n", "rejected \(count) activities\n")
        return text
    }
}
