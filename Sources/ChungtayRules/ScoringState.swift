import ChungtayCore

/// What the scoring loop remembers from one activity to the next.
struct ScoringState {
    /// Cap windows, a block for each credited party (one window per tracked period of each type), from the
    /// party's first slot.
    var capWindows: [CapWindow] = []
    /// Each member's first cap slot (-1 until the member has a capped activity), by the member's number.
    var memberSlots: [Int] = []
    var unitSlots: [Int]
    /// Target windows per (grassroots unit, type), indexed directly.
    var targetWindows: [TargetWindows]
    var bonuses: [TargetBonus] = []
    var problems: [ScoringProblem] = []
    /// The window starts of the day last scored: activities come in date order, so most share them.
    private var lastDay = Int32.min
    private var lastStarts = WindowStarts(of: CivilDate(dayNumber: 0))

    init(unitCount: Int, typeCount: Int, memberCount: Int = 0) {
        memberSlots = Array(repeating: -1, count: memberCount)
        targetWindows = Array(repeating: TargetWindows(), count: unitCount * typeCount)
        unitSlots = Array(repeating: -1, count: unitCount)
    }

    /// Sets aside room for the cap windows of `members` members and of every unit.
    mutating func reserve(members: Int, windowsPerParty: Int) {
        memberSlots.reserveCapacity(members)
        capWindows.reserveCapacity((members + unitSlots.count) * windowsPerParty)
    }

    /// Numbers a member not seen before.
    mutating func addMember() -> Int {
        memberSlots.append(-1)
        return memberSlots.count - 1
    }

    mutating func allocateCapWindows(_ count: Int) -> Int {
        capWindows.append(contentsOf: repeatElement(CapWindow(), count: count))
        return capWindows.count - count
    }

    mutating func windowStarts(of date: CivilDate) -> WindowStarts {
        if date.dayNumber != lastDay {
            lastDay = date.dayNumber
            lastStarts = WindowStarts(of: date)
        }
        return lastStarts
    }
}

/// The first day (as a day number) of the day, week, month, quarter and year holding a date.
struct WindowStarts {
    private var starts: InlineArray<5, Int32>

    init(of date: CivilDate) {
        starts = .init { PeriodKind.allCases[$0].windowStart(of: date).dayNumber }
    }

    subscript(period: PeriodKind) -> Int32 {
        switch period {
        case .day: starts[0]
        case .week: starts[1]
        case .month: starts[2]
        case .quarter: starts[3]
        case .year: starts[4]
        }
    }
}

/// Points one credited party earned of one type in the current window of one period (day, ISO week, month or
/// year). Activities come in date order, so a window only moves forward: a later window starts again from 0.
///
/// The total is hundredths in 32 bits, held at `Int32.max` once it reaches it: a cap is at most 1,000,000 points
/// (``RulesLimits/maxAmount``, 10⁸ hundredths), so any larger total leaves nothing of any cap, exactly as its true
/// value would. With a window only per period a type is capped by, a member of the 2026 rules needs 80 bytes.
struct CapWindow {
    static let periods: [PeriodKind] = [.day, .week, .month, .year]
    private var start = Int32.min
    private var total: Int32 = 0

    func used(start windowStart: Int32) -> Int64 {
        start == windowStart ? Int64(total) : 0
    }

    /// Counts `amount` in the window starting on day `windowStart`.
    mutating func add(_ amount: Int64, start windowStart: Int32) {
        if start != windowStart {
            start = windowStart
            total = 0
        }
        total = Int32(clamping: Int64(total) + amount)
    }
}

/// A grassroots unit's count of scoring activities of one type in the current month, quarter and year, and
/// the targets already awarded in each.
struct TargetWindows {
    private var starts: (Int32, Int32, Int32) = (.min, .min, .min)
    private var counts: (Int64, Int64, Int64) = (0, 0, 0)
    private var awarded: ([String], [String], [String]) = ([], [], [])

    /// Adds one to the window of `period` that starts on day `start` and returns the new count.
    mutating func count(in period: PeriodKind, start: Int32) -> Int {
        func bump(_ windowStart: inout Int32, _ count: inout Int64, _ awarded: inout [String]) -> Int {
            if windowStart != start {
                windowStart = start
                count = 0
                awarded = []
            }
            count += 1
            return Int(count)
        }
        switch period {
        case .month: return bump(&starts.0, &counts.0, &awarded.0)
        case .quarter: return bump(&starts.1, &counts.1, &awarded.1)
        default: return bump(&starts.2, &counts.2, &awarded.2)
        }
    }

    /// Records a target as awarded in the current window; false when it already was.
    mutating func markAwarded(_ target: String, in period: PeriodKind) -> Bool {
        func mark(_ awarded: inout [String]) -> Bool {
            if awarded.contains(target) { return false }
            awarded.append(target)
            return true
        }
        switch period {
        case .month: return mark(&awarded.0)
        case .quarter: return mark(&awarded.1)
        default: return mark(&awarded.2)
        }
    }
}
