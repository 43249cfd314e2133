import ChungtayCore
import ChungtayPublishing
import ChungtayRanking
import Testing

/// The board JSON written an entry at a time is the document the tree gives, byte for byte.
@Suite struct BoardJSONTests {
    static func entry(_ rank: Int?, _ id: String, _ name: String, _ score: Int64?, tallies: [TypeTally], previous: Int? = nil) -> BoardEntry {
        BoardEntry(rank: rank, id: id, name: name, unit: "QN-GR", district: nil, sector: nil, score: score.map { Points(hundredths: $0) },
                   total: Points(hundredths: score ?? 0), members: 12, tallies: tallies, lastActive: nil, previousRank: previous)
    }

    static func board(_ entries: [BoardEntry], unranked: [BoardEntry]) -> Board {
        Board(kind: .branches, period: Period.week(containing: CivilDate(iso: "2026-11-18")!), rulesVersion: nil, method: .dense,
              scoreBasis: .per_member, ranked: 7, entries: entries, unranked: unranked, hasMovement: true,
              asOf: CivilDate(iso: "2026-11-22")!)
    }

    @Test func streamedBytesAreTheDocumentsText() {
        let tallies = [TypeTally(key: "dossier_assisted", count: 3, points: Points(hundredths: 1550)),
                       TypeTally(key: "target:q\"4", count: 1, points: Points(hundredths: -5))]
        let boards = [
            Self.board([Self.entry(1, "QN-A", "Đoàn \"A\"\n", 1545, tallies: tallies, previous: 2),
                        Self.entry(2, "QN-B", "Đoàn B", 7, tallies: [])],
                       unranked: [Self.entry(nil, "QN-C", "Đoàn C", nil, tallies: tallies)]),
            Self.board([], unranked: []),
            // Ranks and movements of several digits, both ways; points of every shape.
            Self.board([Self.entry(10397, "QN-D", "Nguyễn Mỹ Uyên", 50, tallies: [TypeTally(key: "own_dossier", count: 1, points: Points(hundredths: 50))],
                                   previous: 114),
                        Self.entry(12, "QN-E", "Đinh Minh Xuân", 9310, tallies: [TypeTally(key: "a", count: 10, points: Points(hundredths: 5580)),
                                                                                 TypeTally(key: "b", count: 10, points: Points(hundredths: 100_000))],
                                   previous: 9)],
                       unranked: []),
        ]
        for board in boards {
            let streamed = BoardJSON.bytes(board)
            #expect(streamed == Array(BoardJSON.document(board).serialized().utf8))
        }
        // The empty board, written out: empty arrays close on their own line.
        #expect(String(decoding: BoardJSON.bytes(boards[1]), as: UTF8.self).hasSuffix("""
              "ranked": 7,
              "entries": [],
              "unranked": []
            }

            """))
    }
}
