import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "Freeze a week's three boards in the database and write its bulletin into the folder --out names.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The ISO week to publish, YYYY-Www.")
    var week: String

    @Flag(help: "Publish the week even when it has no scoring activity.")
    var allowEmpty = false

    func run() throws {
        try reportingFailures {
            let lang = options.language
            guard let folder = options.out else {
                throw CommandFailure(CommandFailure.usage, lang.pick("publish cần --out THƯ_MỤC: thư mục để ghi bảng tin",
                                                                     "publish needs --out DIR: the folder to write the bulletin into"))
            }
            let week = try resolvedPeriod(self.week, options: options)
            guard week.kind == .week else {
                throw CommandFailure(CommandFailure.usage, lang.pick("--week \(self.week): hãy ghi một tuần ISO, YYYY-Www (ví dụ 2026-W48)",
                                                                     "--week \(self.week): write an ISO week, YYYY-Www (e.g. 2026-W48)"))
            }
            let ledger = try options.openLedger()
            // A second connection, so that two boards are computed at a time (with the rules already read).
            let helper = try options.openLedger(book: ledger.book)
            let publication = try publishingWork(options) {
                try ledger.publish(week: week, today: options.todayDate, allowEmpty: allowEmpty, at: utcTimestamp(), alongside: [helper]) {
                    try writeBulletin($0, into: folder, lang: lang)
                }
            }
            let state = publication.isNew
                ? lang.pick("đã lưu lần công bố \(publication.revision)", "stored revision \(publication.revision)")
                : lang.pick("không có gì thay đổi so với lần công bố \(publication.revision) đã lưu",
                            "nothing changed since the stored revision \(publication.revision)")
            var text = lang.pick("Tuần \(week.label): \(state); đã ghi \(BulletinFiles.names.count + 1) tệp vào \(folder)\n",
                                 "\(week.label): \(state); wrote \(BulletinFiles.names.count + 1) files into \(folder)\n")
            if publication.revision > 1 {
                text += lang.pick("Đính chính: \(publication.corrections.count) mục đổi hạng hoặc điểm\n",
                                  "Corrections: \(publication.corrections.count) entries changed rank or score\n")
            }
            text += lang.pick("Mã kiểm tra: \(publication.digest)\n", "Digest: \(publication.digest)\n")
            try emit(text, to: nil)
        }
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check that a published folder matches its SHA256SUMS and the bulletin stored in the database.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The folder publish wrote.")
    var folder: String

    func run() throws {
        try reportingFailures {
            let lang = options.language
            let files = try publishedFiles(folder, lang: lang)
            let ledger = try options.openLedger()
            let outcome = try publishingWork(options) { try BulletinCheck.check(files, folder: folder, ledger: ledger) }
            guard outcome.problems.isEmpty else { throw CommandFailure(1, outcome.problems.map { $0.text(lang) }) }
            try emit(lang.pick("\(folder): \(files.count) tệp khớp SHA256SUMS và bản công bố tuần \(outcome.week ?? "") lần \(outcome.revision ?? 0) đã lưu\n",
                               "\(folder): \(files.count) files match SHA256SUMS and the stored publication of \(outcome.week ?? ""), revision \(outcome.revision ?? 0)\n"),
                     to: options.out)
        }
    }
}

/// Runs publishing work, turning its refusals, the ranking's and the ledger's into exit codes and messages.
func publishingWork<T>(_ options: GlobalOptions, _ work: () throws -> T) throws -> T {
    do {
        return try rankingWork(options, work)
    } catch let error as PublishingError {
        throw CommandFailure(error.exitCode, error.text(options.language))
    }
}

/// Writes a publication's files into `folder` (created if need be): every file to a temporary name first, then
/// each renamed over its final name, so that no reader sees a half-written file. Exit 73 when it cannot; a folder
/// it created is removed again then.
func writeBulletin(_ publication: Publication, into folder: String, lang: Language) throws {
    let created = !FileManager.default.fileExists(atPath: folder)
    func refuse(_ reason: String) -> CommandFailure {
        if created { rmdir(folder) }
        return CommandFailure(CommandFailure.cannotCreate, lang.pick("\(folder): không ghi được bảng tin (\(reason)); kiểm tra thư mục và quyền ghi",
                                                                     "\(folder): cannot write the bulletin (\(reason)); check the folder and write permission"))
    }
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
        throw refuse(error.localizedDescription)
    }
    let files = BulletinFiles.render(publication)
    var written: [(temporary: String, final: String)] = []
    for file in files {
        let final = folder + "/" + file.name
        let temporary = folder + "/.\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(file.bytes)) else {
            for item in written { try? FileManager.default.removeItem(atPath: item.temporary) }
            throw refuse(file.name)
        }
        written.append((temporary, final))
    }
    for item in written {
        guard rename(item.temporary, item.final) == 0 else {
            let reason = String(cString: strerror(errno))
            for item in written { try? FileManager.default.removeItem(atPath: item.temporary) }
            throw refuse(reason)
        }
    }
}

/// The files directly in a published folder, by name (a sub-folder counts as an extra file, empty).
func publishedFiles(_ folder: String, lang: Language) throws -> [String: [UInt8]] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
          let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        throw CommandFailure(CommandFailure.cannotOpen, lang.pick("\(folder): không mở được thư mục; kiểm tra đường dẫn",
                                                                  "\(folder): cannot open the folder; check the path"))
    }
    var files: [String: [UInt8]] = [:]
    for name in names {
        files[name] = FileManager.default.contents(atPath: folder + "/" + name).map { Array($0) } ?? []
    }
    return files
}

/// The time now, UTC, `YYYY-MM-DDTHH:MM:SSZ`: when a new revision is first stored.
func utcTimestamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
}
