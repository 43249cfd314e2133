/// The first claims an import has inserted, for finding later claims on the same thing without the claim index:
/// an open-addressing table of 4-byte slots, each the row's seq (24 bits) and 8 bits of its claim's digest, so that
/// a row (read back by seq) is compared only when those bits match.
///
/// Sized once for the import's lines, so that it never grows (growing would need every digest again): about
/// 5.7 bytes a line. It is full past 24-bit seqs or a load of 90%; the import then rescores instead.
struct FirstClaims {
    enum Lookup {
        /// The seq of the first claim on the same thing.
        case found(Int64)
        /// None: the slot where the claim goes.
        case free(Int)
    }

    private var slots: [UInt32]
    private var count = 0

    /// A table for an import of at most `lines` rows.
    init(lines: Int) {
        slots = [UInt32](repeating: 0, count: max(16, lines * 10 / 7))
    }

    /// Where the digest's probe starts, and the bits kept beside the seq.
    private func home(_ digest: ClaimDigest) -> (Int, UInt32) {
        (Int(digest.low % UInt64(slots.count)), UInt32(truncatingIfNeeded: digest.high >> 56))
    }

    /// Walks the digest's probe, asking `isClaim` about each stored seq whose bits match, until it says yes.
    func find(_ digest: ClaimDigest, _ isClaim: (Int64) throws -> Bool) rethrows -> Lookup {
        var (index, tag) = home(digest)
        while slots[index] != 0 {
            if slots[index] & 0xFF == tag, try isClaim(Int64(slots[index] >> 8)) { return .found(Int64(slots[index] >> 8)) }
            index = index + 1 == slots.count ? 0 : index + 1
        }
        return .free(index)
    }

    /// Stores a first claim in the free slot ``find(_:_:)`` gave; false when the table is full.
    mutating func insert(_ digest: ClaimDigest, seq: Int64, at free: Int) -> Bool {
        guard seq < 1 << 24, (count + 1) * 10 < slots.count * 9 else { return false }
        slots[free] = UInt32(seq) << 8 | home(digest).1
        count += 1
        return true
    }
}
