import ChungtayCore
import ChungtayRanking

/// `rules diff --format csv` for Excel (outputs.md, Everywhere): one row per entry of each board, the board named
/// in the first column; UTF-8 with a byte-order mark, CRLF line ends, text cells guarded against formulas, numbers
/// plain (`-2` for a fall).
public enum RulesDiffCSV {
    /// `rules diff ... --format csv`, headers and change words in the user's language.
    public static func text(_ diff: RulesDiff, _ lang: Language) -> String {
        let header = [lang.pick("Bảng", "Board"), lang.pick("Mã", "Id"), lang.pick("Tên", "Name"), lang.pick("Thay đổi", "Change"),
                      lang.pick("Hạng cũ", "Old rank"), lang.pick("Hạng mới", "New rank"), lang.pick("Số bậc", "Movement"),
                      lang.pick("Điểm cũ", "Old score"), lang.pick("Điểm mới", "New score"),
                      lang.pick("Tổng điểm cũ", "Old total"), lang.pick("Tổng điểm mới", "New total")]
        var output = "\u{FEFF}" + BoardCSV.line(header.map(BoardCSV.Cell.text))
        for board in diff.boards {
            for entry in board.entries {
                output += BoardCSV.line([
                    .text(board.kind.rawValue), .text(entry.id), .text(entry.name), .text(RulesDiffText.change(entry.change, lang)),
                    .number(entry.oldRank.map(String.init)), .number(entry.newRank.map(String.init)),
                    .number(entry.movement.map(String.init)), .number(entry.oldScore?.description), .number(entry.newScore?.description),
                    .number(entry.oldTotal?.description), .number(entry.newTotal?.description),
                ])
            }
        }
        return output
    }
}
