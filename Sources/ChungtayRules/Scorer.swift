import ChungtayCore

/// The scoring rules of scoring.md compiled for one rule book and organisation (over time): steps 2–6 for one activity, the claim
/// keys of duplicates, the multipliers' labels. ``ScoringSession`` feeds it activities in (date, id) order; the batch
/// engine (`Scorer+Batch.swift`) scores every activity together from scratch.
public struct Scorer: Sendable {
    public let book: RuleBook
    public let organisation: Organisation
    /// Type ids by code; few enough that a linear search beats hashing.
    public let typeNames: [String]
    private let hasCaps: [Bool]
    /// The first and last day of each file, as day numbers.
    let fileRanges: [(from: Int32, to: Int32)]
    /// For each type code: bits (bit i for ``CapWindow/periods``[i]) of the cap periods any file gives it.
    private let trackedCapMask: [UInt8]
    /// For each type code: where its windows start in a credited party's block of ``CapWindow``s, one window per
    /// tracked period of each type, in type order.
    private let capWindowOffsets: [Int]
    /// The size of a party's block.
    let capWindowsPerParty: Int
    private let compiled: [CompiledRules]
    /// For each type code: the cap periods any file gives it (usage is counted under every file).
    private let trackedCapPeriods: [[PeriodKind]]
    /// For each type code: the target periods any file gives it.
    private let trackedTargetPeriods: [[PeriodKind]]

    public init(book: RuleBook, organisation: Organisation) {
        self.book = book
        self.organisation = organisation
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
            CapWindow.periods.enumerated().reduce(UInt8(0)) { periods.contains($1.element) ? $0 | 1 << $1.offset : $0 }
        }
        capWindowOffsets = caps.indices.map { code in caps[..<code].reduce(0) { $0 + $1.count } }
        capWindowsPerParty = caps.reduce(0) { $0 + $1.count }
        fileRanges = book.files.map { ($0.validFrom.dayNumber, $0.validTo.dayNumber) }
        trackedTargetPeriods = targets.map { PeriodKind.allCases.filter($0.contains) }
    }

    /// Steps 2–6 for one activity, the caller having found its claim (step 1), its type code and unit index
    /// (nil: unknown), and its member's number in `state` (from ``ScoringState/addMember()``). Reads the
    /// activity's fields from `fields`, and its id and type through the pointer only to report them: copying
    /// an Activity would retain each of its strings, and reading it out of order would miss the cache.
    func score(_ activity: UnsafePointer<Activity>, _ fields: ScoredFields, claim: Claim, fileIndex: Int, typeCode: Int?, unitIndex: Int?,
               member: Int?, state: inout ScoringState) -> ActivityScore {
        guard fileIndex >= 0 else {
            state.problems.append(ScoringProblem(activity: activity.pointee.id, message: "no rules file is in effect on \(fields.date)"))
            return ActivityScore(status: .scored, fileIndex: -1)
        }
        guard let typeCode, let rules = compiled[fileIndex].types[typeCode] else {
            state.problems.append(ScoringProblem(activity: activity.pointee.id, message: "type '\(activity.pointee.type)' is not defined in \(book.files[fileIndex].path)"))
            return ActivityScore(status: .scored, fileIndex: fileIndex)
        }
        if fields.rejected { return ActivityScore(status: .rejected, fileIndex: fileIndex) }
        if case let .duplicate(first) = claim {
            return ActivityScore(status: .duplicate, duplicateOf: first, fileIndex: fileIndex)
        }
        // 2. Base, in ten-thousandths: every amount has two decimals, and so has `hours`.
        var base = rules.points
        if fields.level > 0 { base += rules.byLevel[Int(fields.level)] }
        if fields.subject >= 0 { base += rules.bySubject[Int(fields.subject)] }
        if fields.channel >= 0 { base += rules.byChannel[Int(fields.channel)] }
        if fields.online { base += rules.online }
        if fields.paidOnline { base += rules.paidOnline }
        if rules.perAttendee != 0, fields.hasAttendees { base += rules.perAttendee * Int128(fields.attendees) * 100 }
        if rules.perHour != 0, fields.hasHours {
            base += rules.perHour * Int128(fields.hoursHundredths ?? activity.pointee.hours!.hundredths)
        }
        if let maxBase = rules.maxBase, maxBase < base { base = maxBase }
        // 3–4. The product of the factors that apply, exactly, then base × product rounded half away from zero.
        var factor: Int64 = 1
        var factorScale = 0
        var mask: UInt64 = 0
        // The unit's place on the activity's date.
        let epoch = unitIndex == nil ? 0 : organisation.epoch(of: fields.date.dayNumber)
        for (index, multiplier) in compiled[fileIndex].multipliers.enumerated()
            where applies(multiplier, date: fields.date, typeCode: typeCode, unitIndex: unitIndex, epoch: epoch) {
            factor *= multiplier.factor
            factorScale += multiplier.factorScale
            mask |= 1 << UInt64(index)
        }
        let beforeCaps = Self.roundedHundredths(base * Int128(factor), scale: 4 + factorScale)
        // 5. Caps, per credited party, type and calendar window; the activity keeps what fits. Activities come
        // in date order, so each window only moves forward and only the current one needs remembering.
        var points = beforeCaps
        var cappedMask: UInt8 = 0
        let starts = state.windowStarts(of: fields.date)
        if hasCaps[typeCode] {
            // One window per period the type is capped by in any file, in the order of CapWindow.periods, in the block
            // of the party credited in that period's window.
            let tracked = trackedCapMask[typeCode]
            var slots = InlineArray<4, Int>(repeating: -1)
            var offset = capWindowOffsets[typeCode]
            for period in 0 ..< 4 where tracked & (1 << period) != 0 {
                if let block = capBlock(rules.credit, member: member, unitIndex: unitIndex, epoch: epoch,
                                        windowStart: starts[CapWindow.periods[period]], period: CapWindow.periods[period], state: &state) {
                    slots[period] = block + offset
                }
                offset += 1
            }
            for period in 0 ..< 4 where slots[period] >= 0 && rules.capAmounts[period] >= 0 {
                let left = max(0, rules.capAmounts[period] - state.capWindows[slots[period]].used(start: starts[CapWindow.periods[period]]))
                if left < beforeCaps { cappedMask |= ActivityScore.bit(CapWindow.periods[period]) }
                points = min(points, left)
            }
            for period in 0 ..< 4 where slots[period] >= 0 {
                state.capWindows[slots[period]].add(points, start: starts[CapWindow.periods[period]])
            }
        }
        var score = ActivityScore(status: .scored, fileIndex: fileIndex)
        score.setScored(baseTenThousandths: base, factorMantissa: factor, factorScale: factorScale, multiplierMask: mask,
                        beforeCaps: beforeCaps, points: points, cappedMask: cappedMask)
        // 6. Target bonuses, counted in calendar periods (again only the current window) for the heir, on the period's
        // last day, of the activity's grassroots unit, where that heir is a grassroots unit then.
        if rules.hasTargets, let unitIndex, case let grassroots = organisation.grassroots(unitIndex, epoch), grassroots >= 0 {
            for period in trackedTargetPeriods[typeCode] {
                guard let (owner, sector) = targetOwner(grassroots, epoch: epoch, period: period, windowStart: starts[period]) else { continue }
                let slot = owner * typeNames.count + typeCode
                let count = state.targetWindows[slot].count(in: period, start: starts[period])
                for target in rules.targets where target.period == period && count >= target.minCount {
                    if let sector, target.excludeSectors.contains(sector) { continue }
                    guard state.targetWindows[slot].markAwarded(target.id, in: period) else { continue }
                    state.bonuses.append(TargetBonus(unit: organisation.codes[owner], target: target.id, period: period,
                                                     periodStart: CivilDate(dayNumber: starts[period]), date: fields.date,
                                                     points: target.bonus, activity: activity.pointee.id, fileIndex: fileIndex))
                }
            }
        }
        return score
    }

    func typeCode(_ type: String) -> Int? {
        typeNames.firstIndex(of: type)
    }

    /// The keys ``ScoringSession/score(_:claim:keys:)`` takes for `activity`, its member being number `member`.
    public func keys(_ activity: Activity, member: Int?) -> ScoringKeys {
        ScoringKeys(typeCode: typeCode(activity.type), unitIndex: organisation.number(of: activity.unit), member: member)
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

    /// Whether a multiplier applies; `area` and `sectors` read the versions in force on the activity's date (its epoch).
    private func applies(_ multiplier: CompiledRules.MultiplierRules, date: CivilDate, typeCode: Int, unitIndex: Int?, epoch: Int) -> Bool {
        if let types = multiplier.types, !types[typeCode] { return false }
        if let from = multiplier.from, date < from { return false }
        if let to = multiplier.to, to < date { return false }
        if let areaMask = multiplier.areaMask {
            guard let unitIndex, organisation.areaMask(unitIndex, epoch) & areaMask != 0 else { return false }
        }
        if let sectors = multiplier.sectors {
            guard let unitIndex, case let grassroots = organisation.grassroots(unitIndex, epoch), grassroots >= 0,
                  let sector = organisation.sector(grassroots, epoch), sectors.contains(sector) else { return false }
        }
        return true
    }

    /// The unit a target of `period` counts an activity for (organisation.md): the heir, on the period's last day, of
    /// its grassroots unit (number `grassroots` in the activity's epoch), where that heir is a grassroots unit then;
    /// with that heir's sector then.
    private func targetOwner(_ grassroots: Int, epoch: Int, period: PeriodKind, windowStart: Int32) -> (Int, Sector?)? {
        if organisation.isStatic { return (grassroots, organisation.sector(grassroots, epoch)) }
        let end = organisation.epoch(of: period.windowEnd(startingOn: CivilDate(dayNumber: windowStart)).dayNumber)
        let heir = organisation.heir(grassroots, end)
        guard heir >= 0, organisation.level(heir, end) == .grassroots else { return nil }
        return (heir, organisation.sector(heir, end))
    }

    /// Where the cap windows of the party credited in one window start in `state.capWindows` (a block of one window
    /// per tracked period of each type): the party is the member for a member-credited type; for a unit-credited one,
    /// the heir on the window's last day of the activity's grassroots unit (or of the district-level unit it was
    /// recorded at), or that unit itself where it has no heir then (organisation.md). A party's windows lie together,
    /// so that one cache line holds them.
    private func capBlock(_ credit: Credit, member: Int?, unitIndex: Int?, epoch: Int, windowStart: Int32, period: PeriodKind,
                          state: inout ScoringState) -> Int? {
        switch credit {
        case .member:
            guard let member else { return nil }
            if state.memberSlots[member] < 0 { state.memberSlots[member] = state.allocateCapWindows(capWindowsPerParty) }
            return state.memberSlots[member]
        case .unit:
            guard let unitIndex else { return nil }
            let grassroots = organisation.grassroots(unitIndex, epoch)
            let home = grassroots >= 0 ? grassroots : organisation.district(unitIndex, epoch)
            guard home >= 0 else { return nil }
            var party = home
            if !organisation.isStatic {
                let heir = organisation.heir(home, organisation.epoch(of: period.windowEnd(startingOn: CivilDate(dayNumber: windowStart)).dayNumber))
                if heir >= 0 { party = heir }
            }
            if state.unitSlots[party] < 0 { state.unitSlots[party] = state.allocateCapWindows(capWindowsPerParty) }
            return state.unitSlots[party]
        }
    }

    /// What makes two activities claims on the same thing (scoring.md, Duplicates): their type, the `unique`
    /// attributes their rules file lists, and those attributes' values; nil when the type has no `unique` or a
    /// value is empty, or when no rules file is in effect.
    func claimKey(_ activity: Activity, fileIndex: Int, typeCode: Int) -> ClaimKey? {
        guard fileIndex >= 0, typeCode >= 0, let rules = compiled[fileIndex].types[typeCode], !rules.unique.isEmpty else { return nil }
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
        guard let typeCode = typeCode(activity.type),
              let key = claimKey(activity, fileIndex: book.fileIndex(on: activity.date) ?? -1, typeCode: typeCode) else { return nil }
        return "\(activity.type)\u{1F}\(key.attributes)\u{1F}\(key.value)"
    }
}
