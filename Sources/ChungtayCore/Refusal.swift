/// Why chungtay refused, as the user reads it: the exit code outputs.md gives the refusal, and its message in the
/// user's language, one line per problem, naming the file, line, JSON path or option and saying what to do.
///
/// Every module's error type conforms, so that the command line prints any of them the same way.
public protocol Refusal: Error {
    /// 64 wrong usage, 65 invalid data, 66 cannot open, 73 cannot create, 75 busy, 1 damage (outputs.md).
    var exitCode: Int32 { get }
    /// The message, one line per problem, in `lang`.
    func lines(_ lang: Language) -> [String]
}

extension DiagnosticsError: Refusal {
    /// Invalid input (exit 65).
    public var exitCode: Int32 { 65 }

    /// Every problem found, one line each.
    public func lines(_ lang: Language) -> [String] {
        diagnostics.map { $0.text(lang) }
    }
}
