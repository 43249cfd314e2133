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

    @Test func widthsAreGraphemeClusters() {
        // Counted from the bytes for ASCII and precomposed letters; by grapheme cluster for anything else.
        #expect(TextTable.displayWidth("Nguyễn Thị Lan") == 14)
        #expect(TextTable.displayWidth("Đặng Ơ Ư ơ ư ă Â") == 16)
        #expect(TextTable.displayWidth("DV074117") == 8)
        #expect(TextTable.displayWidth("") == 0)
        #expect(TextTable.displayWidth("Nguye\u{0302}\u{0303}n") == 6)
        #expect(TextTable.displayWidth("a\r\nb") == 3)
        #expect(TextTable.displayWidth("─────") == 5)
        #expect(TextTable.displayWidth("x\u{00A0}y\u{0085}z") == 5)
    }
}
