import ChungtayCore

/// One checked rules file: the points, caps, multipliers, targets, ranking, indicators and awards of a period.
public struct RulesFile: Sendable, Hashable {
    /// The file as users name it, e.g. `Rules/2026.json`.
    public let path: String
    /// SHA-256 of the file's bytes, in hex: a stored score is stale when its file's digest changes.
    public let digest: String
    public let campaign: String
    public let title: String
    public let version: String
    public let validFrom: CivilDate
    public let validTo: CivilDate
    /// Activity types in the order the file lists them.
    public let activityTypes: [ActivityType]
    public let multipliers: [Multiplier]
    public let targets: [Target]
    public let ranking: RankingSettings
    public let indicators: [Indicator]
    public let awards: [Award]

    private let typeIndex: [String: Int]

    public init(path: String, digest: String, campaign: String, title: String, version: String,
                validFrom: CivilDate, validTo: CivilDate, activityTypes: [ActivityType],
                multipliers: [Multiplier] = [], targets: [Target] = [], ranking: RankingSettings = RankingSettings(),
                indicators: [Indicator] = [], awards: [Award] = []) {
        self.path = path
        self.digest = digest
        self.campaign = campaign
        self.title = title
        self.version = version
        self.validFrom = validFrom
        self.validTo = validTo
        self.activityTypes = activityTypes
        self.multipliers = multipliers
        self.targets = targets
        self.ranking = ranking
        self.indicators = indicators
        self.awards = awards
        self.typeIndex = Dictionary(uniqueKeysWithValues: activityTypes.enumerated().map { ($1.id, $0) })
    }

    public func activityType(_ id: String) -> ActivityType? {
        typeIndex[id].map { activityTypes[$0] }
    }

    public func covers(_ date: CivilDate) -> Bool {
        validFrom <= date && date <= validTo
    }
}

extension RulesFile {
    /// How the rules built into chungtay name their folder (`chungtay:Rules/2026.json`).
    public static let builtInFolder = "chungtay:Rules"

    /// Whether this is one of the campaign's official rules files built into chungtay, not a file of a folder.
    public var isBuiltIn: Bool {
        path.hasPrefix(Self.builtInFolder + "/")
    }

    /// The name people read for each key a board tallies: an activity type's label by its id, a target's label by
    /// `target:ID` (outputs.md, Board JSON); what tables, CSV headers and workbooks show instead of the key.
    public var keyLabels: [String: String] {
        var labels = Dictionary(activityTypes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for target in targets { labels["target:" + target.id] = target.label }
        return labels
    }
}
