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
            let keyPath = options.databasePath + ".key"
            if GlobalOptions.environment["CHUNGTAY_SECRET"] == nil, !FileManager.default.fileExists(atPath: keyPath) {
                guard FileManager.default.createFile(atPath: keyPath, contents: Data(CitizenHasher.newSecret().utf8),
                                                     attributes: [.posixPermissions: 0o600]) else {
                    throw CommandFailure(CommandFailure.cannotCreate, options.language.pick(
                        "\(keyPath): không tạo được tệp khóa; kiểm tra thư mục chứa nó có tồn tại và ghi được không",
                        "\(keyPath): cannot create the key file; check that its folder exists and is writable"))
                }
            }
            let ledger = try options.ledgerWork { try Ledger.create(at: options.databasePath, book: book, secret: try options.secret()) }
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
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Make an activity score nothing, with a reason in the audit log.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The activity's id.") var id: String
    @Option(help: "Why it is rejected.") var reason: String
    @Option(help: "Who rejects it (default: the login name).") var by: String?

    func run() throws {
        try reportingFailures {
            let ledger = try options.openLedger()
            try options.ledgerWork { try ledger.reject(id, reason: reason, by: by ?? loginName(), at: timestamp()) }
            try emit(options.language.pick("Đã từ chối \(id)\n", "Rejected \(id)\n"), to: options.out)
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Undo the rejection of an activity.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The activity's id.") var id: String
    @Option(help: "Who restores it (default: the login name).") var by: String?

    func run() throws {
        try reportingFailures {
            let ledger = try options.openLedger()
            try options.ledgerWork { try ledger.restore(id, by: by ?? loginName(), at: timestamp()) }
            try emit(options.language.pick("Đã khôi phục \(id)\n", "Restored \(id)\n"), to: options.out)
        }
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
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Write a consistent copy of the live database.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The copy to write.") var file: String

    func run() throws {
        try reportingFailures {
            guard !FileManager.default.fileExists(atPath: file) else {
                throw CommandFailure(CommandFailure.cannotCreate, options.language.pick("\(file): tệp đã có; chọn tên khác", "\(file): already exists; choose another name"))
            }
            let ledger = try options.openLedger()
            try options.ledgerWork { try ledger.backup(to: file) }
            try emit(options.language.pick("Đã sao lưu vào \(file)\n", "Backed up to \(file)\n"), to: options.out)
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
