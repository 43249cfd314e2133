import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the database and its secret key file.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Also load the sample province from Seeds/.")
    var demo = false

    func run() throws {
        try reportingFailures {
            let book = try RulesFolder.load(options.rulesFolder, lang: options.language)
            let path = options.databasePath, keyPath = Ledger.keyPath(of: path)
            // Nothing is overwritten: a database (or another program's file) at the path, or a key file beside it, is refused.
            try options.ledgerWork {
                if try Ledger.holdsDatabase(at: path) { throw LedgerError.alreadyExists(path: path) }
                if FileManager.default.fileExists(atPath: keyPath) { throw LedgerError.alreadyExists(path: keyPath) }
            }
            // With CHUNGTAY_SECRET the key is kept by whoever set it; else a new key goes into the key file.
            let givenSecret = GlobalOptions.environment["CHUNGTAY_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
            let secret = givenSecret ?? CitizenHasher.newSecret()
            if givenSecret == nil {
                guard FileManager.default.createFile(atPath: keyPath, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
                    throw CommandFailure(CommandFailure.cannotCreate, options.language.pick(
                        "\(keyPath): không tạo được tệp khóa; kiểm tra thư mục chứa nó có tồn tại và ghi được không",
                        "\(keyPath): cannot create the key file; check that its folder exists and is writable"))
                }
            }
            let ledger: Ledger
            do {
                ledger = try options.ledgerWork { try Ledger.create(at: path, book: book, secret: secret) }
            } catch {
                if givenSecret == nil { try? FileManager.default.removeItem(atPath: keyPath) }
                throw error
            }
            var text = options.language.pick("Đã tạo \(options.databasePath)\n", "Created \(options.databasePath)\n")
            if demo { text += try SeedLoader.load(into: ledger, options: options) }
            try emit(text, to: options.out)
        }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import units, members or activities from CSV or JSONL files.")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case units, members, activities }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "units, members or activities.")
    var kind: Kind

    @Argument(help: "The files (.csv or .jsonl).")
    var files: [String]

    @Flag(help: "Check everything and print the counts, but write nothing.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let sources = try importSources(files, lang: options.language)
            let ledger = try options.openLedger()
            let summary = try options.ledgerWork {
                switch kind {
                case .units: return try ledger.importUnits(sources, dryRun: dryRun)
                case .members: return try ledger.importMembers(sources, today: options.todayDate, dryRun: dryRun)
                case .activities: return try ledger.importActivities(sources, dryRun: dryRun)
                }
            }
            try emit(summary.text(kind.rawValue, options.language), to: options.out)
        }
    }
}

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "Record one activity.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The activity's id (default: generated, R-YYYYMMDD-N).") var id: String?
    @Option(help: "The activity type, as the rules name it.") var type: String
    @Option(help: "The date, YYYY-MM-DD or DD/MM/YYYY.") var date: String
    @Option(help: "The member's id.") var member: String?
    @Option(help: "The unit's code.") var unit: String?
    @Option(help: "The dossier's level, 1 to 4.") var level: String?
    @Option(help: "The dossier's code.") var dossier: String?
    @Option(help: "The citizen's identifier (only its keyed hash is stored).") var citizen: String?
    @Option(help: "self, youth or citizen.") var subject: String?
    @Option(help: "Done online (yes/no).") var online: String?
    @Option(name: .customLong("paid-online"), help: "Paid online (yes/no).") var paidOnline: String?
    @Option(help: "The article's URL.") var url: String?
    @Option(help: "web, facebook, zalo, tiktok, youtube or other.") var channel: String?
    @Option(help: "People reached.") var attendees: String?
    @Option(help: "Hours.") var hours: String?
    @Option(help: "A note.") var note: String?

    func validate() throws {
        if CivilDate(userText: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD or DD/MM/YYYY")
        }
    }

    func run() throws {
        try reportingFailures {
            let ledger = try options.openLedger()
            var fields: [String: String] = ["type": type, "date": date]
            let optional: [(String, String?)] = [("id", id), ("member", member), ("unit", unit), ("level", level), ("dossier", dossier),
                                                 ("citizen", citizen), ("subject", subject), ("online", online), ("paid_online", paidOnline),
                                                 ("url", url), ("channel", channel), ("attendees", attendees), ("hours", hours), ("note", note)]
            for (name, value) in optional { fields[name] = value }
            let recorded = try options.ledgerWork { try ledger.record(fields, today: options.todayDate) }
            try emit(options.language.pick("Đã ghi hoạt động \(recorded)\n", "Recorded activity \(recorded)\n"), to: options.out)
        }
    }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Make activities score nothing, with a reason in the audit log: one by its id, or a file's list.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The activity's id (or give --file).") var id: String?
    @Option(help: "Why it is rejected (with an id).") var reason: String?
    @Option(help: "A .csv or .jsonl file with columns id and reason: every activity it lists is rejected, or none.") var file: String?
    @Option(help: "Who rejects it (default: the login name).") var by: String?

    func validate() throws {
        switch (id, file, reason) {
        case (.some, nil, .some), (nil, .some, nil): return
        case (.some, .some, _), (nil, nil, _): throw ValidationError("give one activity id, or --file FILE, not both")
        case (.some, nil, nil): throw ValidationError("--reason is required with an activity id")
        case (nil, .some, .some): throw ValidationError("--reason goes in the file's reason column with --file")
        }
    }

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let source = try file.map { try importSources([$0], lang: lang)[0] }
            let ledger = try options.openLedger()
            let change = try options.ledgerWork {
                if let source { return try ledger.rejectAll(source, by: by ?? loginName(), at: timestamp()) }
                return try ledger.reject(id!, reason: reason!, by: by ?? loginName(), at: timestamp())
            }
            try emit(change.text(lang, done: ("Đã từ chối", "Rejected"), already: ("đã bị từ chối từ trước", "already rejected")), to: options.out)
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Undo the rejection of activities: one by its id, or a file's list.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The activity's id (or give --file).") var id: String?
    @Option(help: "A .csv or .jsonl file with column id (and reason, if you like): every activity it lists is restored, or none.")
    var file: String?
    @Option(help: "Who restores it (default: the login name).") var by: String?

    func validate() throws {
        if (id == nil) == (file == nil) { throw ValidationError("give one activity id, or --file FILE, not both") }
    }

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let source = try file.map { try importSources([$0], lang: lang)[0] }
            let ledger = try options.openLedger()
            let change = try options.ledgerWork {
                if let source { return try ledger.restoreAll(source, by: by ?? loginName(), at: timestamp()) }
                return try ledger.restore(id!, by: by ?? loginName(), at: timestamp())
            }
            try emit(change.text(lang, done: ("Đã khôi phục", "Restored"), already: ("chưa bị từ chối", "not rejected")), to: options.out)
        }
    }
}

extension Ledger.StatusChange {
    /// One line per changed and per unchanged activity for a single id (`Đã từ chối HD1`, `HD1 đã bị từ chối từ trước;
    /// không thay đổi gì`), or the counts for a file, with the unchanged ids named.
    func text(_ lang: Language, done: (vi: String, en: String), already: (vi: String, en: String)) -> String {
        var lines: [String] = []
        if changed.count + unchanged.count == 1 {
            if let id = changed.first { lines.append(lang.pick("\(done.vi) \(id)", "\(done.en) \(id)")) }
            if let id = unchanged.first { lines.append(lang.pick("\(id) \(already.vi); không thay đổi gì", "\(id) \(already.en); nothing changed")) }
        } else {
            lines.append(lang.pick("\(done.vi) \(changed.count) hoạt động", "\(done.en) \(changed.count) activities"))
            if !unchanged.isEmpty {
                let shown = unchanged.prefix(20).joined(separator: ", ") + (unchanged.count > 20 ? ", …" : "")
                lines.append(lang.pick("\(unchanged.count) hoạt động \(already.vi), giữ nguyên: \(shown)",
                                       "\(unchanged.count) \(already.en), left as they were: \(shown)"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the database's integrity and the ledger's invariants.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let ledger = try options.openLedger()
            let lang = options.language
            var damage = try options.ledgerWork { try ledger.check() }.map { $0.message.text(lang) }
            if damage.isEmpty, try !options.ledgerWork({ try ledger.pointsAreCurrent() }) {
                damage.append(lang.pick("điểm đã lưu khác với điểm tính lại từ đầu", "the stored points differ from a rescore from scratch"))
            }
            guard damage.isEmpty else { throw CommandFailure(1, damage.map { "\(options.databasePath): \($0)" }) }
            try emit(lang.pick("\(options.databasePath): không có lỗi\n", "\(options.databasePath): no problems found\n"), to: options.out)
        }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Write a consistent copy of the live database, and its key beside it.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The copy to write; its key goes to FILE.key.") var file: String
    @Flag(help: "Do not copy the key (a copy to hand to a branch: every command but importing activities runs without it).")
    var withoutKey = false

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let keyCopy = Ledger.keyPath(of: file)
            for path in withoutKey ? [file] : [file, keyCopy] where FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(CommandFailure.cannotCreate, lang.pick("\(path): tệp đã có; chọn tên khác", "\(path): already exists; choose another name"))
            }
            let ledger = try options.openLedger()
            let secret = withoutKey ? nil : options.secret()
            try options.ledgerWork { try ledger.backup(to: file) }
            var text = lang.pick("Đã sao lưu vào \(file)\n", "Backed up to \(file)\n")
            if let secret {
                guard FileManager.default.createFile(atPath: keyCopy, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
                    try? FileManager.default.removeItem(atPath: file)
                    throw CommandFailure(CommandFailure.cannotCreate, lang.pick(
                        "\(keyCopy): không ghi được tệp khóa nên bản sao lưu \(file) đã bị xóa; kiểm tra thư mục và quyền ghi",
                        "\(keyCopy): cannot write the key file, so the backup \(file) was removed; check the folder and write permission"))
                }
                text += lang.pick("Đã chép khóa vào \(keyCopy) (chỉ chủ tệp đọc được); giữ nó cùng bản sao lưu: thiếu khóa thì không nhập được hoạt động\n",
                                  "Copied the key to \(keyCopy) (readable by its owner alone); keep it with the backup: without it no activities can be imported\n")
            } else if !withoutKey {
                text += lang.pick("Không có khóa để chép (không có \(Ledger.keyPath(of: options.databasePath)) hay CHUNGTAY_SECRET); bản sao lưu không nhập được hoạt động\n",
                                  "No key to copy (neither \(Ledger.keyPath(of: options.databasePath)) nor CHUNGTAY_SECRET); activities cannot be imported into the backup\n")
            }
            try emit(text, to: options.out)
        }
    }
}

func loginName() -> String {
    ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
}

/// The time now in Asia/Ho_Chi_Minh, for the audit log.
func timestamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
    return formatter.string(from: Date())
}
