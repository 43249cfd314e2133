extension String {
    /// The Levenshtein distance between two texts, by Unicode scalars: how "did you mean" hints pick the
    /// closest known name.
    public func editDistance(to other: String) -> Int {
        let a = Array(unicodeScalars), b = Array(other.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0 ... b.count)
        for i in 1 ... a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1 ... b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// The known name closest to this mistyped one (ignoring case), when it is close enough to be a slip of the keyboard:
    /// at most max(2, length ÷ 3) edits away, and fewer edits than the name has characters (`XX` is not a slip of `QN`). Nil for a name longer than 64 bytes, whose suggestion would cost time in
    /// proportion to its length, or when nothing is that close.
    /// - Complexity: O(*n*) distances for *n* candidates, each only where the lengths are within reach.
    public func closest(in candidates: some Sequence<String>) -> String? {
        guard utf8.count <= 64 else { return nil }
        let word = lowercased()
        let length = word.unicodeScalars.count
        let reach = Swift.min(Swift.max(2, length / 3), length - 1)
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.unicodeScalars.count - length) <= reach {
            let distance = word.editDistance(to: candidate.lowercased())
            if distance <= reach, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.name
    }
}
