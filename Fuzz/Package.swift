// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets over chungtay's input code. A package of its own, so that the main package's build and
// tests never need the fuzzing runtime; `Fuzz/run` builds it with `-sanitize=fuzzer,address`, and with
// `-enable-testing` so that the targets reach the internal readers and parsers (`@testable import`).
let package = Package(
    name: "chungtay-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "chungtay", path: "..")],
    targets: [
        // libFuzzer's driver, declared for Swift, and what the targets share.
        .target(name: "FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["FuzzDriver"]),
        // CSV and JSON Lines files through decoding, the table reader and an import's checks (a dry run).
        .executableTarget(name: "fuzz-input", dependencies: ["FuzzSupport", .product(name: "ChungtayInput", package: "chungtay")]),
        // The value parsers: codes, dates, booleans, numbers, URLs, text normalisation, periods.
        .executableTarget(name: "fuzz-fields", dependencies: ["FuzzSupport", .product(name: "ChungtayInput", package: "chungtay")]),
        // The rules loader over arbitrary bytes.
        .executableTarget(name: "fuzz-rules", dependencies: ["FuzzSupport", .product(name: "ChungtayInput", package: "chungtay")]),
    ]
)
