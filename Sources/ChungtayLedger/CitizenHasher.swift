import Crypto
import Foundation

/// Turns a citizen's normalised identifier into the only thing the ledger keeps of it: HMAC-SHA256 with the
/// deployment's secret key, in hex. The identifier itself is never stored, logged or printed.
///
/// Sendable by hand: `SHA256` is a value (each hash copies the prepared states and changes only its copy), which
/// swift-crypto does not declare.
public struct CitizenHasher: @unchecked Sendable {
    /// SHA-256 states that have already absorbed the key's inner and outer pads (RFC 2104), so that each
    /// identifier costs two short hashes and no key set-up.
    private let inner: SHA256
    private let outer: SHA256

    /// - Parameter secret: the deployment key (the key file's text, or `CHUNGTAY_SECRET`).
    public init(secret: String) {
        var key = [UInt8](secret.utf8)
        if key.count > 64 { key = Array(SHA256.hash(data: key)) }
        key += [UInt8](repeating: 0, count: 64 - key.count)
        var inner = SHA256()
        inner.update(data: key.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(data: key.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    func hash(_ normalizedIdentifier: String) -> String {
        var inner = self.inner
        var identifier = normalizedIdentifier
        identifier.withUTF8 { inner.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        var outer = self.outer
        inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
        return Self.hex(outer.finalize())
    }

    /// The key's fingerprint, which the database keeps so that another key is refused: the keyed hash of a fixed
    /// text that no normalised identifier can be (identifiers are upper-case letters and digits).
    var fingerprint: String {
        hash("chungtay key fingerprint")
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = digits[Int(byte >> 4)]
                buffer[index + 1] = digits[Int(byte & 0x0F)]
                index += 2
            }
            return 64
        }
    }

    /// A new random secret for a key file: 32 random bytes in hex.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0 ..< 32).map { _ in
            let byte = UInt8.random(in: 0 ... 255, using: &generator)
            return byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }
}
