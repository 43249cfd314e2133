import Foundation
import Testing

/// Every refusal of the command line (outputs.md, exit codes) that no other suite checks: the exit code, and a
/// message naming the file, line, JSON path or option, saying what to do. docs/refusals.md lists them all.
@Suite struct RefusalTests {
    typealias Workspace = LedgerCommandTests.Workspace

    /// ArgumentParser's refusal: the message, then the usage.
    static func usageError(_ output: CommandRunner.Output) -> String {
        String(output.stderr.split(separator: "\n").first ?? "")
    }

    // MARK: 64, wrong usage

    @Test func anUnknownOptionCommandOrKindIsWrongUsage() throws {
        let workspace = try Workspace()
        try workspace.province()
        for (arguments, message) in [
            (["leaderboard", "members", "--bogus"], "Error: Unknown option '--bogus'. Did you mean '--out'?"),
            (["import", "people", "province/units.csv"], "Error: The value 'people' is invalid for '<kind>'. Please provide one of 'units', 'members' or 'activities'."),
            (["leaderboard", "people"], "Error: The value 'people' is invalid for '<board>'. Please provide one of 'members', 'branches' or 'districts'."),
        ] {
            let output = try workspace.run(arguments)
            #expect(output.status == 64, "\(arguments)")
            #expect(Self.usageError(output) == message, "\(arguments)")
            #expect(output.stdout.isEmpty)
        }
        let command = try CommandRunner.run(["launch"], environment: ["CHUNGTAY_LANG": "en"])
        #expect(command.status == 64)
        #expect(Self.usageError(command) == "Error: Unexpected argument 'launch'")
    }

    @Test func rejectAndRestoreTakeAnIdOrAFile() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        for (arguments, message) in [
            (["reject", "A001", "--file", "list.csv"], "Error: give one activity id, or --file FILE, not both"),
            (["reject", "--reason", "x"], "Error: give one activity id, or --file FILE, not both"),
            (["reject", "A001"], "Error: --reason is required with an activity id"),
            (["reject", "--file", "list.csv", "--reason", "x"], "Error: --reason goes in the file's reason column with --file"),
            (["restore"], "Error: give one activity id, or --file FILE, not both"),
            (["restore", "A001", "--file", "list.csv"], "Error: give one activity id, or --file FILE, not both"),
        ] {
            let output = try workspace.run(arguments)
            #expect(output.status == 64, "\(arguments)")
            #expect(Self.usageError(output) == message, "\(arguments)")
        }
    }

    /// The parser's refusals, and those of the commands' checks, in Vietnamese unless `--lang en` (issue 17).
    @Test func theParsersRefusalsAreInTheUsersLanguage() throws {
        let workspace = try Workspace()
        try workspace.province()
        for (arguments, message) in [
            (["leaderboard", "members", "--bogus"], "Lỗi: không có tùy chọn '--bogus'; có phải '--out'?"),
            (["import", "people", "province/units.csv"], "Lỗi: giá trị 'people' không dùng được cho '<kind>'; hãy chọn một trong 'units', 'members' hoặc 'activities'."),
            (["import"], "Lỗi: thiếu đối số '<kind>'"),
            (["leaderboard", "branches", "--format", "html"], "Lỗi: leaderboard chỉ ghi table, json, csv, md hoặc xlsx, không ghi html"),
            (["rank", "--member", "DV001", "--format", "xlsx"], "Lỗi: chỉ ghi table, json, csv hoặc md, không ghi xlsx"),
            (["reject", "A001"], "Lỗi: cần --reason (lý do) khi từ chối một mã hoạt động"),
            (["awards", "--year", "2026", "--period", "2026"], "Lỗi: hãy cho --year hoặc --period, không cả hai"),
            (["record", "--type", "x", "--date", "31/02/2026"], "Lỗi: --date '31/02/2026' không phải ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY"),
        ] {
            let output = try workspace.run(arguments, lang: "vi")
            #expect(output.status == 64, "\(arguments)")
            let lines = output.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first == message, "\(arguments)")
            #expect(lines.contains { $0.hasPrefix("Cách dùng: chungtay ") }, "\(arguments)")
        }
        // CHUNGTAY_LANG=en, or --lang en anywhere on the line, keeps the parser's English.
        let english = try CommandRunner.run(["--lang", "en", "leaderboard", "members", "--bogus"])
        #expect(Self.usageError(english) == "Error: Unknown option '--bogus'. Did you mean '--out'?")
    }

    @Test func aMalformedDateOrLanguageIsWrongUsage() throws {
        let workspace = try Workspace()
        try workspace.province()
        for (arguments, message) in [
            (["leaderboard", "members", "--today", "31/02/2026"], "Error: --today '31/02/2026' is not a date; write YYYY-MM-DD or DD/MM/YYYY"),
            (["rank", "--member", "DV001", "--lang", "fr"], "Error: --lang 'fr' is not known; use vi or en"),
            (["record", "--type", "training_attended", "--date", "2026-13-01", "--member", "DV001"],
             "Error: --date '2026-13-01' is not a date; write YYYY-MM-DD or DD/MM/YYYY"),
        ] {
            // Not through the workspace, whose own `--today` and `--lang` would win.
            let output = try CommandRunner.run(arguments + ["--db", workspace.database, "--rules", LedgerCommandTests.rules],
                                               environment: ["CHUNGTAY_SECRET": LedgerCommandTests.secret, "CHUNGTAY_LANG": "en"])
            #expect(output.status == 64, "\(arguments)")
            #expect(Self.usageError(output) == message, "\(arguments): \(output.stderr)")
        }
        #expect(try CommandRunner.sqlite(workspace.database, "SELECT count(*) FROM activity") == "0")
    }

    @Test func boardOptionsThatNameNoUsableUnitOrSectorAreWrongUsage() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        for (arguments, message) in [
            (["leaderboard", "members", "--district", "al-anhung"],
             "--district AL-ANHUNG: a unit of level grassroots, not a district; name a district-level unit"),
            (["leaderboard", "districts", "--sector", "ward"], "--sector applies to the members and branches boards; districts have no sector"),
            (["leaderboard", "branches", "--sector", "village"],
             "--sector 'village': no such sector; use one of commune, ward, school, university, agency, enterprise, armed_forces, other"),
            (["rank", "--unit", "BD"], "--unit BD: the province is on no board; name a grassroots unit or a district"),
            (["explain", "--unit", "AL-ANHUNG-T1"],
             "--unit AL-ANHUNG-T1: a cell is not ranked on its own; its points count for the grassroots unit AL-ANHUNG, use --unit AL-ANHUNG"),
        ] {
            let output = try workspace.run(arguments)
            #expect(output.status == 64, "\(arguments)")
            #expect(output.stderr == message + "\n", "\(arguments)")
            #expect(output.stdout.isEmpty)
        }
        for (arguments, message) in [
            (["leaderboard", "branches", "--format", "html"], "Error: leaderboard writes table, json, csv, md or xlsx, not html"),
            (["leaderboard", "branches", "--top", "0"], "Error: --top 0: give a number of 1 or more"),
            (["rank", "--member", "DV001", "--unit", "QN"], "Error: give one of --member ID or --unit CODE"),
            (["explain"], "Error: give one of --member ID or --unit CODE"),
            (["rank", "--member", "DV001", "--format", "html"], "Error: write table, json, csv or md, not html"),
            (["rules", "show", "--format", "csv"], "Error: rules show writes table or json"),
        ] {
            let output = try workspace.run(arguments)
            #expect(output.status == 64, "\(arguments)")
            #expect(Self.usageError(output) == message, "\(arguments)")
        }
    }

    // MARK: 65, invalid data, unknown ids

    @Test func anUnknownUnitCodeOnTheCommandLineExits65() throws {
        let workspace = try Workspace()
        try workspace.province()
        for arguments in [["rank", "--unit", "xx"], ["explain", "--unit", "XX"], ["leaderboard", "members", "--district", "XX"]] {
            let output = try workspace.run(arguments)
            #expect(output.status == 65, "\(arguments)")
            #expect(output.stderr == "XX: no such unit; check the code, or import the units first\n", "\(arguments)")
        }
        let record = try workspace.run(["record", "--type", "article_posted", "--date", "2026-11-25", "--unit", "XX",
                                        "--url", "https://x.vn/1", "--channel", "web"])
        #expect(record.status == 65)
        #expect(record.stderr == "record:1: unit: no unit has code XX; import the units first\n")
    }

    @Test func unreadableTextNamesTheLineAndByte() throws {
        let workspace = try Workspace()
        try workspace.province()
        // Windows-1258 writes "Lê" as 4C EA: the fourth byte of line 3 is not UTF-8.
        var bytes = Data("id,name,unit\nDV010,Lan,QN-GHENHRANG\nDV011,L".utf8)
        bytes += Data([0xEA]) + Data(",QN-GHENHRANG\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: workspace.path("cp1258.csv")))
        let output = try workspace.run(["import", "members", workspace.path("cp1258.csv")])
        #expect(output.status == 65)
        #expect(output.stderr == workspace.path("cp1258.csv")
            + ":3: not UTF-8 (byte 8 of the line); open it in Excel and save as “CSV UTF-8 (Comma delimited)”\n")
    }

    @Test func fileShapeProblemsNameTheFileLineAndColumn() throws {
        let workspace = try Workspace()
        try workspace.province()
        let files: [(String, String, String)] = [
            ("empty.csv", "\u{FEFF}\n", ": the file is empty and has no header; its first line must name the columns"),
            ("header.csv", "id,nmae,unit\n",
             ":1: nmae: unknown column; did you mean 'name'?\nheader.csv:1: name: missing required column (Vietnamese name: 'họ và tên')"),
            ("missing.csv", "id,name\n", ":1: unit: missing required column (Vietnamese name: 'đơn vị')"),
            ("quote.csv", "id,name,unit\nDV010,Lan \"Hoa\",QN-GHENHRANG\n",
             ":2: a stray quote inside an unquoted field; quote the field and double the quotes inside it"),
            ("fields.csv", "id,name,unit\nDV010,Lan,QN-GHENHRANG,x\n",
             ":2: the row has 4 fields but the header has 3; check delimiters and quotes"),
            ("broken.jsonl", "{\"id\": \"DV010\", \"name\": \"Lan\", \"unit\": \"QN-GHENHRANG\"}\n{\"id\": \"DV011\" \"name\": \"Hoa\"}\n",
             ":2: not valid JSON at column 16: expected ',' or '}'"),
        ]
        for (name, text, message) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: workspace.path(name)))
            let output = try workspace.run(["import", "members", name], in: workspace.folder)
            #expect(output.status == 65, "\(name)")
            #expect(output.stderr == name + message + "\n", "\(name): \(output.stderr)")
        }
    }

    @Test func aChangedActivityOrARecordedIdAlreadyStoredExits65NamingWhereItIs() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        try Data("id,date,type,member\nA001,2026-11-24,training_attended,DV001\n".utf8).write(to: URL(fileURLWithPath: workspace.path("changed.csv")))
        let changed = try workspace.run(["import", "activities", "changed.csv"], in: workspace.folder)
        #expect(changed.status == 65)
        #expect(changed.stderr == "changed.csv:2: id: id A001 is already stored (province/activities.csv:2) with different content; "
            + "to correct it, reject the old activity and import a new one with another id\n")
        let recorded = try workspace.run(["record", "--id", "A001", "--type", "training_attended", "--date", "2026-11-24", "--member", "DV001"])
        #expect(recorded.status == 65)
        #expect(recorded.stderr == "record:1: id: id A001 is already stored; choose another or leave out --id\n")
    }

    // MARK: 66, cannot open

    @Test func aMissingDatabaseExits66AndSaysHowToCreateIt() throws {
        let workspace = try Workspace()
        for arguments in [["leaderboard", "members"], ["import", "units", "province/units.csv"], ["check"], ["backup", workspace.path("copy.sqlite")]] {
            let output = try workspace.run(arguments)
            #expect(output.status == 66, "\(arguments)")
            #expect(output.stderr == "\(workspace.database): no database there; create it with `chungtay init --db \(workspace.database)`\n")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.database))
    }

    @Test func anInputFileOrRulesFileThatCannotBeReadExits66() throws {
        let workspace = try Workspace()
        try workspace.province()
        try FileManager.default.createDirectory(atPath: workspace.path("folder.csv"), withIntermediateDirectories: true)
        let input = try workspace.run(["import", "units", "folder.csv"], in: workspace.folder)
        #expect(input.status == 66)
        #expect(input.stderr == "folder.csv: cannot open the file; check the path and read permission\n")

        let rules = workspace.path("rules")
        try FileManager.default.copyItem(atPath: LedgerCommandTests.rules, toPath: rules)
        try FileManager.default.createDirectory(atPath: rules + "/2027.json", withIntermediateDirectories: true)
        let output = try CommandRunner.run(["rules", "check", "--rules", rules, "--lang", "en"])
        #expect(output.status == 66)
        #expect(output.stderr == "\(rules)/2027.json: cannot read the rules file; check its permissions\n")
    }

    // MARK: 73, cannot create

    @Test func anOutputThatCannotBeCreatedExits73() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        let missing = workspace.path("no-such-folder")
        let report = try workspace.run(["leaderboard", "members", "--out", missing + "/board.txt"])
        #expect(report.status == 73)
        #expect(report.stderr == missing + "/board.txt: cannot write the report (the folder does not exist); check the folder exists and is writable\n")
        // In Vietnamese, the reason too (Foundation's own description is English); a folder given as the file says so.
        let vietnamese = try workspace.run(["leaderboard", "members", "--out", missing + "/board.txt"], lang: "vi")
        #expect(vietnamese.stderr == missing + "/board.txt: không ghi được báo cáo (thư mục không tồn tại); kiểm tra thư mục có tồn tại và ghi được không\n")
        let folder = try workspace.run(["leaderboard", "members", "--out", workspace.path("")], lang: "vi")
        #expect(folder.status == 73)
        #expect(folder.stderr.contains("(đường dẫn là một thư mục)"))
        let backup = try workspace.run(["backup", missing + "/copy.sqlite"])
        #expect(backup.status == 73)
        #expect(backup.stderr == missing + "/copy.sqlite: cannot create the database file; check that its folder exists and is writable\n")
        let database = try workspace.run(["init"], db: missing + "/new.sqlite")
        #expect(database.status == 73)
        #expect(database.stderr == missing + "/new.sqlite: cannot create the database file; check that its folder exists and is writable\n")
        let key = try workspace.run(["init"], db: missing + "/new.sqlite", secret: nil)
        #expect(key.status == 73)
        #expect(key.stderr == missing + "/new.sqlite.key: cannot create the key file; check that its folder exists and is writable\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    // MARK: 1, damage

    @Test func checkExits1NamingWhatOtherProgramsChangedBehindTheLedger() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        _ = try CommandRunner.sqlite(workspace.database, "UPDATE activity SET points = points + 100 WHERE id = 'A001'")
        let points = try workspace.run(["check"])
        #expect(points.status == 1)
        #expect(points.stderr == "\(workspace.database): the stored points differ from a rescore from scratch\n")
        _ = try CommandRunner.sqlite(workspace.database, "UPDATE activity SET citizen = '052012345678' WHERE id = 'A004'")
        let citizen = try workspace.run(["check"])
        #expect(citizen.status == 1)
        #expect(citizen.stderr == "\(workspace.database): 1 citizen values that are not keyed hashes (personal data in the clear?)\n")
    }

    /// The standings are a cache of the activities' sums (docs/architecture.md); `check` compares them with the truth.
    @Test func checkFindsStandingsThatDifferFromTheActivities() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        #expect(try workspace.run(["check"]).status == 0)
        // Another program turns a member's total of 7.80 into 9.90, in the cached line only.
        _ = try CommandRunner.sqlite(workspace.database, """
            UPDATE standing SET entries = replace(entries, 'DV001' || char(9) || '780' || char(9), 'DV001' || char(9) || '990' || char(9))
            WHERE board = 'member'
            """)
        #expect(try CommandRunner.sqlite(workspace.database, "SELECT count(*) FROM standing WHERE entries LIKE '%DV001' || char(9) || '990%'") != "0")
        let output = try workspace.run(["check"])
        #expect(output.status == 1)
        #expect(output.stderr == "\(workspace.database): the stored standings (the boards' cache) differ from the activities summed again; restore from a backup\n")
    }

    @Test func aDamagedDatabaseExits1SayingToRestoreABackup() throws {
        let workspace = try Workspace()
        try workspace.province(activities: true)
        // Page 1 keeps its header but loses the schema: SQLite cannot read the tables.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: workspace.database))
        bytes.replaceSubrange(100 ..< 4096, with: Data(repeating: 0xA5, count: 3996))
        try bytes.write(to: URL(fileURLWithPath: workspace.database))
        for arguments in [["leaderboard", "members"], ["import", "units", "province/units.csv"]] {
            let output = try workspace.run(arguments)
            #expect(output.status == 1, "\(arguments)")
            #expect(output.stderr.hasPrefix("\(workspace.database): SQLite: "), "\(arguments): \(output.stderr)")
            #expect(output.stderr.hasSuffix("; the file is damaged, restore it from a backup (chungtay backup)\n"), "\(arguments)")
        }
    }
}
