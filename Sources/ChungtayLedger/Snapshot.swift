import Crypto

/// One stored revision of a week's published bulletin (outputs.md, Publishing a week); never changed once stored.
public struct Snapshot: Sendable, Hashable {
    /// The ISO week, `YYYY-Www`.
    public let week: String
    /// 1 for the first publication of the week, then 2, 3, … each time the content changed.
    public let revision: Int
    /// When this revision was first stored, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public let publishedAt: String
    public let rulesVersion: String?
    /// SHA-256 of `content`'s UTF-8 bytes, lower-case hex.
    public let digest: String
    /// The frozen bulletin, as the publishing module wrote it.
    public let content: String

    /// A snapshot as stored.
    public init(week: String, revision: Int, publishedAt: String, rulesVersion: String?, digest: String, content: String) {
        self.week = week
        self.revision = revision
        self.publishedAt = publishedAt
        self.rulesVersion = rulesVersion
        self.digest = digest
        self.content = content
    }

    /// SHA-256 of the bytes, lower-case hex: the form of every digest chungtay writes.
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(bytes))
        return hasher.finalize().map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
