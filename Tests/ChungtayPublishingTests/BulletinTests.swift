import ChungtayCore
import ChungtayLedger
@testable import ChungtayPublishing
import ChungtayRanking
import Testing

/// The frozen bulletin: its content reads back as it was written, corrections between revisions, and the page's
/// escaping and numbers.
@Suite struct BulletinTests {
    static let week = Period.week(containing: CivilDate(iso: "2026-11-25")!)

    static func entry(_ rank: Int?, _ id: String, _ name: String, _ score: Int64?, previous: Int? = nil, members: Int? = nil,
                      district: String? = "QN") -> BoardEntry {
        BoardEntry(rank: rank, id: id, name: name, unit: "QN-GR", district: district, sector: nil,
                   score: score.map { Points(hundredths: $0) }, total: Points(hundredths: score ?? 500), members: members,
                   tallies: [TypeTally(key: "dossier_assisted", count: 2, points: Points(hundredths: score ?? 500))],
                   lastActive: nil, previousRank: previous)
    }

    /// A board of the week, drawn on rules built into chungtay (which a frozen content does not record).
    static func board(_ kind: BoardKind, _ entries: [BoardEntry], unranked: [BoardEntry] = []) -> Board {
        Board(kind: kind, period: week, rulesVersion: "2026.1", method: .competition,
              scoreBasis: kind == .branches ? .per_member : .total, ranked: entries.count, entries: entries,
              unranked: unranked, hasMovement: true, asOf: week.to, labels: ["dossier_assisted": "Hỗ trợ nộp hồ sơ trực tuyến"],
              rulesBuiltIn: true)
    }

    static func bulletin(members: [BoardEntry], branches: [BoardEntry] = [], unranked: [BoardEntry] = []) -> Bulletin {
        Bulletin(week: week, title: "Chung tay", members: board(.members, members), branches: board(.branches, branches, unranked: unranked),
                 districts: board(.districts, [entry(1, "QN", "Thành đoàn Quy Nhơn", 1250, previous: 1, district: nil)]),
                 idleBranches: [BranchPlace(code: "QN-B", name: "Đoàn B", district: "QN", districtName: "Thành đoàn Quy Nhơn"),
                                BranchPlace(code: "BV", name: "Đoàn Bệnh viện", district: nil, districtName: nil),
                                BranchPlace(code: "QN-A", name: "Đoàn A", district: "QN", districtName: "Thành đoàn Quy Nhơn")])
    }

    static func publication(_ bulletin: Bulletin, corrections: [Correction] = []) -> Publication {
        Publication(bulletin: bulletin, revision: corrections.isEmpty ? 1 : 2, publishedAt: "2026-11-29T17:05:09Z",
                    digest: Snapshot.sha256(bulletin.content.serialized(pretty: false).utf8), corrections: corrections, isNew: true)
    }

    @Test func contentReadsBackAsWritten() throws {
        let bulletin = Self.bulletin(members: [Self.entry(1, "DV01", "Nguyễn Thị Lan", 850, previous: 3), Self.entry(2, "DV02", "Lê Âu", 520)],
                                     branches: [Self.entry(1, "QN-GR", "Đoàn phường Ghềnh Ráng", 90, members: 20)],
                                     unranked: [Self.entry(nil, "AN-NH", "Đoàn xã Nhơn Hậu", nil, members: 0)])
        let text = bulletin.content.serialized(pretty: false)
        // Written from the live boards without a tree, the same text.
        #expect(bulletin.contentText() == text)
        let read = try Bulletin(content: try JSONValue.parse(text))
        #expect(read.content.serialized(pretty: false) == text)
        #expect(read.contentText() == text)
        // Every file renders the same from the stored text as from the live boards.
        let live = BulletinFiles.render(Self.publication(bulletin))
        let stored = BulletinFiles.render(Self.publication(read))
        #expect(live.map(\.name) == stored.map(\.name) && zip(live, stored).allSatisfy { $0.bytes == $1.bytes })
        // Idle branches by district code, those under no district last.
        #expect(read.idleBranches.map(\.code) == ["QN-A", "QN-B", "BV"])
        #expect(text.hasPrefix(#"{"week":"2026-W48","rules_version":"2026.1","title":"Chung tay","labels":{"dossier_assisted":"Hỗ trợ nộp hồ sơ trực tuyến"},"members":{"board":"members""#))
    }

    /// The CSV files head each type's columns with its label, which the frozen content keeps; a bulletin frozen before
    /// it kept them (no `labels`) renders as it was published, with the type's id.
    @Test func csvHeadersNameTypesByTheirFrozenLabels() throws {
        let bulletin = Self.bulletin(members: [Self.entry(1, "DV01", "Nguyễn Thị Lan", 850)])
        func header(_ publication: Publication) -> String {
            let csv = BulletinFiles.render(publication).first { $0.name == "members.csv" }!
            return String(decoding: csv.bytes, as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
        }
        let columns = ",Hạng kỳ trước,Thay đổi,"
        #expect(header(Self.publication(bulletin)).hasSuffix(columns + "Hỗ trợ nộp hồ sơ trực tuyến (số lượng),Hỗ trợ nộp hồ sơ trực tuyến (điểm)"))
        let read = try Bulletin(content: try JSONValue.parse(bulletin.contentText()))
        #expect(header(Self.publication(read)) == header(Self.publication(bulletin)))

        let older = bulletin.contentText().replacingOccurrences(of: #""labels":{"dossier_assisted":"Hỗ trợ nộp hồ sơ trực tuyến"},"#, with: "")
        let frozen = try Bulletin(content: try JSONValue.parse(older))
        #expect(frozen.contentText() == older)
        #expect(header(Self.publication(frozen)).hasSuffix(columns + "dossier_assisted (số lượng),dossier_assisted (điểm)"))
    }

    @Test func aDamagedContentNamesWhere() throws {
        let text = Self.bulletin(members: [Self.entry(1, "DV01", "Lan", 850)]).content.serialized(pretty: false)
        let damaged = text.replacingOccurrences(of: #""score":8.5"#, with: #""score":"8.5""#)
        #expect(throws: FrozenContentError(path: "$.members.entries[0].score")) { try Bulletin(content: try JSONValue.parse(damaged)) }
    }

    @Test func correctionsAreTheEntriesWhoseRankOrScoreChanged() {
        let before = Self.bulletin(members: [Self.entry(1, "DV01", "Lan", 850), Self.entry(2, "DV02", "Âu", 520), Self.entry(3, "DV03", "Hà", 300),
                                             Self.entry(4, "DV04", "Minh", 100)])
        // DV01 unchanged; DV02 loses 1 point but keeps rank 2; DV03 gone; DV04 same score, rank 3; DV05 new.
        let after = Self.bulletin(members: [Self.entry(1, "DV01", "Lan", 850), Self.entry(2, "DV02", "Âu", 420), Self.entry(3, "DV04", "Minh", 100),
                                            Self.entry(4, "DV05", "Hùng", 50)])
        let corrections = Correction.between(before, after)
        #expect(corrections.map { "\($0.id) \($0.previousRank.map(String.init) ?? "-")→\($0.rank.map(String.init) ?? "-") \($0.isListed)" }
            == ["DV02 2→2 true", "DV04 4→3 true", "DV05 -→4 true", "DV03 3→- false"])
        #expect(corrections.map { $0.score?.description ?? "-" } == ["4.2", "1", "0.5", "-"])
        #expect(Correction.between(before, before).isEmpty)
    }

    @Test func everyValueIsEscapedOnThePage() {
        let bulletin = Self.bulletin(members: [Self.entry(1, "DV01", "<script>alert(\"x\")</script> & Lan", 850)])
        let html = BulletinPage.html(Self.publication(bulletin))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Lan"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    }

    @Test func pageShowsTheBoardsAndTheIdleBranches() {
        let bulletin = Self.bulletin(members: (1 ... 12).map { Self.entry($0 == 11 ? 10 : $0, "DV\($0)", "Tên \($0)", 1300 - Int64($0) * 100) },
                                     branches: [Self.entry(1, "QN-GR", "Đoàn phường Ghềnh Ráng", 90, previous: 2, members: 20)])
        let html = BulletinPage.html(Self.publication(bulletin))
        func rows(_ table: String) -> Int {
            guard let start = html.range(of: "<table id=\"\(table)\">"), let end = html[start.upperBound...].range(of: "</table>") else { return -1 }
            return html[start.upperBound ..< end.lowerBound].components(separatedBy: "<tr>").count - 2
        }
        // Ranks 1 to 10 and the 11th member tied at 10; the 12th is cut.
        #expect(rows("members") == 11)
        #expect(rows("branches") == 1 && rows("districts") == 1)
        #expect(html.contains("Tuần 48/2026 · từ 23/11/2026 – 29/11/2026"))
        // 17:05 UTC is 00:05 the next day in Việt Nam.
        #expect(html.contains("30/11/2026 lúc 00:05 (giờ Việt Nam)"))
        #expect(html.contains("<summary>Thành đoàn Quy Nhơn <span>(2)</span></summary><ul class=\"idle\"><li>Đoàn A</li><li>Đoàn B</li></ul>"))
        #expect(html.contains("<summary>Trực thuộc Tỉnh đoàn <span>(1)</span></summary>"))
        #expect(html.contains("<td class=\"num up\">▲1</td>"))
        #expect(html.contains("<rect x=\"0\" y=\"20\" width=\"340\" height=\"12\" rx=\"2\"/>"))
    }

    @Test func districtsWithNothingAreListedLast() {
        // QN is ranked; AL is on no board, but its branch is idle: it is listed after QN, with 0.
        let bulletin = Bulletin(week: Self.week, title: "", members: Self.board(.members, []), branches: Self.board(.branches, []),
                                districts: Self.board(.districts, [Self.entry(1, "QN", "Thành đoàn Quy Nhơn", 1250, district: nil)]),
                                idleBranches: [BranchPlace(code: "AL-AH", name: "Đoàn xã An Hưng", district: "AL", districtName: "Huyện đoàn An Lão")])
        let html = BulletinPage.html(Self.publication(bulletin))
        let table = html.components(separatedBy: "<table id=\"districts\">")[1].components(separatedBy: "</table>")[0]
        #expect(table.components(separatedBy: "<tr>").count == 4, "a header and two districts")
        #expect(table.contains("<tr><td class=\"rank\">–</td><td class=\"name\">Huyện đoàn An Lão<small>chưa có điểm trong tuần</small></td><td class=\"num\">0</td>"))
        // Without a title, the page says what it is.
        #expect(html.contains("<h1>Bảng tin thi đua</h1>"))
    }

    /// One number style for people (issue 17): two decimals always, the language's marks.
    @Test func numbersAndTimesAsPeopleReadThem() {
        #expect(Points(hundredths: 123_456_750).display(.vi) == "1.234.567,50")
        #expect(Points(hundredths: 123_456_750).display(.en) == "1,234,567.50")
        #expect(Points(hundredths: 6110).display(.vi) == "61,10")
        #expect(Points(hundredths: 90).display(.vi) == "0,90")
        #expect(Points(hundredths: 0).display(.vi) == "0,00")
        #expect(Points(hundredths: -100_000).display(.vi) == "-1.000,00")
        #expect(10_105.display(.vi) == "10.105")
        #expect(10_105.display(.en) == "10,105")
        #expect(VietnameseTime.localTime("2026-11-29T01:02:03Z") == "29/11/2026 lúc 08:02 (giờ Việt Nam)")
        #expect(VietnameseTime.localTime("yesterday") == "yesterday")
    }

    @Test func checksumsAreInTheFormatOfSha256sum() {
        let files = BulletinFiles.render(Self.publication(Self.bulletin(members: [])))
        #expect(files.map(\.name) == BulletinFiles.names + ["SHA256SUMS"])
        let sums = String(decoding: files.last!.bytes, as: UTF8.self)
        #expect(sums.split(separator: "\n").map { String($0.dropFirst(66)) } == BulletinFiles.names)
        #expect(BulletinFiles.parseChecksums(files.last!.bytes)?.map(\.digest) == files.dropLast().map { Snapshot.sha256($0.bytes) })
        #expect(BulletinFiles.parseChecksums(Array("xyz  index.html\n".utf8)) == nil)
    }
}
