import ChungtayCore
import GRDB

extension Ledger {
    struct MemberRow: Equatable {
        var id: String
        var name: String
        var unit: String
        var birthYear: Int64?
        var group: String?
        var status: MemberStatus
    }

    /// The groups a member may belong to (data.md, Members).
    enum MemberGroup: String, CaseIterable { case civil_servant, student, worker, resident }

    /// `import members`: every row checked (its unit must be a stored grassroots unit or cell), then all
    /// written in one transaction, or nothing, with the standings when a member's name or unit changed. `today`
    /// bounds the birth year.
    public func importMembers(_ sources: [ImportSource], today: CivilDate, dryRun: Bool = false) throws -> ImportSummary {
        try write(commit: !dryRun) { db in
            var unitLevels: [String: String] = [:]
            // A code's level is that of its latest version.
            for row in try Row.fetchAll(db, sql: "SELECT code, level FROM unit ORDER BY code, valid_from IS NOT NULL, valid_from") { unitLevels[row["code"]] = row["level"] }
            let suggestions = CodeSuggestions()
            var problems: [Diagnostic] = []
            var incoming: [String: (file: String, line: Int, member: MemberRow)] = [:]
            var order: [String] = []
            for source in sources {
                var list = ProblemList(file: source.path)
                try Self.readRecords(source, .members, problems: &list) { record, values in
                    let id = values.parse("id", required: true, FieldParser.code)
                    let name = values.required("name", maxLength: 200)
                    let unit = values.parse("unit", required: true, FieldParser.code)
                    let birthYear = values.parse("birth_year") { FieldParser.wholeNumber($0, in: 1900 ... Int64(today.year)) }
                    let group = values.parse("group") { FieldParser.choice($0, MemberGroup.self, allowed: MemberGroup.allCases) }
                    let status = values.parse("status") { FieldParser.choice($0, MemberStatus.self, allowed: MemberStatus.allCases) }
                    if let unit {
                        switch unitLevels[unit] {
                        case nil:
                            let advice = suggestions.advice(for: unit, in: unitLevels.keys, otherwise: .init(vi: "nhập đơn vị trước (import units)",
                                                                                                            en: "import the units first"))
                            values.problems.add(record.line, "unit", .init(vi: "không có đơn vị mã \(unit); \(advice.vi)",
                                                                           en: "no unit has code \(unit); \(advice.en)"))
                        case "grassroots", "cell": break
                        case let level?:
                            values.problems.add(record.line, "unit", .init(vi: "\(unit) là đơn vị cấp \(level); đoàn viên thuộc cơ sở Đoàn hoặc chi đoàn",
                                                                           en: "\(unit) is a \(level) unit; a member belongs to a grassroots unit or a cell"))
                        }
                    }
                    guard let id, let name, let unit else { return }
                    let member = MemberRow(id: id, name: name, unit: unit, birthYear: birthYear, group: group?.rawValue, status: status ?? .active)
                    if let first = incoming[id] {
                        if first.member != member {
                            values.problems.add(record.line, "id", .init(
                                vi: "mã \(id) đã có ở \(first.file):\(first.line) với nội dung khác; giữ một dòng",
                                en: "id \(id) already appears at \(first.file):\(first.line) with different content; keep one row"))
                        }
                        return
                    }
                    incoming[id] = (source.path, record.line, member)
                    order.append(id)
                }
                problems += list.diagnostics
            }
            guard problems.isEmpty else { throw LedgerError.invalid(Self.inFileOrder(problems, sources)) }

            var summary = ImportSummary()
            summary.dryRun = dryRun
            let select = try db.makeStatement(sql: "SELECT id, name, unit, birth_year, \"group\", status FROM member WHERE id = ?")
            let upsert = try db.makeStatement(sql: """
                INSERT INTO member (id, name, unit, birth_year, "group", status) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit, birth_year = excluded.birth_year,
                    "group" = excluded."group", status = excluded.status
                """)
            for id in order {
                let member = incoming[id]!.member
                if let row = try Row.fetchOne(select, arguments: [id]) {
                    let stored = MemberRow(id: row["id"], name: row["name"], unit: row["unit"], birthYear: row["birth_year"],
                                           group: row["group"], status: MemberStatus(rawValue: row["status"]) ?? .active)
                    if stored == member { summary.unchanged += 1; continue }
                    summary.updated += 1
                } else {
                    summary.added += 1
                }
                try upsert.execute(arguments: [member.id, member.name, member.unit, member.birthYear, member.group, member.status.rawValue])
            }
            // A member renamed or moved marks every window (member standings carry names and places): they are written
            // again now, so that boards go on reading them.
            if !dryRun, summary.updated > 0,
               try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*')") == true {
                try StandingsBuilder.rebuild(db)
            }
            return summary
        }
    }
}
