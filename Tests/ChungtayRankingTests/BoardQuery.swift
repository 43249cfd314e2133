import ChungtayCore
@testable import ChungtayRanking
import ChungtayRules
import GRDB

/// The test oracle: one board as SQL alone answers it (scoring.md, Scores and Ranking), totals per entry and per type
/// from the stored points, the per-member division, and province-wide ranks by window function. The ledger's
/// boards (standings ranked in memory) are checked against it.
///
/// SQL text is built only from this type's constants; activity types named by tie-breaks, dates and the
/// `--all` flag are bound.
struct BoardQuery {
    let kind: BoardKind
    let period: Period
    let settings: RankingSettings
    /// Whether entries with total 0 are listed too (`--all`).
    let listAll: Bool

    var scoreBasis: RankingSettings.ScoreBasis {
        switch kind {
        case .members: return .total
        case .branches: return settings.branchScore
        case .districts: return settings.districtScore
        }
    }

    /// Every listed entry, with its province-wide rank (nil for unranked units and entries with total 0), in no
    /// particular order.
    /// - Complexity: one pass of SQLite over the period's activities (by the date index) and over the board's
    ///   members or units; memory for the listed entries only.
    func entries(_ db: Database) throws -> [BoardEntry] {
        var tallies: [String: [TypeTally]] = [:]
        let tallyRows = try Row.fetchCursor(db, sql: "WITH RECURSIVE \(Self.places), \(tallySQL) SELECT owner, key, n, points FROM tally",
                                            arguments: periodArguments)
        while let row = try tallyRows.next() {
            tallies[row["owner"], default: []].append(TypeTally(key: row["key"], count: row["n"], points: Points(hundredths: row["points"])))
        }

        let rows = try Row.fetchAll(db, sql: rankedSQL, arguments: rankedArguments)
        var entries = rows.map { row -> BoardEntry in
            let id: String = row["id"]
            let score: Int64? = row["score"]
            return BoardEntry(
                rank: row["rank"], id: id, name: row["name"], unit: row["unit"], district: row["district"],
                sector: (row["sector"] as String?).flatMap(Sector.init), score: score.map { Points(hundredths: $0) },
                total: Points(hundredths: row["total"]), members: scoreBasis == .per_member ? ((row["divisor"] as Int?) ?? 0) : nil,
                tallies: (tallies[id] ?? []).sorted { $0.key < $1.key },
                lastActive: (row["last_day"] as String?).flatMap { CivilDate(iso: $0) })
        }
        // With --all, entries of total 0 (and a divisor, under per_member) share one last rank.
        let ranks = entries.compactMap(\.rank)
        let lastRank = settings.method == .competition ? ranks.count + 1 : (ranks.max() ?? 0) + 1
        for index in entries.indices where entries[index].rank == nil && entries[index].score != nil && entries[index].total == .zero {
            entries[index].rank = lastRank
        }
        return entries
    }

    /// The organisation as a table: for each unit, its grassroots unit (itself, or a cell's parent) and its
    /// district-level unit, found by walking up the parents.
    static let places = """
        lineage(code, ancestor, depth) AS (
            SELECT code, code, 0 FROM unit
            UNION ALL
            SELECT lineage.code, unit.parent, lineage.depth + 1 FROM lineage JOIN unit ON unit.code = lineage.ancestor
            WHERE unit.parent IS NOT NULL AND lineage.depth < 16
        ),
        place(code, grassroots, district) AS (
            SELECT lineage.code, max(CASE ancestor.level WHEN 'grassroots' THEN ancestor.code END),
                   max(CASE ancestor.level WHEN 'district' THEN ancestor.code END)
            FROM lineage JOIN unit AS ancestor ON ancestor.code = lineage.ancestor
            GROUP BY lineage.code
        )
        """

    /// Per entry (`owner`) and per type: scoring activities, their points, the last day with points above 0;
    /// on unit boards also the target bonuses dated in the period, under `target:ID`.
    var tallySQL: String {
        let scoring = "activity.date BETWEEN :from AND :to AND activity.status = 'scored' AND activity.rejected = 0"
        let lastDay = "max(CASE WHEN activity.points > 0 THEN activity.date END)"
        switch kind {
        case .members:
            return """
                tally(owner, key, n, points, last_day) AS (
                    SELECT activity.member, activity.type, count(*), sum(activity.points), \(lastDay)
                    FROM activity
                    WHERE \(scoring) AND activity.credit = 'member' AND activity.member IS NOT NULL
                    GROUP BY activity.member, activity.type
                )
                """
        case .branches:
            return """
                tally(owner, key, n, points, last_day) AS (
                    SELECT place.grassroots, activity.type, count(*), sum(activity.points), \(lastDay)
                    FROM activity JOIN place ON place.code = activity.unit
                    WHERE \(scoring) AND place.grassroots IS NOT NULL
                    GROUP BY place.grassroots, activity.type
                    UNION ALL
                    SELECT bonus.unit, 'target:' || bonus.target, count(*), sum(bonus.points), NULL
                    FROM bonus
                    WHERE bonus.date BETWEEN :from AND :to
                    GROUP BY bonus.unit, bonus.target
                )
                """
        case .districts:
            return """
                tally(owner, key, n, points, last_day) AS (
                    SELECT place.district, activity.type, count(*), sum(activity.points), \(lastDay)
                    FROM activity JOIN place ON place.code = activity.unit
                    WHERE \(scoring) AND place.district IS NOT NULL
                    GROUP BY place.district, activity.type
                    UNION ALL
                    SELECT place.district, 'target:' || bonus.target, count(*), sum(bonus.points), NULL
                    FROM bonus JOIN place ON place.code = bonus.unit
                    WHERE bonus.date BETWEEN :from AND :to AND place.district IS NOT NULL
                    GROUP BY place.district, bonus.target
                )
                """
        }
    }

    /// Everyone who can be on the board, with the divisor under `per_member`.
    var candidateSQL: String {
        switch kind {
        case .members:
            return """
                candidate(id, name, unit, district, sector, divisor) AS (
                    SELECT member.id, member.name, place.grassroots, place.district, grassroots.sector, NULL
                    FROM member
                    LEFT JOIN place ON place.code = member.unit
                    LEFT JOIN unit AS grassroots ON grassroots.code = place.grassroots
                )
                """
        case .branches:
            return """
                candidate(id, name, unit, district, sector, divisor) AS (
                    SELECT unit.code, unit.name, unit.code, place.district, unit.sector, coalesce(unit.members, 0)
                    FROM unit JOIN place ON place.code = unit.code
                    WHERE unit.level = 'grassroots'
                )
                """
        case .districts:
            // The district's own members where above 0, else the sum over its grassroots units.
            return """
                candidate(id, name, unit, district, sector, divisor) AS (
                    SELECT district.code, district.name, NULL, NULL, NULL,
                           CASE WHEN district.members > 0 THEN district.members ELSE (
                               SELECT coalesce(sum(grassroots.members), 0)
                               FROM unit AS grassroots JOIN place ON place.code = grassroots.code
                               WHERE grassroots.level = 'grassroots' AND place.district = district.code) END
                    FROM unit AS district
                    WHERE district.level = 'district'
                )
                """
        }
    }

    /// The tie-break keys as columns k0, k1, … of the per-entry sums (`earliest` uses `last_day`).
    private var keyColumns: [(index: Int, sql: String)] {
        settings.tieBreak.enumerated().compactMap { index, key in
            switch key {
            case .count: return (index, "coalesce(sum(CASE WHEN key = :k\(index) THEN n END), 0) AS k\(index)")
            case .points: return (index, "coalesce(sum(CASE WHEN key = :k\(index) THEN points END), 0) AS k\(index)")
            case .earliest: return nil
            }
        }
    }

    var rankedSQL: String {
        let keys = keyColumns
        let sums = (["owner", "sum(points) AS total", "max(last_day) AS last_day"] + keys.map(\.sql)).joined(separator: ", ")
        let carried = keys.map { ", coalesce(summed.k\($0.index), 0) AS k\($0.index)" }.joined()
        // Per member: total ÷ divisor rounded half away from zero, in hundredths, so exact in integers.
        let score = scoreBasis == .total ? "total" : """
            CASE WHEN divisor > 0 THEN
                CASE WHEN total >= 0 THEN (2 * total + divisor) / (2 * divisor) ELSE -((divisor - 2 * total) / (2 * divisor)) END
            END
            """
        var order = ["score DESC"]
        for (index, key) in settings.tieBreak.enumerated() {
            switch key {
            case .count, .points: order.append("k\(index) DESC")
            // The earlier last active day first; an entry with none after every entry that has one.
            case .earliest: order.append("last_day IS NULL, last_day")
            }
        }
        let rank = settings.method == .competition ? "RANK()" : "DENSE_RANK()"
        return """
            WITH RECURSIVE \(Self.places), \(tallySQL), \(candidateSQL),
            summed AS (SELECT \(sums) FROM tally GROUP BY owner),
            totalled AS (
                SELECT candidate.*, coalesce(summed.total, 0) AS total, summed.last_day AS last_day\(carried)
                FROM candidate LEFT JOIN summed ON summed.owner = candidate.id
            ),
            scored AS (SELECT *, \(score) AS score FROM totalled),
            listed AS (SELECT *, (total > 0 AND score IS NOT NULL) AS rankable FROM scored WHERE total > 0 OR :all)
            SELECT *, CASE WHEN rankable THEN \(rank) OVER (PARTITION BY rankable ORDER BY \(order.joined(separator: ", "))) END AS rank
            FROM listed
            """
    }

    var periodArguments: StatementArguments {
        StatementArguments(["from": period.from.description, "to": period.to.description])
    }

    var rankedArguments: StatementArguments {
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "from": period.from.description, "to": period.to.description, "all": listAll,
        ]
        for (index, key) in settings.tieBreak.enumerated() {
            switch key {
            case let .count(type), let .points(type): arguments["k\(index)"] = type
            case .earliest: break
            }
        }
        return StatementArguments(arguments)
    }
}
