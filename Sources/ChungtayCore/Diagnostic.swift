/// One problem found while checking input, named by where it stands.
///
/// Rules problems carry a JSON path (`Rules/2026.json: $.activities.x.points: ...`); data problems carry a
/// line and column (`units.csv:12: parent: ...`). Checks collect every diagnostic and report them together.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Location: Sendable, Hashable {
        /// A JSON path such as `$.activities.dossier_assisted.by.level`.
        case jsonPath(String)
        /// A physical line (the header is line 1) and, where known, the column's name.
        case line(Int, column: String?)
        /// The file as a whole.
        case file
    }

    public let file: String
    public let location: Location
    public let message: String

    public init(file: String, location: Location, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `FILE: $.path: message`, `FILE:LINE: column: message` or `FILE: message`.
    public var description: String {
        switch location {
        case let .jsonPath(path): return "\(file): \(path): \(message)"
        case let .line(line, column?): return "\(file):\(line): \(column): \(message)"
        case let .line(line, nil): return "\(file):\(line): \(message)"
        case .file: return "\(file): \(message)"
        }
    }
}

/// Thrown when checking found problems; it carries all of them.
public struct DiagnosticsError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
