import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking
import Foundation

struct PublishCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: localized("Chốt ba bảng xếp hạng của tuần vào cơ sở dữ liệu và ghi bảng tin vào thư mục --out.", "Freeze a week's three boards in the database and write its bulletin into the folder --out names."))

    @OptionGroup var options: GlobalOptions

    @Option(help: .localized("Tuần ISO cần công bố: 2026-W48 hoặc tuần 48/2026.", "The ISO week to publish: 2026-W48 or tuần 48/2026."))
    var week: String

    @Flag(help: .localized("Công bố cả khi tuần không có hoạt động nào được tính điểm.", "Publish the week even when it has no scoring activity."))
    var allowEmpty = false

    func execute() throws {
        let lang = options.language
        guard let folder = options.out else {
            throw CommandFailure(CommandFailure.usage, lang.pick("publish cần --out THƯ_MỤC: thư mục để ghi bảng tin",
                                                                 "publish needs --out DIR: the folder to write the bulletin into"))
        }
        let week = try options.period(self.week, option: "--week")
        guard week.kind == .week else {
            throw CommandFailure(CommandFailure.usage, lang.pick("--week \(self.week): hãy ghi một tuần ISO, YYYY-Www (ví dụ 2026-W48)",
                                                                 "--week \(self.week): write an ISO week, YYYY-Www (e.g. 2026-W48)"))
        }
        let ledger = try options.openLedger()
        // A second connection, so that two boards are computed at a time (with the rules already read).
        let helper = try options.openLedger(book: ledger.book)
        let publication = try ledger.publish(week: week, today: options.todayDate, allowEmpty: allowEmpty, at: Clock.utcTimestamp(),
                                             alongside: [helper]) { try BulletinFolder.write($0, into: folder, lang: lang) }
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
        // The status goes to standard output: --out names the bulletin's folder here.
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
