import ChungtayCore
import Synchronization

/// "Có phải …?" for unknown codes in an import: the closest known unit code or member id, for at most the first 20
/// unknown codes of the import, so that a file of a million mistyped codes still costs linear time.
final class CodeSuggestions: Sendable {
    private let left = Mutex(20)

    /// What to do about an unknown code: `có phải X? Nếu không, WHAT` / `did you mean X? If not, WHAT`, or just `WHAT`
    /// when no known code is close or the budget is spent.
    func advice(for code: String, in known: some Collection<String>, otherwise what: Diagnostic.Message) -> Diagnostic.Message {
        let spend = left.withLock { left in
            guard left > 0 else { return false }
            left -= 1
            return true
        }
        guard spend, let close = code.closest(in: known) else { return what }
        return .init(vi: "có phải \(close)? Nếu không, \(what.vi)", en: "did you mean \(close)? If not, \(what.en)")
    }
}
