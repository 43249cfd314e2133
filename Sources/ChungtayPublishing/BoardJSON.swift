import ChungtayCore
import ChungtayRanking

/// Boards and standings as JSON (outputs.md, Board JSON): keys in the contract's order, exact numbers.
public enum BoardJSON {
    /// `leaderboard ... --format json`.
    public static func document(_ board: Board) -> JSONValue {
        .object(head(board) + [
            ("entries", .array(board.entries.map { .object(fields($0)) })),
            ("unranked", .array(board.unranked.map { .object(fields($0)) })),
        ])
    }

    /// `leaderboard ... --format json` as UTF-8, the bytes of `document(board).serialized()`, written an entry at a
    /// time: a board of every member is too large to build as one tree first.
    public static func bytes(_ board: Board) -> [UInt8] {
        var bytes: [UInt8] = []
        write(board) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The bytes of ``bytes(_:)``, handed to `output` a piece at a time, each of about `piece` bytes (the last one of
    /// what is left): a board of every member is megabytes.
    public static func write(_ board: Board, piece: Int = 1 << 16, to output: ([UInt8]) throws -> Void) rethrows {
        var json = JSONStream(capacity: piece + 4096)
        try write(board, into: &json) { json in
            if json.count >= piece { try json.flush(output) }
        }
        try output(json.finished())
    }

    /// The board as `document(board)` writes, as the value at the stream's place (the document, or after a key);
    /// `afterEach` is handed the stream after each entry.
    public static func write(_ board: Board, into json: inout JSONStream, afterEach: (inout JSONStream) throws -> Void) rethrows {
        let keys = EntryKeys()
        var order: [TypeTally] = []
        json.openObject()
        for (key, value) in head(board) { json.member(key, value) }
        for (key, entries) in [("entries", board.entries), ("unranked", board.unranked)] {
            json.key(key)
            json.openArray()
            // Each entry read where it lies, not copied.
            try entries.withUnsafeBufferPointer { entries in
                for index in entries.indices {
                    json.element()
                    write(entries.baseAddress! + index, keys, &order, to: &json)
                    try afterEach(&json)
                }
            }
            json.close()
        }
        json.close()
    }

    /// The names of an entry's members, written once for all the entries.
    private struct EntryKeys {
        let rank = JSONStream.Key("rank"), id = JSONStream.Key("id"), name = JSONStream.Key("name")
        let unit = JSONStream.Key("unit"), district = JSONStream.Key("district"), score = JSONStream.Key("score")
        let total = JSONStream.Key("total"), members = JSONStream.Key("members"), counts = JSONStream.Key("counts")
        let points = JSONStream.Key("points"), previousRank = JSONStream.Key("previous_rank"), movement = JSONStream.Key("movement")
    }

    /// One entry as ``fields(_:)`` gives it, written without building its value (and read where it lies): a board of
    /// every member has thousands. `order` is room for the entry's tallies in each object's order, kept from one entry
    /// to the next.
    private static func write(_ entry: UnsafePointer<BoardEntry>, _ keys: EntryKeys, _ order: inout [TypeTally], to json: inout JSONStream) {
        json.openObject()
        json.key(keys.rank)
        json.integer(entry.pointee.rank)
        json.key(keys.id)
        json.string(entry.pointee.id)
        json.key(keys.name)
        json.string(entry.pointee.name)
        json.key(keys.unit)
        json.string(entry.pointee.unit)
        json.key(keys.district)
        json.string(entry.pointee.district)
        json.key(keys.score)
        json.points(entry.pointee.score)
        json.key(keys.total)
        json.points(entry.pointee.total)
        json.key(keys.members)
        json.integer(entry.pointee.members)
        // The orders of ``BoardEntry/counts`` and ``BoardEntry/pointsByKey``.
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: entry.pointee.tallies)
        order.sort { ($1.count, $0.key) < ($0.count, $1.key) }
        json.key(keys.counts)
        json.openObject()
        for tally in order {
            json.key(tally.key)
            json.integer(tally.count)
        }
        json.close()
        order.sort { ($1.points, $0.key) < ($0.points, $1.key) }
        json.key(keys.points)
        json.openObject()
        for tally in order {
            json.key(tally.key)
            json.points(tally.points)
        }
        json.close()
        json.key(keys.previousRank)
        json.integer(entry.pointee.previousRank)
        json.key(keys.movement)
        json.integer(entry.pointee.movement)
        json.close()
    }

    /// The board's members before its entries.
    private static func head(_ board: Board) -> [(key: String, value: JSONValue)] {
        [("board", .string(board.kind.rawValue)), ("period", period(board.period))]
            + (board.asOf.map { [("as_of", JSONValue.date($0))] } ?? []) + [
            ("rules_version", .text(board.rulesVersion)),
            ("method", .string(board.method.rawValue)),
            ("score_basis", .string(board.scoreBasis.rawValue)),
            ("ranked", .integer(board.ranked)),
        ]
    }

    /// `rank ... --format json`: one flat object, the entry's fields with the board, period, count of ranked
    /// entries and gap to the entry above.
    public static func document(_ standing: Standing) -> JSONValue {
        .object([("board", .string(standing.board.rawValue)), ("period", period(standing.period)), ("as_of", .date(standing.asOf))]
            + fields(standing.entry)
            + [("ranked", .integer(standing.ranked)), ("gap_to_above", .points(standing.gapToAbove))])
    }

    /// `{ "label", "from", "to" }`.
    public static func period(_ period: Period) -> JSONValue {
        .object([("label", .string(period.label)), ("from", .date(period.from)), ("to", .date(period.to))])
    }

    /// One entry's fields, in the contract's order.
    public static func fields(_ entry: BoardEntry) -> [(key: String, value: JSONValue)] {
        [
            ("rank", .integer(entry.rank)),
            ("id", .string(entry.id)),
            ("name", .string(entry.name)),
            ("unit", .text(entry.unit)),
            ("district", .text(entry.district)),
            ("score", .points(entry.score)),
            ("total", .points(entry.total)),
            ("members", .integer(entry.members)),
            ("counts", .object(entry.counts.map { ($0.key, .integer($0.count)) })),
            ("points", .object(entry.pointsByKey.map { ($0.key, .points($0.points)) })),
            ("previous_rank", .integer(entry.previousRank)),
            ("movement", .integer(entry.movement)),
        ]
    }
}
