import ChungtayCore
@testable import ChungtayRules
import Testing

/// Hand-worked examples of scoring.md step 5: caps per day, ISO week, month and year.
@Suite struct ScorerCapTests {
    let d = ScoringFixture.date

    func dossier(_ id: String, _ date: String, member: String = "M1", unit: String = "G2", level: Int, paid: Bool = false) -> Activity {
        Activity(id: id, date: d(date), type: "dossier_assisted", member: member, unit: unit, level: level, dossier: "HS-\(id)", paidOnline: paid)
    }

    @Test func capHitExactlyThenNothingLeft() {
        // 2026 week cap 8: 5 (used 5), 3 (left 3: fits exactly, used 8), 3 (left 0 → 0).
        let result = ScoringFixture.score([
            dossier("c1", "2026-05-04", level: 4),
            dossier("c2", "2026-05-05", level: 3),
            dossier("c3", "2026-05-06", level: 3),
        ])
        #expect(result.points == ["c1": p("5"), "c2": p("3"), "c3": p("0")])
        #expect(result.scores["c2"]?.cappedBy == [])
        #expect(result.scores["c3"]?.cappedBy == [.week])
        #expect(result.scores["c3"]?.pointsBeforeCaps == p("3"))
    }

    @Test func crossingActivityKeepsThePartThatFits() {
        // 5 (used 5), then 3 + 2 + 1.5 = 6.5 with 3 left → 3.
        let result = ScoringFixture.score([
            dossier("c1", "2026-05-04", level: 4),
            dossier("c2", "2026-05-04", level: 4, paid: true),
        ])
        #expect(result.points == ["c1": p("5"), "c2": p("3")])
        #expect(result.scores["c2"]?.cappedBy == [.week])
    }

    @Test func weekCapOnAnIsoWeekThatSpansTwoYearsAndTwoRulesFiles() {
        // 2025-12-28 is a Sunday of 2025-W52; 2025-12-29 .. 2026-01-04 is 2026-W01.
        #expect(d("2025-12-29").isoWeek == (2026, 1))
        #expect(d("2025-12-28").isoWeek == (2025, 52))
        let result = ScoringFixture.score([
            dossier("w0", "2025-12-28", level: 4, paid: true), // W52: 6.5
            dossier("w1", "2025-12-29", level: 4, paid: true), // W01, 2025 cap 10: 6.5 (used 6.5)
            dossier("w2", "2025-12-31", level: 4, paid: true), // 10 − 6.5 = 3.5 left → 3.5 (used 10)
            dossier("w3", "2026-01-01", level: 3),             // 2026 cap 8, used 10 → 0
            dossier("w4", "2026-01-05", level: 3),             // W02: 3
            dossier("v1", "2025-12-30", member: "M2", level: 4), // M2, W01: 5 (used 5)
            dossier("v2", "2026-01-02", member: "M2", level: 4), // 2026 cap 8: 8 − 5 = 3 → 3
        ])
        #expect(result.points == ["w0": p("6.5"), "w1": p("6.5"), "w2": p("3.5"), "w3": p("0"), "w4": p("3"),
                                  "v1": p("5"), "v2": p("3")])
        #expect(result.scores["w3"]?.cappedBy == [.week])
        #expect(result.scores["v2"]?.cappedBy == [.week])
    }

    @Test func monthAndYearCapsOnTheirBoundaries() {
        // 2026 account_opened: 2 points, month cap 5, year cap 7; 2025 has no cap.
        func account(_ id: String, _ date: String, member: String = "M1") -> Activity {
            Activity(id: id, date: d(date), type: "account_opened", member: member, unit: "G2", citizen: "hash-\(id)", subject: .citizen)
        }
        let result = ScoringFixture.score([
            account("y0", "2025-12-31"),  // 2025: 2, counted in 2025's windows only
            account("j1", "2026-01-05"),  // month 2, year 2
            account("j2", "2026-01-06"),  // month 4, year 4
            account("j3", "2026-01-31"),  // month left 1 → 1 (month 5, year 5)
            account("f1", "2026-02-01"),  // new month: left 5; year left 2 → 2 (year 7)
            account("f2", "2026-02-02"),  // year left 0 → 0
        ])
        #expect(result.points == ["y0": p("2"), "j1": p("2"), "j2": p("2"), "j3": p("1"), "f1": p("2"), "f2": p("0")])
        #expect(result.scores["j3"]?.cappedBy == [.month])
        #expect(result.scores["f1"]?.cappedBy == [])
        #expect(result.scores["f2"]?.cappedBy == [.year])
    }

    @Test func dayCapOfAUnitCreditedTypeCountsTheGrassrootsUnitAndItsCells() {
        // article_posted 2026: 2 × 1.2 (mountain) = 2.4, day cap 3 per grassroots unit (or district).
        func article(_ id: String, _ date: String, _ unit: String, rejected: Bool = false) -> Activity {
            Activity(id: id, date: d(date), type: "article_posted", unit: unit, url: "https://d.vn/\(id)", rejected: rejected)
        }
        let result = ScoringFixture.score([
            article("a1", "2026-06-01", "C1"),                 // G1's cap: 2.4 (used 2.4)
            article("a2", "2026-06-01", "G1", rejected: true),  // rejected: uses no cap
            article("a3", "2026-06-01", "G1"),                 // left 0.6 → 0.6
            article("a4", "2026-06-01", "D1"),                 // recorded at the district: its own cap → 2.4
            article("a5", "2026-06-02", "G1"),                 // next day: 2.4
        ])
        #expect(result.points == ["a1": p("2.4"), "a2": p("0"), "a3": p("0.6"), "a4": p("2.4"), "a5": p("2.4")])
        #expect(result.scores["a3"]?.cappedBy == [.day])
    }

    @Test func orderOfInputDoesNotMatter() {
        let activities = [
            dossier("c1", "2026-05-04", level: 4),
            dossier("c2", "2026-05-05", level: 3),
            dossier("c3", "2026-05-06", level: 3),
            dossier("c0", "2026-05-04", level: 4, paid: true),
        ]
        let forward = ScoringFixture.score(activities).points
        let backward = ScoringFixture.score(activities.reversed()).points
        // (date, id): c0 6.5 → 6.5 capped to 8 left → 6.5; c1 5 → 1.5 left → 1.5; c2, c3 → 0
        #expect(forward == ["c0": p("6.5"), "c1": p("1.5"), "c2": p("0"), "c3": p("0")])
        #expect(backward == forward)
    }

    @Test func aWindowFarPastEveryCapStaysExact() throws {
        // Cap windows keep totals in 32 bits, held at the largest once reached (ScoringState.swift). The first half of
        // 2026 has no cap: three activities of 100 × 9,000,000 = 900,000,000 points each fill the year window to
        // 270,000,000,000 hundredths, far past 32 bits. The second half caps the year at 500 points: nothing is left.
        func rules(_ version: String, from: String, to: String, type: String) -> String {
            """
            { "schema": 1, "campaign": "test", "title": "Test", "version": "\(version)", "valid_from": "\(from)", "valid_to": "\(to)",
              "activities": { "big": \(type) } }
            """
        }
        let book = try RuleBook(sources: [
            .init(path: "Rules/a.json", bytes: Array(rules("a", from: "2026-01-01", to: "2026-06-30",
                                                           type: #"{ "label": "Lớn", "credit": "member", "points": 0, "per": { "attendees": 100 } }"#).utf8)),
            .init(path: "Rules/b.json", bytes: Array(rules("b", from: "2026-07-01", to: "2026-12-31",
                                                           type: #"{ "label": "Lớn", "credit": "member", "points": 1, "caps": [{ "period": "year", "points": 500 }] }"#).utf8)),
        ], folder: "Rules")
        let activities = ["b1", "b2", "b3"].map {
            Activity(id: $0, date: d("2026-02-02"), type: "big", member: "M1", unit: "G2", attendees: 9_000_000)
        } + [Activity(id: "b4", date: d("2026-07-01"), type: "big", member: "M1", unit: "G2")]
        let result = Scorer(book: book, organisation: ScoringFixture.organisation).score(activities)
        #expect(result.problems.isEmpty)
        #expect(result.scores.map(\.points) == [p("900000000"), p("900000000"), p("900000000"), p("0")])
        #expect(result.scores[3].cappedBy == [.year])
        #expect(result.scores[3].pointsBeforeCaps == p("1"))
    }
}
