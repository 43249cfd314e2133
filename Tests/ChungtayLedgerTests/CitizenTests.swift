import ChungtayCore
import ChungtayLedger
import Foundation
import GRDB
import Testing
#if canImport(Crypto)
import Crypto
#endif

/// data.md, Activities: `citizen` is normalised (spaces, dots and dashes removed, upper-cased) and only its
/// HMAC-SHA256 with the deployment's key is stored; the value, or any part of it, never is.
@Suite struct CitizenTests {
    /// HMAC-SHA256 with key "test-secret-0123456789", computed outside chungtay (Python's hmac module).
    static let hashes = [
        "0520123456789": "dcd424a6ad38422468dd7a25b9deece965897baae0588192ab7d8c08f69242c5",
        "052012345678": "bea73a89441c72cbbab69933e80fec80bfc4e6c332f238f651c421c4073283f9",
        "AB12CD": "4496f700b00f0346edc42c2908b6aa7dfbf5e85a768e677a2d8ca7cd43a9737b",
    ]

    static func hmac(_ text: String) -> String? {
        #if canImport(Crypto)
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: Data(LedgerFixture.secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
        #else
        return nil
        #endif
    }

    @Test func theStoredValueIsTheKeyedHashOfTheNormalisedIdentifier() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let text = activitiesHeader
            + activityRow(["id": "C1", "date": "2026-11-23", "type": "account_opened", "member": "DV003", "citizen": "0520 1234.5678-9"])
            + activityRow(["id": "C2", "date": "2026-11-24", "type": "account_opened", "member": "DV004", "citizen": "052012345678 9"])
            + activityRow(["id": "C3", "date": "2026-11-24", "type": "account_opened", "member": "DV004", "citizen": " ab-12.cd "])
        // C2 is the same citizen as C1: a duplicate claim.
        #expect(counts(try ledger.importActivities([LedgerFixture.source("activities.csv", text)])) == [3, 0, 0, 1])
        try expectPointsCurrent(ledger)
        let stored = try scratch.rows("SELECT id, citizen, status FROM activity ORDER BY id")
        #expect(stored == [
            ["C1", Self.hashes["0520123456789"], "scored"],
            ["C2", Self.hashes["0520123456789"], "duplicate"],
            ["C3", Self.hashes["AB12CD"], "scored"],
        ])
        if let independent = Self.hmac("0520123456789") {
            #expect(stored[0][1] == independent)
            #expect(stored[2][1] == Self.hmac("AB12CD"))
        }
        #expect(stored.allSatisfy { $0[1]!.count == 64 && $0[1]!.allSatisfy { "0123456789abcdef".contains($0) } })
    }

    /// data.md: the database keeps its key's fingerprint (never the key); another key is refused, no key is refused
    /// only by importing activities, and a database made before fingerprints takes the first key it is given.
    @Test func theDatabaseKeepsItsKeysFingerprintAndRefusesAnother() throws {
        let scratch = try Scratch()
        _ = try scratch.province(activities: true)
        let fingerprint = try scratch.rows("SELECT fingerprint FROM key_fingerprint")
        #expect(fingerprint.count == 1 && fingerprint[0][0]!.count == 64)
        #expect(!fingerprint[0][0]!.contains(LedgerFixture.secret))

        let wrong = #expect(throws: LedgerError.self) { _ = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: "another-key") }
        guard case .wrongKey? = wrong else { Issue.record("expected .wrongKey, got \(String(describing: wrong))"); return }
        #expect(wrong?.exitCode == 65)

        let keyless = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: nil)
        #expect(try keyless.check() == [])
        let noKey = #expect(throws: LedgerError.self) { _ = try keyless.importActivities([LedgerFixture.resource("activities.csv")], dryRun: true) }
        guard case let .noKey(path)? = noKey else { Issue.record("expected .noKey, got \(String(describing: noKey))"); return }
        #expect(path == scratch.database + ".key")
        #expect(noKey?.exitCode == 66)

        // A database from before fingerprints: the first key given becomes its key.
        try DatabaseQueue(path: scratch.database).write { db in try db.execute(sql: "DELETE FROM key_fingerprint") }
        _ = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: "another-key")
        #expect(try scratch.rows("SELECT fingerprint FROM key_fingerprint") != fingerprint)
        #expect(throws: LedgerError.self) { _ = try Ledger.open(at: scratch.database, book: LedgerFixture.book, secret: LedgerFixture.secret) }
    }

    @Test func anotherKeyGivesAnotherHash() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.create(at: scratch.database, book: LedgerFixture.book, secret: "another-key")
        _ = try ledger.importUnits([LedgerFixture.resource("units.csv")])
        try expectPointsCurrent(ledger)
        _ = try ledger.importMembers([LedgerFixture.resource("members.csv")], today: LedgerFixture.today)
        try expectPointsCurrent(ledger)
        _ = try ledger.importActivities([LedgerFixture.resource("activities.csv")])
        try expectPointsCurrent(ledger)
        let stored = try scratch.rows("SELECT citizen FROM activity WHERE id = 'A004'")[0][0]
        #expect(stored != Self.hashes["052012345678"])
        #expect(stored?.count == 64)
    }

    /// Messages about a citizen value name the line, never the value.
    @Test func aProblemWithACitizenValueDoesNotRepeatIt() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let long = "0520" + String(repeating: "9", count: 61)
        let text = activitiesHeader
            + activityRow(["id": "C1", "date": "2026-11-23", "type": "account_opened", "member": "DV003", "citizen": long])
            + activityRow(["id": "C2", "date": "2026-11-23", "type": "account_opened", "member": "DV003", "citizen": " - . -"])
        let found = problems { try ledger.importActivities([LedgerFixture.source("activities.csv", text)]) }
        try expectPointsCurrent(ledger)
        #expect(found == [
            "activities.csv:2: citizen: is 65 characters long, at most 64",
            "activities.csv:3: citizen: the citizen identifier is empty once spaces, dots and dashes are removed",
        ])
        #expect(found?.contains { $0.contains("0520") } == false)
    }

    /// The raw bytes of the database and of its write-ahead log, while the ledger is open and after it is closed,
    /// hold none of the citizen values, in any of their forms.
    @Test func noCitizenValueIsAnywhereInTheDatabaseFiles() throws {
        let scratch = try Scratch()
        let values = ["0520 1234.5678-9", "052012345678 9", "0987-654-321", "cd-ab.XY 77"]
        let forms = values.flatMap { value in
            [value, String(value.filter { $0 != " " && $0 != "." && $0 != "-" }).uppercased(), String(value.filter { $0 != " " && $0 != "." && $0 != "-" })]
        }
        var ledger: Ledger? = try scratch.province()
        let text = activitiesHeader + values.enumerated().map {
            activityRow(["id": "C\($0.offset)", "date": "2026-11-2\($0.offset + 3)", "type": "account_opened", "member": "DV003", "citizen": $0.element,
                         "note": "ghi chú"])
        }.joined()
        #expect(counts(try ledger!.importActivities([LedgerFixture.source("activities.csv", text)])) == [4, 0, 0, 1])
        try expectPointsCurrent(ledger!)
        _ = try ledger!.record(["type": "account_opened", "date": "2026-11-28", "member": "DV001", "citizen": "0911.222.333"], today: LedgerFixture.today)
        try expectPointsCurrent(ledger!)
        let allForms = forms + ["0911.222.333", "0911222333"]

        func expectAbsent(_ moment: String) throws {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let path = scratch.database + suffix
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                for form in allForms {
                    #expect(data.range(of: Data(form.utf8)) == nil, "\(moment): '\(form)' found in \(path)")
                    #expect(data.range(of: Data(form.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) == nil, "\(moment): '\(form)' (UTF-16) in \(path)")
                }
            }
        }
        #expect(FileManager.default.fileExists(atPath: scratch.database + "-wal"))
        try expectAbsent("open")
        ledger = nil
        try expectAbsent("closed")
        // The check is meaningful: the database does hold the activities and their hashes.
        #expect(try scratch.count("SELECT count(*) FROM activity WHERE length(citizen) = 64") == 5)
    }

    @Test func recordHashesTheCitizenToo() throws {
        let scratch = try Scratch()
        let ledger = try scratch.province()
        let id = try ledger.record(["type": "account_opened", "date": "2026-11-25", "member": "DV003", "citizen": "0520-1234-5678-9"], today: LedgerFixture.today)
        try expectPointsCurrent(ledger)
        #expect(try scratch.rows("SELECT id, citizen, source FROM activity") == [[id, Self.hashes["0520123456789"], "record"]])
    }
}
