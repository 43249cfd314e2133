import ArgumentParser
import ChungtayCore
import ChungtayPublishing

extension UnitsCommand {
    struct Show: ChungtayCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: localized(
            "Xem cây tổ chức có hiệu lực vào một ngày (mặc định: --today).", "Show the organisation in force on a date (default: --today)."))

        @OptionGroup var options: GlobalOptions

        @OptionGroup var structure: StructureDate

        @Option(help: .localized("table, json, csv hoặc md.", "table, json, csv or md."))
        var format: OutputFormat = .table

        func validate() throws {
            guard [.table, .json, .csv, .md].contains(format) else { throw ValidationError("units writes table, json, csv or md, not \(format.rawValue)") }
        }

        func execute() throws {
            let lang = options.language
            let structure = try options.openLedger().organisation().structure(on: self.structure.date ?? options.todayDate)
            switch format {
            case .json: try emit(UnitsReport.json(structure).serialized())
            case .csv: try emit(UnitsReport.csv(structure, lang))
            case .md: try emit(UnitsReport.text(structure, lang, markdown: true))
            default: try emit(UnitsReport.text(structure, lang))
            }
        }
    }
}
