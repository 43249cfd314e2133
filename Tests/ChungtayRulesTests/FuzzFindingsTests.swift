import ChungtayCore
import ChungtayRules
import Testing

/// What the fuzz targets of `Fuzz/` found, kept as regression tests: the exact bytes, and the exact refusal.
@Suite struct FuzzFindingsTests {
    /// Found by the `rules` target's largest activities: a file the check accepted whose activity scored more
    /// points than 64-bit hundredths hold. 10,000,000 attendees × 1,000,000 points × 10⁹ (nine factors of 10)
    /// = 10²² points; the scorer trapped converting 10²⁴ hundredths.
    static let overflowingRules = #"""
        {"schema": 1, "campaign": "c", "title": "t", "version": "v", "valid_from": "2026-01-01", "valid_to": "2026-12-31", \#
        "activities": {"session": {"label": "s", "credit": "unit", "points": 0, "per": {"attendees": 1000000}}}, \#
        "multipliers": [{"label": "m0", "factor": 10}, {"label": "m1", "factor": 10}, {"label": "m2", "factor": 10}, \#
        {"label": "m3", "factor": 10}, {"label": "m4", "factor": 10}, {"label": "m5", "factor": 10}, \#
        {"label": "m6", "factor": 10}, {"label": "m7", "factor": 10}, {"label": "m8", "factor": 10}]}
        """#

    static func book(_ text: String) throws(DiagnosticsError) -> RuleBook {
        try RuleBook(sources: [.init(path: "Rules/fuzz.json", bytes: Array(text.utf8))], folder: "Rules")
    }

    @Test func aTypeWhoseLargestActivityWouldOverflowIsRefusedWithItsPath() {
        #expect(throws: DiagnosticsError.self) { try Self.book(Self.overflowingRules) }
        do {
            _ = try Self.book(Self.overflowingRules)
        } catch {
            #expect(error.diagnostics.map { $0.text(.en) } == [
                "Rules/fuzz.json: $.activities.session: an activity of this type could score up to 10000000000000000000000 points "
                    + "(with 10000000 attendees, 100000 hours and every multiplier), more than the 1000000000 the ledger adds up "
                    + "exactly; lower its amounts or set max_base",
            ])
        }
    }

    static func session(per attendee: String, maxBase: String = "", factors: Int) -> String {
        let multipliers = (0 ..< factors).map { #"{"label": "m\#($0)", "factor": 10}"# }.joined(separator: ", ")
        return #"{"schema": 1, "campaign": "c", "title": "t", "version": "v", "valid_from": "2026-01-01", "valid_to": "2026-12-31", "#
            + #""activities": {"session": {"label": "s", "credit": "unit", "points": 0\#(maxBase), "per": {"attendees": \#(attendee)}}}, "#
            + #""multipliers": [\#(multipliers)]}"#
    }

    /// The most points the largest activity (10,000,000 attendees) scores under `rules`.
    static func largestScore(_ rules: String) throws -> [Points] {
        let organisation = Organisation(units: [.init(code: "P", name: "P", level: .province, parent: nil),
                                     .init(code: "D", name: "D", level: .district, parent: "P")])
        let activity = Activity(id: "A1", date: CivilDate(iso: "2026-03-01")!, type: "session", unit: "D", attendees: RulesLimits.maxAttendees)
        return Scorer(book: try book(rules), organisation: organisation).score([activity]).scores.map(\.points)
    }

    /// At the limit: 100 points an attendee × 10,000,000 attendees = 1,000,000,000 points, accepted and scored.
    /// Bounded by `max_base`: 5 × 10⁸ (eight factors of 10) = 500,000,000 points, whatever the amount an attendee.
    @Test func aTypeAtTheLimitOrBoundedByMaxBaseScoresTheLargestActivity() throws {
        #expect(try Self.largestScore(Self.session(per: "100", factors: 0)) == [Points(hundredths: 100_000_000_000)])
        #expect(try Self.largestScore(Self.session(per: "1000000", maxBase: #", "max_base": 5"#, factors: 8))
            == [Points(hundredths: 50_000_000_000)])
        // One point more than the limit is refused: 100.01 × 10,000,000 = 1,000,100,000.
        #expect(throws: DiagnosticsError.self) { try Self.book(Self.session(per: "100.01", factors: 0)) }
    }
}
