import ChungtayCore

/// One real-world thing claimed: a type, the set of `unique` attributes its file lists, and their values.
struct ClaimKey: Hashable {
    let type: Int
    let attributes: UInt16
    let value: String
}


/// What the pre-pass of ``Scorer/score(_:)`` finds about one activity.
struct ActivityFacts {
    /// The hash of the activity's claim key, when `hasClaim`; of its member's id, when `hasMember`.
    var claimHash: UInt64
    var memberHash: UInt64
    /// -1: no rules file in effect; -1 for the type code and unit index: not known.
    var fileIndex: Int32
    var typeCode: Int32
    var unitIndex: Int32
    /// Not rejected, and its type's `unique` values are all given (scoring.md, Duplicates).
    var hasClaim: Bool
    var hasMember: Bool
    var fields: ScoredFields
}

/// What steps 2–6 read of an activity, compact and without strings.
struct ScoredFields {
    var attendees: Int64
    /// nil when absent or with more than two decimals (which only a type scoring hours reads, and refuses).
    var hoursHundredths: Int64?
    var date: CivilDate
    /// 1...4, or 0 when absent or out of that range (no `by` level applies).
    var level: Int8
    /// The ordinal of the subject and of the channel; -1 when absent.
    var subject: Int8
    var channel: Int8
    var online: Bool
    var paidOnline: Bool
    var rejected: Bool
    var hasAttendees: Bool
    var hasHours: Bool

    init(_ activity: Activity) {
        attendees = activity.attendees ?? 0
        hoursHundredths = activity.hours.flatMap { $0.scale <= 2 ? $0.hundredths : nil }
        date = activity.date
        level = activity.level.map { (1 ... 4).contains($0) ? Int8($0) : 0 } ?? 0
        subject = activity.subject.map { Int8($0.ordinal) } ?? -1
        channel = activity.channel.map { Int8($0.ordinal) } ?? -1
        online = activity.online
        paidOnline = activity.paidOnline
        rejected = activity.rejected
        hasAttendees = activity.attendees != nil
        hasHours = activity.hours != nil
    }
}

/// An activity's place in (date, id) order, compared without reading its id unless the prefixes tie.
struct SortKey {
    var idPrefix: UInt64
    var day: Int32
    var position: Int32
}

/// An open-addressing hash table over hashes the caller computed beforehand (in parallel), mapping each
/// distinct key to a small payload. It never sees the keys themselves: on equal hashes the caller says
/// whether the keys are equal, so strings are only compared for true matches and rare collisions.
final class HashedIndex {
    private struct Entry {
        var hash: UInt64
        /// -1: empty.
        var payload: Int32
    }

    private var entries: UnsafeMutableBufferPointer<Entry>
    private var count = 0

    init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < 2 * minimumCapacity { capacity *= 2 }
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry(hash: 0, payload: -1))
    }

    deinit {
        entries.deallocate()
    }

    /// The payload of the key stored with this hash for which `isSame` holds; nil when there is none, after
    /// storing `newPayload` for this key.
    @inline(__always)
    func payload(hash: UInt64, orInsert newPayload: Int32, isSame: (Int32) -> Bool) -> Int32? {
        var bucket = Int(truncatingIfNeeded: hash) & (entries.count - 1)
        while entries[bucket].payload >= 0 {
            if entries[bucket].hash == hash, isSame(entries[bucket].payload) { return entries[bucket].payload }
            bucket = (bucket + 1) & (entries.count - 1)
        }
        entries[bucket] = Entry(hash: hash, payload: newPayload)
        count += 1
        if 2 * count > entries.count { grow() }
        return nil
    }

    /// Doubles the table, keeping it at most half full so that probes stay short.
    private func grow() {
        let old = entries
        entries = .allocate(capacity: old.count * 2)
        entries.initialize(repeating: Entry(hash: 0, payload: -1))
        for entry in old where entry.payload >= 0 {
            var bucket = Int(truncatingIfNeeded: entry.hash) & (entries.count - 1)
            while entries[bucket].payload >= 0 { bucket = (bucket + 1) & (entries.count - 1) }
            entries[bucket] = entry
        }
        old.deallocate()
    }
}
