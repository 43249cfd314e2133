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
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in SHA256.hash(data: Data(key.utf8)).prefix(16).enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.high = high
        self.low = low
    }

    /// The 16 bytes as stored.
    var data: Data {
        var bytes = Data(count: 16)
        for index in 0 ..< 8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
        }
        return bytes
    }
}
