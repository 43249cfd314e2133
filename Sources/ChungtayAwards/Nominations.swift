import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// The nominee lists of a period, one per award of the rules file that speaks for it (outputs.md, Awards).
public struct Nominations: Sendable {
    public let period: Period
    /// The `version` of the rules file whose awards these are; nil when the rule book is empty.
    public let rulesVersion: String?
    /// Whether that rules file is built into chungtay (``RulesFile/isBuiltIn``).
    public let rulesBuiltIn: Bool
    /// In the order the rules file lists its awards, highest first.
    public let lists: [AwardList]
    /// The name of every unit in force on the structure date, by code, for the committee's columns (unit and district names).
    public let unitNames: [String: String]
    /// The parent of every unit in force on the structure date, by code: the unit a collective belongs to.
    public let unitParents: [String: String]
    /// The day the lists were drawn (`--today`), and the date of the latest activity of the period they count: what
    /// the committee's forms say ("Lập ngày …, số liệu đến ngày …"). Nil when the period has no activity.
    public let drawnOn: CivilDate
    public let dataThrough: CivilDate?
    /// The structure date the boards were drawn on (organisation.md).
    public let asOf: CivilDate

    /// The lists drawn on `asOf` (by default the period's last day).
    public init(period: Period, rulesVersion: String?, rulesBuiltIn: Bool = false, lists: [AwardList], unitNames: [String: String],
                unitParents: [String: String] = [:], drawnOn: CivilDate, dataThrough: CivilDate?, asOf: CivilDate? = nil) {
        self.unitParents = unitParents
        self.rulesBuiltIn = rulesBuiltIn
        self.asOf = asOf ?? period.to
        self.period = period
        self.rulesVersion = rulesVersion
        self.lists = lists
        self.unitNames = unitNames
        self.drawnOn = drawnOn
        self.dataThrough = dataThrough
    }
}

/// One award and its nominees, in board order.
public struct AwardList: Sendable {
    public let award: Award
    /// Entries with a rank on the award's board (without `--all`), as `top_percent` counts them.
    public let ranked: Int
    public let scoreBasis: RankingSettings.ScoreBasis
    public let nominees: [Nominee]
    /// The entries ranked among the nominees (not below the last one's rank) that are not nominated, in board order,
    /// each with why: what the committee's forms explain in a footnote.
    public let leftOut: [LeftOut]

    public init(award: Award, ranked: Int, scoreBasis: RankingSettings.ScoreBasis, nominees: [Nominee], leftOut: [LeftOut] = []) {
        self.award = award
        self.ranked = ranked
        self.scoreBasis = scoreBasis
        self.nominees = nominees
        self.leftOut = leftOut
    }
}

/// An entry ranked among an award's nominees but not one of them, and why: a higher award taken, a condition not
/// met, the district's quota or the award's limit reached.
public struct LeftOut: Sendable {
    public let entry: BoardEntry
    public let reason: Reason

    public init(entry: BoardEntry, reason: Reason) {
        self.entry = entry
        self.reason = reason
    }
}

/// An entry of the board proposed for an award.
public struct Nominee: Sendable {
    /// 1, 2, 3, … within the award's list.
    public let n: Int
    /// The board entry as ranked (its rank is never nil).
    public let entry: BoardEntry
    /// The conditions the entry met, in words.
    public let reasons: [Reason]
    /// Whether an entry with the same rank was left out by the quota or the limit after this one.
    public let tieAtCutoff: Bool

    public init(n: Int, entry: BoardEntry, reasons: [Reason], tieAtCutoff: Bool) {
        self.n = n
        self.entry = entry
        self.reasons = reasons
        self.tieAtCutoff = tieAtCutoff
    }
}

/// One condition an entry met, said in Vietnamese and in English (the bilingual message diagnostics use).
public typealias Reason = Diagnostic.Message
