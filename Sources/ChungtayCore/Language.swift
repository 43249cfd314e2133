/// The language of human-facing text: Vietnamese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// The Vietnamese or the English text, whichever this language is.
    public func pick(_ vietnamese: String, _ english: String) -> String {
        self == .vi ? vietnamese : english
    }
}
