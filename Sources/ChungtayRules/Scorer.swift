import ChungtayCore

/// The scoring engine of scoring.md as a pure function: activities in, points and target bonuses out.
///
/// Scoring everything together from scratch is the definition of a correct result; the ledger stores what
/// this returns and queries never rescore.
public struct Scorer: Sendable {
    public let book: RuleBook
    public let chart: OrgChart
    private let typeCodes: [String: Int]
    private let compiled: [CompiledRules]
    /// For each type code: the cap periods any file gives it (usage is counted under every file).
    private let trackedCapPeriods: [[PeriodKind]]
    /// For each type code: the target periods any file gives it.
    private let trackedTargetPeriods: [[PeriodKind]]

    public init(book: RuleBook, chart: OrgChart) {
        self.book = book
        self.chart = chart
        var codes: [String: Int] = [:]
        for file in book.files {
            for type in file.activityTypes where codes[type.id] == nil { codes[type.id] = codes.count }
        }
        typeCodes = codes
        compiled = book.files.map { CompiledRules($0, typeCodes: codes) }
        var caps = [Set<PeriodKind>](repeating: [], count: codes.count)
        var targets = [Set<PeriodKind>](repeating: [], count: codes.count)
        for file in book.files {
            for type in file.activityTypes { caps[codes[type.id]!].formUnion(type.caps.map(\.period)) }
            for target in file.targets { targets[codes[target.type]!].insert(target.period) }
        }
        trackedCapPeriods = caps.map { PeriodKind.allCases.filter($0.contains) }
        trackedTargetPeriods = targets.map { PeriodKind.allCases.filter($0.contains) }
    }

    /// Scores every activity together, in (date, id) order, whatever order they are given in.
    /// - Complexity: O(n log n) for the sort (O(n) when already sorted), then O(n) hash-table work.
    public func score(_ activities: [Activity]) -> ScoringResult {
        let order = Self.scoringOrder(activities)
        var scores = [ActivityScore](repeating: ActivityScore(status: .rejected, fileIndex: -1), count: activities.count)
        var bonuses: [TargetBonus] = []
        var problems: [ScoringProblem] = []
        var firstClaims: [ClaimKey: Int] = [:]
        var capUsage: [WindowKey: Int64] = [:]
        var targetCounts: [WindowKey: Int] = [:]
        var awarded: Set<AwardKey> = []
        var parties: [String: Int] = [:]
        var fileIndex = -1

        for position in order {
            let activity = activities[position]
            if fileIndex < 0 || !book.files[fileIndex].covers(activity.date) {
                fileIndex = book.fileIndex(on: activity.date) ?? -1
            }
            guard fileIndex >= 0 else {
                problems.append(ScoringProblem(activity: activity.id, message: "no rules file is in effect on \(activity.date)"))
                scores[position] = ActivityScore(status: .scored, fileIndex: -1)
                continue
            }
            guard let typeCode = typeCodes[activity.type], let rules = compiled[fileIndex].types[typeCode] else {
                problems.append(ScoringProblem(activity: activity.id, message: "type '\(activity.type)' is not defined in \(book.files[fileIndex].path)"))
                scores[position] = ActivityScore(status: .scored, fileIndex: fileIndex)
                continue
            }
            if activity.rejected {
                scores[position] = ActivityScore(status: .rejected, fileIndex: fileIndex)
                continue
            }
            // 1. Duplicates: the first claim in (date, id) order scores; later ones point to it.
            if !rules.unique.isEmpty, let key = claimKey(activity, typeCode: typeCode, rules: rules) {
                if let first = firstClaims[key] {
                    scores[position] = ActivityScore(status: .duplicate, duplicateOf: activities[first].id, fileIndex: fileIndex)
                    continue
                }
                firstClaims[key] = position
            }
            let unitIndex = chart.index(of: activity.unit)
            // 2–4. Base, multiplier, rounding.
            let base = base(of: activity, rules)
            var factor = ExactDecimal.one
            var mask: UInt64 = 0
            for (index, multiplier) in compiled[fileIndex].multipliers.enumerated()
                where applies(multiplier, activity, typeCode: typeCode, unitIndex: unitIndex) {
                factor = factor * multiplier.factor
                mask |= 1 << UInt64(index)
            }
            let beforeCaps = Points((base * factor).rounded(toPlaces: 2))
            // 5. Caps, per credited party, type and calendar window; the activity keeps what fits.
            var points = beforeCaps
            var cappedBy: [PeriodKind] = []
            let tracked = trackedCapPeriods[typeCode]
            if !tracked.isEmpty, let party = party(of: activity, rules.credit, unitIndex: unitIndex, parties: &parties) {
                for cap in rules.caps {
                    let key = WindowKey(owner: party, type: typeCode, period: cap.period, start: cap.period.windowStart(of: activity.date))
                    let left = max(0, cap.points.hundredths - capUsage[key, default: 0])
                    if left < beforeCaps.hundredths, !cappedBy.contains(cap.period) { cappedBy.append(cap.period) }
                    points = Points(hundredths: min(points.hundredths, left))
                }
                for period in tracked {
                    let key = WindowKey(owner: party, type: typeCode, period: period, start: period.windowStart(of: activity.date))
                    capUsage[key, default: 0] += points.hundredths
                }
            }
            scores[position] = ActivityScore(status: .scored, base: base, factor: factor, multiplierMask: mask,
                                             pointsBeforeCaps: beforeCaps, points: points,
                                             cappedBy: PeriodKind.allCases.filter(cappedBy.contains), fileIndex: fileIndex)
            // 6. Target bonuses, counted per grassroots unit in calendar periods.
            if let unitIndex, let grassroots = chart.grassrootsIndex[unitIndex] {
                for period in trackedTargetPeriods[typeCode] {
                    let start = period.windowStart(of: activity.date)
                    let key = WindowKey(owner: grassroots, type: typeCode, period: period, start: start)
                    let count = targetCounts[key, default: 0] + 1
                    targetCounts[key] = count
                    for target in rules.targets where target.period == period && count >= target.minCount {
                        if let sector = chart.units[grassroots].sector, target.excludeSectors.contains(sector) { continue }
                        guard awarded.insert(AwardKey(unit: grassroots, target: target.id, period: period, start: start)).inserted else { continue }
                        bonuses.append(TargetBonus(unit: chart.units[grassroots].code, target: target.id, period: period,
                                                   periodStart: start, date: activity.date, points: target.bonus,
                                                   activity: activity.id, fileIndex: fileIndex))
                    }
                }
            }
        }
        return ScoringResult(scores: scores, bonuses: bonuses, problems: problems)
    }

    /// The labels of the multipliers that applied to a scored activity.
    public func multiplierLabels(_ score: ActivityScore) -> [String] {
        guard score.fileIndex >= 0 else { return [] }
        return book.files[score.fileIndex].multipliers.enumerated()
            .filter { score.multiplierMask & (1 << UInt64($0.offset)) != 0 }.map(\.element.label)
    }

    /// Positions of the activities in (date, id) order, ids compared as UTF-8 bytes.
    static func scoringOrder(_ activities: [Activity]) -> [Int] {
        func precedes(_ a: Activity, _ b: Activity) -> Bool {
            a.date != b.date ? a.date < b.date : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
        let isSorted = activities.indices.dropFirst().allSatisfy { !precedes(activities[$0], activities[$0 - 1]) }
        if isSorted { return Array(activities.indices) }
        return activities.indices.sorted { precedes(activities[$0], activities[$1]) }
    }

    private func base(of activity: Activity, _ rules: CompiledRules.TypeRules) -> ExactDecimal {
        var base = rules.points
        if let level = activity.level, (1 ... 4).contains(level), let amount = rules.byLevel[level] { base = base + amount }
        if let subject = activity.subject, let amount = rules.bySubject[subject] { base = base + amount }
        if let channel = activity.channel, let amount = rules.byChannel[channel] { base = base + amount }
        if activity.online, let amount = rules.online { base = base + amount }
        if activity.paidOnline, let amount = rules.paidOnline { base = base + amount }
        if let amount = rules.perAttendee, let attendees = activity.attendees { base = base + amount * ExactDecimal(Int(attendees)) }
        if let amount = rules.perHour, let hours = activity.hours { base = base + amount * hours }
        if let maxBase = rules.maxBase, maxBase < base { base = maxBase }
        return base.normalized
    }

    private func applies(_ multiplier: CompiledRules.MultiplierRules, _ activity: Activity, typeCode: Int, unitIndex: Int?) -> Bool {
        if let types = multiplier.types, !types.contains(typeCode) { return false }
        if let from = multiplier.from, activity.date < from { return false }
        if let to = multiplier.to, to < activity.date { return false }
        if let areaMask = multiplier.areaMask {
            guard let unitIndex, chart.areaMask[unitIndex] & areaMask != 0 else { return false }
        }
        if let sectors = multiplier.sectors {
            guard let unitIndex, let grassroots = chart.grassrootsIndex[unitIndex],
                  let sector = chart.units[grassroots].sector, sectors.contains(sector) else { return false }
        }
        return true
    }

    /// The credited party's number: the member for a member-credited type; for a unit-credited one, the
    /// grassroots unit, or the district for an activity recorded at a district.
    private func party(of activity: Activity, _ credit: Credit, unitIndex: Int?, parties: inout [String: Int]) -> Int? {
        switch credit {
        case .member:
            guard let member = activity.member else { return nil }
            if let known = parties[member] { return known }
            let number = chart.units.count + parties.count
            parties[member] = number
            return number
        case .unit:
            guard let unitIndex else { return nil }
            return chart.grassrootsIndex[unitIndex] ?? chart.districtIndex[unitIndex]
        }
    }

    private func claimKey(_ activity: Activity, typeCode: Int, rules: CompiledRules.TypeRules) -> ClaimKey? {
        if rules.unique.count == 1 {
            guard let value = activity.text(of: rules.unique[0]), !value.isEmpty else { return nil }
            return ClaimKey(type: typeCode, attributes: rules.uniqueMask, value: value)
        }
        var values: [String] = []
        for attribute in rules.unique {
            guard let value = activity.text(of: attribute), !value.isEmpty else { return nil }
            values.append(value)
        }
        return ClaimKey(type: typeCode, attributes: rules.uniqueMask, value: values.joined(separator: "\u{1F}"))
    }
}

/// One real-world thing claimed: a type, the set of `unique` attributes its file lists, and their values.
private struct ClaimKey: Hashable {
    let type: Int
    let attributes: UInt16
    let value: String
}

/// A calendar window of one owner (a credited party, or a grassroots unit for targets) for one type.
private struct WindowKey: Hashable {
    let owner: Int
    let type: Int
    let period: PeriodKind
    let start: CivilDate
}

private struct AwardKey: Hashable {
    let unit: Int
    let target: String
    let period: PeriodKind
    let start: CivilDate
}
