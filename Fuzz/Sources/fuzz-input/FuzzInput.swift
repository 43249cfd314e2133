import ChungtayCore
import ChungtayLedger
import ChungtayRules
import Foundation
import FuzzSupport

@main
enum FuzzInput {
    static func main() { runFuzzer(fuzzInput) }
}

/// The scratch database of this process (libFuzzer's fork mode runs several, one after another).
let databasePath = FileManager.default.temporaryDirectory.appendingPathComponent("chungtay-fuzz-\(getpid()).sqlite").path

/// A ledger holding the end-to-end tests' small province (its rules, units and members), made once per run,
/// so that activities can refer to real members and units.
nonisolated(unsafe) let ledger: Ledger = {
    let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/ChungtayEndToEndTests/Resources")
    func source(_ name: String) -> ImportSource {
        let url = resources.appendingPathComponent(name)
        return ImportSource(path: name, data: try! Data(contentsOf: url))
    }
    let rules = resources.appendingPathComponent("rules-good")
    let names = try! FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".json") }.sorted()
    let book = try! RuleBook(sources: names.map {
        RuleBook.Source(path: $0, bytes: Array(try! Data(contentsOf: rules.appendingPathComponent($0))))
    }, folder: rules.path)
    let ledger = try! Ledger.create(at: databasePath, book: book, secret: "fuzz")
    atexit {
        for suffix in ["", "-wal", "-shm"] { unlink(databasePath + suffix) }
    }
    _ = try! ledger.importUnits([source("province/units.csv")])
    _ = try! ledger.importMembers([source("province/members.csv")], today: CivilDate(year: 2026, month: 11, day: 29)!)
    return ledger
}()

/// One input: the first byte chooses the kind of file (units, members, activities) and its extension
/// (`.csv` or `.jsonl`); the rest is the file. A dry-run import reads and checks it all and writes nothing.
/// It must either succeed or refuse with problems that name the file and a line in it (never crash, never
/// fail otherwise).
func fuzzInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    guard let selector = input.first else { return 0 }
    let path = selector / 3 % 2 == 0 ? "fuzz.csv" : "fuzz.jsonl"
    let sources = [ImportSource(path: path, data: Data(input.dropFirst()))]
    do {
        switch selector % 3 {
        case 0: _ = try ledger.importUnits(sources, dryRun: true)
        case 1: _ = try ledger.importMembers(sources, today: CivilDate(year: 2026, month: 11, day: 29)!, dryRun: true)
        default: _ = try ledger.importActivities(sources, dryRun: true)
        }
    } catch let LedgerError.invalid(diagnostics) {
        check(!diagnostics.isEmpty, "a refusal with no problem named")
        for diagnostic in diagnostics {
            switch diagnostic.location {
            case .file: break
            case let .line(line, _): check(line >= 1 && line <= count, "a problem outside the file's lines: \(diagnostic)")
            case .jsonPath: check(false, "a data problem with a JSON path: \(diagnostic)")
            }
            check(diagnostic.file == path, "a problem naming another file: \(diagnostic)")
        }
    } catch {
        check(false, "an import failed otherwise than by refusing the data: \(error)")
    }
    return 0
}
