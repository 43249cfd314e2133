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

    /// A bulletin from the week's boards (their periods must be `week`).
    public init(week: Period, title: String, members: Board, branches: Board, districts: Board, idleBranches: [BranchPlace]) {
        self.week = week
        self.title = title
        self.rulesVersion = members.rulesVersion
        self.members = members
        self.branches = branches
        self.districts = districts
        self.idleBranches = idleBranches.sorted { ($0.district ?? "\u{10FFFF}", $0.code) < ($1.district ?? "\u{10FFFF}", $1.code) }
        contentFields = Self.fields(week, title, rulesVersion, [members, branches, districts], self.idleBranches)
    }

    public var boards: [Board] { [members, branches, districts] }

    /// The frozen content: `week`, `rules_version`, `title`, the three boards as Board JSON under `members`,
    /// `branches` and `districts`, and `idle_branches` (`id`, `name`, `district`, `district_name`). Its compact
    /// serialisation is what the digest covers.
    public var content: JSONValue { .object(contentFields) }

    /// The content's fields, in order; built once.
    let contentFields: [(key: String, value: JSONValue)]

    static func fields(_ week: Period, _ title: String, _ rulesVersion: String?, _ boards: [Board],
                       _ idleBranches: [BranchPlace]) -> [(key: String, value: JSONValue)] {
        [("week", .string(week.label)), ("rules_version", .text(rulesVersion)), ("title", .string(title))]
            + boards.map { ($0.kind.rawValue, BoardJSON.document($0)) }
            + [("idle_branches", .array(idleBranches.map { place in
                .object([("id", .string(place.code)), ("name", .string(place.name)), ("district", .text(place.district)),
                         ("district_name", .text(place.districtName))])
            }))]
    }

    /// The bulletin a stored content holds; throws ``FrozenContentError`` naming the first thing out of place.
    public init(content: JSONValue) throws(FrozenContentError) {
        let reader = FrozenReader(path: "$")
        let label = try reader.string(content, "week")
        guard let week = try? Period(parsing: label), week.kind == .week else { throw FrozenContentError(path: "$.week") }
        self.week = week
        title = try reader.string(content, "title")
        rulesVersion = try reader.optionalString(content, "rules_version")
        members = try reader.board(content, "members")
        branches = try reader.board(content, "branches")
        districts = try reader.board(content, "districts")
        idleBranches = try reader.array(content, "idle_branches").enumerated().map { index, place throws(FrozenContentError) in
            let item = reader.element("idle_branches", index)
            return BranchPlace(code: try item.string(place, "id"), name: try item.string(place, "name"),
                               district: try item.optionalString(place, "district"),
                               districtName: try item.optionalString(place, "district_name"))
        }
        // Kept as stored, so that a stored revision renders to the bytes it was published with.
        guard case let .object(fields) = content else { throw FrozenContentError(path: "$") }
        contentFields = fields
    }
}

/// A frozen content that does not have the shape chungtay writes (a damaged database or an edited file).
public struct FrozenContentError: Error, Sendable, Equatable {
    /// The JSON path of the first value out of place, e.g. `$.members.entries[3].score`.
    public let path: String
}
