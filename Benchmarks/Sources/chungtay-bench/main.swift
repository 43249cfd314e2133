// The benchmarks the issues ask for; Benchmarks/run builds them in release and records their output.
//   chungtay-bench score [ACTIVITIES] [MEMBERS] [RULES_DIR]
//   chungtay-bench import DATA_DIR [RULES_DIR]
import Foundation

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "score":
    try scoringBenchmark(activityCount: arguments.count > 2 ? Int(arguments[2])! : 1_000_000,
                         memberCount: arguments.count > 3 ? Int(arguments[3])! : 100_000,
                         rulesFolder: arguments.count > 4 ? arguments[4] : "Rules")
case "import":
    try importBenchmark(dataFolder: arguments[2], rulesFolder: arguments.count > 3 ? arguments[3] : "Rules")
default:
    FileHandle.standardError.write(Data("usage: chungtay-bench score [N] [MEMBERS] [RULES] | import DATA_DIR [RULES]\n".utf8))
    exit(64)
}
