import ChungtayCore
import Testing

@Suite("Language")
struct LanguageTests {
    @Test("pick returns the text of the language")
    func pick() {
        #expect(Language.vi.pick("Điểm", "Points") == "Điểm")
        #expect(Language.en.pick("Điểm", "Points") == "Points")
    }

    @Test("raw values as --lang takes them")
    func rawValues() {
        #expect(Language.allCases == [.vi, .en])
        #expect(Language(rawValue: "vi") == .vi)
        #expect(Language(rawValue: "en") == .en)
        #expect(Language(rawValue: "fr") == nil)
        #expect(Language(rawValue: "EN") == nil)
    }
}
