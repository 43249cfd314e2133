// chungtay-seed: writes the sample province (units, members, activities, rejections) as CSV files.
// Usage: chungtay-seed --out DIR [--members N] [--activities N] [--seed S] [--from YYYY-MM-DD] [--until YYYY-MM-DD]
//                      [--reform YYYY-MM-DD|none]

import ChungtaySample

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to standard error (file descriptor 2, which needs no shared `FILE`).
func printToStandardError(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

do {
    let options = try SeedOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    printToStandardError(try SampleWriter(options: options).write())
} catch SeedError.help {
    print(SeedOptions.usage)
} catch SeedError.usage(let message) {
    printToStandardError("chungtay-seed: \(message)\n\(SeedOptions.usage)\n")
    exit(64)
} catch {
    printToStandardError("chungtay-seed: \(error)\n")
    exit(73)
}
