@testable import ChungtayPublishing
import Testing

@Suite struct TextTableTests {
    @Test func columnsStayAlignedWithVietnameseDiacritics() {
        var table = TextTable(headers: ["Họ và tên", "Điểm"], alignments: [.left, .right])
        table.append(["Nguyễn Thị Lan", "52.50"])
        table.append(["Âu Đức", "8.00"])
        // "Nguyễn Thị Lan" is 14 characters (NFC), however many bytes.
        #expect(table.rendered() == """
        Họ và tên        Điểm
        ──────────────  ─────
        Nguyễn Thị Lan  52.50
        Âu Đức           8.00

        """)
    }
}
