@testable import ChungtayAwards
import ChungtayCore
import ChungtayRanking
import ChungtayRules
import Testing

/// Awards over the fixture province, Oct–Nov 2026, with a monthly target of 2 articles (armed forces excluded).
///
/// Branch totals Oct–Nov: AL-A 20 (4 articles 8, M01's 3 dossiers in its cell 9, M02's dossier 3), QN-G 15 (M03 9, M04 6),
/// AL-B 7 (2 articles in November 4, M06 3), BD-BV 7 (M05: 2 dossiers 6, an account 1), QN-CA 2 (one article).
/// Ranks: AL-A 1, QN-G 2, BD-BV and AL-B 3 (by name: "Đoàn cơ sở …" before "Đoàn xã …"), QN-CA 5.
/// Members: M01 and M03 9 (rank 1), M05 7 (3), M04 6 (4), M02 and M06 3 (5); M03 is inactive.
@Suite struct NominationsTests {
    static let awards = """
        "targets": [{ "id": "articles", "label": "Ít nhất 02 tin, bài mỗi tháng", "type": "article_posted", "min_count": 2,
                      "period": "month", "exclude_sectors": ["armed_forces"], "bonus": 0 }],
        "awards": [
          { "id": "bk", "title": "Bằng khen (tập thể)", "board": "branches", "targets_met": true, "max_rank": 10 },
          { "id": "gk", "title": "Giấy khen (tập thể)", "board": "branches", "limit": 2 },
          { "id": "gk-cn", "title": "Giấy khen (cá nhân)", "board": "members", "statuses": ["active"], "min_counts": { "dossier_assisted": 2 } }
        ]
        """
    let fixture: AwardsFixture

    init() throws {
        fixture = try AwardsFixture(files: [AwardsFixture.rules(year: 2026, Self.awards)])
        try fixture.province()
        // AL-A: articles in October (one in its cell) and November: both months reached.
        for (date, unit) in [("2026-10-02", "AL-A-T1"), ("2026-10-20", "AL-A"), ("2026-11-03", "AL-A"), ("2026-11-04", "AL-A")] {
            try fixture.activity(date, "article_posted", unit: unit, hundredths: 200)
        }
        // AL-B: November only; QN-CA: one article, but no target applies to the armed forces.
        try fixture.activity("2026-11-05", "article_posted", unit: "AL-B", hundredths: 200)
        try fixture.activity("2026-11-06", "article_posted", unit: "AL-B", hundredths: 200)
        try fixture.activity("2026-10-08", "article_posted", unit: "QN-CA", hundredths: 200)
        for day in ["10", "11", "12"] { try fixture.activity("2026-11-\(day)", "dossier_assisted", member: "M01", unit: "AL-A-T1", hundredths: 300) }
        try fixture.activity("2026-11-12", "dossier_assisted", member: "M02", unit: "AL-A", hundredths: 300)
        for day in ["02", "03", "04"] { try fixture.activity("2026-11-\(day)", "dossier_assisted", member: "M03", unit: "QN-G", hundredths: 300) }
        for day in ["05", "06"] { try fixture.activity("2026-11-\(day)", "dossier_assisted", member: "M04", unit: "QN-G", hundredths: 300) }
        try fixture.activity("2026-11-07", "dossier_assisted", member: "M06", unit: "AL-B", hundredths: 300)
        for day in ["08", "09"] { try fixture.activity("2026-11-\(day)", "dossier_assisted", member: "M05", unit: "BD-BV", hundredths: 300) }
        try fixture.activity("2026-11-09", "account_opened", member: "M05", unit: "BD-BV", hundredths: 100)
    }

    func lists(_ period: String, today: String = "2026-11-29") throws -> [String] {
        let nominations = try fixture.ledger.nominations(period: try Period(parsing: period), today: CivilDate(iso: today)!)
        return nominations.lists.map { list in
            list.award.id + ": " + list.nominees.map { "\($0.n).\($0.entry.id)\($0.tieAtCutoff ? "*" : "")" }.joined(separator: " ")
        }
    }

    @Test func targetsMetOverTwoPastMonths() throws {
        // October and November lie within the range and have begun: AL-A reached both; AL-B missed October; BD-BV
        // (an agency) had no article; QN-CA has no target. gk (limit 2) passes over AL-A and QN-CA: QN-G, then BD-BV
        // at rank 3, tied with AL-B, which the limit leaves out: BD-BV carries the tie.
        #expect(try lists("2026-10-01..2026-11-30") == ["bk: 1.AL-A 2.QN-CA", "gk: 1.QN-G 2.BD-BV*", "gk-cn: 1.M01 2.M05 3.M04"])
    }

    @Test func aMonthStillToComeIsNotReached() throws {
        // 2026-Q4 holds December, which has not begun on 29 November: only QN-CA, to which no target applies, meets
        // targets_met. gk: AL-A and QN-G (ranks 1 and 2), no tie at the cut (the next rank is 3).
        #expect(try lists("2026-Q4") == ["bk: 1.QN-CA", "gk: 1.AL-A 2.QN-G", "gk-cn: 1.M01 2.M05 3.M04"])
        // Once December has begun it counts like any month: nobody recorded articles in it.
        #expect(try lists("2026-Q4", today: "2026-12-01") == ["bk: 1.QN-CA", "gk: 1.AL-A 2.QN-G", "gk-cn: 1.M01 2.M05 3.M04"])
    }

    @Test func aPeriodHoldingNoWholeTargetPeriod() throws {
        // The week 2026-W45 (2–8 Nov) holds no whole month: every branch meets targets_met.
        // Branches that week: QN-G 15 (M03 9, M04 6), AL-B 7 (articles 5–6 Nov 4, M06's dossier 3), AL-A 4 (articles
        // 3–4 Nov), BD-BV 3 (M05's dossier of 8 Nov). gk finds every branch taken. Members: M03 9 (inactive), M04 6.
        #expect(try lists("2026-W45") == ["bk: 1.QN-G 2.AL-B 3.AL-A 4.BD-BV", "gk: ", "gk-cn: 1.M04"])
    }

    @Test func windowsLyingWhollyWithinThePeriod() throws {
        let period = try Period(parsing: "2026-10-15..2026-12-31")
        #expect(TargetCheck.windows(.month, within: period).map { "\($0.from)..\($0.to)" } == ["2026-11-01..2026-11-30", "2026-12-01..2026-12-31"])
        #expect(TargetCheck.windows(.quarter, within: period).isEmpty)
        #expect(TargetCheck.windows(.quarter, within: try Period(parsing: "2026")).count == 4)
    }

    @Test func reasonsInWords() throws {
        let nominations = try fixture.ledger.nominations(period: try Period(parsing: "2026-10-01..2026-11-30"), today: CivilDate(iso: "2026-11-29")!)
        let bk = nominations.lists[0].nominees, member = nominations.lists[2].nominees[0]
        #expect(bk.map { $0.reasons.map { $0.text(.vi) } } == [
            ["Xếp hạng 1/5 toàn tỉnh", "Đạt mọi chỉ tiêu cơ sở Đoàn trong kỳ (1 chỉ tiêu)"],
            ["Xếp hạng 5/5 toàn tỉnh", "Không có chỉ tiêu cơ sở Đoàn nào áp dụng"],
        ])
        #expect(member.reasons.map { $0.text(.vi) } == ["Xếp hạng 1/6 toàn tỉnh", "3 hồ sơ được hỗ trợ", "Đoàn viên đang sinh hoạt"])
        #expect(member.reasons.map { $0.text(.en) } == ["Ranked 1 of 6 province-wide", "3 dossiers assisted", "Active member"])
        #expect(nominations.rulesVersion == "2026.1")
        #expect(nominations.unitNames["AL-A"] == "Đoàn xã An Hưng")
    }
}
