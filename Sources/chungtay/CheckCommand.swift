import ArgumentParser
import ChungtayCore
import ChungtayLedger
import Foundation

struct CheckCommand: ChungtayCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: localized("Kiểm tra cơ sở dữ liệu còn nguyên vẹn và điểm đã lưu đúng.", "Check the database's integrity and the ledger's invariants."))

    @OptionGroup var options: GlobalOptions

    func execute() throws {
        let ledger = try options.openLedger()
        let lang = options.language
        var damage = try ledger.check().map { $0.message.text(lang) }
        if damage.isEmpty, try !ledger.pointsAreCurrent() {
            damage.append(lang.pick("điểm đã lưu khác với điểm tính lại từ đầu", "the stored points differ from a rescore from scratch"))
        }
        if damage.isEmpty, try !ledger.standingsAreCurrent() {
            damage.append(lang.pick("bảng tổng hợp điểm đã lưu (dùng cho bảng xếp hạng) khác với cộng lại từ các hoạt động; hãy khôi phục từ bản sao lưu",
                                    "the stored standings (the boards' cache) differ from the activities summed again; restore from a backup"))
        }
        guard damage.isEmpty else { throw CommandFailure(1, damage.map { "\(options.databasePath): \($0)" }) }
        try emit(lang.pick("\(options.databasePath): không có lỗi\n", "\(options.databasePath): no problems found\n"))
    }
}
