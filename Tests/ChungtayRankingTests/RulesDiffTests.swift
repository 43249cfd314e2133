import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import Testing

/// `rules diff`: the boards under the stored points beside the boards under another rule book, scored in memory.
@Suite struct RulesDiffTests {
    /// An entry in one line: `old_rank new_rank movement id old_score new_score change`, `-` for nil.
    func line(_ entry: DiffEntry) -> String {
        func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "-" }
        return "\(text(entry.oldRank)) \(text(entry.newRank)) \(text(entry.movement)) \(entry.id) \(text(entry.oldScore)) "
            + "\(text(entry.newScore)) \(entry.change.rawValue)"
    }

    func board(_ diff: RulesDiff, _ kind: BoardKind) -> BoardDiff {
        diff.boards.first { $0.kind == kind }!
    }

    @Test func duplicatesAreFoundUnderTheOtherRules() throws {
        // Without `unique`, E04 and E10 are no longer duplicates. E04: 3.35 × 1.8 = 6.03 (a new day; the week's cap has
        // 30 − 8 = 22 left), so M01 has 9.20 + 6.03 = 15.23. E10: 3 × 1.5 = 4.50, so M03 has 5.03 + 4.50 = 9.53 and
        // passes M02's 5.40.
        let fixture = try ExplainFixture()
        let diff = try fixture.ledger.rulesDiff(under: try ExplainFixture.book(ExplainFixture.rules(version: "2026.2", dossierUnique: nil)),
                                                period: explainWeek)
        #expect(diff.boards.map(\.kind) == [.members, .branches, .districts])
        let members = board(diff, .members)
        #expect((members.old.rulesVersion, members.new.rulesVersion, members.moved) == ("2026.1", "2026.2", 2))
        #expect(members.entries.map(line) == ["3 2 1 M03 5.03 9.53 up", "2 3 -1 M02 5.4 5.4 down", "1 1 0 M01 9.2 15.23 same"])
        // AL-AH: 24.40 + 6.03 = 30.43 ÷ 20 = 1.5215 → 1.52; QN-GR: 9.53 ÷ 10 = 0.953 → 0.95.
        #expect(board(diff, .branches).entries.map(line) == ["1 1 0 AL-AH 1.22 1.52 same", "2 2 0 QN-GR 0.5 0.95 same"])
        #expect(board(diff, .districts).entries.map(line) == ["1 1 0 AL 26.8 32.83 same", "2 2 0 QN 5.03 9.53 same"])
    }

    @Test func entriesNewToAndGoneFromABoard() throws {
        // Stored: dossiers as usual, training worth 0. M01 6.03 (E02), M02 5.40 (E08); M03's training T1 scores 0, so
        // M03 is on no board. Under the other rules dossiers are worth 0 and training 1: M03 has 1 × 1 (QN-GR is not
        // in the mountains), M01 and M02 have 0.
        let fixture = try ExplainFixture(rules: ExplainFixture.rules(training: "0"), activities: """
            id,date,type,member,unit,level,dossier
            E02,2026-11-23,dossier_assisted,M01,,4,HS-E02
            E08,2026-11-24,dossier_assisted,M02,,3,HS-E08
            T1,2026-11-24,training_attended,M03,,,
            """, rejected: [])
        let diff = try fixture.ledger.rulesDiff(under: try ExplainFixture.book(ExplainFixture.rules(dossier: "0", level4: "0")), period: explainWeek)
        // New and gone entries come first: the new ones by new rank, then the gone ones by old rank.
        #expect(board(diff, .members).entries.map(line) == ["- 1 - M03 - 1 new", "1 - - M01 6.03 - gone", "2 - - M02 5.4 - gone"])
        #expect(board(diff, .members).moved == 3)
        // AL-AH: 11.43 ÷ 20 = 0.5715 → 0.57; QN-GR 1 ÷ 10 = 0.10.
        #expect(board(diff, .branches).entries.map(line) == ["- 1 - QN-GR - 0.1 new", "1 - - AL-AH 0.57 - gone"])
        #expect(board(diff, .districts).entries.map(line) == ["- 1 - QN - 1 new", "1 - - AL 11.43 - gone"])
        #expect((board(diff, .members).old.ranked, board(diff, .members).new.ranked) == (2, 1))
    }

    @Test func otherRankingSettingsApply() throws {
        // The other book ranks branches by total: AL-AH 24.40 before QN-GR 5.03, as before; the basis is reported.
        let fixture = try ExplainFixture()
        let ranking = #"{ "branch_score": "total", "district_score": "total", "method": "dense" }"#
        let diff = try fixture.ledger.rulesDiff(under: try ExplainFixture.book(ExplainFixture.rules(ranking: ranking)), period: explainWeek)
        let branches = board(diff, .branches)
        #expect((branches.old.scoreBasis, branches.new.scoreBasis, branches.old.method, branches.new.method) == (.per_member, .total, .competition, .dense))
        #expect(branches.entries.map(line) == ["1 1 0 AL-AH 1.22 24.4 same", "2 2 0 QN-GR 0.5 5.03 same"])
    }

    @Test func rulesThatCannotScoreAreRefused() throws {
        let fixture = try ExplainFixture()
        // No training type: E05 (25 November) cannot be scored.
        let withoutTraining = ExplainFixture.rules().replacingOccurrences(
            of: #""training_attended": { "label": "Tham gia tập huấn", "credit": "member", "points": 1 },"#, with: "")
        do {
            _ = try fixture.ledger.rulesDiff(under: try ExplainFixture.book(withoutTraining, folder: "New"), period: explainWeek)
            Issue.record("expected a refusal")
        } catch let LedgerError.invalid(diagnostics) {
            #expect(diagnostics.map { $0.text(.en) } == [
                "New/2026.json: $.activities: no activity type 'training_attended', which activity E05 of 2026-11-25 needs; add the type",
            ])
        }
        // Rules for 2027 only: nothing stored can be scored; every activity up to the period's end is named.
        let only2027 = ExplainFixture.rules().replacingOccurrences(of: "2026-", with: "2027-")
        do {
            _ = try fixture.ledger.rulesDiff(under: try ExplainFixture.book(only2027, folder: "New"), period: explainWeek)
            Issue.record("expected a refusal")
        } catch let LedgerError.invalid(diagnostics) {
            #expect(diagnostics.count == 12, "E07, of 30 November, is after the period")
            #expect(diagnostics.first?.text(.en)
                == "New: no rules file is in effect on 2026-11-20, the date of activity E01; the new rules folder must score every stored activity up to the period's end")
        }
    }

    @Test func orderOfEntries() {
        func entry(_ id: String, _ name: String, _ rank: Int?, _ hundredths: Int64) -> BoardEntry {
            BoardEntry(rank: rank, id: id, name: name, unit: nil, district: nil, sector: nil, score: rank == nil ? nil : Points(hundredths: hundredths),
                       total: Points(hundredths: hundredths), members: nil, tallies: [], lastActive: nil)
        }
        func board(_ entries: [BoardEntry], unranked: [BoardEntry] = []) -> Board {
            Board(kind: .members, period: explainWeek, rulesVersion: "x", method: .competition, scoreBasis: .total,
                  ranked: entries.count, entries: entries, unranked: unranked, hasMovement: false, asOf: explainWeek.to)
        }
        let old = board([entry("A", "An", 1, 900), entry("B", "Bình", 2, 800), entry("C", "Cúc", 3, 700), entry("D", "Dũng", 4, 600),
                         entry("F", "Ánh", 5, 500), entry("G", "Ân", 5, 500)])
        let new = board([entry("B", "Bình", 1, 1000), entry("A", "An", 2, 900), entry("G", "Ân", 3, 600), entry("F", "Ánh", 3, 600),
                         entry("D", "Dũng", 5, 600), entry("E", "Em", 6, 100)])
        let diff = BoardDiff(old: old, new: new)
        // E (new) and C (gone) first; then by distance: F and G 2 (both 3rd: Ánh before Ân, as a comes before â), B and
        // A 1, D 1 (new rank 5).
        #expect(diff.entries.map(line) == ["- 6 - E - 1 new", "3 - - C 7 - gone", "5 3 2 F 5 6 up", "5 3 2 G 5 6 up",
                                           "2 1 1 B 8 10 up", "1 2 -1 A 9 9 down", "4 5 -1 D 6 6 down"])
        #expect(diff.moved == 7)
    }

    // MARK: The in-memory boards agree with the SQL boards

    /// A generated province with many ties: 4 districts (one in the mountains, one with its own member count), 9
    /// grassroots units (one with 0 members, one under the province), cells, 40 members and 600 activities of the last
    /// quarter of 2026 drawn from small pools of dossiers and URLs (so many are duplicates), some at a district, 20 rejected.
    static func generated(ranking: String) throws -> ExplainFixture {
        var random = SeededGenerator(seed: 2026)
        var units = "code,name,parent,level,sector,area,members\nBD,Tỉnh đoàn,,province,,,\n"
        let districts = [("D1", "mountain", ""), ("D2", "", "30"), ("D3", "", ""), ("D4", "", "")]
        for (code, area, members) in districts { units += "\(code),Huyện \(code),BD,district,,\(area),\(members)\n" }
        let branches = ["D1-A": "D1", "D1-B": "D1", "D2-A": "D2", "D2-B": "D2", "D2-C": "D2", "D3-A": "D3", "D3-B": "D3", "BV": "BD", "D4-A": "D4"]
        let sizes = ["D1-A": "20", "D1-B": "10", "D2-A": "0", "D2-B": "15", "D2-C": "25", "D3-A": "20", "D3-B": "5", "BV": "40", "D4-A": "8"]
        for (code, parent) in branches.sorted(by: { $0.key < $1.key }) {
            units += "\(code),Đoàn \(code),\(parent),grassroots,commune,,\(sizes[code]!)\n"
            units += "\(code)-T1,Chi đoàn \(code),\(code),cell,,,\n"
        }
        let places = branches.keys.sorted().flatMap { [$0, "\($0)-T1"] }
        // Articles may also be recorded at a district.
        let articlePlaces = places + ["D1", "D3"]
        let names = ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Âu", "Phạm Thị Bình", "Đặng Văn Bảo", "Bùi Thị Hà"]
        var members = "id,name,unit\n"
        for index in 1 ... 40 { members += "M\(index),\(names[index % names.count]),\(places[index % places.count])\n" }
        var activities = "id,date,type,member,unit,level,dossier,url\n"
        for index in 1 ... 600 {
            let day = CivilDate(iso: "2026-10-01")!.adding(days: Int.random(in: 0 ..< 92, using: &random))
            let member = "M\(Int.random(in: 1 ... 40, using: &random))"
            switch Int.random(in: 0 ..< 10, using: &random) {
            case 0 ..< 6:
                activities += "X\(index),\(day),dossier_assisted,\(member),,\(Int.random(in: 3 ... 4, using: &random)),HS-\(Int.random(in: 1 ... 400, using: &random)),\n"
            case 6 ..< 8:
                activities += "X\(index),\(day),training_attended,\(member),,,,\n"
            default:
                activities += "X\(index),\(day),article_posted,,\(articlePlaces[Int.random(in: 0 ..< articlePlaces.count, using: &random)]),,,https://doan.vn/\(Int.random(in: 1 ... 80, using: &random))\n"
            }
        }
        return try ExplainFixture(rules: ExplainFixture.rules(ranking: ranking), units: units, members: members, activities: activities,
                                  rejected: stride(from: 7, through: 600, by: 30).map { "X\($0)" })
    }

    @Test(arguments: [
        ExplainFixture.standardRanking,
        #"{ "branch_score": "total", "district_score": "per_member", "method": "dense", "tie_break": ["points:article_posted", "earliest"] }"#,
        #"{ "branch_score": "per_member", "district_score": "per_member", "method": "competition" }"#,
        #"{ "method": "dense", "tie_break": ["earliest", "count:training_attended", "points:training_attended"] }"#,
    ])
    func theSameRulesGiveTheStoredBoards(ranking: String) throws {
        let fixture = try Self.generated(ranking: ranking)
        let periods = ["2026-W40", "2026-W44", "2026-W45", "2026-W48", "2026-W53", "2026-10", "2026-11", "2026-12", "2026-Q4", "2026",
                       "2026-10-15..2026-11-20"]
        for text in periods {
            let period = try Period(parsing: text)
            let diff = try fixture.ledger.rulesDiff(under: fixture.ledger.book, period: period)
            for board in diff.boards {
                #expect(board.old == board.new, "\(text) \(board.kind)")
                #expect(board.moved == 0, "\(text) \(board.kind)")
                for entry in board.entries {
                    guard let old = entry.old, let new = entry.new else {
                        Issue.record("\(text) \(board.kind) \(entry.id): on one side only")
                        continue
                    }
                    var stored = old
                    stored.previousRank = nil
                    #expect(stored == new, "\(text) \(board.kind) \(entry.id)")
                }
            }
            // And the diff lists exactly the board's entries.
            let members = try fixture.ledger.board(.members, period: period)
            #expect(Set(diff.boards[0].entries.map(\.id)) == Set((members.entries + members.unranked).map(\.id)), "\(text)")
        }
    }
}
