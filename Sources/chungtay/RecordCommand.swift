import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct RecordCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: localized("Ghi một hoạt động.", "Record one activity."))

    @OptionGroup var options: GlobalOptions
    @Option(help: .localized("Mã hoạt động (mặc định: tự tạo, R-YYYYMMDD-N).", "The activity's id (default: generated, R-YYYYMMDD-N).")) var id: String?
    @Option(help: .localized("Loại hoạt động, theo tên trong thể lệ.", "The activity type, as the rules name it.")) var type: String
    @Option(help: .localized("Ngày, YYYY-MM-DD hoặc DD/MM/YYYY.", "The date, YYYY-MM-DD or DD/MM/YYYY.")) var date: String
    @Option(help: .localized("Mã đoàn viên.", "The member's id.")) var member: String?
    @Option(help: .localized("Mã đơn vị.", "The unit's code.")) var unit: String?
    @Option(help: .localized("Mức độ hồ sơ, 1 đến 4.", "The dossier's level, 1 to 4.")) var level: String?
    @Option(help: .localized("Mã hồ sơ.", "The dossier's code.")) var dossier: String?
    @Option(help: .localized("Số định danh của người dân (chỉ lưu mã băm có khóa của nó).", "The citizen's identifier (only its keyed hash is stored).")) var citizen: String?
    @Option(help: .localized("self, youth hoặc citizen.", "self, youth or citizen.")) var subject: String?
    @Option(help: .localized("Làm trực tuyến (có/không).", "Done online (yes/no).")) var online: String?
    @Option(name: .customLong("paid-online"), help: .localized("Thanh toán trực tuyến (có/không).", "Paid online (yes/no).")) var paidOnline: String?
    @Option(help: .localized("Địa chỉ (URL) của tin, bài.", "The article's URL.")) var url: String?
    @Option(help: .localized("web, facebook, zalo, tiktok, youtube hoặc other.", "web, facebook, zalo, tiktok, youtube or other.")) var channel: String?
    @Option(help: .localized("Số người được tuyên truyền.", "People reached.")) var attendees: String?
    @Option(help: .localized("Số giờ.", "Hours.")) var hours: String?
    @Option(help: .localized("Ghi chú.", "A note.")) var note: String?

    func validate() throws {
        if CivilDate(userText: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD or DD/MM/YYYY")
        }
    }

    func execute() throws {
        let ledger = try options.openLedger()
        var fields: [String: String] = ["type": type, "date": date]
        let optional: [(String, String?)] = [("id", id), ("member", member), ("unit", unit), ("level", level), ("dossier", dossier),
                                             ("citizen", citizen), ("subject", subject), ("online", online), ("paid_online", paidOnline),
                                             ("url", url), ("channel", channel), ("attendees", attendees), ("hours", hours), ("note", note)]
        for (name, value) in optional { fields[name] = value }
        let recorded = try ledger.record(fields, today: options.todayDate)
        try emit(options.language.pick("Đã ghi hoạt động \(recorded)\n", "Recorded activity \(recorded)\n"))
    }
}
