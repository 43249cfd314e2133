import ChungtayCore

/// How an activity's duplicate check came out (scoring.md, step 1), found by whoever feeds the session.
public enum Claim: Sendable, Hashable {
    /// The type has no `unique`, or a value is empty, or the activity is rejected.
    case none
    /// The first claim on its thing: it scores.
    case first
    /// A later claim on the same thing as the activity with this id: it scores 0.
    case duplicate(of: String)
}

/// What scoring looks up by text for each activity, looked up beforehand (``Scorer/keys(_:member:)``): an import
/// does it on the thread that reads the file, leaving less to the one that scores and stores.
public struct ScoringKeys: Sendable {
    /// The type's code in the scorer.
    public let typeCode: Int?
    /// The unit's number in the scorer's organisation.
    public let unitIndex: Int?
    /// The member's number among the members the caller knows (0, 1, …), the same number for the same member.
    public let member: Int?
}

/// Scores activities one at a time, in (date, id) order, for callers that stream them (the ledger reads a
/// whole province from SQLite without holding it in memory). Feeding every activity in order gives exactly
/// what ``Scorer/score(_:)`` gives.
public struct ScoringSession: Sendable {
    public let scorer: Scorer
    private var state: ScoringState
    private var fileIndex = -1
    /// Members' numbers in `state`, by id.
    private var members: [String: Int] = [:]
    /// Members' numbers in `state` (-1: none yet), by the caller's numbers (``ScoringKeys/member``).
    private var numberedMembers: [Int] = []

    /// - Parameter expectedMembers: about how many members the activities name, so that their cap windows are
    ///   set aside at once rather than grown (growing copies them, and for a province that is tens of MiB).
    public init(scorer: Scorer, expectedMembers: Int = 0) {
        self.scorer = scorer
        state = ScoringState(unitCount: scorer.organisation.codes.count, typeCount: scorer.typeNames.count)
        state.reserve(members: expectedMembers, windowsPerParty: scorer.capWindowsPerParty)
        members.reserveCapacity(expectedMembers)
    }

    /// Scores the next activity; activities must come in (date, id) order.
    public mutating func score(_ activity: Activity, claim: Claim) -> ActivityScore {
        let member = activity.member.map { id in
            if let known = members[id] { return known }
            let number = state.addMember()
            members[id] = number
            return number
        }
        return score(activity, claim: claim, typeCode: scorer.typeCode(activity.type), unitIndex: scorer.organisation.number(of: activity.unit),
                     member: member)
    }

    /// Scores the next activity with its keys looked up already (``Scorer/keys(_:member:)``), in (date, id) order.
    /// A session is fed either this way or by ``score(_:claim:)``, not both.
    public mutating func score(_ activity: Activity, claim: Claim, keys: ScoringKeys) -> ActivityScore {
        let member = keys.member.map { key in
            if key >= numberedMembers.count { numberedMembers += repeatElement(-1, count: key + 1 - numberedMembers.count) }
            if numberedMembers[key] < 0 { numberedMembers[key] = state.addMember() }
            return numberedMembers[key]
        }
        return score(activity, claim: claim, typeCode: keys.typeCode, unitIndex: keys.unitIndex, member: member)
    }

    private mutating func score(_ activity: Activity, claim: Claim, typeCode: Int?, unitIndex: Int?, member: Int?) -> ActivityScore {
        let day = activity.date.dayNumber
        if fileIndex < 0 || day < scorer.fileRanges[fileIndex].from || day > scorer.fileRanges[fileIndex].to {
            fileIndex = scorer.book.fileIndex(on: activity.date) ?? -1
        }
        return withUnsafePointer(to: activity) {
            scorer.score($0, ScoredFields(activity), claim: claim, fileIndex: fileIndex, typeCode: typeCode, unitIndex: unitIndex, member: member, state: &state)
        }
    }

    /// The target bonuses earned so far, in date order.
    public var bonuses: [TargetBonus] { state.bonuses }

    /// Activities that no rules file could score.
    public var problems: [ScoringProblem] { state.problems }
}
