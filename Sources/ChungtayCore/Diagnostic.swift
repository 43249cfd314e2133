/// One problem found while checking input, named by where it stands.
///
/// Rules problems carry a JSON path (`Rules/2026.json: $.activities.x.points: ...`); data problems carry a
/// line and column (`units.csv:12: parent: ...`). Checks collect every diagnostic and report them together.
/// The message is kept in both languages; `text(_:)` writes it in the one the user chose, and `description`
/// in Vietnamese, the default.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Location: Sendable, Hashable {
        /// A JSON path such as `$.activities.dossier_assisted.by.level`.
        case jsonPath(String)
        /// A physical line (the header is line 1) and, where known, the column's name.
        case line(Int, column: String?)
        /// The file as a whole.
        case file
    }

    /// What is wrong and what to do, in Vietnamese and in English.
    public struct Message: Sendable, Hashable {
        public let vi: String
        public let en: String

        public init(vi: String, en: String) {
            self.vi = vi
            self.en = en
        }

        /// The text in the given language.
        public func text(_ lang: Language) -> String {
            lang.pick(vi, en)
        }
    }

    public let file: String
    public let location: Location
    public let message: Message

    public init(file: String, location: Location, message: Message) {
        self.file = file
        self.location = location
        self.message = message
    }

    public init(file: String, location: Location, vi: String, en: String) {
        self.init(file: file, location: location, message: Message(vi: vi, en: en))
    }

    /// `FILE: $.path: message`, `FILE:LINE: column: message`, `FILE:LINE: message` or `FILE: message`, with the
    /// message in the given language.
    public func text(_ lang: Language) -> String {
        let message = message.text(lang)
        switch location {
        case let .jsonPath(path): return "\(file): \(path): \(message)"
        case let .line(line, column?): return "\(file):\(line): \(column.clippedForMessage): \(message)"
        case let .line(line, nil): return "\(file):\(line): \(message)"
        case .file: return "\(file): \(message)"
        }
    }

    /// The Vietnamese text (the default language), as `text(.vi)`.
    public var description: String {
        text(.vi)
    }
}

extension String {
    /// The text as a message may quote it: at most 80 characters, with "…" after a longer one cut there, so that no
    /// message repeats a huge value.
    public var clippedForMessage: String {
        guard utf8.count > 80, count > 80 else { return self }
        return String(prefix(80)) + "…"
    }
}

/// Thrown when checking found problems; it carries all of them.
public struct DiagnosticsError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// A message can be the failure of a value parser, before it knows the file and line it stands on.
extension Diagnostic.Message: Error {}
