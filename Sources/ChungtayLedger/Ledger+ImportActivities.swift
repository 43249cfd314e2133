import ChungtayCore
import ChungtayRules
import Foundation
import GRDB

extension Ledger {
    /// `import activities`: checks every row of every file, writes all of them in one transaction (or nothing),
    /// then rescores so that stored points equal scoring everything together.
    public func importActivities(_ sources: [ImportSource], dryRun: Bool = false) throws -> ImportSummary {
        try write(commit: !dryRun) { db in
            let validator = try makeValidator(db)
            let firstNewSeq = (try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM activity") ?? 0) + 1
            let inserter = try ActivityInserter(db)
            let stored = try db.makeStatement(sql: "SELECT \(Self.activityColumns), note, source FROM activity WHERE id = ?")
            var inline = try InlineScoring(book: book, chart: try orgChart(db), db)
            var summary = ImportSummary()
            summary.dryRun = dryRun
            var problems: [Diagnostic] = []
            for source in sources {
                var list = ProblemList(file: source.path)
                try readRecords(source, .activities, problems: &list) { record, values in
                    guard let checked = validator.check(&values) else { return }
                    let where_ = "\(source.path):\(record.line)"
                    let score = try inline?.score(checked)
                    if try inserter.insert(checked, source: where_, score: score ?? .unscored, db: db) {
                        summary.added += 1
                        if let score { try inline?.inserted(checked.activity, score: score, seq: db.lastInsertedRowID) }
                        return
                    }
                    if score != nil { inline?.skipped() }
                    // The id is already stored: unchanged when the content is the same, else a conflict.
                    let row = try Row.fetchOne(stored, arguments: [checked.activity.id])!
                    var storedActivity = Self.activity(row)
                    storedActivity.rejected = false
                    // A row without `unit` took the member's unit when first imported; the member may have moved since.
                    var incoming = checked.activity
                    if !checked.unitGiven { incoming.unit = storedActivity.unit }
                    if storedActivity == incoming, (row["note"] as String?) == checked.note {
                        summary.unchanged += (row["seq"] as Int64) >= firstNewSeq ? 0 : 1
                        return
                    }
                    let other: String = row["source"]
                    let sameImport = (row["seq"] as Int64) >= firstNewSeq
                    values.problems.add(record.line, "id", sameImport
                        ? .init(vi: "mã \(checked.activity.id) đã có ở \(other) với nội dung khác; giữ một dòng",
                                en: "id \(checked.activity.id) already appears at \(other) with different content; keep one row")
                        : .init(vi: "mã \(checked.activity.id) đã được nhập (\(other)) với nội dung khác; muốn sửa thì từ chối hoạt động cũ (reject) và nhập hoạt động mới với mã khác",
                                en: "id \(checked.activity.id) is already stored (\(other)) with different content; to correct it, reject the old activity and import a new one with another id"))
                }
                problems += list.diagnostics
            }
            guard problems.isEmpty else { throw LedgerError.invalid(Self.inFileOrder(problems, sources)) }
            if summary.added > 0 {
                if var inline, try inline.finish(self, db) {
                    summary.duplicates = inline.duplicates
                } else {
                    try rescore(db)
                    summary.rescored = true
                    summary.duplicates = try Int.fetchOne(db, sql: "SELECT count(*) FROM activity WHERE seq >= ? AND status = 'duplicate'",
                                                          arguments: [firstNewSeq]) ?? 0
                }
            }
            return summary
        }
    }

    /// `record`: one activity given on the command line, checked like an imported row; `id` is generated when
    /// not given (`R-YYYYMMDD-N`). Returns the activity's id.
    public func record(_ fields: [String: String], today: CivilDate) throws -> String {
        try write { db in
            var fields = fields
            if fields["id"] == nil {
                // An unreadable date is reported on its own; the generated id then uses today.
                let date = fields["date"].flatMap { CivilDate(userText: $0) } ?? today
                let prefix = "R-" + date.description.replacingOccurrences(of: "-", with: "") + "-"
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM activity WHERE id LIKE ? || '%'", arguments: [prefix]) ?? 0
                fields["id"] = prefix + String(count + 1)
            }
            let record = TableReader.Record(line: 1, values: ColumnSet.activities.columns.map { fields[$0.name] })
            var values = RecordValues(record: record, columns: .activities, problems: ProblemList(file: "record"), commaDecimal: false)
            let validator = try makeValidator(db)
            guard let checked = validator.check(&values) else { throw LedgerError.invalid(values.problems.diagnostics) }
            guard try ActivityInserter(db).insert(checked, source: "record", db: db) else {
                throw LedgerError.invalid([Diagnostic(file: "record", location: .line(1, column: "id"),
                    vi: "mã \(checked.activity.id) đã có; chọn mã khác hoặc bỏ --id", en: "id \(checked.activity.id) is already stored; choose another or leave out --id")])
            }
            try rescore(db)
            return checked.activity.id
        }
    }

    private func makeValidator(_ db: Database) throws -> ActivityValidator {
        var memberUnits: [String: String] = [:]
        let members = try Row.fetchCursor(db, sql: "SELECT id, unit FROM member")
        while let row = try members.next() { memberUnits[row["id"]] = row["unit"] }
        var unitLevels: [String: UnitLevel] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, level FROM unit") { unitLevels[row["code"]] = UnitLevel(rawValue: row["level"]) }
        return ActivityValidator(book: book, scorer: Scorer(book: book, chart: OrgChart(units: [])), hasher: hasher,
                                 memberUnits: memberUnits, unitLevels: unitLevels)
    }
}
