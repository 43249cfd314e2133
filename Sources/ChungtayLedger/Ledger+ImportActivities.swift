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
            let storedByID = try db.makeStatement(sql: "SELECT \(Self.activityColumns), note, source FROM activity WHERE id = ?")
            var inline = try InlineScoring(validator, lines: sources.reduce(0) { $0 + Self.lineCount($1.data) }, db)
            defer { if let inline { inline.restoreCache(db) } }
            var summary = ImportSummary()
            summary.dryRun = dryRun
            var problems: [Diagnostic] = []
            for source in sources {
                var list = ProblemList(file: source.path)
                let unchecked = try readChecked(source, validator) { row in
                    let checked = row.checked
                    let score = try inline?.score(checked)
                    if try inserter.insert(checked, source: "\(source.path):\(row.line)", score: score ?? .unscored, db: db) {
                        summary.added += 1
                        if let score { try inline?.inserted(checked, score: score, seq: db.lastInsertedRowID) }
                        return
                    }
                    if score != nil { inline?.skipped() }
                    // The id is already stored: unchanged when the content is the same, else a conflict.
                    let stored = try Row.fetchOne(storedByID, arguments: [checked.activity.id])!
                    var storedActivity = Self.activity(stored)
                    storedActivity.rejected = false
                    // A row without `unit` took the member's unit when first imported; the member may have moved since.
                    var incoming = checked.activity
                    if !checked.unitGiven { incoming.unit = storedActivity.unit }
                    if storedActivity == incoming, (stored["note"] as String?) == checked.note {
                        summary.unchanged += (stored["seq"] as Int64) >= firstNewSeq ? 0 : 1
                        return
                    }
                    let other: String = stored["source"]
                    let sameImport = (stored["seq"] as Int64) >= firstNewSeq
                    list.add(row.line, "id", sameImport
                        ? .init(vi: "mã \(checked.activity.id) đã có ở \(other) với nội dung khác; giữ một dòng",
                                en: "id \(checked.activity.id) already appears at \(other) with different content; keep one row")
                        : .init(vi: "mã \(checked.activity.id) đã được nhập (\(other)) với nội dung khác; muốn sửa thì từ chối hoạt động cũ (reject) và nhập hoạt động mới với mã khác",
                                en: "id \(checked.activity.id) is already stored (\(other)) with different content; to correct it, reject the old activity and import a new one with another id"))
                }
                problems += unchecked + list.diagnostics
            }
            guard problems.isEmpty else { throw LedgerError.invalid(Self.inFileOrder(problems, sources)) }
            if try inline?.finish(added: summary.added, self, db) == true {
                summary.duplicates = inline!.duplicates
            } else if summary.added > 0 {
                try rescore(db)
                summary.rescored = true
                summary.duplicates = try Int.fetchOne(db, sql: "SELECT count(*) FROM activity WHERE seq >= ? AND status = 'duplicate'",
                                                      arguments: [firstNewSeq]) ?? 0
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

    /// A row of an activities file that passed every check.
    private struct CheckedRow: Sendable {
        let line: Int
        let checked: ActivityValidator.Checked
    }

    /// The problems the reading thread found, handed over when it ends.
    private final class ReadingOutcome: @unchecked Sendable {
        var problems: ProblemList

        init(file: String) {
            problems = ProblemList(file: file)
        }
    }

    /// Reads and checks the rows of `source` on a second thread (the parsing, normalising, hashing and checking of
    /// a million rows) while `body` stores the rows that passed on this one, in file order.
    /// - Returns: the problems of the rows that did not pass, and of the file.
    private func readChecked(_ source: ImportSource, _ validator: ActivityValidator,
                             _ body: (CheckedRow) throws -> Void) throws -> [Diagnostic] {
        let channel = BatchChannel<CheckedRow>(capacity: 4)
        let outcome = ReadingOutcome(file: source.path)
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            var batch: [CheckedRow] = []
            // Only cancellation stops the reading early; it is not a problem with the file.
            try? Self.readRecords(source, .activities, problems: &outcome.problems) { record, values in
                guard let checked = validator.check(&values) else { return }
                batch.append(CheckedRow(line: record.line, checked: checked))
                guard batch.count == 1024 else { return }
                guard channel.send(batch) else { throw CancellationError() }
                batch.removeAll(keepingCapacity: true)
            }
            if !batch.isEmpty { _ = channel.send(batch) }
            channel.finish()
            finished.signal()
        }
        reader.stackSize = 8 << 20
        reader.start()
        do {
            while let batch = channel.receive() {
                for row in batch { try body(row) }
                channel.giveBack(batch)
            }
        } catch {
            channel.cancel()
            finished.wait()
            throw error
        }
        finished.wait()
        return outcome.problems.diagnostics
    }

    /// How many lines the file has at most (its line feeds, plus one), giving each read page back.
    private static func lineCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var pages = ReadPages(bytes)
            var count = 1
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                count += 1
                pages.read(upTo: index)
            }
            return count
        }
    }

    private func makeValidator(_ db: Database) throws -> ActivityValidator {
        var members: [(id: String, unit: String)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, unit FROM member")
        while let row = try rows.next() { members.append((row["id"], row["unit"])) }
        return ActivityValidator(book: book, scorer: Scorer(book: book, organisation: try Organisation.stored(db)), hasher: try citizenHasher(),
                                 members: members)
    }
}
