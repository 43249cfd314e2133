import ChungtayCore
import Dispatch

/// The batch engine: every activity scored together from scratch, the definition of a correct result that the
/// tests hold the ledger's inline scoring and ``ScoringSession`` to.
extension Scorer {
    /// Scores every activity together, in (date, id) order, whatever order they are given in.
    ///
    /// A parallel pre-pass does the per-activity work that needs no order (the rules file, type, unit, sort
    /// key, and hashes of the claim key and member); duplicates and members' numbers are found in parallel
    /// too, so that the serial loop over (date, id) order only does what caps and targets need.
    /// - Complexity: O(n log n) for the sort (O(n) when already sorted), then O(n) hash-table work.
    public func score(_ activities: [Activity]) -> ScoringResult {
        activities.withUnsafeBufferPointer { activities in
            let (facts, keys) = prepare(activities)
            let sorted = Self.scoringOrder(activities, keys)
            let order = sorted ?? keys
            // From here on, what is known about the activities is read in (date, id) order, by rank in `order`.
            let ranked = Self.inOrder(facts, order)
            let firstClaims = firstClaims(activities, ranked, order)
            let (memberNumbers, memberCount) = memberNumbers(activities, ranked, order)
            var state = ScoringState(unitCount: organisation.codes.count, typeCount: typeNames.count, memberCount: memberCount)
            // `order` is a permutation: each score is initialised exactly once. Scores are written by rank, in
            // turn; when the activities came out of order, they are then moved to their positions in parallel,
            // so that the serial loop does not write all over memory.
            let scores = [ActivityScore](unsafeUninitializedCapacity: activities.count) { buffer, initialized in
                let byRank = sorted == nil ? buffer : .allocate(capacity: activities.count)
                for (rank, key) in order.enumerated() {
                    let position = Int(key.position)
                    let fact = ranked[rank]
                    let activity = activities.baseAddress! + position
                    let first = Int(firstClaims[rank])
                    let claim = first < 0 ? Claim.none : .duplicate(of: activities[first].id)
                    let member = memberNumbers[rank] < 0 ? nil : Int(memberNumbers[rank])
                    let scored = score(activity, fact.fields, claim: claim, fileIndex: Int(fact.fileIndex),
                                       typeCode: fact.typeCode < 0 ? nil : Int(fact.typeCode),
                                       unitIndex: fact.unitIndex < 0 ? nil : Int(fact.unitIndex), member: member, state: &state)
                    (byRank.baseAddress! + rank).initialize(to: scored)
                }
                if sorted != nil {
                    // Each piece moves only its own ranks.
                    nonisolated(unsafe) let (byRank, byPosition) = (byRank, buffer)
                    DispatchQueue.concurrentPerform(iterations: Self.parallelPieces) { piece in
                        for rank in order.count * piece / Self.parallelPieces ..< order.count * (piece + 1) / Self.parallelPieces {
                            (byPosition.baseAddress! + Int(order[rank].position)).moveInitialize(from: byRank.baseAddress! + rank, count: 1)
                        }
                    }
                    byRank.deallocate()
                }
                initialized = activities.count
            }
            return ScoringResult(scores: scores, bonuses: state.bonuses, problems: state.problems)
        }
    }

    /// How many pieces the parallel passes cut their work into: more than there are cores, so that a core
    /// slowed by other processes leaves its remaining pieces to the others.
    static let parallelPieces = 16

    /// The facts in (date, id) order, gathered in parallel: the passes after the sort then read them in turn.
    static func inOrder(_ facts: [ActivityFacts], _ order: [SortKey]) -> [ActivityFacts] {
        [ActivityFacts](unsafeUninitializedCapacity: facts.count) { buffer, initialized in
            // Each piece writes only its own ranks.
            nonisolated(unsafe) let ranked = buffer
            DispatchQueue.concurrentPerform(iterations: parallelPieces) { piece in
                for rank in facts.count * piece / parallelPieces ..< facts.count * (piece + 1) / parallelPieces {
                    (ranked.baseAddress! + rank).initialize(to: facts[Int(order[rank].position)])
                }
            }
            initialized = facts.count
        }
    }

    /// The ranks (in (date, id) order) of the activities that `hash` gives a hash for, split by it into
    /// ``parallelPieces`` pieces, each in rank order: piece p is `ranks[starts[p] ..< starts[p + 1]]`. Equal
    /// keys have equal hashes, so each piece can be checked on its own, in parallel, with a table small enough
    /// to stay in cache.
    static func piecesByHash(count: Int, _ hash: (Int) -> UInt64?) -> (ranks: [Int32], starts: [Int]) {
        // The table hashes on the low bits, so pieces are told apart by high ones.
        func piece(_ hash: UInt64) -> Int { Int((hash >> 32) % UInt64(parallelPieces)) }
        var starts = [Int](repeating: 0, count: parallelPieces + 1)
        for rank in 0 ..< count { if let hash = hash(rank) { starts[piece(hash) + 1] += 1 } }
        for piece in 1 ... parallelPieces { starts[piece] += starts[piece - 1] }
        var next = starts
        var ranks = [Int32](repeating: 0, count: starts[parallelPieces])
        for rank in 0 ..< count {
            guard let hash = hash(rank) else { continue }
            ranks[next[piece(hash)]] = Int32(rank)
            next[piece(hash)] += 1
        }
        return (ranks, starts)
    }

    /// Step 1, duplicates: by rank, for each activity that is a later claim on a thing, the position of the
    /// first claim in (date, id) order; -1 for every other activity.
    func firstClaims(_ activities: UnsafeBufferPointer<Activity>, _ ranked: [ActivityFacts], _ order: [SortKey]) -> [Int32] {
        let (claims, starts) = Self.piecesByHash(count: ranked.count) { ranked[$0].hasClaim ? ranked[$0].claimHash : nil }
        return [Int32](unsafeUninitializedCapacity: activities.count) { buffer, initialized in
            buffer.initialize(repeating: -1)
            // Each piece writes only its own claims' ranks.
            nonisolated(unsafe) let (firsts, activities) = (buffer, activities)
            DispatchQueue.concurrentPerform(iterations: Self.parallelPieces) { piece in
                func key(_ rank: Int32) -> ClaimKey? {
                    let fact = ranked[Int(rank)]
                    return claimKey(activities[Int(order[Int(rank)].position)], fileIndex: Int(fact.fileIndex), typeCode: Int(fact.typeCode))
                }
                let table = HashedIndex(minimumCapacity: starts[piece + 1] - starts[piece])
                for claim in claims[starts[piece] ..< starts[piece + 1]] {
                    if let first = table.payload(hash: ranked[Int(claim)].claimHash, orInsert: claim, isSame: { key($0) == key(claim) }) {
                        firsts[Int(claim)] = order[Int(first)].position
                    }
                }
            }
            initialized = activities.count
        }
    }

    /// By rank, each activity's member numbered from 0 (-1: no member), and how many members there are.
    func memberNumbers(_ activities: UnsafeBufferPointer<Activity>, _ ranked: [ActivityFacts], _ order: [SortKey])
        -> (numbers: [Int32], count: Int) {
        let (ranks, starts) = Self.piecesByHash(count: ranked.count) { ranked[$0].hasMember ? ranked[$0].memberHash : nil }
        var memberCount = 0
        let numbers = [Int32](unsafeUninitializedCapacity: activities.count) { buffer, initialized in
            buffer.initialize(repeating: -1)
            // Each piece numbers its members from 0 and writes only its own ranks; then the numbers are
            // shifted by the counts of the pieces before.
            let pieceCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: Self.parallelPieces)
            defer { pieceCounts.deallocate() }
            nonisolated(unsafe) let (numbers, counts, activities) = (buffer, pieceCounts, activities)
            DispatchQueue.concurrentPerform(iterations: Self.parallelPieces) { piece in
                let table = HashedIndex(minimumCapacity: 1024)
                var ids: [String] = []
                for rank in ranks[starts[piece] ..< starts[piece + 1]] {
                    let id = activities[Int(order[Int(rank)].position)].member
                    let known = table.payload(hash: ranked[Int(rank)].memberHash, orInsert: Int32(ids.count)) { ids[Int($0)] == id }
                    if known == nil, let id { ids.append(id) }
                    numbers[Int(rank)] = known ?? Int32(ids.count - 1)
                }
                counts[piece] = ids.count
            }
            let offsets = (0 ..< Self.parallelPieces).map { Int32(counts[..<$0].reduce(0, +)) }
            memberCount = counts.reduce(0, +)
            DispatchQueue.concurrentPerform(iterations: Self.parallelPieces) { piece in
                for rank in ranks[starts[piece] ..< starts[piece + 1]] { numbers[Int(rank)] += offsets[piece] }
            }
            initialized = activities.count
        }
        return (numbers, memberCount)
    }

    /// Everything about each activity that does not depend on the others, and its sort key, found in parallel.
    func prepare(_ activities: UnsafeBufferPointer<Activity>) -> (facts: [ActivityFacts], keys: [SortKey]) {
        let count = activities.count
        var keys: [SortKey] = []
        let facts = [ActivityFacts](unsafeUninitializedCapacity: count) { factsBuffer, factsInitialized in
            keys = [SortKey](unsafeUninitializedCapacity: count) { keysBuffer, keysInitialized in
                // Each piece writes only its own positions.
                nonisolated(unsafe) let (activities, factsOut, keysOut) = (activities, factsBuffer, keysBuffer)
                DispatchQueue.concurrentPerform(iterations: Self.parallelPieces) { piece in
                    var fileIndex = -1
                    for position in count * piece / Self.parallelPieces ..< count * (piece + 1) / Self.parallelPieces {
                        let activity = activities.baseAddress! + position
                        let day = activity.pointee.date.dayNumber
                        if fileIndex < 0 || day < fileRanges[fileIndex].from || day > fileRanges[fileIndex].to {
                            fileIndex = book.fileIndex(on: activity.pointee.date) ?? -1
                        }
                        let typeCode = typeCode(activity.pointee.type)
                        var claimHash: UInt64 = 0
                        var hasClaim = false
                        if !activity.pointee.rejected, let typeCode, let key = claimKey(activity.pointee, fileIndex: fileIndex, typeCode: typeCode) {
                            claimHash = UInt64(bitPattern: Int64(key.hashValue))
                            hasClaim = true
                        }
                        (factsOut.baseAddress! + position).initialize(to: ActivityFacts(
                            claimHash: claimHash, memberHash: UInt64(bitPattern: Int64(activity.pointee.member?.hashValue ?? 0)),
                            fileIndex: Int32(fileIndex), typeCode: Int32(typeCode ?? -1),
                            unitIndex: Int32(organisation.number(of: activity.pointee.unit) ?? -1), hasClaim: hasClaim,
                            hasMember: activity.pointee.member != nil, fields: ScoredFields(activity.pointee)))
                        (keysOut.baseAddress! + position).initialize(
                            to: SortKey(idPrefix: Self.idPrefix(activity.pointee.id), day: day, position: Int32(position)))
                    }
                }
                keysInitialized = count
            }
            factsInitialized = count
        }
        return (facts, keys)
    }

    /// The first eight UTF-8 bytes of an id as one integer, for comparing ids without reading their strings
    /// unless these are equal.
    static func idPrefix(_ id: String) -> UInt64 {
        var prefix: UInt64 = 0
        var taken: UInt64 = 0
        for byte in id.utf8.prefix(8) {
            prefix = prefix << 8 | UInt64(byte)
            taken += 1
        }
        return taken == 0 ? 0 : prefix << (8 * (8 - taken))
    }

    /// The sort keys in (date, id) order, ids compared as the bytes of their UTF-8 (NFC) form; nil when the
    /// keys already are in that order.
    ///
    /// Swift orders strings by their NFC Unicode scalars, which is the byte order of their UTF-8 NFC form,
    /// and ids are stored in NFC, so `<` on ids is the contract's order.
    static func scoringOrder(_ activities: UnsafeBufferPointer<Activity>, _ keys: [SortKey]) -> [SortKey]? {
        let count = keys.count
        guard count > 1, !(1 ..< count).allSatisfy({ scoredBefore(keys[$0 - 1], keys[$0], in: activities) }) else { return nil }
        // Counting sort by day, then each day's keys sorted apart, the days cut into pieces sorted in parallel.
        var first = Int32.max, last = Int32.min
        for key in keys {
            first = min(first, key.day)
            last = max(last, key.day)
        }
        var counts = [Int](repeating: 0, count: Int(last - first) + 2)
        for key in keys { counts[Int(key.day - first) + 1] += 1 }
        for day in counts.indices.dropFirst() { counts[day] += counts[day - 1] }
        let starts = counts
        let dayCount = starts.count - 1
        // Piece p sorts the days that start in its p-th share of the positions.
        var pieceDays = [0]
        for piece in 1 ..< parallelPieces {
            var day = pieceDays[piece - 1]
            while day < dayCount, starts[day] < count * piece / parallelPieces { day += 1 }
            pieceDays.append(day)
        }
        pieceDays.append(dayCount)
        let pieces = pieceDays
        return [SortKey](unsafeUninitializedCapacity: count) { buffer, initialized in
            var next = starts
            for key in keys {
                let day = Int(key.day - first)
                (buffer.baseAddress! + next[day]).initialize(to: key)
                next[day] += 1
            }
            // Each piece sorts only its own days, and reads ids only.
            nonisolated(unsafe) let (sorted, activities) = (buffer, activities)
            DispatchQueue.concurrentPerform(iterations: parallelPieces) { piece in
                for day in pieces[piece] ..< pieces[piece + 1] where starts[day + 1] - starts[day] > 1 {
                    var slice = UnsafeMutableBufferPointer(rebasing: sorted[starts[day] ..< starts[day + 1]])
                    slice.sort { scoredBefore($0, $1, in: activities) }
                }
            }
            initialized = count
        }
    }

    /// The order scoring reads activities in, (date, id) (scoring.md): not a board's order, which only `RankRows` gives.
    private static func scoredBefore(_ a: SortKey, _ b: SortKey, in activities: UnsafeBufferPointer<Activity>) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.idPrefix != b.idPrefix { return a.idPrefix < b.idPrefix }
        return activities[Int(a.position)].id < activities[Int(b.position)].id
    }
}
