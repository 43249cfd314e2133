@testable import ChungtayAwards
import ChungtayCore
import ChungtayRules
import Testing

/// Progress over the fixture province in 2026, as of 10 April (day 100 of 365).
@Suite struct ProgressTests {
    static let indicators = """
        "indicators": [
          { "id": "accounts", "label": "Tài khoản thanh niên", "kind": "count", "type": "account_opened",
            "where": { "subject": ["self", "youth"] }, "target": 4 },
          { "id": "informed", "label": "Lượt được tuyên truyền", "kind": "sum", "type": "propaganda_session", "attribute": "attendees", "target": 100 },
          { "id": "active", "label": "Tài khoản có giao dịch", "kind": "ratio", "numerator": { "type": "account_transacted" },
            "denominator": { "type": "account_opened" }, "target": 0.4 },
          { "id": "own_online", "label": "Hồ sơ của bản thân trực tuyến", "kind": "ratio",
            "numerator": { "type": "own_dossier", "where": { "online": [true] } }, "denominator": { "type": "own_dossier" }, "target": 0.8 },
          { "id": "no_dossiers", "label": "Tỷ lệ không có mẫu số", "kind": "ratio", "numerator": { "type": "own_dossier" },
            "denominator": { "type": "dossier_assisted" }, "target": 0.5 },
          { "id": "articles", "label": "Cơ sở có 02 tin, bài", "kind": "coverage", "type": "article_posted", "min_count": 2,
            "exclude_sectors": ["armed_forces"], "target": 1 },
          { "id": "nobody", "label": "Không đơn vị nào thuộc diện", "kind": "coverage", "type": "article_posted", "min_count": 1,
            "exclude_sectors": ["commune", "ward", "armed_forces", "agency"], "target": 1 }
        ]
        """
    let fixture: AwardsFixture

    init() throws {
        fixture = try AwardsFixture(files: [AwardsFixture.rules(year: 2026, Self.indicators)])
        try fixture.province()
        // Accounts: self/youth ones count, a citizen's does not; rejected, duplicate, 2025 and after-as_of ones do not;
        // a 0-point one does.
        try fixture.activity("2025-12-31", "account_opened", member: "M01", unit: "AL-A-T1", subject: "youth")
        try fixture.activity("2026-01-05", "account_opened", member: "M01", unit: "AL-A-T1", subject: "self")
        try fixture.activity("2026-02-01", "account_opened", member: "M02", unit: "AL-A", subject: "youth")
        try fixture.activity("2026-02-02", "account_opened", member: "M04", unit: "QN-G", subject: "citizen")
        try fixture.activity("2026-03-03", "account_opened", member: "M05", unit: "BD-BV", subject: "youth")
        try fixture.activity("2026-03-04", "account_opened", member: "M01", unit: "AL-A-T1", status: "rejected", subject: "self")
        try fixture.activity("2026-03-05", "account_opened", member: "M02", unit: "AL-A", status: "duplicate", subject: "youth")
        try fixture.activity("2026-04-01", "account_opened", member: "M06", unit: "AL-B", hundredths: 0, subject: "youth")
        try fixture.activity("2026-04-11", "account_opened", member: "M06", unit: "AL-B", subject: "youth")
        try fixture.activity("2026-01-06", "account_transacted", member: "M01", unit: "AL-A-T1")
        try fixture.activity("2026-02-03", "account_transacted", member: "M04", unit: "QN-G")
        // Information sessions: 30 + 25 + 12 (at the district AL itself) + none given.
        try fixture.activity("2026-02-10", "propaganda_session", unit: "AL-A", attendees: 30)
        try fixture.activity("2026-03-01", "propaganda_session", unit: "QN-G", attendees: 25)
        try fixture.activity("2026-03-02", "propaganda_session", unit: "AL", attendees: 12)
        try fixture.activity("2026-03-03", "propaganda_session", unit: "BD-BV")
        // Own dossiers: 2 of 3 online.
        try fixture.activity("2026-01-10", "own_dossier", member: "M01", unit: "AL-A-T1", online: true)
        try fixture.activity("2026-01-11", "own_dossier", member: "M02", unit: "AL-A")
        try fixture.activity("2026-01-12", "own_dossier", member: "M04", unit: "QN-G", online: true)
        // Articles: AL-A 2 (one in its cell), AL-B 1, QN-G 1 (its second is rejected), BD-BV 2, QN-CA 3 (excluded).
        for (date, unit) in [("2026-01-02", "AL-A"), ("2026-01-03", "AL-A-T1"), ("2026-01-04", "AL-B"), ("2026-01-05", "QN-G"),
                             ("2026-01-06", "BD-BV"), ("2026-01-07", "BD-BV"), ("2026-01-08", "QN-CA"), ("2026-01-09", "QN-CA"),
                             ("2026-01-10", "QN-CA")] {
            try fixture.activity(date, "article_posted", unit: unit)
        }
        try fixture.activity("2026-01-06", "article_posted", unit: "QN-G", status: "rejected")
    }

    /// `id value target percent reached projected | AL QN TS`, `-` for null.
    func lines(today: String) throws -> [String] {
        let progress = try fixture.ledger.progress(year: 2026, today: CivilDate(iso: today)!)
        func text(_ value: ExactDecimal?) -> String { value?.description ?? "-" }
        return progress.indicators.map { item in
            "\(item.indicator.id) \(text(item.value)) \(item.indicator.target) \(text(item.percent)) \(item.reached) \(text(item.projected)) | "
                + item.byDistrict.map { "\($0.id)=\(text($0.value))" }.joined(separator: " ")
        }
    }

    @Test func everyKindAsOfTenthOfApril() throws {
        #expect(try lines(today: "2026-04-10") == [
            // 4 (1 Jan self, 1 Feb youth, 3 Mar youth, the 0-point one of 1 Apr) of 4: 100%, reached;
            // projected 4 × 365 ÷ 100 = 14.6 → 15. AL: M01, M02, M06; BD-BV is under no district.
            "accounts 4 4 100 true 15 | AL=3 QN=0 TS=0",
            // 30 + 25 + 12 + 0 = 67 of 100: 67%; 67 × 365 ÷ 100 = 244.55 → 245. AL: 30 + 12 (at AL itself).
            "informed 67 100 67 false 245 | AL=42 QN=25 TS=0",
            // 2 transacted ÷ 5 opened (every subject) = 0.4, exactly the target: reached, 100%. AL 1 ÷ 3 = 0.3333;
            // QN 1 ÷ 1; TS has no account opened: null.
            "active 0.4 0.4 100 true 0.4 | AL=0.3333 QN=1 TS=-",
            // 2 ÷ 3 = 0.6666… → 0.6667; percent (2 ÷ 3) ÷ 0.8 × 100 = 83.333… → 83.33. AL 1 ÷ 2, QN 1 ÷ 1.
            "own_online 0.6667 0.8 83.33 false 0.6667 | AL=0.5 QN=1 TS=-",
            // No dossier assisted: a zero denominator gives null value, percent and projection, and not reached.
            "no_dossiers - 0.5 - false - | AL=- QN=- TS=-",
            // Eligible: AL-A, AL-B, QN-G, BD-BV (QN-CA is armed forces). AL-A (2, one in its cell) and BD-BV reach 2:
            // 2 ÷ 4 = 0.5, 50%. AL 1 ÷ 2; QN: QN-G alone, 0 ÷ 1 (its second article is rejected); TS has no unit.
            "articles 0.5 1 50 false 0.5 | AL=0.5 QN=0 TS=-",
            // Every sector excluded: no eligible unit, null.
            "nobody - 1 - false - | AL=- QN=- TS=-",
        ])
    }

    @Test func asOfIsTheYearsLastDayOnceTheYearIsOver() throws {
        let progress = try fixture.ledger.progress(year: 2026, today: CivilDate(iso: "2027-02-01")!)
        #expect(progress.asOf == CivilDate(iso: "2026-12-31")!)
        // The account of 11 April now counts: 5; projected 5 × 365 ÷ 365 = 5.
        #expect(progress.indicators[0].value == ExactDecimal(5))
        #expect(progress.indicators[0].projected == ExactDecimal(5))
        #expect(progress.indicators[0].percent == ExactDecimal(125))
    }

    @Test func aYearNotBegunIsRefused() throws {
        #expect(throws: ProgressError.yearNotBegun(year: 2027, today: CivilDate(iso: "2026-11-29")!)) {
            try fixture.ledger.progress(year: 2027, today: CivilDate(iso: "2026-11-29")!)
        }
        // 1 January is the year's first day: it has begun.
        #expect(try fixture.ledger.progress(year: 2026, today: CivilDate(iso: "2026-01-01")!).asOf == CivilDate(iso: "2026-01-01")!)
    }

    @Test func indicatorsComeFromTheFileInEffectOnTheLastDay() throws {
        let half = { (from: String, to: String, id: String) in
            """
            {
              "schema": 1, "campaign": "test", "title": "Test", "version": "\(id)", "valid_from": "\(from)", "valid_to": "\(to)",
              "activities": { "article_posted": { "label": "Tin, bài", "credit": "unit", "points": 2 } },
              "indicators": [{ "id": "\(id)", "label": "\(id)", "kind": "count", "type": "article_posted", "target": 10 }]
            }
            """
        }
        let both = try AwardsFixture(files: [half("2026-01-01", "2026-06-30", "spring"), half("2026-07-01", "2026-12-31", "autumn")])
        // In March, the file in effect on 31 December (autumn) already speaks for the year.
        #expect(try both.ledger.progress(year: 2026, today: CivilDate(iso: "2026-03-01")!).indicators.map(\.indicator.id) == ["autumn"])
        // With no file on 31 December, the file in effect on as_of does.
        let spring = try AwardsFixture(files: [half("2026-01-01", "2026-06-30", "spring")])
        #expect(try spring.ledger.progress(year: 2026, today: CivilDate(iso: "2026-03-01")!).indicators.map(\.indicator.id) == ["spring"])
        #expect(try spring.ledger.progress(year: 2026, today: CivilDate(iso: "2026-08-01")!).indicators.isEmpty)
    }

    @Test func fractionsRoundHalfAwayFromZero() {
        #expect(Fraction(2, 3).rounded(toPlaces: 4) == ExactDecimal(parsing: "0.6667")!)
        #expect(Fraction(1, 8).rounded(toPlaces: 2) == ExactDecimal(parsing: "0.13")!)
        #expect(Fraction(-1, 8).rounded(toPlaces: 2) == ExactDecimal(parsing: "-0.13")!)
        #expect(Fraction(29, 2).rounded(toPlaces: 0) == ExactDecimal(15))
        #expect(Fraction(2, 5).isAtLeast(ExactDecimal(parsing: "0.4")!))
        #expect(!Fraction(2, 3).isAtLeast(ExactDecimal(parsing: "0.6667")!))
    }
}
