import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import ChungtayTestSupport
import Foundation
import GRDB
import Testing

/// The organisation over time, worked by hand on ``ReformFixture`` (organisation.md). Points: a dossier 3, an article
/// 2 with at most 5 a week per credited unit, 10 for the fourth article of a year.
@Suite struct ReorganisationTests {
    /// Each test's own.
    let fixture: ReformFixture

    init() throws {
        fixture = try ReformFixture()
    }

    /// The year's branch board drawn on 31/12/2025: N carries A's, B's and Q's first half, K carries C's and M's.
    ///
    /// N: a01 3 (M1 at A-T1, under A then) + a02 3 (A) + a05 2 (A) + a06 2 (B) + a16 3 (B) + a03 3 + a07 1 + a08 0 +
    /// a14 2 (Q) = 19, and the articles bonus 10 = 29. K: a09 3 (C) + a10 3 (M) + a11 3 = 9. S: a12 3 + a13 3 = 6 (a
    /// move and a rename keep a unit's history). X was dissolved without successor: a04 counts for no branch.
    @Test func aMergeMidYearOnTheYearsBranchBoard() throws {
        #expect(try fixture.entries(.branches, "2025") == ["1 N 2900", "2 K 900", "3 S 600"])
        let board = try fixture.ledger.board(.branches, period: Period(parsing: "2025"), options: BoardOptions(all: true))
        #expect(board.asOf == CivilDate(iso: "2025-12-31"))
        #expect(board.entries.map(\.name) == ["Đoàn xã Tuy Phước", "Đoàn phường An Nhơn Bắc", "Đoàn trường THPT Nguyễn Đình Chiểu"])
        #expect(board.entries.map(\.district) == [nil, nil, nil])
    }

    /// The week 30/06–06/07/2025 spans the change: A's and B's articles of 30/06 and N's of 01/07 and 02/07 are one
    /// party's (N, A's and B's heir on 06/07): 2 + 2, then 1 of N's 2 fits the cap of 5, then 0.
    @Test func aUnitCapWhoseWeekSpansTheChange() throws {
        let explanation = try fixture.ledger.explanation(unit: "N", period: Period(parsing: "2025-W27"))
        #expect(explanation.activities.map { "\($0.id) \($0.unit) \($0.points.hundredths) \($0.cappedBy.map(\.rawValue))" } == [
            "a05 A 200 []", "a06 B 200 []", "a07 N 100 [\"week\"]", "a08 N 0 [\"week\"]",
        ])
    }

    /// The articles target of 2025 counts for N (the heir on 31/12) Q's article of 03/02, A's and B's of 30/06 and N's
    /// of 01/07: the fourth, a07, reaches it, and the bonus is N's, dated 01/07/2025.
    @Test func aTargetReachedByPredecessorsAndSuccessorTogether() throws {
        let explanation = try fixture.ledger.explanation(unit: "N", period: Period(parsing: "2025"))
        #expect(explanation.bonuses.map { "\($0.unit) \($0.target) \($0.date) \($0.points.hundredths) \($0.activity)" } == ["N articles 2025-07-01 1000 a07"])
        #expect(explanation.activities.map(\.id) == ["a14", "a01", "a02", "a16", "a05", "a06", "a07", "a08", "a03"])
        #expect(explanation.total == Points(hundredths: 2900))
    }

    /// After the reform no district-level unit is in force: the district board is empty.
    @Test func theDistrictBoardIsEmptyAfterTheReform() throws {
        let board = try fixture.ledger.board(.districts, period: Period(parsing: "2025"), options: BoardOptions(all: true))
        #expect(board.entries.isEmpty && board.unranked.isEmpty && board.ranked == 0 && board.unitsInForce == 0)
    }

    /// Drawn on 30/06/2025, the structure before the change: the districts are there and the new units are not (N, M,
    /// K and what counts for them count for nobody). Q moved from D1 to D2 on 01/04: its article of 03/02 counts for
    /// D2. D1: A 3 + 3 + 2 and B 2 + 3 = 13. D2: Q 2 + C 3 + S 6 + X 3 + a15 recorded at D2 2 = 16.
    @Test func asOfBeforeTheChangeAndAMoveBetweenDistricts() throws {
        #expect(try fixture.entries(.districts, "2025", asOf: "2025-06-30") == ["1 D2 1600", "2 D1 1300"])
        #expect(try fixture.entries(.branches, "2025", asOf: "2025-06-30") == [
            "1 A 800", "2 S 600", "3 B 500", "4 C 300", "4 X 300", "6 Q 200",
        ])
        let standing = try fixture.ledger.standing(unit: "A", period: Period(parsing: "2025"), asOf: CivilDate(iso: "2025-06-30"))
        #expect(standing.entry.rank == 1 && standing.entry.district == "D1" && standing.asOf == CivilDate(iso: "2025-06-30"))
    }

    /// A rename: S's name on each structure date.
    @Test func aRename() throws {
        let names = try ["2025-08-31", "2025-09-01"].map { date in
            try fixture.ledger.board(.branches, period: Period(parsing: "2025"), options: BoardOptions(asOf: CivilDate(iso: date)))
                .entries.first { $0.id == "S" }?.name
        }
        #expect(names == ["Đoàn trường THPT An Nhơn 1", "Đoàn trường THPT Nguyễn Đình Chiểu"])
    }

    /// A chain C → M → K: K's history and its board total (C's and M's activities included).
    @Test func aChainOfSuccessors() throws {
        let history = try #require(try fixture.ledger.organisation().history(of: "K"))
        #expect(history.predecessors.map { "\($0.code)>\($0.successor)" } == ["C>M", "M>K"])
        let explanation = try fixture.ledger.explanation(unit: "K", period: Period(parsing: "2025"))
        #expect(explanation.activities.map { "\($0.id) \($0.unit)" } == ["a09 C", "a10 M", "a11 K"])
    }

    /// A dissolution without successor: X's member (M4) stays on the member board, with no unit; X is on no branch board
    /// after the change, and `rank --unit X` then says it ended with no heir.
    @Test func aDissolutionWithoutSuccessor() throws {
        let board = try fixture.ledger.board(.members, period: Period(parsing: "2025"))
        #expect(board.entries.map { "\($0.rank!) \($0.id) \($0.total.hundredths) \($0.unit ?? "-")" } == [
            "1 M2 900 N", "1 M5 900 K", "3 M3 600 S", "4 M4 300 -", "4 M1 300 N",
        ])
        #expect(throws: RankingError.notInForce(code: "X", date: CivilDate(iso: "2025-12-31")!, ended: CivilDate(iso: "2025-06-30"),
                                                begins: nil, heir: nil)) {
            try fixture.ledger.standing(unit: "X", period: Period(parsing: "2025"))
        }
    }

    /// `rank` and `explain` for a unit not in force on the structure date: ended (naming its heir) or not yet begun.
    @Test func aUnitNotInForceIsRefusedWithItsHeir() throws {
        let refusal = RankingError.notInForce(code: "A", date: CivilDate(iso: "2025-12-31")!, ended: CivilDate(iso: "2025-06-30"),
                                              begins: nil, heir: "N")
        #expect(throws: refusal) { try fixture.ledger.standing(unit: "A", period: Period(parsing: "2025")) }
        #expect(throws: refusal) { try fixture.ledger.explanation(unit: "A", period: Period(parsing: "2025")) }
        #expect(refusal.exitCode == 65)
        #expect(refusal.text(.en) == "A: the unit ended on 2025-06-30; on 2025-12-31 its history belongs to N: use --unit N (or an earlier --as-of)")
        #expect(throws: RankingError.notInForce(code: "N", date: CivilDate(iso: "2025-06-30")!, ended: nil,
                                                begins: CivilDate(iso: "2025-07-01"), heir: nil)) {
            try fixture.ledger.standing(unit: "N", period: Period(parsing: "2025-Q2"))
        }
    }

    /// Movement compares with the previous period drawn on the same structure date: N's June (A's 2, B's 2 and 3) puts
    /// it first on June drawn on 31/07, so its July rank has a previous rank.
    @Test func movementOfAMergedUnit() throws {
        let july = try fixture.ledger.board(.branches, period: Period(parsing: "2025-07"))
        #expect(july.entries.map { "\($0.id) \($0.total.hundredths) \($0.previousRank.map(String.init) ?? "-")" } == ["N 1100 1"])
        let june = try fixture.ledger.board(.branches, period: Period(parsing: "2025-06"), options: BoardOptions(asOf: CivilDate(iso: "2025-07-31")))
        #expect(june.entries.map { "\($0.rank!) \($0.id) \($0.total.hundredths)" } == ["1 N 700", "2 S 300"])
    }

    /// The boards summed from the activities (the standings made stale) equal those read from the stored standings,
    /// for every board, on both sides of the change.
    @Test func theStoredStandingsEqualTheActivitiesSummed() throws {
        let periods = ["2025", "2025-W27", "2025-W06", "2025-W23"].map { try! Period(parsing: $0) }
        let dates: [CivilDate?] = [nil, CivilDate(iso: "2025-06-30"), CivilDate(iso: "2025-07-01"), CivilDate(iso: "2025-09-30")]
        func boards() throws -> [String] {
            try BoardKind.allCases.flatMap { kind in
                try periods.flatMap { period in
                    try dates.map { date in
                        Reference.describe(try fixture.ledger.board(kind, period: period, options: BoardOptions(all: true, asOf: date)))
                    }
                }
            }
        }
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        let stored = try boards()
        let queue = try DatabaseQueue(path: fixture.folder.appendingPathComponent("ledger.sqlite").path)
        try queue.write { db in try db.execute(sql: "INSERT INTO standing_dirty (day) VALUES ('*')") }
        #expect(try !fixture.ledger.storedStandingsAreCurrent())
        #expect(try boards() == stored)
    }

    /// A units import after the activities: K merges into N on 01/12/2025 (none of K's activities comes after). The
    /// import rescores and writes the standings again in its transaction: the year's board drawn on 31/12 gives N K's
    /// 9 (C's, M's and K's), the stored standings still equal the activities summed, and K's history goes on in N's.
    @Test func aUnitsImportAfterTheActivitiesRewritesTheStandings() throws {
        let merge = "code,name,parent,level,sector,area,members,from,until,successor,decision\n"
            + "K,Đoàn phường An Nhơn Bắc,P,grassroots,ward,,40,2025-10-01,2025-11-30,N,Sáp nhập vào N\n"
        #expect(try fixture.ledger.importUnits([ReformFixture.source("units.csv", merge)]).updated == 1)
        #expect(try fixture.ledger.storedStandingsAreCurrent())
        #expect(try fixture.entries(.branches, "2025") == ["1 N 3800", "2 S 600"])
        let stored = Reference.describe(try fixture.ledger.board(.branches, period: Period(parsing: "2025"), options: BoardOptions(all: true)))
        let queue = try DatabaseQueue(path: fixture.folder.appendingPathComponent("ledger.sqlite").path)
        try queue.write { db in try db.execute(sql: "INSERT INTO standing_dirty (day) VALUES ('*')") }
        #expect(Reference.describe(try fixture.ledger.board(.branches, period: Period(parsing: "2025"), options: BoardOptions(all: true))) == stored)
        #expect(try fixture.ledger.organisation().history(of: "N")?.predecessors.map(\.code) == ["A", "B", "C", "K", "M", "Q"])
    }

    /// `check` finds nothing wrong with the reorganised ledger.
    @Test func checkPassesOnTheReorganisedLedger() throws {
        #expect(try fixture.ledger.check().isEmpty)
    }
}
