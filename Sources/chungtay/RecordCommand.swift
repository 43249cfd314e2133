import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct RecordCommand: ChungtayCommand {
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
