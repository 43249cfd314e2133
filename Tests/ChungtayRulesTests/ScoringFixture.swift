import ChungtayCore
import ChungtayRules

/// A small province and two rules files (2025 and 2026) that the hand-worked scoring tests share.
///
///     P (province)
///     ├── D1 district, area mountain
///     │   └── G1 grassroots, commune, 10 members
///     │       └── C1 cell
///     ├── D2 district
///     │   ├── G2 grassroots, school, 5 members
///     │   └── G3 grassroots, armed_forces, 20 members
///     └── GP grassroots, university (directly under the province)
enum ScoringFixture {
    static let organisation = Organisation(units: [
        .init(code: "P", name: "Tỉnh đoàn", level: .province, parent: nil),
        .init(code: "D1", name: "Huyện đoàn An Lão", level: .district, parent: "P", area: [.mountain]),
        .init(code: "G1", name: "Đoàn xã An Hưng", level: .grassroots, parent: "D1", sector: .commune, members: 10),
        .init(code: "C1", name: "Chi đoàn thôn 1", level: .cell, parent: "G1"),
        .init(code: "D2", name: "Thành đoàn Quy Nhơn", level: .district, parent: "P"),
        .init(code: "G2", name: "Đoàn trường THPT Quốc Học", level: .grassroots, parent: "D2", sector: .school, members: 5),
        .init(code: "G3", name: "Đoàn cơ sở Quân sự", level: .grassroots, parent: "D2", sector: .armed_forces, members: 20),
        .init(code: "GP", name: "Đoàn trường Đại học Quy Nhơn", level: .grassroots, parent: "P", sector: .university, members: 50),
    ])

    static let rules2025 = """
    {
      "schema": 1, "campaign": "test", "title": "Test", "version": "2025.1",
      "valid_from": "2025-01-01", "valid_to": "2025-12-31",
      "activities": {
        "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "requires": ["dossier", "level"],
          "points": 3, "by": { "level": { "4": 2 } }, "flags": { "paid_online": 1.5 }, "unique": ["dossier"],
          "caps": [{ "period": "week", "points": 10 }] },
        "account_opened": { "label": "Tài khoản", "credit": "member", "points": 2, "unique": ["citizen", "subject"] },
        "article_posted": { "label": "Tin bài", "credit": "unit", "points": 2, "unique": ["url"] }
      },
      "targets": [
        { "id": "articles", "label": "3 tin bài", "type": "article_posted", "min_count": 3, "period": "year",
          "exclude_sectors": ["armed_forces"], "bonus": 7 }
      ]
    }
    """

    static let rules2026 = """
    {
      "schema": 1, "campaign": "test", "title": "Test", "version": "2026.1",
      "valid_from": "2026-01-01", "valid_to": "2026-12-31",
      "activities": {
        "dossier_assisted": { "label": "Hồ sơ", "credit": "member", "requires": ["dossier", "level"],
          "points": 3, "by": { "level": { "4": 2 } }, "flags": { "paid_online": 1.5 }, "unique": ["dossier"],
          "caps": [{ "period": "day", "points": 12 }, { "period": "week", "points": 8 }] },
        "account_opened": { "label": "Tài khoản", "credit": "member", "points": 2, "unique": ["citizen"],
          "caps": [{ "period": "month", "points": 5 }, { "period": "year", "points": 7 }] },
        "article_posted": { "label": "Tin bài", "credit": "unit", "points": 2, "unique": ["url"],
          "caps": [{ "period": "day", "points": 3 }] },
        "propaganda_session": { "label": "Tuyên truyền", "credit": "unit", "points": 5, "per": { "attendees": 0.1 }, "max_base": 15 },
        "volunteer_shift": { "label": "Ca trực", "credit": "member", "points": 0, "per": { "hours": 0.5 } },
        "special": { "label": "Đặc biệt", "credit": "member", "points": 3.35 },
        "zero": { "label": "Không điểm", "credit": "member", "points": 0 }
      },
      "multipliers": [
        { "label": "Miền núi", "factor": 1.2, "area": ["mountain", "ethnic_minority"] },
        { "label": "Tháng Thanh niên", "factor": 1.5, "from": "2026-03-01", "to": "2026-03-31", "types": ["dossier_assisted", "special"] },
        { "label": "Trường học", "factor": 1.1, "sectors": ["school"], "types": ["propaganda_session"] }
      ],
      "targets": [
        { "id": "articles", "label": "3 tin bài", "type": "article_posted", "min_count": 3, "period": "year",
          "exclude_sectors": ["armed_forces"], "bonus": 10 },
        { "id": "monthly_zero", "label": "2 hoạt động mỗi tháng", "type": "zero", "min_count": 2, "period": "month", "bonus": 1.5 }
      ]
    }
    """

    static let book: RuleBook = try! RuleBook(sources: [
        .init(path: "Rules/2025.json", bytes: Array(rules2025.utf8)),
        .init(path: "Rules/2026.json", bytes: Array(rules2026.utf8)),
    ], folder: "Rules")

    static let scorer = Scorer(book: book, organisation: organisation)

    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// Scores the activities and returns the points of each, by id, and the bonuses.
    static func score(_ activities: [Activity]) -> (points: [String: Points], scores: [String: ActivityScore], bonuses: [TargetBonus]) {
        let result = scorer.score(activities)
        precondition(result.problems.isEmpty, "\(result.problems)")
        var points: [String: Points] = [:]
        var scores: [String: ActivityScore] = [:]
        for (activity, score) in zip(activities, result.scores) {
            points[activity.id] = score.points
            scores[activity.id] = score
        }
        return (points, scores, result.bonuses)
    }
}

extension Points {
    /// Test shorthand: `p("5.03")`.
    static func p(_ text: String) -> Points { Points(ExactDecimal(parsing: text)!) }
}

func p(_ text: String) -> Points { .p(text) }
