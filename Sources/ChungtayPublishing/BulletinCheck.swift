import ChungtayCore
import ChungtayLedger

/// `verify DIR` (outputs.md, Publishing a week): whether a published folder is what was frozen. Every file must
/// match `SHA256SUMS`; the digest in `leaderboard.json` must be the stored digest of that week and revision; and
/// every file must have the bytes the stored revision renders to.
public enum BulletinCheck {
    /// What was checked: the week and revision `leaderboard.json` names (when it could be read), and one diagnostic
    /// per file that differs, is missing or is extra (none when the folder is as published).
    public struct Outcome: Sendable {
        public let week: String?
        public let revision: Int?
        public let problems: [Diagnostic]
    }

    /// Checks the files of a folder (name → bytes) against the ledger's stored snapshots.
    /// - Parameters:
    ///   - folder: how diagnostics name the folder (`DIR/members.csv`).
    public static func check(_ files: [String: [UInt8]], folder: String, ledger: Ledger) throws -> Outcome {
        var reasons: [String: [Diagnostic.Message]] = [:]
        func note(_ name: String, _ vi: String, _ en: String) { reasons[name, default: []].append(.init(vi: vi, en: en)) }

        let expected = Set(BulletinFiles.names + [BulletinFiles.checksums])
        for name in files.keys where !expected.contains(name) {
            note(name, "tệp thừa, không thuộc bản công bố", "an extra file, not part of the publication")
        }
        for name in expected where files[name] == nil {
            note(name, "thiếu tệp", "missing")
        }
        if let sums = files[BulletinFiles.checksums] {
            if let listed = BulletinFiles.parseChecksums(sums) {
                let byName = Dictionary(listed.map { ($0.name, $0.digest) }, uniquingKeysWith: { first, _ in first })
                for name in BulletinFiles.names {
                    guard let bytes = files[name] else { continue }
                    guard let digest = byName[name] else {
                        note(name, "không có trong SHA256SUMS", "not listed in SHA256SUMS")
                        continue
                    }
                    if Snapshot.sha256(bytes) != digest { note(name, "khác với SHA256SUMS", "differs from SHA256SUMS") }
                }
                for name in byName.keys where !BulletinFiles.names.contains(name) {
                    note(BulletinFiles.checksums, "liệt kê tệp \(name) không thuộc bản công bố", "lists \(name), which is not part of a publication")
                }
            } else {
                note(BulletinFiles.checksums, "không đúng định dạng của sha256sum", "not in the format of sha256sum")
            }
        }

        var week: String?
        var revision: Int?
        let json = "leaderboard.json"
        if let bytes = files[json] {
            let stamp = try? JSONValue.parse(bytes)
            week = stamp.flatMap { field($0, "week") }.flatMap { if case let .string(text) = $0 { text } else { nil } }
            revision = stamp.flatMap { field($0, "revision") }.flatMap { if case let .number(text) = $0 { Int(text) } else { nil } }
            let digest = stamp.flatMap { field($0, "digest") }.flatMap { if case let .string(text) = $0 { text } else { nil } }
            if let week, let revision, let digest {
                if let publication = try ledger.publication(week: week, revision: revision) {
                    if digest != publication.digest {
                        note(json, "mã kiểm tra \(digest) khác mã đã lưu của tuần \(week) lần \(revision) (\(publication.digest))",
                             "digest \(digest) differs from the stored digest of \(week), revision \(revision) (\(publication.digest))")
                    }
                    for (name, bytes) in BulletinFiles.render(publication) where files[name].map({ $0 != bytes }) == true {
                        note(name, "khác với bản công bố đã lưu trong cơ sở dữ liệu", "differs from the publication stored in the database")
                    }
                } else {
                    note(json, "cơ sở dữ liệu không có bản công bố tuần \(week) lần \(revision)",
                         "the database holds no publication of \(week), revision \(revision)")
                }
            } else {
                note(json, "không đọc được week, revision và digest", "cannot read week, revision and digest")
            }
        }
        let problems = reasons.keys.sorted().map { name in
            let messages = reasons[name]!
            return Diagnostic(file: folder + "/" + name, location: .file,
                              message: .init(vi: messages.map(\.vi).joined(separator: "; "), en: messages.map(\.en).joined(separator: "; ")))
        }
        return Outcome(week: week, revision: revision, problems: problems)
    }

    static func field(_ value: JSONValue, _ key: String) -> JSONValue? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}
