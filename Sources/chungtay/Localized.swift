import ArgumentParser
import ChungtayCore

/// The language of `--help` and of the commands' abstracts, read from the command line before it is parsed (the
/// argument parser reads the help texts while parsing).
let helpLanguage = UsageMessages.language(of: Array(CommandLine.arguments.dropFirst()))

/// The Vietnamese or the English text, in the language of the help.
func localized(_ vietnamese: String, _ english: String) -> String {
    helpLanguage.pick(vietnamese, english)
}

extension ArgumentHelp {
    /// An option's help in the language of the help.
    static func localized(_ vietnamese: String, _ english: String) -> ArgumentHelp {
        ArgumentHelp(helpLanguage.pick(vietnamese, english))
    }
}
