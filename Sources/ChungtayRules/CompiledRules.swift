import ChungtayCore

/// A rules file turned into integers and arrays indexed by small codes, so that the scoring loop does no
/// string work but its lookups, and no decimal arithmetic wider than it needs.
///
/// Every amount of a rules file has at most two decimals, and `hours` has at most two, so a base is a whole
/// number of ten-thousandths; a product of factors with two decimals each is a whole number at scale 2k.
struct CompiledRules {
    final class TypeRules: Sendable {
        let credit: Credit
        /// Amounts in ten-thousandths (scale 4).
        let points: Int128
        /// Indexed by level 1...4 (index 0 unused).
        let byLevel: [Int128]
        /// Indexed by `Subject.allCases` order.
        let bySubject: [Int128]
        /// Indexed by `Channel.allCases` order.
        let byChannel: [Int128]
        let online: Int128
        let paidOnline: Int128
        /// Hundredths per attendee and per hour.
        let perAttendee: Int128
        let perHour: Int128
        let maxBase: Int128?
        let unique: [Attribute]
        let uniqueMask: UInt16
        /// The cap of each period (day, week, month, year; the least where a file lists two), -1 where none.
        let capAmounts: InlineArray<4, Int64>
        let targets: [Target]
        let hasTargets: Bool

        init(_ type: ActivityType, targets: [Target]) {
            func scale4(_ value: ExactDecimal?) -> Int128 { value.map { Int128($0.hundredths) * 100 } ?? 0 }
            credit = type.credit
            points = scale4(type.points)
            byLevel = (0 ... 4).map { scale4(type.by[.level]?[String($0)]) }
            bySubject = Subject.allCases.map { scale4(type.by[.subject]?[$0.rawValue]) }
            byChannel = Channel.allCases.map { scale4(type.by[.channel]?[$0.rawValue]) }
            online = scale4(type.flags[.online])
            paidOnline = scale4(type.flags[.paid_online])
            perAttendee = Int128(type.per[.attendees]?.hundredths ?? 0)
            perHour = Int128(type.per[.hours]?.hundredths ?? 0)
            maxBase = type.maxBase.map { scale4($0) }
            unique = type.unique
            uniqueMask = type.unique.reduce(0) { $0 | (1 << UInt16(Attribute.allCases.firstIndex(of: $1)!)) }
            func cap(_ period: PeriodKind) -> Int64 {
                type.caps.filter { $0.period == period }.map(\.points.hundredths).min() ?? -1
            }
            capAmounts = [cap(.day), cap(.week), cap(.month), cap(.year)]
            self.targets = targets
            hasTargets = !targets.isEmpty
        }
    }

    struct MultiplierRules {
        /// The factor as a whole number at `factorScale` (1.5 → 15, scale 1).
        let factor: Int64
        let factorScale: Int
        let areaMask: UInt8?
        let sectors: Set<Sector>?
        /// Indexed by global type code: whether the multiplier names the type; nil: every type.
        let types: [Bool]?
        let from: CivilDate?
        let to: CivilDate?
    }

    /// Indexed by global type code; nil where this file does not define the type.
    let types: [TypeRules?]
    let multipliers: [MultiplierRules]

    init(_ file: RulesFile, typeCodes: [String: Int]) {
        var types = [TypeRules?](repeating: nil, count: typeCodes.count)
        for type in file.activityTypes {
            types[typeCodes[type.id]!] = TypeRules(type, targets: file.targets.filter { $0.type == type.id })
        }
        self.types = types
        self.multipliers = file.multipliers.map { multiplier in
            let factor = multiplier.factor.normalized
            return MultiplierRules(factor: Int64(factor.mantissa), factorScale: factor.scale,
                                   areaMask: multiplier.area.map { $0.reduce(0) { $0 | $1.bit } },
                                   sectors: multiplier.sectors, types: multiplier.types.map { named in
                                       let codes = Set(named.map { typeCodes[$0]! })
                                       return (0 ..< typeCodes.count).map(codes.contains)
                                   },
                                   from: multiplier.from, to: multiplier.to)
        }
    }
}
