import ChungtayCore
import ChungtayLedger
import Foundation
import Testing

/// Unknown unit codes, member ids and activity types in an import get the nearest known one (issue 17), for the
/// first 20 unknown codes of an import.
@Suite struct CodeSuggestionTests {
    @Test func unknownCodesGetTheNearestKnownOne() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: true)
        let text = """
            id,date,type,member,unit,hours,attendees
            S1,2026-11-23,volunteer_shift,DV01,,2,
            S2,2026-11-23,propaganda_sesion,DV002,AL-ANHUNG,,50
            S3,2026-11-23,propaganda_session,DV002,AL-ANHUN,,50
            S4,2026-11-23,propaganda_session,DV002,HN-BONGSON,,50

            """
        let found = problems { try ledger.importActivities([LedgerFixture.source("tuan48.csv", text)]) }
        #expect(found == [
            "tuan48.csv:2: member: no member has id DV01; did you mean DV001? If not, import the members first",
            "tuan48.csv:3: type: 'propaganda_sesion' is not a type of rules 2026.1; did you mean 'propaganda_session'? (known: "
                + "dossier_assisted, account_opened, article_posted, propaganda_session, volunteer_shift, training_attended)",
            "tuan48.csv:4: unit: no unit has code AL-ANHUN; did you mean AL-ANHUNG? If not, import the units first",
            "tuan48.csv:5: unit: no unit has code HN-BONGSON; import the units first",
        ])
        let members = "id,name,unit\nDV009,Trần Minh Âu,QN-GHENRANG\n"
        let vietnamese = diagnostics { try ledger.importMembers([LedgerFixture.source("members.csv", members)], today: LedgerFixture.today) }
        #expect(vietnamese.map { $0.text(.vi) } == ["members.csv:2: unit: không có đơn vị mã QN-GHENRANG; có phải QN-GHENHRANG? Nếu không, nhập đơn vị trước (import units)"])
    }

    @Test func onlyTheFirstTwentyUnknownCodesAreLookedAt() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province(members: true)
        let rows = (1 ... 25).map { "T\($0),2026-11-23,propaganda_session,DV002,AL-ANHUN,,50" }
        let found = problems {
            try ledger.importActivities([LedgerFixture.source("many.csv", "id,date,type,member,unit,hours,attendees\n" + rows.joined(separator: "\n"))])
        }
        #expect(found?.count == 25)
        #expect(found?.filter { $0.contains("did you mean AL-ANHUNG?") }.count == 20)
    }
}
