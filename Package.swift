// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "chungtay",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chungtay", targets: ["chungtay"]),
        .executable(name: "chungtay-bench", targets: ["chungtay-bench"]),
        .executable(name: "chungtay-seed", targets: ["chungtay-seed"]),
        // The input libraries, for the libFuzzer targets of Fuzz/ (a package of its own, built with the fuzzing runtime).
        .library(name: "ChungtayInput", targets: ["ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The flow is files → ledger → scores → standings → boards → reports (docs/architecture.md).
        // Values every step shares: exact decimals, calendar dates, periods, board kinds, text normalisation, JSON, diagnostics.
        .target(name: "ChungtayCore"),
        // Rules files: load, check, and the scoring rules (pure, in memory); the batch engine the tests hold scoring to.
        .target(name: "ChungtayRules", dependencies: [
            "ChungtayCore",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The SQLite ledger: schema, migrations, imports, the stored points (the truth), the standings (their cache, written
        // and read in StandingLines.swift) and the organisation.
        .target(name: "ChungtayLedger", dependencies: [
            "ChungtayCore", "ChungtayRules",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Periods; one Standings (stored lines, summed activities or rescored ones) ranked by one ranker into boards, rank,
        // movement and rules diff; explanations.
        .target(name: "ChungtayRanking", dependencies: [
            "ChungtayCore", "ChungtayRules", "ChungtayLedger",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Award nominees (criteria, quotas, nominee lists) and the campaign's yearly indicators, from the boards and SQL.
        .target(name: "ChungtayAwards", dependencies: [
            "ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // libxlsxwriter (Debian's libxlsxwriter-dev), for real .xlsx workbooks.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Renderers: tables, JSON, CSV, Markdown, HTML, xlsx and the reports built from them. They return data, never print.
        .target(name: "ChungtayPublishing", dependencies: [
            "ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking", "ChungtayAwards", "CXlsxWriter",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The sample province's generator (Seeds/), a library: chungtay-seed writes its files, chungtay carries it.
        .target(name: "ChungtaySample", dependencies: ["ChungtayCore"], path: "Seeds/Generator"),
        // What the installed binary carries: the official rules files (embedded by SwiftPM) and the sample province.
        .target(name: "ChungtayBuiltIn", dependencies: ["ChungtaySample"], resources: [.embedInCode("Rules")]),
        .executableTarget(name: "chungtay", dependencies: [
            "ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking", "ChungtayAwards", "ChungtayPublishing", "ChungtayBuiltIn",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks (run by Benchmarks/run); not part of the tool.
        .executableTarget(name: "chungtay-bench", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger"],
                          path: "Benchmarks/Sources/chungtay-bench"),
        // Deterministic generator of the sample province (Seeds/) and of benchmark data.
        .executableTarget(name: "chungtay-seed", dependencies: ["ChungtaySample"], path: "Seeds/Tool"),
        // Fixtures the tests of more than one module share (tests only: no product or library depends on it).
        .target(name: "ChungtayTestSupport", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger",
                                                          .product(name: "GRDB", package: "GRDB.swift")],
                path: "Tests/ChungtayTestSupport"),
        .testTarget(name: "ChungtayCoreTests", dependencies: ["ChungtayCore"]),
        .testTarget(name: "ChungtayPublishingTests", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking",
                                                                   "ChungtayPublishing"]),
        .testTarget(name: "ChungtayRulesTests", dependencies: ["ChungtayCore", "ChungtayRules"]),
        .testTarget(name: "ChungtayLedgerTests", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayTestSupport",
                                                               .product(name: "GRDB", package: "GRDB.swift")],
                    resources: [.copy("Resources")]),
        .testTarget(name: "ChungtayRankingTests", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking",
                                                                "ChungtayBuiltIn", "ChungtaySample", "ChungtayTestSupport",
                                                                .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ChungtayAwardsTests", dependencies: ["ChungtayCore", "ChungtayRules", "ChungtayLedger", "ChungtayRanking",
                                                               "ChungtayAwards", "ChungtayTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ChungtayEndToEndTests", dependencies: ["ChungtayCore"],
                    resources: [.copy("Resources")]),
    ]
)
