import ChungtayCore
import ChungtayRanking
import Mustache

/// `index.html`: the week's bulletin as one self-contained page (outputs.md, Publishing a week), rendered by the
/// Mustache template of ``BulletinTemplate`` from the values below; Mustache's `{{ }}` escapes every one of them.
enum BulletinPage {
    static func html(_ publication: Publication) -> String {
        BulletinTemplate.compiled.render(PageView(publication))
    }

    /// How many entries the page's top lists hold (ties at the cut are all kept).
    static let top = 10
    /// How many climbers of each board the page shows.
    static let climbers = 5
}

/// What the template shows, every value already written as text.
struct PageView {
    struct Line {
        let rank: String
        let name: String
        let detail: String
        let score: String
        let movement: String
        let movementClass: String
    }

    struct Bar {
        let nameY: Int
        let barY: Int
        let width: String
        let name: String
        let value: String
    }

    struct Group {
        let name: String
        let count: Int
        let branches: [String]
    }

    struct Change {
        let board: String
        let name: String
        let id: String
        let before: String
        let after: String
    }

    let title: String
    let week: String
    let dates: String
    let revision: Int
    let previousRevision: Int
    let isCorrection: Bool
    let publishedAt: String
    let rulesVersion: String
    let digest: String
    let membersRanked: Int
    let branchesRanked: Int
    let idleCount: Int
    let members: [Line]
    let branches: [Line]
    let districts: [Line]
    let branchScoreHeader: String
    let districtScoreHeader: String
    let climbers: [Line]
    let chartWidth = Self.chartWidth
    let chartHeight: Int
    let bars: [Bar]
    let idleGroups: [Group]
    let corrections: [Change]
    let hasCorrections: Bool

    init(_ publication: Publication) {
        let bulletin = publication.bulletin
        var unitNames: [String: String] = [:]
        var districtNames: [String: String] = [:]
        for entry in bulletin.branches.entries + bulletin.branches.unranked { unitNames[entry.id] = entry.name }
        for entry in bulletin.districts.entries + bulletin.districts.unranked { districtNames[entry.id] = entry.name }
        for place in bulletin.idleBranches {
            unitNames[place.code] = place.name
            if let district = place.district, let name = place.districtName { districtNames[district] = name }
        }
        func districtName(_ code: String?) -> String? { code.map { districtNames[$0] ?? $0 } }
        func line(_ entry: BoardEntry, _ board: Board) -> Line {
            var detail: [String] = []
            switch board.kind {
            case .members:
                if let unit = entry.unit { detail.append(unitNames[unit] ?? unit) }
                if let district = districtName(entry.district) { detail.append(district) }
            case .branches:
                detail.append(districtName(entry.district) ?? "trực thuộc Tỉnh đoàn")
            case .districts:
                break
            }
            if board.scoreBasis == .per_member {
                detail.append("tổng \(entry.total.display(.vi)) điểm, \((entry.members ?? 0).display(.vi)) đoàn viên")
            }
            let (movement, style) = Self.movement(entry)
            return Line(rank: entry.rank.map(String.init) ?? "–", name: entry.name, detail: detail.joined(separator: " · "),
                        score: entry.score.map { $0.display(.vi) } ?? "–", movement: movement, movementClass: style)
        }
        func top(_ board: Board) -> [Line] {
            board.entries.filter { ($0.rank ?? .max) <= BulletinPage.top }.map { line($0, board) }
        }

        title = bulletin.title.isEmpty ? "Bảng tin thi đua" : bulletin.title
        let (weekYear, weekNumber) = bulletin.week.from.isoWeek
        week = "Tuần \(weekNumber)/\(weekYear)"
        dates = "\(bulletin.week.from.vietnamese) – \(bulletin.week.to.vietnamese)"
        revision = publication.revision
        previousRevision = publication.revision - 1
        isCorrection = publication.revision > 1
        publishedAt = VietnameseTime.localTime(publication.publishedAt)
        rulesVersion = bulletin.rulesVersion ?? "–"
        digest = publication.digest
        membersRanked = bulletin.members.ranked
        branchesRanked = bulletin.branches.ranked
        idleCount = bulletin.idleBranches.count
        members = top(bulletin.members)
        branches = top(bulletin.branches)
        // Every district: the ranked ones, then those whose branches all had nothing (no entry on the board).
        let listed = Set((bulletin.districts.entries + bulletin.districts.unranked).map(\.id))
        var silent: [String] = []
        for place in bulletin.idleBranches {
            if let district = place.district, !listed.contains(district), !silent.contains(district) { silent.append(district) }
        }
        districts = bulletin.districts.entries.map { line($0, bulletin.districts) } + silent.map { code in
            Line(rank: "–", name: districtNames[code] ?? code, detail: "chưa có điểm trong tuần", score: "0", movement: "", movementClass: "same")
        }
        branchScoreHeader = bulletin.branches.scoreBasis == .per_member ? "Điểm/ĐV" : "Điểm"
        districtScoreHeader = bulletin.districts.scoreBasis == .per_member ? "Điểm/ĐV" : "Điểm"
        climbers = [bulletin.members, bulletin.branches].flatMap { board in
            board.entries.filter { ($0.movement ?? 0) > 0 }
                .sorted { ($1.movement!, $0.rank!) < ($0.movement!, $1.rank!) }
                .prefix(BulletinPage.climbers)
                .map { entry in
                    let base = line(entry, board)
                    return Line(rank: base.rank, name: entry.name, detail: BulletinWords.boardName(board.kind) + " · " + base.detail,
                                score: base.score, movement: base.movement, movementClass: base.movementClass)
                }
        }

        // The bar chart: each district's score, the longest bar the highest score, 40 units a bar.
        let scored = bulletin.districts.entries.compactMap { entry in entry.score.map { (entry.name, $0) } }
        let highest = max(scored.map(\.1.hundredths).max() ?? 1, 1)
        bars = scored.enumerated().map { index, item in
            let width = max(Double(item.1.hundredths) / Double(highest) * Double(Self.chartWidth), 2)
            let name = item.0.count > 36 ? String(item.0.prefix(35)) + "…" : item.0
            return Bar(nameY: index * 40 + 14, barY: index * 40 + 20, width: String(Int(width.rounded())), name: name,
                       value: item.1.display(.vi))
        }
        chartHeight = max(scored.count * 40, 40)

        var groups: [(district: String?, branches: [String])] = []
        for place in bulletin.idleBranches {
            if groups.last.map({ $0.district == place.district }) != true { groups.append((place.district, [])) }
            groups[groups.count - 1].branches.append(place.name)
        }
        idleGroups = groups.map { group in
            Group(name: districtName(group.district) ?? "Trực thuộc Tỉnh đoàn", count: group.branches.count, branches: group.branches)
        }

        corrections = publication.corrections.map { correction in
            func state(_ listed: Bool, _ rank: Int?, _ score: Points?) -> String {
                guard listed else { return "không có" }
                let place = rank.map { "hạng \($0)" } ?? "chưa xếp hạng"
                return score.map { "\(place), \($0.display(.vi)) điểm" } ?? place
            }
            return Change(board: BulletinWords.boardName(correction.board), name: correction.name, id: correction.id,
                          before: state(correction.wasListed, correction.previousRank, correction.previousScore),
                          after: state(correction.isListed, correction.rank, correction.score))
        }
        hasCorrections = !corrections.isEmpty
    }

    /// The chart's width in SVG units: about a phone's, so that its 14-unit text reads at 13 px there.
    static let chartWidth = 340

    /// `▲3` (up), `▼2` (down), `–` (same), `mới` (no previous rank).
    static func movement(_ entry: BoardEntry) -> (String, String) {
        guard entry.rank != nil else { return ("", "same") }
        guard let movement = entry.movement else { return ("mới", "new") }
        return movement > 0 ? ("▲\(movement)", "up") : movement < 0 ? ("▼\(-movement)", "down") : ("–", "same")
    }
}

/// Times as Vietnamese readers write them.
enum VietnameseTime {
    /// `2026-11-29T01:02:03Z` → `29/11/2026 lúc 08:02 (giờ Việt Nam)`; another text is shown as it is.
    static func localTime(_ utc: String) -> String {
        let bytes = Array(utc.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z") else { return utc }
        let minute = String(decoding: bytes[14 ..< 16], as: UTF8.self)
        guard let date = CivilDate(iso: utc.prefix(10)), let hour = Int(String(decoding: bytes[11 ..< 13], as: UTF8.self)),
              Int(minute) != nil else { return utc }
        let local = hour + 7
        let day = local >= 24 ? date.adding(days: 1) : date
        let clock = (local % 24 < 10 ? "0" : "") + String(local % 24) + ":" + minute
        return "\(day.vietnamese) lúc \(clock) (giờ Việt Nam)"
    }
}
