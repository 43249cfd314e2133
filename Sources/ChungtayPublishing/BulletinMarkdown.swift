import ChungtayCore
import ChungtayRanking

/// `leaderboard.md`: the bulletin's heading, its corrections from the previous revision, the three whole boards
/// and the branches with nothing this week, in Vietnamese.
enum BulletinMarkdown {
    static func text(_ publication: Publication) -> String {
        let bulletin = publication.bulletin
        let escaped = BoardMarkdown.escaped
        var output = "# " + escaped(bulletin.title.isEmpty ? "Bảng tin thi đua" : bulletin.title) + "\n\n"
        output += "Bảng tin tuần " + escaped(BoardText.periodText(bulletin.week, .vi)) + " · lần công bố \(publication.revision) · "
        output += "công bố lúc " + publication.publishedAt + " (UTC) · thể lệ " + escaped(bulletin.rulesVersion ?? "–") + "\n\n"
        output += "Mã kiểm tra nội dung (SHA-256): `" + publication.digest + "`\n\n"
        if publication.revision > 1 {
            output += "## Đính chính so với lần công bố \(publication.revision - 1)\n\n"
            if publication.corrections.isEmpty {
                output += "Không có hạng hay điểm nào thay đổi.\n\n"
            } else {
                output += BoardMarkdown.row(["Bảng", "Mã", "Tên", "Hạng trước", "Hạng mới", "Điểm trước", "Điểm mới"])
                output += BoardMarkdown.row(["---", "---", "---", "---:", "---:", "---:", "---:"], escaping: false)
                for correction in publication.corrections {
                    output += BoardMarkdown.row([BulletinWords.boardName(correction.board), correction.id, correction.name,
                                                 BulletinWords.rank(correction.previousRank, listed: correction.wasListed),
                                                 BulletinWords.rank(correction.rank, listed: correction.isListed),
                                                 correction.previousScore?.display(.vi) ?? "", correction.score?.display(.vi) ?? ""])
                }
                output += "\n"
            }
        }
        for board in bulletin.boards { output += BoardMarkdown.text(board, .vi) + "\n" }
        output += "## Cơ sở Đoàn chưa có điểm trong tuần (\(bulletin.idleBranches.count))\n\n"
        if bulletin.idleBranches.isEmpty {
            output += "Cơ sở Đoàn nào cũng có điểm trong tuần.\n"
        } else {
            output += BoardMarkdown.row(["Mã", "Tên đơn vị", "Huyện"])
            output += BoardMarkdown.row(["---", "---", "---"], escaping: false)
            for place in bulletin.idleBranches { output += BoardMarkdown.row([place.code, place.name, place.districtName ?? ""]) }
        }
        return output
    }
}

/// Words the bulletin's page and Markdown share.
enum BulletinWords {
    static func boardName(_ kind: BoardKind) -> String {
        switch kind {
        case .members: return "Đoàn viên"
        case .branches: return "Cơ sở Đoàn"
        case .districts: return "Huyện, Thị, Thành đoàn"
        }
    }

    /// A rank in a correction: the number, `chưa xếp hạng` for an unranked entry, `không có` off the board.
    static func rank(_ rank: Int?, listed: Bool) -> String {
        guard listed else { return "không có" }
        return rank.map(String.init) ?? "chưa xếp hạng"
    }
}
