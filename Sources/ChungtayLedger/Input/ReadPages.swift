#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of an input file back to the kernel once a pass has read them, so that a province-sized file
/// (mapped into memory by the command line) is not all resident at once: each pass keeps a few MiB of it.
///
/// Only advice (`MADV_PAGEOUT`): the bytes never change, and a page read again comes back from the file (or, for a
/// buffer that is not a mapped file, stays where it is).
struct ReadPages {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Bytes from the start already given back.
    private var released = 0
    private static let step = 8 << 20
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The pass has read everything before `offset`.
    mutating func read(upTo offset: Int) {
        guard offset - released >= Self.step, let base = bytes.baseAddress else { return }
        // Whole pages inside the buffer only.
        let address = UInt(bitPattern: base)
        let page = UInt(Self.pageSize)
        let first = (address + UInt(released) + page - 1) / page * page
        let end = (address + UInt(offset)) / page * page
        released = offset
        guard end > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        #if os(Linux)
        _ = madvise(start, Int(end - first), 21) // MADV_PAGEOUT (Linux 5.4)
        #endif
    }
}
