import ArgumentParser
import ChungtayCore
import ChungtayLedger
import ChungtayPublishing
import ChungtayRanking

struct ExplainCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: localized("Xem từng hoạt động làm nên điểm của một đoàn viên hoặc đơn vị, với từng bước tính điểm.", "Show every activity behind a member's or unit's score, with each step of scoring."))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var selection: EntrySelection

    func execute() throws {
        let period = try options.period(selection.period)
        let ledger = try options.openLedger()
        let explanation = if let member = selection.member {
            try ledger.explanation(member: member.uppercased(), period: period, asOf: selection.structure.date)
        } else {
            try ledger.explanation(unit: selection.unit!.uppercased(), period: period, asOf: selection.structure.date)
        }
        let lang = options.language
        switch selection.format {
        case .json: try emit(ExplainJSON.document(explanation).serialized())
        case .csv: try emit(ExplainCSV.text(explanation, lang))
        case .md: try emit(ExplainMarkdown.text(explanation, lang))
        case .table, .html, .xlsx: try emit(ExplainTable.text(explanation, lang))
        }
    }
}
