import ArgumentParser
import ChungtayCore
import ChungtayPublishing
import ChungtayRanking

extension UnitsCommand {
    struct History: ChungtayCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: localized(
            "Xem các phiên bản của một đơn vị, quyết định của chúng, đơn vị kế thừa và những đơn vị mà nó nhận lịch sử.",
            "Show a unit's versions with their decisions, its successor and the units whose history it took over."))

        @OptionGroup var options: GlobalOptions

        @Argument(help: .localized("Mã đơn vị.", "The unit's code."))
        var code: String

        @Option(help: .localized("table hoặc json.", "table or json."))
        var format: OutputFormat = .table

        func validate() throws {
            guard format == .table || format == .json else { throw ValidationError("units history writes table or json, not \(format.rawValue)") }
        }

        func execute() throws {
            let code = code.uppercased()
            guard let history = try options.openLedger().organisation().history(of: code) else { throw RankingError.unknownUnit(code) }
            try emit(format == .json ? UnitsReport.json(history).serialized() : UnitsReport.text(history, options.language))
        }
    }
}
