import ChungtayCore
import ChungtayLedger
import Foundation

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
        let renderers: [String: @Sendable () -> [UInt8]] = [
            "branches.csv": { BoardCSV.bytes(bulletin.branches, .vi) },
            "districts.csv": { BoardCSV.bytes(bulletin.districts, .vi) },
            "index.html": { Array(BulletinPage.html(publication).utf8) },
            "leaderboard.json": {
                bulletin.publishedJSON(revision: publication.revision, publishedAt: publication.publishedAt, digest: publication.digest)
            },
            "leaderboard.md": { Array(BulletinMarkdown.text(publication).utf8) },
            "members.csv": { BoardCSV.bytes(bulletin.members, .vi) },
        ]
        // The files are independent: rendered side by side, each with its digest.
        let rendered = Rendered(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let bytes = renderers[names[index]]!()
            rendered.set(index, (bytes, Snapshot.sha256(bytes)))
        }
        let files = rendered.values
        let sums = zip(names, files).map { "\($1.digest)  \($0)\n" }.joined()
        return zip(names, files).map { (name: $0, bytes: $1.bytes) } + [(checksums, Array(sums.utf8))]
    }

    /// Files rendered on several threads, each into its own place.
    private final class Rendered: @unchecked Sendable {
        private var files: [(bytes: [UInt8], digest: String)?]
        private let lock = NSLock()

        init(count: Int) {
            files = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ file: (bytes: [UInt8], digest: String)) {
            lock.withLock { files[index] = file }
        }

        var values: [(bytes: [UInt8], digest: String)] { lock.withLock { files.map { $0! } } }
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
