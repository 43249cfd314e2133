import ChungtayCore
import ChungtayRules
import GRDB

extension Ledger {
    struct UnitRow: Equatable {
        var code: String
        var name: String
        var parent: String?
        var level: UnitLevel
        var sector: Sector?
        var area: [AreaFlag]
        var members: Int64?

        var areaText: String { area.map(\.rawValue).joined(separator: ";") }
    }

    /// `import units`: checks every row of every file against data.md and the stored tree, then writes all of
    /// them in one transaction, or nothing.
    public func importUnits(_ sources: [ImportSource], dryRun: Bool = false) throws -> ImportSummary {
        var rows: [(file: String, line: Int, unit: UnitRow)] = []
        var problems: [Diagnostic] = []
        for source in sources {
            var list = ProblemList(file: source.path)
            try Self.readRecords(source, .units, problems: &list) { record, values in
                let code = values.parse("code", required: true, FieldParser.code)
                let name = values.required("name", maxLength: 200)
                let parent = values.parse("parent", FieldParser.code)
                let level = values.parse("level", required: true) { FieldParser.choice($0, UnitLevel.self, allowed: UnitLevel.allCases) }
                let sector = values.parse("sector") { FieldParser.choice($0, Sector.self, allowed: Sector.allCases) }
                let members = values.parse("members") { FieldParser.wholeNumber($0, in: 0 ... 10_000_000) }
                var area: [AreaFlag] = []
                if let text = values.text("area", maxLength: 200) {
                    for flag in text.split(whereSeparator: { $0 == ";" || $0 == "|" }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !flag.isEmpty {
                        switch FieldParser.choice(flag, AreaFlag.self, allowed: AreaFlag.allCases) {
                        case let .success(value): if !area.contains(value) { area.append(value) }
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
                if let code, let name, let level {
                    rows.append((source.path, record.line, UnitRow(code: code, name: name, parent: parent, level: level,
                                                                   sector: sector, area: area.sorted { $0.bit < $1.bit }, members: members)))
                }
            }
            problems += list.diagnostics
        }

        return try write(commit: !dryRun) { db in
            var stored: [String: UnitRow] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT code, name, parent, level, sector, area, members FROM unit") {
                stored[row["code"]] = UnitRow(code: row["code"], name: row["name"], parent: row["parent"],
                                              level: UnitLevel(rawValue: row["level"])!, sector: (row["sector"] as String?).flatMap(Sector.init),
                                              area: (row["area"] as String).split(separator: ";").compactMap { AreaFlag(rawValue: String($0)) },
                                              members: row["members"])
            }
            // Repeated codes: the same content counts once; different content names both lines.
            var incoming: [String: (file: String, line: Int, unit: UnitRow)] = [:]
            for row in rows {
                if let first = incoming[row.unit.code] {
                    if first.unit != row.unit {
                        problems.append(Diagnostic(file: row.file, location: .line(row.line, column: "code"),
                            vi: "mã \(row.unit.code) đã có ở \(first.file):\(first.line) với nội dung khác; giữ một dòng",
                            en: "code \(row.unit.code) already appears at \(first.file):\(first.line) with different content; keep one row"))
                    }
                    continue
                }
                incoming[row.unit.code] = row
            }
            var merged = stored
            for (code, row) in incoming { merged[code] = row.unit }
            problems += Self.treeProblems(merged, incoming: incoming)
            guard problems.isEmpty else { throw LedgerError.invalid(Self.inFileOrder(problems, sources)) }

            var summary = ImportSummary()
            summary.dryRun = dryRun
            let upsert = try db.makeStatement(sql: """
                INSERT INTO unit (code, name, parent, level, sector, area, members) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent = excluded.parent, level = excluded.level,
                    sector = excluded.sector, area = excluded.area, members = excluded.members
                """)
            for row in rows where incoming[row.unit.code]?.line == row.line && incoming[row.unit.code]?.file == row.file {
                let unit = row.unit
                if let old = stored[unit.code] {
                    if old == unit { summary.unchanged += 1; continue }
                    summary.updated += 1
                } else {
                    summary.added += 1
                }
                try upsert.execute(arguments: [unit.code, unit.name, unit.parent, unit.level.rawValue, unit.sector?.rawValue,
                                               unit.areaText, unit.members])
            }
            if summary.added + summary.updated > 0 { try rescore(db) }
            return summary
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

    /// The tree rules of data.md over the units as they would stand; problems are reported on imported rows.
    static func treeProblems(_ units: [String: UnitRow], incoming: [String: (file: String, line: Int, unit: UnitRow)]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ code: String, _ column: String, vi: String, en: String) {
            if let row = incoming[code] {
                problems.append(Diagnostic(file: row.file, location: .line(row.line, column: column), vi: vi, en: en))
            }
        }
        let provinces = units.values.filter { $0.level == .province }.map(\.code).sorted()
        if provinces.count > 1 {
            for code in provinces {
                report(code, "level", vi: "chỉ được có một đơn vị cấp tỉnh (đang có: \(provinces.joined(separator: ", ")))",
                       en: "there must be exactly one province unit (now: \(provinces.joined(separator: ", ")))")
            }
        }
        let allowedParents: [UnitLevel: [UnitLevel]] = [.district: [.province], .grassroots: [.district, .province], .cell: [.grassroots]]
        for unit in units.values {
            if unit.level == .province {
                if unit.parent != nil {
                    report(unit.code, "parent", vi: "đơn vị cấp tỉnh không có đơn vị cấp trên; để trống", en: "the province has no parent; leave it empty")
                }
                continue
            }
            guard let parentCode = unit.parent else {
                report(unit.code, "parent", vi: "bắt buộc với đơn vị không phải cấp tỉnh", en: "is required for every unit but the province")
                continue
            }
            guard let parent = units[parentCode] else {
                report(unit.code, "parent", vi: "không có đơn vị mã \(parentCode); nhập đơn vị đó trước hoặc cùng tệp",
                       en: "no unit has code \(parentCode); import it first or in the same file")
                continue
            }
            let allowed = allowedParents[unit.level]!
            if !allowed.contains(parent.level) {
                let names = allowed.map(\.rawValue).joined(separator: " / ")
                let message = (vi: "đơn vị cấp \(unit.level.rawValue) phải trực thuộc đơn vị cấp \(names), nhưng \(parentCode) là \(parent.level.rawValue)",
                               en: "a \(unit.level.rawValue) unit's parent must be a \(names) unit, but \(parentCode) is \(parent.level.rawValue)")
                if incoming[unit.code] != nil {
                    report(unit.code, "parent", vi: message.vi, en: message.en)
                } else {
                    report(parentCode, "level", vi: "đơn vị \(unit.code) bên dưới sẽ không còn hợp lệ: " + message.vi,
                           en: "unit \(unit.code) below it would no longer fit: " + message.en)
                }
            }
        }
        return problems
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
