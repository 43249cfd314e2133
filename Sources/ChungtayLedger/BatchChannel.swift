import Foundation

/// Hands batches from one producing thread to one consumer, the producer at most `capacity` batches ahead, so that
/// memory stays bounded whichever side is slower. Either side may stop: the consumer by ``cancel()`` (the producer's
/// next ``send(_:)`` returns false), the producer by ``finish()``.
///
/// The consumer gives each batch back when done with it (``giveBack(_:)``), and the producer frees it: memory returns
/// to the thread that allocated it, which glibc's allocator does without taking another thread's arena lock.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    /// Batches given back, for the producer to free.
    private var used: [[Element]] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues a batch, waiting while the channel is full; false when the consumer has cancelled.
    func send(_ batch: [Element]) -> Bool {
        condition.lock()
        while batches.count >= capacity, !cancelled { condition.wait() }
        let cancelled = cancelled
        if !cancelled {
            batches.append(batch)
            condition.broadcast()
        }
        let used = used
        self.used = []
        condition.unlock()
        // Freed here, outside the lock.
        withExtendedLifetime(used) {}
        return !cancelled
    }

    /// Gives a batch the consumer is done with back to the producer, to free.
    func giveBack(_ batch: [Element]) {
        condition.lock()
        used.append(batch)
        condition.unlock()
    }

    /// No batch will follow.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops taking batches.
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil once the producer has finished and every batch was taken.
    func receive() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }
}
