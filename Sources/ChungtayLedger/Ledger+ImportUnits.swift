import ChungtayCore
import ChungtayRules
import GRDB

extension Ledger {
    /// One row of a units file: one version of a unit (organisation.md).
    struct UnitRow {
        let file: String
        let line: Int
        let unit: Organisation.Unit
    }

    /// `import units`: checks every row of every file against data.md and organisation.md, and the structure the
    /// ledger would hold on every date, then writes all of them in one transaction, or nothing. The rows of a code are
    /// its whole history: they replace its stored versions; codes no file names are left alone. An import that would
    /// leave a stored activity at a unit not in force on the activity's date is refused.
    public func importUnits(_ sources: [ImportSource], dryRun: Bool = false) throws -> ImportSummary {
        var rows: [UnitRow] = []
        var problems: [Diagnostic] = []
        for source in sources {
            var list = ProblemList(file: source.path)
            try Self.readRecords(source, .units, problems: &list) { record, values in
                if let unit = Self.unitVersion(record, &values) { rows.append(UnitRow(file: source.path, line: record.line, unit: unit)) }
            }
            problems += list.diagnostics
        }

        return try write(commit: !dryRun) { db in
            let stored = try Organisation.stored(db, decisions: true)
            // A row repeated with the same content counts once.
            var incoming: [String: [UnitRow]] = [:]
            for row in rows where !(incoming[row.unit.code] ?? []).contains(where: { $0.unit == row.unit }) {
                incoming[row.unit.code, default: []].append(row)
            }
            let merged = Organisation(units: stored.versions.filter { incoming[$0.code] == nil } + incoming.values.flatMap { $0.map(\.unit) })
            problems += Self.overlaps(incoming)
            problems += Self.diagnostics(merged.problems().filter { $0.rule != "overlap" }, incoming: incoming, sources: sources)
            if problems.isEmpty { problems += try Self.strandedActivities(merged, changed: Set(incoming.keys), incoming: incoming, db) }
            guard problems.isEmpty else { throw LedgerError.invalid(Self.inFileOrder(problems, sources)) }

            var summary = ImportSummary()
            summary.dryRun = dryRun
            let delete = try db.makeStatement(sql: "DELETE FROM unit WHERE code = ?")
            let insert = try db.makeStatement(sql: """
                INSERT INTO unit (code, name, parent, level, sector, area, members, valid_from, valid_until, successor, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for code in incoming.keys.sorted() {
                let versions = merged.versions(of: code)
                let old = stored.versions(of: code)
                if old.isEmpty { summary.added += 1 } else if Array(old) == Array(versions) { summary.unchanged += 1; continue } else { summary.updated += 1 }
                try delete.execute(arguments: [code])
                for unit in versions {
                    try insert.execute(arguments: [unit.code, unit.name, unit.parent, unit.level.rawValue, unit.sector?.rawValue,
                                                   AreaFlag.allCases.filter(unit.area.contains).map(\.rawValue).joined(separator: ";"),
                                                   unit.members, unit.from?.description, unit.until?.description, unit.successor, unit.decision])
                }
            }
            if summary.added + summary.updated > 0 { try rescore(db) }
            return summary
        }
    }

    /// One row's version, its problems added to `values`; nil where it has none to give.
    private static func unitVersion(_ record: TableReader.Record, _ values: inout RecordValues) -> Organisation.Unit? {
        let code = values.parse("code", required: true, FieldParser.code)
        let name = values.required("name", maxLength: 200)
        let parent = values.parse("parent", FieldParser.code)
        let level = values.parse("level", required: true) { FieldParser.choice($0, UnitLevel.self, allowed: UnitLevel.allCases) }
        let sector = values.parse("sector") { FieldParser.choice($0, Sector.self, allowed: Sector.allCases) }
        let members = values.parse("members") { FieldParser.wholeNumber($0, in: 0 ... 10_000_000) }
        let from = values.parse("from", FieldParser.date)
        let until = values.parse("until", FieldParser.date)
        let successor = values.parse("successor", FieldParser.code)
        let decision = values.text("decision", maxLength: 200)
        var area: Set<AreaFlag> = []
        if let text = values.text("area", maxLength: 200) {
            for flag in text.split(whereSeparator: { $0 == ";" || $0 == "|" }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !flag.isEmpty {
                switch FieldParser.choice(flag, AreaFlag.self, allowed: AreaFlag.allCases) {
                case let .success(value): area.insert(value)
                case let .failure(message): values.problems.add(record.line, "area", message)
                }
            }
        }
        if level == .grassroots, sector == nil, values.record.values[ColumnSet.units.index(of: "sector")] == nil {
            values.problems.add(record.line, "sector", .init(vi: "bắt buộc với cơ sở Đoàn (grassroots)", en: "is required for a grassroots unit"))
        }
        if level == .grassroots, members == nil, values.record.values[ColumnSet.units.index(of: "members")] == nil {
            values.problems.add(record.line, "members", .init(vi: "bắt buộc với cơ sở Đoàn (grassroots)", en: "is required for a grassroots unit"))
        }
        guard let code, let name, let level else { return nil }
        return Organisation.Unit(code: code, name: name, level: level, parent: parent, sector: sector, area: area,
                                 members: members.map(Int.init), from: from, until: until, successor: successor, decision: decision)
    }

    /// Rows of one code whose versions overlap, told on the later row with the earlier one's line; rows without dates
    /// (two versions always in force) as the same code twice with different content.
    private static func overlaps(_ incoming: [String: [UnitRow]]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for rows in incoming.values {
            let sorted = rows.sorted { ($0.unit.from?.dayNumber ?? .min, $0.line) < ($1.unit.from?.dayNumber ?? .min, $1.line) }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                if let until = earlier.unit.until, let from = later.unit.from, until < from { continue }
                let code = later.unit.code
                let (first, second) = earlier.line < later.line || earlier.file != later.file ? (earlier, later) : (later, earlier)
                if [earlier, later].allSatisfy({ $0.unit.from == nil && $0.unit.until == nil }) {
                    problems.append(Diagnostic(file: second.file, location: .line(second.line, column: "code"),
                        vi: "mã \(code) đã có ở \(first.file):\(first.line) với nội dung khác; giữ một dòng",
                        en: "code \(code) already appears at \(first.file):\(first.line) with different content; keep one row"))
                } else {
                    problems.append(Diagnostic(file: second.file, location: .line(second.line, column: "from"),
                        vi: "phiên bản này của \(code) chồng lên phiên bản ở \(first.file):\(first.line); mỗi ngày chỉ một phiên bản (hiệu lực đến phải trước hiệu lực từ của phiên bản sau)",
                        en: "this version of \(code) overlaps the one at \(first.file):\(first.line); one version a day (until must come before the next version's from)"))
                }
            }
        }
        return problems
    }

    /// The structure's problems told on the imported rows: on the row of the unit's version in force on the problem's
    /// date (or its first row), else on the row of the other unit involved (a problem no imported row caused is not told).
    private static func diagnostics(_ problems: [StructureProblem], incoming: [String: [UnitRow]], sources: [ImportSource]) -> [Diagnostic] {
        func row(_ code: String?, on date: CivilDate?) -> UnitRow? {
            guard let code, let rows = incoming[code] else { return nil }
            guard let date else { return rows.first }
            return rows.first { ($0.unit.from.map { $0 <= date } ?? true) && ($0.unit.until.map { date <= $0 } ?? true) } ?? rows.first
        }
        return problems.compactMap { problem in
            if let row = row(problem.code, on: problem.date) {
                return Diagnostic(file: row.file, location: .line(row.line, column: problem.column), message: problem.message)
            }
            if let row = row(problem.other, on: problem.date) {
                let column = problem.column == "parent" ? "level" : "code"
                return Diagnostic(file: row.file, location: .line(row.line, column: column),
                                  vi: "đơn vị \(problem.code) bên dưới sẽ không còn hợp lệ: " + problem.message.vi,
                                  en: "unit \(problem.code) below it would no longer fit: " + problem.message.en)
            }
            // A stored unit's problem that no imported row caused is not this import's to report.
            return nil
        }
    }

    /// Stored activities that the new versions would leave at a unit not in force on their dates: one problem per
    /// unit, naming the first such activity and how many there are.
    private static func strandedActivities(_ organisation: Organisation, changed: Set<String>, incoming: [String: [UnitRow]],
                                           _ db: Database) throws -> [Diagnostic] {
        guard !changed.isEmpty else { return [] }
        var stranded: [String: (first: String, date: String, count: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT unit, date, id FROM activity WHERE unit IN (SELECT value FROM json_each(?)) ORDER BY date, id
            """, arguments: [JSONValue.array(changed.sorted().map(JSONValue.string)).serialized(pretty: false)])
        while let row = try rows.next() {
            let unit: String = row[0]
            guard let date = CivilDate(iso: row[1] as String), organisation.structure(on: date).unit(unit) == nil else { continue }
            stranded[unit, default: (row[2], row[1], 0)].count += 1
        }
        return stranded.keys.sorted().compactMap { code in
            guard let row = incoming[code]?.first, let found = stranded[code] else { return nil }
            let date = CivilDate(iso: found.date)!
            return Diagnostic(file: row.file, location: .line(row.line, column: "until"),
                              vi: "\(found.count) hoạt động đã lưu ở \(code) sẽ nằm ngoài thời gian hiệu lực của đơn vị, đầu tiên là \(found.first) ngày \(date.vietnamese); giữ phiên bản có hiệu lực vào các ngày đó",
                              en: "\(found.count) stored activities at \(code) would fall outside its versions, the first \(found.first) on \(date); keep a version in force on their dates")
        }
    }

    /// Problems in the order of the files as given, then of their lines (stable otherwise).
    static func inFileOrder(_ problems: [Diagnostic], _ sources: [ImportSource]) -> [Diagnostic] {
        func key(_ diagnostic: Diagnostic) -> (Int, Int) {
            let file = sources.firstIndex { $0.path == diagnostic.file } ?? sources.count
            if case let .line(line, _) = diagnostic.location { return (file, line) }
            return (file, 0)
        }
        return problems.enumerated().sorted {
            let (a, b) = (key($0.element), key($1.element))
            return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)
    }

    /// Reads every record of a source, handing each to `body` with a value reader; file-level problems are
    /// added to `problems` and stop that file.
    static func readRecords(_ source: ImportSource, _ columns: ColumnSet, problems: inout ProblemList,
                     _ body: (TableReader.Record, inout RecordValues) throws -> Void) throws {
        do {
            let file = try InputFile(path: source.path, data: source.data)
            let reader = TableReader(file: file, columns: columns)
            try reader.read(report: { problems.add($0) }) { record in
                var values = RecordValues(record: record, columns: columns, problems: ProblemList(file: source.path),
                                          commaDecimal: reader.commaDecimal)
                try body(record, &values)
                for diagnostic in values.problems.diagnostics { problems.add(diagnostic) }
            }
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics { problems.add(diagnostic) }
        }
    }
}
