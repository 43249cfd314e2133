import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct RankCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: localized("Xem một đoàn viên hoặc đơn vị đứng ở đâu: hạng, điểm, khoảng cách với mục xếp trên, thay đổi hạng.", "Show where one member or unit stands: rank, score, gap to the entry above, movement."))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var selection: EntrySelection

    func execute() throws {
        let period = try options.period(selection.period)
        let ledger = try options.openLedger()
        let standing = if let member = selection.member {
            try ledger.standing(member: member.uppercased(), period: period, asOf: selection.structure.date)
        } else {
            try ledger.standing(unit: selection.unit!.uppercased(), period: period, asOf: selection.structure.date)
        }
        let lang = options.language
        switch selection.format {
        case .json: try emit(BoardJSON.document(standing).serialized())
        case .csv: try emit(RankCSV.text(standing, lang))
        case .md: try emit(RankMarkdown.text(standing, lang))
        case .table, .html, .xlsx: try emit(BoardTable.text(standing, lang))
        }
    }
}
