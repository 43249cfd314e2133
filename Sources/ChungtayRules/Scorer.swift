import ChungtayCore

/// The scoring engine of scoring.md as a pure function: activities in, points and target bonuses out.
///
/// Scoring everything together from scratch is the definition of a correct result; the ledger stores what
/// this returns and queries never rescore.
public struct Scorer: Sendable {
    public let book: RuleBook
    public let chart: OrgChart
    /// Type ids by code; few enough that a linear search beats hashing.
    let typeNames: [String]
    private let hasCaps: [Bool]
    /// The first and last day of each file, as day numbers.
    let fileRanges: [(from: Int32, to: Int32)]
    /// For each type code: bits (as ``CapWindows``) of the cap periods any file gives it.
    private let trackedCapMask: [UInt8]
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
        typeNames = codes.sorted { $0.value < $1.value }.map(\.key)
        compiled = book.files.map { CompiledRules($0, typeCodes: codes) }
        var caps = [Set<PeriodKind>](repeating: [], count: codes.count)
        var targets = [Set<PeriodKind>](repeating: [], count: codes.count)
        for file in book.files {
            for type in file.activityTypes { caps[codes[type.id]!].formUnion(type.caps.map(\.period)) }
            for target in file.targets { targets[codes[target.type]!].insert(target.period) }
        }
        trackedCapPeriods = caps.map { PeriodKind.allCases.filter($0.contains) }
        hasCaps = caps.map { !$0.isEmpty }
        trackedCapMask = caps.map { periods in
            [PeriodKind.day, .week, .month, .year].enumerated().reduce(UInt8(0)) { periods.contains($1.element) ? $0 | 1 << $1.offset : $0 }
        }
        fileRanges = book.files.map { ($0.validFrom.dayNumber, $0.validTo.dayNumber) }
        trackedTargetPeriods = targets.map { PeriodKind.allCases.filter($0.contains) }
    }

    /// Scores every activity together, in (date, id) order, whatever order they are given in.
    /// - Complexity: O(n log n) for the sort (O(n) when already sorted), then O(n) hash-table work.
    public func score(_ activities: [Activity]) -> ScoringResult {
        let order = Self.scoringOrder(activities)
        var state = ScoringState(unitCount: chart.units.count, typeCount: typeNames.count)
        var fileIndex = -1
        var firstClaims: [ClaimKey: Int] = [:]
        firstClaims.reserveCapacity(activities.count)
        // `order` is a permutation: each score is initialised exactly once, in place.
        let scores = [ActivityScore](unsafeUninitializedCapacity: activities.count) { buffer, initialized in
            activities.withUnsafeBufferPointer { activities in
                for position in order {
                    let day = activities[position].date.dayNumber
                    if fileIndex < 0 || day < fileRanges[fileIndex].from || day > fileRanges[fileIndex].to {
                        fileIndex = book.fileIndex(on: activities[position].date) ?? -1
                    }
                    // 1. Duplicates: the first claim in (date, id) order scores; later ones point to it.
                    var claim = Claim.none
                    if !activities[position].rejected, let key = claimKey(activities[position], fileIndex: fileIndex) {
                        if let first = firstClaims[key] {
                            claim = .duplicate(of: activities[first].id)
                        } else {
                            firstClaims[key] = position
                        }
                    }
                    (buffer.baseAddress! + position).initialize(
                        to: score(activities.baseAddress! + position, claim: claim, fileIndex: fileIndex, state: &state))
                }
            }
            initialized = activities.count
        }
        return ScoringResult(scores: scores, bonuses: state.bonuses, problems: state.problems)
    }

    /// Steps 2–6 for one activity, the caller having found its claim (step 1). Reads through the pointer:
    /// copying an Activity would retain each of its strings.
    func score(_ activity: UnsafePointer<Activity>, claim: Claim, fileIndex: Int, state: inout ScoringState) -> ActivityScore {
        guard fileIndex >= 0 else {
            state.problems.append(ScoringProblem(activity: activity.pointee.id, message: "no rules file is in effect on \(activity.pointee.date)"))
            return ActivityScore(status: .scored, fileIndex: -1)
        }
        guard let typeCode = typeCode(activity.pointee.type), let rules = compiled[fileIndex].types[typeCode] else {
            state.problems.append(ScoringProblem(activity: activity.pointee.id, message: "type '\(activity.pointee.type)' is not defined in \(book.files[fileIndex].path)"))
            return ActivityScore(status: .scored, fileIndex: fileIndex)
        }
        if activity.pointee.rejected { return ActivityScore(status: .rejected, fileIndex: fileIndex) }
        if case let .duplicate(first) = claim {
            return ActivityScore(status: .duplicate, duplicateOf: first, fileIndex: fileIndex)
        }
        let unitIndex = chart.index(of: activity.pointee.unit)
        // 2. Base, in ten-thousandths: every amount has two decimals, and so has `hours`.
        var base = rules.points
        if let level = activity.pointee.level, (1 ... 4).contains(level) { base += rules.byLevel[level] }
        if let subject = activity.pointee.subject { base += rules.bySubject[subject.ordinal] }
        if let channel = activity.pointee.channel { base += rules.byChannel[channel.ordinal] }
        if activity.pointee.online { base += rules.online }
        if activity.pointee.paidOnline { base += rules.paidOnline }
        if rules.perAttendee != 0, let attendees = activity.pointee.attendees { base += rules.perAttendee * Int128(attendees) * 100 }
        if rules.perHour != 0, let hours = activity.pointee.hours { base += rules.perHour * Int128(hours.hundredths) }
        if let maxBase = rules.maxBase, maxBase < base { base = maxBase }
        // 3–4. The product of the factors that apply, exactly, then base × product rounded half away from zero.
        var factor: Int64 = 1
        var factorScale = 0
        var mask: UInt64 = 0
        for (index, multiplier) in compiled[fileIndex].multipliers.enumerated()
            where applies(multiplier, activity.pointee, typeCode: typeCode, unitIndex: unitIndex) {
            factor *= multiplier.factor
            factorScale += multiplier.factorScale
            mask |= 1 << UInt64(index)
        }
        let beforeCaps = Self.roundedHundredths(base * Int128(factor), scale: 4 + factorScale)
        // 5. Caps, per credited party, type and calendar window; the activity keeps what fits. Activities come
        // in date order, so each window only moves forward and only the current one needs remembering.
        var points = beforeCaps
        var cappedMask: UInt8 = 0
        if hasCaps[typeCode], let firstSlot = capSlots(of: activity.pointee, rules.credit, unitIndex: unitIndex, state: &state) {
            let slot = firstSlot + typeCode
            let starts = CapWindows.starts(of: activity.pointee.date)
            for period in 0 ..< 4 where rules.capAmounts[period] >= 0 {
                let left = max(0, rules.capAmounts[period] - state.capWindows[slot].used(period, start: starts[period]))
                if left < beforeCaps { cappedMask |= ActivityScore.bit(CapWindows.periods[period]) }
                points = min(points, left)
            }
            state.capWindows[slot].add(points, starts: starts, mask: trackedCapMask[typeCode])
        }
        var score = ActivityScore(status: .scored, fileIndex: fileIndex)
        score.setScored(baseTenThousandths: base, factorMantissa: factor, factorScale: factorScale, multiplierMask: mask,
                        beforeCaps: beforeCaps, points: points, cappedMask: cappedMask)
        // 6. Target bonuses, counted per grassroots unit in calendar periods (again only the current window).
        if rules.hasTargets, let unitIndex, let grassroots = chart.grassrootsIndex[unitIndex] {
            let slot = grassroots * typeNames.count + typeCode
            for period in trackedTargetPeriods[typeCode] {
                let count = state.targetWindows[slot].count(in: period, on: activity.pointee.date)
                for target in rules.targets where target.period == period && count >= target.minCount {
                    if let sector = chart.grassrootsSector[unitIndex], target.excludeSectors.contains(sector) { continue }
                    guard state.targetWindows[slot].markAwarded(target.id, in: period) else { continue }
                    state.bonuses.append(TargetBonus(unit: chart.units[grassroots].code, target: target.id, period: period,
                                                     periodStart: period.windowStart(of: activity.pointee.date), date: activity.pointee.date,
                                                     points: target.bonus, activity: activity.pointee.id, fileIndex: fileIndex))
                }
            }
        }
        return score
    }

    private func typeCode(_ type: String) -> Int? {
        typeNames.firstIndex(of: type)
    }

    /// `value × 10^-scale` rounded to hundredths, half away from zero (scale ≥ 2).
    static func roundedHundredths(_ value: Int128, scale: Int) -> Int64 {
        if scale == 2 { return Int64(value) }
        if let small = Int64(exactly: value), scale <= 18 {
            let divisor = Self.powersOfTen[scale - 2]
            let (quotient, remainder) = small.quotientAndRemainder(dividingBy: divisor)
            return remainder.magnitude * 2 >= divisor.magnitude ? quotient + (small < 0 ? -1 : 1) : quotient
        }
        return Int64(ExactDecimal(mantissa: value, scale: scale).rounded(toPlaces: 2).mantissa)
    }

    private static let powersOfTen: [Int64] = (0 ... 18).map { exponent in (0 ..< exponent).reduce(1) { value, _ in value * 10 } }

    /// The labels of the multipliers that applied to a scored activity.
    public func multiplierLabels(_ score: ActivityScore) -> [String] {
        guard score.fileIndex >= 0 else { return [] }
        return book.files[score.fileIndex].multipliers.enumerated()
            .filter { score.multiplierMask & (1 << UInt64($0.offset)) != 0 }.map(\.element.label)
    }

    /// Positions of the activities in (date, id) order, ids compared as the bytes of their UTF-8 (NFC) form.
    ///
    /// Swift orders strings by their NFC Unicode scalars, which is the byte order of their UTF-8 NFC form,
    /// and ids are stored in NFC, so `<` on ids is the contract's order.
    static func scoringOrder(_ activities: [Activity]) -> [Int] {
        activities.withUnsafeBufferPointer { buffer in
            // Fields are read through the pointer: copying an Activity would retain each of its strings.
            let base = buffer.baseAddress
            func date(_ position: Int) -> Int32 { base.unsafelyUnwrapped[position].date.dayNumber }
            func id(_ position: Int) -> String { base.unsafelyUnwrapped[position].id }
            let count = buffer.count
            guard count > 0 else { return [] }
            if (1 ..< max(count, 1)).allSatisfy({ date($0 - 1) != date($0) ? date($0 - 1) < date($0) : id($0 - 1) < id($0) }) {
                return Array(0 ..< count)
            }
            // Counting sort by day, then each day's activities by id.
            var first = Int32.max, last = Int32.min
            for position in 0 ..< count {
                first = min(first, date(position))
                last = max(last, date(position))
            }
            var starts = [Int](repeating: 0, count: Int(last - first) + 2)
            for position in 0 ..< count { starts[Int(date(position) - first) + 1] += 1 }
            for day in starts.indices.dropFirst() { starts[day] += starts[day - 1] }
            var order = [Int](repeating: 0, count: count)
            var next = starts
            for position in 0 ..< count {
                let day = Int(date(position) - first)
                order[next[day]] = position
                next[day] += 1
            }
            // Within a day, compare the first eight UTF-8 bytes as one integer, and whole ids only on a tie.
            let prefixes = (0 ..< count).map { position in
                var prefix: UInt64 = 0
                var taken: UInt64 = 0
                for byte in id(position).utf8.prefix(8) {
                    prefix = prefix << 8 | UInt64(byte)
                    taken += 1
                }
                return taken == 0 ? 0 : prefix << (8 * (8 - taken))
            }
            for day in 0 ..< starts.count - 1 where starts[day + 1] - starts[day] > 1 {
                order[starts[day] ..< starts[day + 1]].sort {
                    prefixes[$0] != prefixes[$1] ? prefixes[$0] < prefixes[$1] : id($0) < id($1)
                }
            }
            return order
        }
    }

    private func applies(_ multiplier: CompiledRules.MultiplierRules, _ activity: Activity, typeCode: Int, unitIndex: Int?) -> Bool {
        if let types = multiplier.types, !types.contains(typeCode) { return false }
        if let from = multiplier.from, activity.date < from { return false }
        if let to = multiplier.to, to < activity.date { return false }
        if let areaMask = multiplier.areaMask {
            guard let unitIndex, chart.areaMask[unitIndex] & areaMask != 0 else { return false }
        }
        if let sectors = multiplier.sectors {
            guard let unitIndex, let sector = chart.grassrootsSector[unitIndex], sectors.contains(sector) else { return false }
        }
        return true
    }

    /// Where the credited party's cap windows (one per type) start in `state.capWindows`: the party is the
    /// member for a member-credited type; for a unit-credited one, the grassroots unit, or the district for an
    /// activity recorded at a district. A party's windows lie together, so that one cache line holds them.
    private func capSlots(of activity: Activity, _ credit: Credit, unitIndex: Int?, state: inout ScoringState) -> Int? {
        switch credit {
        case .member:
            guard let member = activity.member else { return nil }
            if let known = state.memberSlots[member] { return known }
            let slot = state.allocateCapWindows(typeCount: typeNames.count)
            state.memberSlots[member] = slot
            return slot
        case .unit:
            guard let unitIndex, let party = chart.grassrootsIndex[unitIndex] ?? chart.districtIndex[unitIndex] else { return nil }
            if state.unitSlots[party] < 0 { state.unitSlots[party] = state.allocateCapWindows(typeCount: typeNames.count) }
            return state.unitSlots[party]
        }
    }

    /// What makes two activities claims on the same thing (scoring.md, Duplicates): their type, the `unique`
    /// attributes their rules file lists, and those attributes' values; nil when the type has no `unique` or a
    /// value is empty, or when no rules file is in effect.
    func claimKey(_ activity: Activity, fileIndex: Int) -> ClaimKey? {
        guard fileIndex >= 0, let typeCode = typeCode(activity.type), let rules = compiled[fileIndex].types[typeCode],
              !rules.unique.isEmpty else { return nil }
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

    /// The claim key as one text, for storing beside the activity (the ledger finds first claims with SQL).
    public func claimText(of activity: Activity) -> String? {
        guard let key = claimKey(activity, fileIndex: book.fileIndex(on: activity.date) ?? -1) else { return nil }
        return "\(activity.type)\u{1F}\(key.attributes)\u{1F}\(key.value)"
    }
}

/// One real-world thing claimed: a type, the set of `unique` attributes its file lists, and their values.
struct ClaimKey: Hashable {
    let type: Int
    let attributes: UInt16
    let value: String
}


/// What the scoring loop remembers from one activity to the next.
struct ScoringState {
    /// Cap windows, one per type for each credited party, from the party's first slot.
    var capWindows: [CapWindows] = []
    var memberSlots: [String: Int] = [:]
    var unitSlots: [Int]
    /// Target windows per (grassroots unit, type), indexed directly.
    var targetWindows: [TargetWindows]
    var bonuses: [TargetBonus] = []
    var problems: [ScoringProblem] = []

    init(unitCount: Int, typeCount: Int) {
        targetWindows = Array(repeating: TargetWindows(), count: unitCount * typeCount)
        unitSlots = Array(repeating: -1, count: unitCount)
    }

    mutating func allocateCapWindows(typeCount: Int) -> Int {
        capWindows.append(contentsOf: repeatElement(CapWindows(), count: typeCount))
        return capWindows.count - typeCount
    }
}

/// Points one credited party earned of one type in the current day, week, month and year. Activities come in
/// date order, so a window only moves forward: a later window starts again from 0.
struct CapWindows {
    static let periods: [PeriodKind] = [.day, .week, .month, .year]
    private var windowStarts: InlineArray<4, Int32> = [.min, .min, .min, .min]
    private var totals: InlineArray<4, Int64> = [0, 0, 0, 0]

    /// The first day of the day, week, month and year holding `date`.
    static func starts(of date: CivilDate) -> InlineArray<4, Int32> {
        let (year, month, _) = date.components
        return [date.dayNumber, date.adding(days: 1 - date.isoWeekday).dayNumber,
                CivilDate(year: year, month: month, day: 1)!.dayNumber, CivilDate(year: year, month: 1, day: 1)!.dayNumber]
    }

    func used(_ period: Int, start: Int32) -> Int64 {
        windowStarts[period] == start ? totals[period] : 0
    }

    /// Counts `amount` in the window of every period whose bit is set in `mask`.
    mutating func add(_ amount: Int64, starts: InlineArray<4, Int32>, mask: UInt8) {
        for period in 0 ..< 4 where mask & (1 << period) != 0 {
            if windowStarts[period] != starts[period] {
                windowStarts[period] = starts[period]
                totals[period] = 0
            }
            totals[period] += amount
        }
    }
}

/// A grassroots unit's count of scoring activities of one type in the current month, quarter and year, and
/// the targets already awarded in each.
struct TargetWindows {
    private var starts: (Int32, Int32, Int32) = (.min, .min, .min)
    private var counts: (Int64, Int64, Int64) = (0, 0, 0)
    private var awarded: [PeriodKind: [String]] = [:]

    /// Adds one to the window of `period` holding `date` and returns the new count.
    mutating func count(in period: PeriodKind, on date: CivilDate) -> Int {
        let start = period.windowStart(of: date).dayNumber
        func bump(_ windowStart: inout Int32, _ count: inout Int64, _ awarded: inout [PeriodKind: [String]]) -> Int {
            if windowStart != start {
                windowStart = start
                count = 0
                awarded[period] = nil
            }
            count += 1
            return Int(count)
        }
        switch period {
        case .month: return bump(&starts.0, &counts.0, &awarded)
        case .quarter: return bump(&starts.1, &counts.1, &awarded)
        default: return bump(&starts.2, &counts.2, &awarded)
        }
    }

    /// Records a target as awarded in the current window; false when it already was.
    mutating func markAwarded(_ target: String, in period: PeriodKind) -> Bool {
        if awarded[period, default: []].contains(target) { return false }
        awarded[period, default: []].append(target)
        return true
    }
}
