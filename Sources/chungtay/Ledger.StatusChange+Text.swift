import ChungtayCore
import ChungtayLedger

extension Ledger.StatusChange {
    /// One line per changed and per unchanged activity for a single id (`Đã từ chối HD1`, `HD1 đã bị từ chối từ trước;
    /// không thay đổi gì`), or the counts for a file, with the unchanged ids named.
    func text(_ lang: Language, done: (vi: String, en: String), already: (vi: String, en: String)) -> String {
        var lines: [String] = []
        if changed.count + unchanged.count == 1 {
            if let id = changed.first { lines.append(lang.pick("\(done.vi) \(id)", "\(done.en) \(id)")) }
            if let id = unchanged.first { lines.append(lang.pick("\(id) \(already.vi); không thay đổi gì", "\(id) \(already.en); nothing changed")) }
        } else {
            lines.append(lang.pick("\(done.vi) \(changed.count) hoạt động", "\(done.en) \(changed.count) activities"))
            if !unchanged.isEmpty {
                let shown = unchanged.prefix(20).joined(separator: ", ") + (unchanged.count > 20 ? ", …" : "")
                lines.append(lang.pick("\(unchanged.count) hoạt động \(already.vi), giữ nguyên: \(shown)",
                                       "\(unchanged.count) \(already.en), left as they were: \(shown)"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
