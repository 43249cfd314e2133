import Foundation
import Testing

/// Files too big in one place: size costs linear time, and no message repeats a huge value (at most 80 characters
/// of it, then "…"), so each is refused quickly with a short error.
@Suite struct HostileFileTests {
    typealias Workspace = LedgerCommandTests.Workspace

    /// Imports `text` as a units file into the fixture province; it must be refused (65) within 20 s, with an error
    /// under 1 KB that says `expected(path)`, and nothing stored.
    func expectRefusedQuickly(_ name: String, _ text: String, saying expected: (String) -> String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let workspace = try Workspace()
        try workspace.province(members: false)
        let file = workspace.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let units = try PublishTests.sqlite(workspace.database, "SELECT count(*) FROM unit")
        let started = Date()
        let output = try workspace.run(["import", "units", file])
        let seconds = Date().timeIntervalSince(started)
        #expect(output.status == 65, "\(output.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(seconds < 20, "took \(seconds) s", sourceLocation: sourceLocation)
        #expect(output.stderr.utf8.count < 1024, "\(output.stderr.utf8.count) bytes", sourceLocation: sourceLocation)
        #expect(output.stderr == expected(file), sourceLocation: sourceLocation)
        #expect(try PublishTests.sqlite(workspace.database, "SELECT count(*) FROM unit") == units, sourceLocation: sourceLocation)
    }

    static let tenMegabytes = 10_000_000

    @Test func aTenMegabyteHeaderLine() throws {
        let name = String(repeating: "x", count: Self.tenMegabytes)
        try expectRefusedQuickly("units.csv", "code,name,level,\(name)\nBD2,Tỉnh đoàn,province,\n",
                                 saying: { "\($0):1: \(String(repeating: "x", count: 80))…: unknown column\n" })
    }

    @Test func aTenMegabyteField() throws {
        // 1,666,666 times "Đoàn " (7 bytes each, 11.7 MB): 8,333,329 characters once the last space is trimmed.
        let name = String(repeating: "Đoàn ", count: 1_666_666)
        try expectRefusedQuickly("units.csv", "code,name,parent,level,sector,members\nQN-MOI,\(name),QN,grassroots,ward,30\n",
                                 saying: { "\($0):2: name: is 8333329 characters long, at most 200\n" })
    }

    @Test func aRowOfAMillionColumns() throws {
        let row = "QN-MOI" + String(repeating: ",x", count: 999_999)
        try expectRefusedQuickly("units.csv", "code,name,parent,level\n\(row)\n",
                                 saying: { "\($0):2: the row has 1000000 fields but the header has 4; check delimiters and quotes\n" })
    }

    @Test func aHeaderOfAMillionColumns() throws {
        let header = "code" + String(repeating: ",name", count: 999_999)
        try expectRefusedQuickly("units.csv", "\(header)\n",
                                 saying: { "\($0):1: the header has 1000000 columns but this kind of file has only 11 (code, name, parent, level, sector, area, members, from, until, successor, decision); check the delimiter and the column names\n" })
    }

    @Test func aTenMegabyteJSONKey() throws {
        let key = String(repeating: "k", count: Self.tenMegabytes)
        try expectRefusedQuickly("units.jsonl", "{\"code\": \"QN-MOI\", \"name\": \"Đoàn mới\", \"level\": \"grassroots\", \"\(key)\": 1}\n",
                                 saying: { "\($0):1: \(String(repeating: "k", count: 80))…: unknown key\n" })
    }
}
