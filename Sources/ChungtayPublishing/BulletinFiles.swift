import ChungtayCore
import ChungtayLedger

/// The files `publish` writes for one stored revision (outputs.md, Publishing a week), always in Vietnamese, so
/// that the same revision gives the same bytes whoever publishes it.
public enum BulletinFiles {
    /// The checksum file, in the format of `sha256sum` (`HEX␠␠NAME`, one line per file, sorted by name).
    public static let checksums = "SHA256SUMS"

    /// Every file of a publication but the checksum file, sorted by name.
    public static let names = ["branches.csv", "districts.csv", "index.html", "leaderboard.json", "leaderboard.md", "members.csv"]

    /// The files' bytes by name, `SHA256SUMS` last.
    /// - Complexity: linear in the size of the boards.
    public static func render(_ publication: Publication) -> [(name: String, bytes: [UInt8])] {
        let bulletin = publication.bulletin
        let texts: [String: String] = [
            "branches.csv": BoardCSV.text(bulletin.branches, .vi),
            "districts.csv": BoardCSV.text(bulletin.districts, .vi),
            "index.html": BulletinPage.html(publication),
            "leaderboard.json": json(publication).serialized(),
            "leaderboard.md": BulletinMarkdown.text(publication),
            "members.csv": BoardCSV.text(bulletin.members, .vi),
        ]
        let files = names.map { (name: $0, bytes: Array(texts[$0]!.utf8)) }
        let sums = files.map { "\(Snapshot.sha256($0.bytes))  \($0.name)\n" }.joined()
        return files + [(checksums, Array(sums.utf8))]
    }

    /// `leaderboard.json`: `week`, `revision`, `rules_version`, `published_at`, `digest`, then the frozen content's
    /// other keys (`title`, `members`, `branches`, `districts`, `idle_branches`). Without `revision`,
    /// `published_at` and `digest`, and serialised compactly, it is the content the digest covers.
    public static func json(_ publication: Publication) -> JSONValue {
        // The content's fields: week, rules_version, title, members, branches, districts, idle_branches.
        let content = publication.bulletin.contentFields
        return .object([content[0], ("revision", .integer(publication.revision)), content[1],
                        ("published_at", .string(publication.publishedAt)), ("digest", .string(publication.digest))]
                       + content.dropFirst(2))
    }

    /// The lines of `SHA256SUMS` as (name, digest); nil when a line does not have that shape.
    public static func parseChecksums(_ bytes: [UInt8]) -> [(name: String, digest: String)]? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var sums: [(name: String, digest: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard line.count > 66, line.utf8.prefix(64).allSatisfy({ (48 ... 57).contains($0) || (97 ... 102).contains($0) }) else { return nil }
            let digest = String(line.prefix(64))
            let rest = line.dropFirst(64)
            guard rest.hasPrefix("  ") || rest.hasPrefix(" *") else { return nil }
            sums.append((String(rest.dropFirst(2)), digest))
        }
        return sums
    }
}
