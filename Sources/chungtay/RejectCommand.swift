import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct RejectCommand: ChungtayCommand {
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

    func execute() throws {
        let lang = options.language
        let source = try file.map { try importSources([$0], lang: lang)[0] }
        let ledger = try options.openLedger()
        let change = if let source {
            try ledger.rejectAll(source, by: by ?? loginName(), at: Clock.localTimestamp())
        } else {
            try ledger.reject(id!, reason: reason!, by: by ?? loginName(), at: Clock.localTimestamp())
        }
        try emit(change.text(lang, done: ("Đã từ chối", "Rejected"), already: ("đã bị từ chối từ trước", "already rejected")))
    }
}

func loginName() -> String {
    ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
}
