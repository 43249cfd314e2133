import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation

/// Opening the ledger from the shared options: the checked rules, the secret key, the database.
extension GlobalOptions {
    /// The secret: `CHUNGTAY_SECRET`, else the key file `DBFILE.key` beside the database; nil when there is neither
    /// (the ledger refuses importing activities then, and nothing else).
    func secret() -> String? {
        if let secret = Self.environment["CHUNGTAY_SECRET"], !secret.isEmpty { return secret }
        guard let data = FileManager.default.contents(atPath: Ledger.keyPath(of: databasePath)),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return secret.isEmpty ? nil : secret
    }

    /// The ledger at the database path, under the checked rules of the rules folder, or under `book` when they were
    /// read already (for a second connection).
    func openLedger(book: RuleBook? = nil) throws -> Ledger {
        let book = try book ?? RulesFolder.load(rulesFolder, lang: language)
        return try Ledger.open(at: databasePath, book: book, secret: secret())
    }
}

/// Reads input files as given on the command line; refuses unknown extensions (64) and unreadable files (66).
func importSources(_ paths: [String], lang: Language) throws -> [ImportSource] {
    try paths.map { path in
        let lower = path.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".jsonl") else {
            throw CommandFailure(CommandFailure.usage, lang.pick("\(path): chỉ nhận tệp .csv hoặc .jsonl", "\(path): only .csv and .jsonl files can be imported"))
        }
        // Mapped, not read: a province's activities file is tens of megabytes.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw CommandFailure(CommandFailure.cannotOpen, lang.pick("\(path): không mở được tệp; kiểm tra đường dẫn và quyền đọc",
                                                                      "\(path): cannot open the file; check the path and read permission"))
        }
        return ImportSource(path: path, data: data)
    }
}
