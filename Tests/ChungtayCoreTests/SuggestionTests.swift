import ChungtayCore
import Testing

/// "Có phải …?": the closest known name, only when close enough to be a slip.
@Suite struct SuggestionTests {
    @Test func closeNamesAreSuggestedFarOnesAreNot() {
        let units = ["AL-ANHOA", "AL-ANHUNG", "QN", "QN-GHENHRANG", "PM-MYTHANG"]
        #expect("AL-ANHUN".closest(in: units) == "AL-ANHUNG")   // 1 edit
        #expect("al-anhung".closest(in: units) == "AL-ANHUNG")  // case does not count
        #expect("AL-ANHOI".closest(in: units) == "AL-ANHOA")    // 1 edit, nearer than AL-ANHUNG (3)
        #expect("QN-GHENRANG".closest(in: units) == "QN-GHENHRANG")
        #expect("XX".closest(in: units) == nil)                  // 2 edits from QN, but a 2-letter name is not a slip
        #expect("HN-BONGSON".closest(in: units) == nil)
        #expect("nmae".closest(in: ["name", "unit"]) == "name") // a transposition: 2 edits of 4
        #expect(String(repeating: "A", count: 65).closest(in: [String(repeating: "A", count: 64)]) == nil) // too long to look at
    }
}
