import ChungtayCore

/// One of the campaign's yearly indicators (outputs.md, Progress).
public struct Indicator: Sendable, Hashable {
    /// Which scoring activities an indicator counts: a type, and optionally attribute values.
    public struct Selector: Sendable, Hashable {
        public let type: String
        /// `{attribute: [values]}`: the activity's attribute, as text (`"4"`, `"true"`), is one of the values.
        public let filter: [Attribute: [String]]

        public init(type: String, filter: [Attribute: [String]] = [:]) {
            self.type = type
            self.filter = filter
        }
    }

    public enum Kind: Sendable, Hashable {
        case count(Selector)
        case sum(Selector, attribute: Attribute)
        case ratio(numerator: Selector, denominator: Selector)
        case coverage(type: String, minCount: Int, excludeSectors: Set<Sector>)

        public var name: String {
            switch self {
            case .count: return "count"
            case .sum: return "sum"
            case .ratio: return "ratio"
            case .coverage: return "coverage"
            }
        }
    }

    public let id: String
    public let label: String
    public let kind: Kind
    public let target: ExactDecimal

    public init(id: String, label: String, kind: Kind, target: ExactDecimal) {
        self.id = id
        self.label = label
        self.kind = kind
        self.target = target
    }
}
