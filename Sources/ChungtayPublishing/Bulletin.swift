import ChungtayCore
import ChungtayLedger
import ChungtayRanking

/// A week's bulletin as it is frozen (outputs.md, Publishing a week): the three boards, the campaign's title,
/// and the branches with nothing this week. Everything a published file shows comes from here, so that a stored
/// revision renders to the same bytes whenever it is rendered again.
public struct Bulletin: Sendable {
    public let week: Period
    /// The campaign's title, from the rules file that speaks for the week.
    public let title: String
    public let rulesVersion: String?
    public let members: Board
    public let branches: Board
    public let districts: Board
    /// The grassroots units with a total of 0 in the week, by district code then code.
    public let idleBranches: [BranchPlace]

    /// A bulletin from the week's boards (their periods must be `week`), holding of them only what its content freezes.
    public init(week: Period, title: String, members: Board, branches: Board, districts: Board, idleBranches: [BranchPlace]) {
        self.week = week
        self.title = title
        self.rulesVersion = members.rulesVersion
        self.members = Self.frozen(members)
        self.branches = Self.frozen(branches)
        self.districts = Self.frozen(districts)
        self.idleBranches = idleBranches.sorted { ($0.district ?? "\u{10FFFF}", $0.code) < ($1.district ?? "\u{10FFFF}", $1.code) }
        storedFields = nil
    }

    public var boards: [Board] { [members, branches, districts] }

    /// A board as its frozen content gives it back: the files of a revision are rendered from that content alone, so a
    /// live bulletin must hold nothing more (neither how many units were in force nor whether the rules were built
    /// into chungtay is frozen).
    private static func frozen(_ board: Board) -> Board {
        Board(kind: board.kind, period: board.period, rulesVersion: board.rulesVersion, method: board.method, scoreBasis: board.scoreBasis,
              ranked: board.ranked, entries: board.entries, unranked: board.unranked, hasMovement: board.hasMovement, asOf: board.asOf,
              labels: board.labels)
    }

    /// The frozen content: `week`, `rules_version`, `title`, `labels` (what people read for each key the boards tally,
    /// by key: the CSV files' headers), the three boards as Board JSON under `members`, `branches` and `districts`,
    /// and `idle_branches` (`id`, `name`, `district`, `district_name`). Its compact serialisation
    /// (``contentText()``) is what the digest covers.
    public var content: JSONValue {
        .object(storedFields ?? Self.fields(week, title, rulesVersion, boards, idleBranches))
    }

    /// The fields of a content read from a snapshot, kept as stored; nil for a bulletin of live boards, whose content
    /// is written from them without building its tree (a province's week is megabytes of JSON).
    private let storedFields: [(key: String, value: JSONValue)]?

    /// The content serialised compactly: what a snapshot stores and its digest covers.
    public func contentText() -> String {
        if let storedFields { return JSONValue.object(storedFields).serialized(pretty: false) }
        var json = JSONStream(capacity: 1 << 20, pretty: false)
        write(into: &json, published: nil)
        return String(decoding: json.finished(), as: UTF8.self)
    }

    /// `leaderboard.json`: `week`, `revision`, `rules_version`, `published_at`, `digest`, then the content's other keys
    /// (`title`, `labels`, `members`, `branches`, `districts`, `idle_branches`), pretty. Without `revision`, `published_at` and
    /// `digest`, and serialised compactly, it is the content the digest covers.
    func publishedJSON(revision: Int, publishedAt: String, digest: String) -> [UInt8] {
        if let storedFields {
            let document = JSONValue.object([storedFields[0], ("revision", .integer(revision)), storedFields[1],
                                             ("published_at", .string(publishedAt)), ("digest", .string(digest))]
                                            + storedFields.dropFirst(2))
            return Array(document.serialized().utf8)
        }
        var json = JSONStream(capacity: 1 << 22)
        write(into: &json, published: (revision, publishedAt, digest))
        return json.finished()
    }

    /// The live content as ``fields(_:_:_:_:_:)`` builds it, written field by field, with the published fields of
    /// `leaderboard.json` where they go.
    private func write(into json: inout JSONStream, published: (revision: Int, publishedAt: String, digest: String)?) {
        json.openObject()
        json.member("week", .string(week.label))
        if let published { json.member("revision", .integer(published.revision)) }
        json.member("rules_version", .text(rulesVersion))
        if let published {
            json.member("published_at", .string(published.publishedAt))
            json.member("digest", .string(published.digest))
        }
        json.member("title", .string(title))
        json.member("labels", Self.labelsValue(members.labels))
        for board in boards {
            json.key(board.kind.rawValue)
            BoardJSON.write(board, into: &json) { _ in }
        }
        json.member("idle_branches", Self.idleBranchesValue(idleBranches))
        json.close()
    }

    static func fields(_ week: Period, _ title: String, _ rulesVersion: String?, _ boards: [Board],
                       _ idleBranches: [BranchPlace]) -> [(key: String, value: JSONValue)] {
        [("week", .string(week.label)), ("rules_version", .text(rulesVersion)), ("title", .string(title)),
         ("labels", labelsValue(boards[0].labels))]
            + boards.map { ($0.kind.rawValue, BoardJSON.document($0)) }
            + [("idle_branches", idleBranchesValue(idleBranches))]
    }

    /// The boards' labels by key, in key order (the three boards of a week share the rules file that speaks for it).
    static func labelsValue(_ labels: [String: String]) -> JSONValue {
        .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    static func idleBranchesValue(_ idleBranches: [BranchPlace]) -> JSONValue {
        .array(idleBranches.map { place in
            .object([("id", .string(place.code)), ("name", .string(place.name)), ("district", .text(place.district)),
                     ("district_name", .text(place.districtName))])
        })
    }

    /// The bulletin a stored content holds; throws ``FrozenContentError`` naming the first thing out of place.
    public init(content: JSONValue) throws(FrozenContentError) {
        let reader = FrozenReader(path: "$")
        let label = try reader.string(content, "week")
        guard let week = try? Period(parsing: label), week.kind == .week else { throw FrozenContentError(path: "$.week") }
        self.week = week
        title = try reader.string(content, "title")
        rulesVersion = try reader.optionalString(content, "rules_version")
        let labels = try reader.labels(content, "labels")
        members = try reader.board(content, "members", labels: labels)
        branches = try reader.board(content, "branches", labels: labels)
        districts = try reader.board(content, "districts", labels: labels)
        idleBranches = try reader.array(content, "idle_branches").enumerated().map { index, place throws(FrozenContentError) in
            let item = reader.element("idle_branches", index)
            return BranchPlace(code: try item.string(place, "id"), name: try item.string(place, "name"),
                               district: try item.optionalString(place, "district"),
                               districtName: try item.optionalString(place, "district_name"))
        }
        // Kept as stored, so that a stored revision renders to the bytes it was published with.
        guard case let .object(fields) = content else { throw FrozenContentError(path: "$") }
        storedFields = fields
    }
}

/// A frozen content that does not have the shape chungtay writes (a damaged database or an edited file).
public struct FrozenContentError: Error, Sendable, Equatable {
    /// The JSON path of the first value out of place, e.g. `$.members.entries[3].score`.
    public let path: String
}
