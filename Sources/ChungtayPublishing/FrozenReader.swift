import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// Reads a frozen bulletin's JSON back into values, naming the JSON path of the first value out of place.
struct FrozenReader {
    let path: String

    func element(_ key: String, _ index: Int) -> FrozenReader {
        FrozenReader(path: "\(path).\(key)[\(index)]")
    }

    func field(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> JSONValue {
        guard case let .object(members) = object else { throw FrozenContentError(path: path) }
        guard let value = members.first(where: { $0.key == key })?.value else { throw FrozenContentError(path: "\(path).\(key)") }
        return value
    }

    func string(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> String {
        guard case let .string(text) = try field(object, key) else { throw FrozenContentError(path: "\(path).\(key)") }
        return text
    }

    func optionalString(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> String? {
        switch try field(object, key) {
        case .null: return nil
        case let .string(text): return text
        default: throw FrozenContentError(path: "\(path).\(key)")
        }
    }

    func optionalInteger(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> Int? {
        switch try field(object, key) {
        case .null: return nil
        case let .number(literal):
            guard let value = Int(literal) else { throw FrozenContentError(path: "\(path).\(key)") }
            return value
        default: throw FrozenContentError(path: "\(path).\(key)")
        }
    }

    func integer(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> Int {
        guard let value = try optionalInteger(object, key) else { throw FrozenContentError(path: "\(path).\(key)") }
        return value
    }

    func optionalPoints(_ value: JSONValue, _ key: String) throws(FrozenContentError) -> Points? {
        switch value {
        case .null: return nil
        case let .number(literal):
            guard let exact = ExactDecimal(parsing: literal), exact.significantDecimals <= 2 else { throw FrozenContentError(path: "\(path).\(key)") }
            return Points(exact)
        default: throw FrozenContentError(path: "\(path).\(key)")
        }
    }

    /// An object of strings under `key`, as a dictionary; empty where the key is missing (a bulletin published before
    /// it was written).
    func labels(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> [String: String] {
        guard case let .object(members) = object else { throw FrozenContentError(path: path) }
        guard let value = members.first(where: { $0.key == key })?.value else { return [:] }
        guard case let .object(labels) = value else { throw FrozenContentError(path: "\(path).\(key)") }
        var read: [String: String] = [:]
        for (name, label) in labels {
            guard case let .string(text) = label else { throw FrozenContentError(path: "\(path).\(key).\(name)") }
            read[name] = text
        }
        return read
    }

    func array(_ object: JSONValue, _ key: String) throws(FrozenContentError) -> [JSONValue] {
        guard case let .array(elements) = try field(object, key) else { throw FrozenContentError(path: "\(path).\(key)") }
        return elements
    }

    /// A board written by ``BoardJSON/document(_:)-(Board)``, with the bulletin's `labels`. What Board JSON leaves out
    /// (sectors, last active days) is left empty: no published file shows it.
    func board(_ object: JSONValue, _ key: String, labels: [String: String]) throws(FrozenContentError) -> Board {
        let json = try field(object, key)
        let reader = FrozenReader(path: "\(path).\(key)")
        guard let kind = BoardKind(rawValue: try reader.string(json, "board")) else { throw FrozenContentError(path: "\(reader.path).board") }
        let periodReader = FrozenReader(path: "\(reader.path).period")
        guard let period = try? Period(parsing: try periodReader.string(try reader.field(json, "period"), "label")) else {
            throw FrozenContentError(path: "\(reader.path).period.label")
        }
        guard let method = RankingSettings.Method(rawValue: try reader.string(json, "method")) else {
            throw FrozenContentError(path: "\(reader.path).method")
        }
        guard let basis = RankingSettings.ScoreBasis(rawValue: try reader.string(json, "score_basis")) else {
            throw FrozenContentError(path: "\(reader.path).score_basis")
        }
        func entries(_ name: String) throws(FrozenContentError) -> [BoardEntry] {
            try reader.array(json, name).enumerated().map { index, entry throws(FrozenContentError) in
                try reader.element(name, index).entry(entry)
            }
        }
        return Board(kind: kind, period: period, rulesVersion: try reader.optionalString(json, "rules_version"), method: method,
                     scoreBasis: basis, ranked: try reader.integer(json, "ranked"), entries: try entries("entries"),
                     unranked: try entries("unranked"), hasMovement: period.previous != nil,
                     asOf: try reader.optionalString(json, "as_of").map { value throws(FrozenContentError) in
                         guard let date = CivilDate(iso: value) else { throw FrozenContentError(path: "\(reader.path).as_of") }
                         return date
                     }, labels: labels)
    }

    func entry(_ json: JSONValue) throws(FrozenContentError) -> BoardEntry {
        guard case let .object(counts) = try field(json, "counts") else { throw FrozenContentError(path: "\(path).counts") }
        guard case let .object(points) = try field(json, "points") else { throw FrozenContentError(path: "\(path).points") }
        var tallies: [TypeTally] = []
        for (key, value) in counts {
            guard case let .number(literal) = value, let count = Int(literal) else { throw FrozenContentError(path: "\(path).counts.\(key)") }
            guard let pointsValue = points.first(where: { $0.key == key })?.value,
                  let sum = try optionalPoints(pointsValue, "points.\(key)") else { throw FrozenContentError(path: "\(path).points.\(key)") }
            tallies.append(TypeTally(key: key, count: count, points: sum))
        }
        guard tallies.count == points.count else { throw FrozenContentError(path: "\(path).points") }
        guard let total = try optionalPoints(try field(json, "total"), "total") else { throw FrozenContentError(path: "\(path).total") }
        return BoardEntry(rank: try optionalInteger(json, "rank"), id: try string(json, "id"), name: try string(json, "name"),
                          unit: try optionalString(json, "unit"), district: try optionalString(json, "district"), sector: nil,
                          score: try optionalPoints(try field(json, "score"), "score"), total: total,
                          members: try optionalInteger(json, "members"), tallies: tallies.sorted { $0.key < $1.key },
                          lastActive: nil, previousRank: try optionalInteger(json, "previous_rank"))
    }
}
