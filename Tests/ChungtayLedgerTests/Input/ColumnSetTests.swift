@testable import ChungtayLedger
import Testing

@Suite struct ColumnSetTests {
    /// The import finds an activity's columns by place; each place must be the column of that name.
    @Test func activityColumnsByPlaceAreTheNamedColumns() {
        #expect(ColumnSet.Activity.allCases.map { ColumnSet.activities.columns[$0.rawValue].name } == [
            "id", "date", "type", "member", "unit", "level", "dossier", "citizen", "subject", "online", "paid_online", "url",
            "channel", "attendees", "hours", "note",
        ])
        #expect(ColumnSet.Activity.allCases.count == ColumnSet.activities.columns.count)
    }
}
