import ChungtayCore
import Foundation
import Testing

/// `chungtay leaderboard` and `chungtay rank` run as users run them, on the fixture province of `Resources/boards/`
/// (see LeaderboardProvince), against hand-computed boards.
///
/// Points by member and period, from activities.csv (D3 = dossier 3, D4 = dossier 5, TR = 1, VS = 0.5 an hour):
///
///     member  October                 W45–46 (Nov 1–15)  W47 (Nov 16–22)   W48 (Nov 23–29)          Nov 30 / Dec
///     DV01    5 (5th) + 3 (21st)      –                  5 (16th)          5 + 3 (23rd)             Dec 2nd: 3
///     DV02    3 (6th)                 3 (3rd)            VS 4 h = 2 (21st) 3 (28th)                 –
///     DV03    3 (7th)                 –                  3 (16th)          5 (24th), A40 duplicate  Dec 5th: 5
///     DV04    3 (20th)                –                  3 (17th)          5 (29th)                 –
///     DV05    5 (8th) + 3 (27th)      –                  5 (17th)          3 (24th) + 3 (25th)      –
///     DV06    TR 1 (9th)              5 (4th)            –                 TR 1 (25th), A56 rejected –
///     DV07    TR 1 (26th)             –                  TR 1 (18th)       3 (26th)                 –
///     DV08    3 (12th)                –                  3 (18th)          5 (25th)                 Nov 30th: 5
///     DV09    5 (19th)                VS 2 h = 1 (12th)  3 (22nd)          3 (28th)                 –
///     DV10    VS 3 h = 1.5 (13th)     –                  5 (19th)          5 (27th)                 –
///     DV11    5 (23rd)                –                  3 (20th)          3 (27th)                 –
///     DV12    –                       –                  3 (20th)          VS 0 h = 0 (27th)        –
///
/// Unit activities: articles (2) QN-GR Oct 14th and 15th (+5 bonus on the 15th), PC-CM Oct 22nd and Dec 3rd,
/// BD-BV Nov 10th, QN-QT Nov 19th and 26th (+5 on the 26th), AN-BT Nov 22nd and 29th (+5 on the 29th), AN-NH
/// Nov 26th; propaganda (4 + 0.05 an attendee) AN-BT Oct 16th 40 → 6, AN (the district itself) Oct 28th
/// 100 → 9, PC-CM Nov 21st 20 → 5, QN-GR's cell Nov 28th 60 → 7.
@Suite(.serialized) struct LeaderboardTests {
    static let shared = Result { try LeaderboardProvince() }
    var province: LeaderboardProvince { get throws { try Self.shared.get() } }

    func expectBoard(_ board: String, _ period: String, from: String, to: String, ranked: Int, basis: String,
                     entries: [String], unranked: [String] = [], tallies: [String]? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let json = try province.json(["leaderboard", board, "--period", period, "--format", "json"], sourceLocation: sourceLocation)
        typealias J = LeaderboardJSON
        #expect(J.scalar(J.field(json, "board")) == board, sourceLocation: sourceLocation)
        let periodJSON = J.field(json, "period")
        #expect(["label", "from", "to"].map { J.scalar(J.field(periodJSON, $0)) } == [period, from, to], sourceLocation: sourceLocation)
        #expect(["rules_version", "method", "score_basis", "ranked"].map { J.scalar(J.field(json, $0)) }
            == ["2026.e2e", "competition", basis, String(ranked)], sourceLocation: sourceLocation)
        #expect(J.elements(J.field(json, "entries")).map(J.entryLine) == entries, sourceLocation: sourceLocation)
        #expect(J.elements(J.field(json, "unranked")).map(J.entryLine) == unranked, sourceLocation: sourceLocation)
        if let tallies {
            let listed = J.elements(J.field(json, "entries")) + J.elements(J.field(json, "unranked"))
            #expect(listed.map(J.tallyLine) == tallies, sourceLocation: sourceLocation)
        }
    }

    // MARK: Members

    @Test func membersWeek() throws {
        // W47 ranks (for movement): 5: DV01 (16th) 1, DV05 (17th) 2, DV10 (19th) 3; 3: DV03 (16th) 4, DV04 (17th) 5,
        // DV08 (18th) 6, DV11 and DV12 (20th) 7, DV09 (22nd) 9; 2: DV02 10; 1: DV07 11.
        // W48: DV01 5 + 3 = 8; DV05 3 + 3 = 6; at 5, one dossier each, by last day: DV03 24th, DV08 25th, DV10 27th,
        // DV04 29th; at 3: DV07 26th, DV11 27th, DV02 and DV09 28th (tied: Trần < Võ); DV06 1 (A56 rejected).
        // DV12's 0-point shift leaves it off the board.
        try expectBoard("members", "2026-W48", from: "2026-11-23", to: "2026-11-29", ranked: 11, basis: "total", entries: [
            "1 DV01 8 8 - 1 0", "2 DV05 6 6 - 2 0", "3 DV03 5 5 - 4 1", "4 DV08 5 5 - 6 2", "5 DV10 5 5 - 3 -2",
            "6 DV04 5 5 - 5 -1", "7 DV07 3 3 - 11 4", "8 DV11 3 3 - 7 -1", "9 DV02 3 3 - 10 1", "9 DV09 3 3 - 9 0",
            "11 DV06 1 1 - - -",
        ], tallies: [
            "dossier_assisted=2/8", "dossier_assisted=2/6", "dossier_assisted=1/5", "dossier_assisted=1/5", "dossier_assisted=1/5",
            "dossier_assisted=1/5", "dossier_assisted=1/3", "dossier_assisted=1/3", "dossier_assisted=1/3", "dossier_assisted=1/3",
            "training_attended=1/1",
        ])
    }

    @Test func membersMonth() throws {
        // October ranks: 8: DV01 (last 21st) 1, DV05 (27th) 2; 5: DV09 (19th) 3, DV11 (23rd) 4; 3: DV02 (6th) 5, DV03 (7th) 6,
        // DV08 (12th) 7, DV04 (20th) 8; 1.5: DV10 9; 1: DV06 (9th) 10, DV07 (26th) 11.
        // November: DV01 5 + 5 + 3 = 13 (3 dossiers, last 23rd), DV08 3 + 5 + 5 = 13 (3 dossiers, last 30th);
        // DV05 5 + 3 + 3 = 11; DV10 5 + 5 = 10; at 8 with 2 dossiers: DV03 3 + 5 (24th), DV02 3 + 2 + 3 (28th),
        // DV04 3 + 5 (29th); DV09 1 + 3 + 3 = 7; at 6: DV11 3 + 3 (2 dossiers) before DV06 5 + 1 (1 dossier);
        // DV07 1 + 3 = 4; DV12 3 + 0 = 3.
        try expectBoard("members", "2026-11", from: "2026-11-01", to: "2026-11-30", ranked: 12, basis: "total", entries: [
            "1 DV01 13 13 - 1 0", "2 DV08 13 13 - 7 5", "3 DV05 11 11 - 2 -1", "4 DV10 10 10 - 9 5", "5 DV03 8 8 - 6 1",
            "6 DV02 8 8 - 5 -1", "7 DV04 8 8 - 8 1", "8 DV09 7 7 - 3 -5", "9 DV11 6 6 - 4 -5", "10 DV06 6 6 - 10 0",
            "11 DV07 4 4 - 11 0", "12 DV12 3 3 - - -",
        ])
    }

    @Test func membersYear() throws {
        // 2025 has no activity: no previous ranks. DV01 5+3+5+5+3+3 = 24; DV05 5+3+5+3+3 = 19; at 16 with 4 dossiers:
        // DV08 (last Nov 30th) before DV03 (Dec 5th); DV09 5+1+3+3 = 12; DV10 1.5+5+5 = 11.5; at 11 with 3 dossiers:
        // DV11 (Nov 27th), DV02 3+3+2+3 (28th), DV04 (29th); DV06 1+5+1 = 7; DV07 1+1+3 = 5; DV12 3.
        try expectBoard("members", "2026", from: "2026-01-01", to: "2026-12-31", ranked: 12, basis: "total", entries: [
            "1 DV01 24 24 - - -", "2 DV05 19 19 - - -", "3 DV08 16 16 - - -", "4 DV03 16 16 - - -", "5 DV09 12 12 - - -",
            "6 DV10 11.5 11.5 - - -", "7 DV11 11 11 - - -", "8 DV02 11 11 - - -", "9 DV04 11 11 - - -", "10 DV06 7 7 - - -",
            "11 DV07 5 5 - - -", "12 DV12 3 3 - - -",
        ], tallies: [
            "dossier_assisted=6/24", "dossier_assisted=5/19", "dossier_assisted=4/16", "dossier_assisted=4/16",
            "dossier_assisted=3/11 volunteer_shift=1/1", "dossier_assisted=2/10 volunteer_shift=1/1.5", "dossier_assisted=3/11",
            "dossier_assisted=3/9 volunteer_shift=1/2", "dossier_assisted=3/11", "dossier_assisted=1/5 training_attended=2/2",
            "dossier_assisted=1/3 training_attended=2/2", "dossier_assisted=1/3 volunteer_shift=1/0",
        ])
    }

    // MARK: Branches

    @Test func branchesWeek() throws {
        // W47: PC-CM 3 + 3 + 5 = 11 ÷ 10 = 1.10 (1); QN-GR 5 + 2 + 3 = 10 ÷ 20 = 0.50 (2); AN-BT 5 + 2 = 7 ÷ 25 = 0.28 (3);
        //      BD-BV 5 + 3 = 8 ÷ 40 = 0.20 (4); QN-QT 3 + 3 + 2 = 8 ÷ 50 = 0.16 (5).
        // W48: QN-GR 5 + 3 + 3 + 0 + 7 = 18 ÷ 20 = 0.90; PC-CM 5 + 3 = 8 ÷ 10 = 0.80; AN-BT 3 + 3 + 1 + 2 + 5 = 14 ÷ 25 = 0.56;
        //      QN-QT 5 + 5 + 2 + 5 = 17 ÷ 50 = 0.34; BD-BV 5 + 3 = 8 ÷ 40 = 0.20; AN-NH 3 + 2 = 5 with 0 members: unranked.
        try expectBoard("branches", "2026-W48", from: "2026-11-23", to: "2026-11-29", ranked: 5, basis: "per_member", entries: [
            "1 QN-GR 0.9 18 20 2 1", "2 PC-CM 0.8 8 10 1 -1", "3 AN-BT 0.56 14 25 3 0", "4 QN-QT 0.34 17 50 5 1", "5 BD-BV 0.2 8 40 4 -1",
        ], unranked: ["- AN-NH - 5 0 - -"], tallies: [
            "dossier_assisted=3/11 propaganda_session=1/7 volunteer_shift=1/0",
            "dossier_assisted=2/8",
            "article_posted=1/2 dossier_assisted=2/6 target:articles=1/5 training_attended=1/1",
            "article_posted=1/2 dossier_assisted=2/10 target:articles=1/5",
            "dossier_assisted=2/8",
            "article_posted=1/2 dossier_assisted=1/3",
        ])
    }

    @Test func branchesMonth() throws {
        // October: QN-GR 8 + 3 + 2 + 2 + 5 = 20 ÷ 20 = 1.00 and PC-CM 3 + 5 + 2 = 10 ÷ 10 = 1.00 tie on score; 3 dossiers
        // against 2 put QN-GR 1st, PC-CM 2nd; AN-BT 8 + 1 + 6 = 15 ÷ 25 = 0.60 (3); BD-BV 1.5 + 5 = 6.5 ÷ 40 = 0.1625 → 0.16 (4);
        // QN-QT 3 + 3 = 6 ÷ 50 = 0.12 (5).
        // November: PC-CM 13 + 7 + 5 = 25 ÷ 10 = 2.50; QN-GR 13 + 8 + 3 + 7 = 31 ÷ 20 = 1.55; AN-BT 11 + 6 + 2 + 2 + 5 = 26 ÷ 25
        // = 1.04; QN-QT 8 + 8 + 2 + 2 + 5 = 25 ÷ 50 = 0.50; BD-BV 10 + 6 + 2 = 18 ÷ 40 = 0.45; AN-NH 4 + 2 = 6 unranked.
        try expectBoard("branches", "2026-11", from: "2026-11-01", to: "2026-11-30", ranked: 5, basis: "per_member", entries: [
            "1 PC-CM 2.5 25 10 2 1", "2 QN-GR 1.55 31 20 1 -1", "3 AN-BT 1.04 26 25 3 0", "4 QN-QT 0.5 25 50 5 1", "5 BD-BV 0.45 18 40 4 -1",
        ], unranked: ["- AN-NH - 6 0 - -"], tallies: [
            "dossier_assisted=5/19 propaganda_session=1/5 volunteer_shift=1/1",
            "dossier_assisted=6/22 propaganda_session=1/7 volunteer_shift=2/2",
            "article_posted=2/4 dossier_assisted=4/16 target:articles=1/5 training_attended=1/1",
            "article_posted=2/4 dossier_assisted=4/16 target:articles=1/5",
            "article_posted=1/2 dossier_assisted=4/16",
            "article_posted=1/2 dossier_assisted=1/3 training_attended=1/1",
        ])
    }

    @Test func branchesYear() throws {
        // PC-CM 16 + 12 + 2 + 5 + 2 = 37 ÷ 10 = 3.70; QN-GR 24 + 11 + 3 + 2 + 2 + 5 + 7 = 54 ÷ 20 = 2.70;
        // AN-BT 19 + 7 + 6 + 2 + 2 + 5 = 41 ÷ 25 = 1.64; QN-QT 16 + 11 + 2 + 2 + 5 = 36 ÷ 50 = 0.72;
        // BD-BV 11.5 + 11 + 2 = 24.5 ÷ 40 = 0.6125 → 0.61; AN-NH 5 + 2 = 7 unranked.
        try expectBoard("branches", "2026", from: "2026-01-01", to: "2026-12-31", ranked: 5, basis: "per_member", entries: [
            "1 PC-CM 3.7 37 10 - -", "2 QN-GR 2.7 54 20 - -", "3 AN-BT 1.64 41 25 - -", "4 QN-QT 0.72 36 50 - -", "5 BD-BV 0.61 24.5 40 - -",
        ], unranked: ["- AN-NH - 7 0 - -"], tallies: [
            "article_posted=2/4 dossier_assisted=7/27 propaganda_session=1/5 volunteer_shift=1/1",
            "article_posted=2/4 dossier_assisted=10/36 propaganda_session=1/7 target:articles=1/5 volunteer_shift=2/2",
            "article_posted=2/4 dossier_assisted=6/24 propaganda_session=1/6 target:articles=1/5 training_attended=2/2",
            "article_posted=2/4 dossier_assisted=7/27 target:articles=1/5",
            "article_posted=1/2 dossier_assisted=5/21 volunteer_shift=1/1.5",
            "article_posted=1/2 dossier_assisted=1/3 training_attended=2/2",
        ])
    }

    // MARK: Districts

    @Test func districtsWeek() throws {
        // W47: QN 10 + 8 = 18 (1), PC 11 (2), AN 7 + 1 = 8 (3). W48: QN 18 + 17 = 35, AN 14 + 5 = 19, PC 8. BD-BV is in none.
        try expectBoard("districts", "2026-W48", from: "2026-11-23", to: "2026-11-29", ranked: 3, basis: "total", entries: [
            "1 QN 35 35 - 1 0", "2 AN 19 19 - 3 1", "3 PC 8 8 - 2 -1",
        ], tallies: [
            "article_posted=1/2 dossier_assisted=5/21 propaganda_session=1/7 target:articles=1/5 volunteer_shift=1/0",
            "article_posted=2/4 dossier_assisted=3/9 target:articles=1/5 training_attended=1/1",
            "dossier_assisted=2/8",
        ])
    }

    @Test func districtsMonth() throws {
        // October: QN 20 + 6 = 26 (1), AN 15 + 1 + 9 (at the district itself) = 25 (2), PC 10 (3).
        // November: QN 31 + 25 = 56, AN 26 + 6 = 32, PC 25.
        try expectBoard("districts", "2026-11", from: "2026-11-01", to: "2026-11-30", ranked: 3, basis: "total", entries: [
            "1 QN 56 56 - 1 0", "2 AN 32 32 - 2 0", "3 PC 25 25 - 3 0",
        ], tallies: [
            "article_posted=2/4 dossier_assisted=10/38 propaganda_session=1/7 target:articles=1/5 volunteer_shift=2/2",
            "article_posted=3/6 dossier_assisted=5/19 target:articles=1/5 training_attended=2/2",
            "dossier_assisted=5/19 propaganda_session=1/5 volunteer_shift=1/1",
        ])
    }

    @Test func districtsYear() throws {
        // QN 54 + 36 = 90; AN 41 + 7 + 9 = 57; PC 37.
        try expectBoard("districts", "2026", from: "2026-01-01", to: "2026-12-31", ranked: 3, basis: "total", entries: [
            "1 QN 90 90 - - -", "2 AN 57 57 - - -", "3 PC 37 37 - - -",
        ], tallies: [
            "article_posted=4/8 dossier_assisted=17/63 propaganda_session=1/7 target:articles=2/10 volunteer_shift=2/2",
            "article_posted=3/6 dossier_assisted=7/27 propaganda_session=2/15 target:articles=1/5 training_attended=4/4",
            "article_posted=2/4 dossier_assisted=7/27 propaganda_session=1/5 volunteer_shift=1/1",
        ])
    }

    // MARK: Options

    @Test func defaultPeriodIsTheWeekOfToday() throws {
        let json = try province.json(["leaderboard", "districts", "--format", "json", "--today", "2026-11-25"])
        #expect(LeaderboardJSON.scalar(LeaderboardJSON.field(LeaderboardJSON.field(json, "period"), "label")) == "2026-W48")
    }

    @Test func districtTopAndAll() throws {
        typealias J = LeaderboardJSON
        // Members of QN in W48 keep their province-wide ranks; --top 5 keeps ranks 1 to 5.
        let qn = try province.json(["leaderboard", "members", "--period", "2026-W48", "--district", "qn", "--top", "5", "--format", "json"])
        #expect(J.elements(J.field(qn, "entries")).map(J.entryLine) == ["1 DV01 8 8 - 1 0", "3 DV03 5 5 - 4 1"])
        #expect(J.scalar(J.field(qn, "ranked")) == "11")
        // --all: DV12 (total 0, counts its 0-point shift) takes the last rank, 12 = 1 + the 11 above.
        let all = try province.json(["leaderboard", "members", "--period", "2026-W48", "--all", "--format", "json"])
        let last = J.elements(J.field(all, "entries")).last ?? .null
        #expect(J.entryLine(last) == "12 DV12 0 0 - 7 -5")
        #expect(J.tallyLine(last) == "volunteer_shift=1/0")
        #expect(J.scalar(J.field(all, "ranked")) == "12")
        // Schools only: QN-QT, 4th province-wide.
        let schools = try province.json(["leaderboard", "branches", "--period", "2026-W48", "--sector", "school", "--format", "json"])
        #expect(J.elements(J.field(schools, "entries")).map(J.entryLine) == ["4 QN-QT 0.34 17 50 5 1"])
        #expect(J.elements(J.field(schools, "unranked")).isEmpty)
    }

    @Test func customRangeHasNoMovement() throws {
        // 16–29 November (W47 and W48 together), districts: QN 18 + 35 = 53, AN 8 + 19 = 27, PC 11 + 8 = 19.
        try expectBoard("districts", "2026-11-16..2026-11-29", from: "2026-11-16", to: "2026-11-29", ranked: 3, basis: "total",
                        entries: ["1 QN 53 53 - - -", "2 AN 27 27 - - -", "3 PC 19 19 - - -"])
    }

    // MARK: rank

    @Test func rankJSON() throws {
        typealias J = LeaderboardJSON
        func flat(_ json: JSONValue) -> String {
            ["board", "rank", "id", "score", "total", "members", "previous_rank", "movement", "ranked", "gap_to_above"]
                .map { J.scalar(J.field(json, $0)) }.joined(separator: " ")
        }
        // DV04 is 6th of 11 with 5; DV10, 5th, also has 5: gap 0.
        #expect(flat(try province.json(["rank", "--member", "DV04", "--period", "2026-W48", "--format", "json"]))
            == "members 6 DV04 5 5 - 5 -1 11 0")
        // DV07: 5 − 3 = 2 to DV04.
        #expect(flat(try province.json(["rank", "--member", "DV07", "--period", "2026-W48", "--format", "json"]))
            == "members 7 DV07 3 3 - 11 4 11 2")
        // DV12 has 0 in W48: no rank, no gap; it was 7th in W47.
        #expect(flat(try province.json(["rank", "--member", "DV12", "--period", "2026-W48", "--format", "json"]))
            == "members - DV12 0 0 - 7 - 11 -")
        // QN-GR is 2nd in November: 2.50 − 1.55 = 0.95 to PC-CM.
        #expect(flat(try province.json(["rank", "--unit", "QN-GR", "--period", "2026-11", "--format", "json"]))
            == "branches 2 QN-GR 1.55 31 20 1 -1 5 0.95")
        #expect(flat(try province.json(["rank", "--unit", "QN", "--period", "2026-11", "--format", "json"]))
            == "districts 1 QN 56 56 - 1 0 3 -")
        #expect(flat(try province.json(["rank", "--unit", "AN-NH", "--period", "2026-11", "--format", "json"]))
            == "branches - AN-NH - 6 0 - - 5 -")
        let period = J.field(try province.json(["rank", "--unit", "QN", "--period", "2026-11", "--format", "json"]), "period")
        #expect(["label", "from", "to"].map { J.scalar(J.field(period, $0)) } == ["2026-11", "2026-11-01", "2026-11-30"])
    }

    @Test func refusals() throws {
        let cell = try province.run(["rank", "--unit", "QN-GR-KV1", "--lang", "en"])
        #expect(cell.status == 64)
        #expect(cell.stderr == "--unit QN-GR-KV1: a cell is not ranked on its own; its points count for the grassroots unit QN-GR, use --unit QN-GR\n")
        let unknown = try province.run(["rank", "--member", "DV99", "--lang", "en"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "--member DV99: no such member; check the id, or import the members first\n")
        #expect(try province.run(["rank", "--unit", "XX"]).status == 65)
        #expect(try province.run(["leaderboard", "members", "--district", "XX"]).status == 65)
        #expect(try province.run(["leaderboard", "members", "--district", "QN-GR"]).status == 64)
        #expect(try province.run(["leaderboard", "districts", "--sector", "ward"]).status == 64)
        #expect(try province.run(["leaderboard", "branches", "--sector", "village"]).status == 64)
        #expect(try province.run(["leaderboard", "branches", "--format", "html"]).status == 64)
        #expect(try province.run(["leaderboard", "branches", "--top", "0"]).status == 64)
        #expect(try province.run(["rank", "--member", "DV01", "--unit", "QN"]).status == 64)
        for period in ["2025-W53", "2026-W54", "2026-13", "2026-11-30..2026-11-01", "last-week"] {
            let output = try province.run(["leaderboard", "members", "--period", period, "--lang", "en"])
            #expect(output.status == 64, "\(period)")
            #expect(output.stderr.hasPrefix("--period '\(period)': "), "\(period): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
    }

    // MARK: Formats

    @Test func goldenFormats() throws {
        for (format, name) in [("table", "branches-2026-W48.txt"), ("json", "branches-2026-W48.json"), ("csv", "branches-2026-W48.csv"),
                               ("md", "branches-2026-W48.md")] {
            let output = try province.run(["leaderboard", "branches", "--period", "2026-W48", "--format", format])
            #expect(output.status == 0, "\(format): \(output.stderr)")
            try LeaderboardProvince.expectGolden(output.stdout, name)
        }
        let members = try province.run(["leaderboard", "members", "--period", "2026-11", "--lang", "en"])
        try LeaderboardProvince.expectGolden(members.stdout, "members-2026-11.en.txt")
        for (arguments, name) in [(["--member", "DV04"], "rank-DV04-2026-W48.txt"),
                                  (["--member", "DV04", "--format", "csv"], "rank-DV04-2026-W48.csv"),
                                  (["--unit", "AN-BT", "--format", "csv", "--lang", "en"], "rank-AN-BT-2026-W48.en.csv"),
                                  (["--unit", "AN-BT", "--format", "md"], "rank-AN-BT-2026-W48.md"),
                                  (["--member", "DV04", "--format", "md", "--lang", "en"], "rank-DV04-2026-W48.en.md")] {
            let rank = try province.run(["rank"] + arguments + ["--period", "2026-W48"])
            #expect(rank.status == 0, "\(arguments): \(rank.stderr)")
            try LeaderboardProvince.expectGolden(rank.stdout, name)
        }
    }

    @Test func csvIsExcelFriendly() throws {
        let output = try province.run(["leaderboard", "members", "--period", "2026-W48", "--format", "csv"])
        let bytes = Array(output.stdout.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let lines = output.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 13 && lines.last == "", "a header, 11 entries, then the final CRLF")
        #expect(!output.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // DV10: 5th, was 3rd: movement −2 as a plain number.
        #expect(lines[5].hasPrefix("5,DV10,Huỳnh Thị Yến,BD-BV,,5,5,,3,-2,"))
        // PC-TH, named "=Đoàn xã Thử nghiệm", has nothing: with --all it is listed, its name guarded against formulas.
        let all = try province.run(["leaderboard", "branches", "--period", "2026-W48", "--all", "--format", "csv"])
        #expect(all.stdout.contains("\r\n6,PC-TH,'=Đoàn xã Thử nghiệm,PC-TH,PC,0,0,5,,,"))
    }

    /// `leaderboard --format xlsx` (issue 17): a workbook LibreOffice opens, holding the board's title and settings, the
    /// table's columns and each type's count and points under its label, with numbers as numbers (shown with the
    /// sheet's formats); without `--out` it is refused (64). An empty board says why in its sheet.
    @Test func workbookOpensInLibreOffice() throws {
        let noOut = try province.run(["leaderboard", "branches", "--format", "xlsx"])
        #expect(noOut.status == 64)
        #expect(noOut.stderr.contains("--out"))
        guard let soffice = LibreOffice.soffice() else { return }
        let folder = LeaderboardProvince.folder.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("branches.xlsx")
        let output = try province.run(["leaderboard", "branches", "--period", "2026-W48", "--all", "--format", "xlsx", "--out", workbook.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try Data(contentsOf: workbook).prefix(2) == Data("PK".utf8))
        try LeaderboardProvince.expectGolden(try LibreOffice.converted(workbook, soffice: soffice), "branches-2026-W48.xlsx.csv")

        let empty = folder.appendingPathComponent("empty.xlsx")
        #expect(try province.run(["leaderboard", "members", "--period", "2026-W50", "--format", "xlsx", "--out", empty.path]).status == 0)
        #expect(try LibreOffice.converted(empty, soffice: soffice).contains("Tuần 2026-W50 chưa có hoạt động nào được tính điểm"))
    }
}
