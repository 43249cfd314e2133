import ChungtayAwards
import ChungtayCore

/// `awards --format csv` for Excel (outputs.md, Everywhere): every award's list in one sheet, the award named in
/// the first two columns, then the committee's columns; UTF-8 with a byte-order mark, CRLF line ends, text cells
/// guarded against formulas, rank and score as plain numbers.
public enum AwardsCSV {
    public static func text(_ nominations: Nominations, _ lang: Language) -> String {
        let header = [lang.pick("Mã hình thức", "Award id"), lang.pick("Hình thức khen thưởng", "Award"),
                      lang.pick("STT", "No."), lang.pick("Họ và tên / Tên tập thể", "Name / Collective"),
                      lang.pick("Đơn vị", "Unit"), lang.pick("Huyện/Đoàn trực thuộc", "District"), lang.pick("Xếp hạng", "Rank"),
                      lang.pick("Điểm", "Score"), lang.pick("Thành tích", "Achievements"), lang.pick("Ghi chú", "Note")]
        var output = "\u{FEFF}" + BoardCSV.line(header.map(BoardCSV.Cell.text))
        for list in nominations.lists {
            for nominee in list.nominees {
                let line = AwardsText.line(nominee, list, nominations, lang)
                output += BoardCSV.line([
                    .text(list.award.id), .text(list.award.title), .number(String(line.n)), .text(line.name), .text(line.unit),
                    .text(line.district), .number(String(line.rank)), .number(line.score.description), .text(line.achievements),
                    .text(line.note),
                ])
            }
        }
        return output
    }
}
