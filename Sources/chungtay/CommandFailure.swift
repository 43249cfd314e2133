import ChungtayCore

/// A refusal of the command line itself (wrong usage, an output that cannot be written), its message already in
/// the user's language.
struct CommandFailure: Refusal {
    let exitCode: Int32
    let messages: [String]

    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let cannotOpen: Int32 = 66
    static let cannotCreate: Int32 = 73

    init(_ exitCode: Int32, _ messages: [String]) {
        self.exitCode = exitCode
        self.messages = messages
    }

    init(_ exitCode: Int32, _ message: String) {
        self.init(exitCode, [message])
    }

    func lines(_ lang: Language) -> [String] {
        messages
    }
}
