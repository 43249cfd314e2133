import Crypto
import Foundation

/// How the ledger stores a claim key (scoring.md, Duplicates; ``Scorer/claimText(of:)``): the first 16 bytes of the
/// key's SHA-256. Two claims are on the same thing when their keys are equal; a 128-bit digest keeps that (two
/// different keys share one with a chance of about 10⁻²⁶ among ten million claims) in a fifth of the key's size,
/// which the claim index repeats for every row.
struct ClaimDigest: Hashable {
    /// The digest's first and second 8 bytes, big-endian.
    let high: UInt64
    let low: UInt64

    init(_ key: String) {
        var key = key
        var hash = SHA256()
        key.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let digest = hash.finalize()
        (high, low) = digest.withUnsafeBytes { (UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self)),
                                                UInt64(bigEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))) }
    }

    /// The digest of 16 stored bytes; nil for any other length.
    init?(stored bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 16 else { return nil }
        high = UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self))
        low = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }

    /// Calls `body` with the 16 bytes as stored.
    func withStoredBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { try body($0) }
    }

    /// The 16 bytes as stored.
    var data: Data { withStoredBytes { Data($0) } }
}
