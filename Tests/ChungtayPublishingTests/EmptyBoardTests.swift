import ChungtayCore
import ChungtayPublishing
import ChungtayRanking
import Testing

/// What an empty board says: no unit of its kind in force on its structure date (the district board after the 2025
/// reform), or no activity in the period.
@Suite struct EmptyBoardTests {
    static func board(unitsInForce: Int?) throws -> Board {
        Board(kind: .districts, period: try Period(parsing: "2025-W40"), rulesVersion: "2025.1", method: .competition, scoreBasis: .total,
              ranked: 0, entries: [], unranked: [], hasMovement: true, asOf: CivilDate(iso: "2025-10-05"), unitsInForce: unitsInForce)
    }

    @Test func aBoardWithNoUnitInForceSaysSo() throws {
        let board = try Self.board(unitsInForce: 0)
        #expect(BoardTable.text(board, .en).hasSuffix(
            "\n\nNo district-level unit is in force on 2025-10-05; draw the board on another date (--as-of) or see the branches' board.\n"))
        #expect(BoardMarkdown.text(board, .vi).contains(
            "Không có đơn vị cấp huyện nào có hiệu lực ngày 05/10/2025; hãy xem bảng theo tổ chức của một ngày khác (--as-of) hoặc bảng branches."))
    }

    @Test func aBoardWithUnitsButNoPointsSaysNobodyHasPoints() throws {
        #expect(BoardTable.text(try Self.board(unitsInForce: 11), .en).hasSuffix("\n\nNobody has points in this period.\n"))
    }
}
