import ChungtayBuiltIn
import ChungtayCore
import ChungtayLedger
import Foundation

/// Loads the sample province into a ledger, as `init --demo` and `demo` do: from `CHUNGTAY_SEEDS`, else `Seeds/` in
/// the current folder, else the sample built into chungtay (named `chungtay:Seeds/…` in what it prints).
enum SeedLoader {
    static func load(into ledger: Ledger, options: GlobalOptions) throws -> String {
        let lang = options.language
        let sources = try sampleFiles(lang: lang)
        var text = ""
        for kind in ["units", "members", "activities"] {
            let source = sources[kind]!
            let summary = switch kind {
            case "units": try ledger.importUnits([source])
            case "members": try ledger.importMembers([source], today: options.todayDate)
            default: try ledger.importActivities([source])
            }
            text += "\(source.path): " + summary.text(kind, lang)
        }
        let rejections = sources["rejections"]!
        let count = try ledger.rejectAll(rejections, by: "demo", at: Clock.localTimestamp()).changed.count
        text += "\(rejections.path): " + lang.pick("từ chối \(count) hoạt động\n", "rejected \(count) activities\n")
        return text
    }

    /// The four files of the sample, by kind (`units`, `members`, `activities`, `rejections`).
    private static func sampleFiles(lang: Language) throws -> [String: ImportSource] {
        let kinds = ["units", "members", "activities", "rejections"]
        var isFolder: ObjCBool = false
        let folder = GlobalOptions.environment["CHUNGTAY_SEEDS"]
            ?? (FileManager.default.fileExists(atPath: "Seeds", isDirectory: &isFolder) && isFolder.boolValue ? "Seeds" : nil)
        guard let folder else {
            let sample = BuiltIn.sample()
            return Dictionary(uniqueKeysWithValues: kinds.map { ($0, ImportSource(path: "chungtay:Seeds/\($0).csv", data: Data(sample["\($0).csv"]!))) })
        }
        return Dictionary(uniqueKeysWithValues: try kinds.map { ($0, try importSources(["\(folder)/\($0).csv"], lang: lang)[0]) })
    }
}
