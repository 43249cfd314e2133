import ChungtayCore
import GRDB

/// The ledger's members as boards name them: id, name and the unit they belong to.
enum MemberRows {
    /// The members of the given ids, by position; nil for an id not in the ledger. For nil, every member of the
    /// ledger, in no particular order.
    static func fetch(_ ids: [String]?, _ db: Database) throws -> [(id: String, name: String, unit: String)?] {
        guard let ids else {
            var listed: [(id: String, name: String, unit: String)?] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT member.id, member.name, member.unit FROM member")
            while let row = try rows.next() { listed.append((row[0], row[1], row[2])) }
            return listed
        }
        var listed: [(id: String, name: String, unit: String)?] = Array(repeating: nil, count: ids.count)
        // In key order, the lookups walk the member table's b-tree in order; each row names its id's position.
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT wanted.key, member.name, member.unit FROM json_each(?) AS wanted CROSS JOIN member ON member.id = wanted.value
            """, arguments: [jsonArray(order.map { ids[$0] })])
        while let row = try rows.next() {
            let position = order[row[0]]
            listed[position] = (ids[position], row[1], row[2])
        }
        return listed
    }

    /// A JSON array of strings, for `json_each`.
    static func jsonArray(_ values: [String]) -> String {
        JSONValue.array(values.map(JSONValue.string)).serialized(pretty: false)
    }
}
