import ChungtayCore
import ChungtayRanking

/// `rank ... --format csv` for Excel (outputs.md, Everywhere): a header and one row, the entry's board and period,
/// its place, rank of ranked, score, gap and movement, then a count and a points column for each type or target it
/// tallies, headed by its label (as the board's CSV does).
public enum RankCSV {
    public static func text(_ standing: Standing, _ lang: Language) -> String {
        let entry = standing.entry
        let keys = entry.tallies.map(\.key).sorted()
        var header = [lang.pick("Bảng", "Board"), lang.pick("Kỳ", "Period"), lang.pick("Từ ngày", "From"), lang.pick("Đến ngày", "To"),
                      lang.pick("Mã", "Id"), lang.pick("Tên", "Name"), lang.pick("Cơ sở Đoàn", "Branch"), lang.pick("Huyện", "District"),
                      lang.pick("Hạng", "Rank"), lang.pick("Số được xếp hạng", "Ranked"), lang.pick("Điểm", "Score"),
                      lang.pick("Tổng điểm", "Total"), lang.pick("Số đoàn viên", "Members"), lang.pick("Cách hạng trên", "Gap to the rank above"),
                      lang.pick("Hạng kỳ trước", "Previous rank"), lang.pick("Thay đổi", "Movement")]
        var row: [BoardCSV.Cell] = [
            .text(standing.board.rawValue), .text(standing.period.label), .number(standing.period.from.description),
            .number(standing.period.to.description), .text(entry.id), .text(entry.name), .text(entry.unit ?? ""), .text(entry.district ?? ""),
            .number(entry.rank.map(String.init)), .number(String(standing.ranked)), .number(entry.score?.description),
            .number(entry.total.description), .number(entry.members.map(String.init)), .number(standing.gapToAbove?.description),
            .number(entry.previousRank.map(String.init)), .number(entry.movement.map(String.init)),
        ]
        for key in keys {
            header += BoardText.tallyHeaders(standing.label(key), lang)
            let tally = entry.tally(key)
            row += [.number(String(tally.count)), .number(tally.points.description)]
        }
        return "\u{FEFF}" + BoardCSV.line(header.map(BoardCSV.Cell.text)) + BoardCSV.line(row)
    }
}
