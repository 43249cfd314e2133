import ChungtayCore

/// A rules file turned into arrays indexed by small integers, so that the scoring loop does no string work
/// but one type lookup per activity.
struct CompiledRules {
    struct TypeRules {
        let credit: Credit
        let points: ExactDecimal
        /// Indexed by level 1...4 (index 0 unused).
        let byLevel: [ExactDecimal?]
        let bySubject: [Subject: ExactDecimal]
        let byChannel: [Channel: ExactDecimal]
        let online: ExactDecimal?
        let paidOnline: ExactDecimal?
        let perAttendee: ExactDecimal?
        let perHour: ExactDecimal?
        let maxBase: ExactDecimal?
        let unique: [Attribute]
        let uniqueMask: UInt16
        let caps: [Cap]
        /// Targets of this file for this type, with their index in the file.
        let targets: [Target]
    }

    struct MultiplierRules {
        let factor: ExactDecimal
        let areaMask: UInt8?
        let sectors: Set<Sector>?
        /// Global type codes the multiplier names; nil: every type.
        let types: Set<Int>?
        let from: CivilDate?
        let to: CivilDate?
    }

    /// Indexed by global type code; nil where this file does not define the type.
    let types: [TypeRules?]
    let multipliers: [MultiplierRules]

    init(_ file: RulesFile, typeCodes: [String: Int]) {
        var types = [TypeRules?](repeating: nil, count: typeCodes.count)
        for type in file.activityTypes {
            var byLevel = [ExactDecimal?](repeating: nil, count: 5)
            for (key, amount) in type.by[.level] ?? [:] { byLevel[Int(key)!] = amount }
            types[typeCodes[type.id]!] = TypeRules(
                credit: type.credit, points: type.points, byLevel: byLevel,
                bySubject: Dictionary(uniqueKeysWithValues: (type.by[.subject] ?? [:]).map { (Subject(rawValue: $0)!, $1) }),
                byChannel: Dictionary(uniqueKeysWithValues: (type.by[.channel] ?? [:]).map { (Channel(rawValue: $0)!, $1) }),
                online: type.flags[.online], paidOnline: type.flags[.paid_online],
                perAttendee: type.per[.attendees], perHour: type.per[.hours], maxBase: type.maxBase,
                unique: type.unique,
                uniqueMask: type.unique.reduce(0) { $0 | (1 << UInt16(Attribute.allCases.firstIndex(of: $1)!)) },
                caps: type.caps, targets: file.targets.filter { $0.type == type.id })
        }
        self.types = types
        self.multipliers = file.multipliers.map { multiplier in
            MultiplierRules(factor: multiplier.factor, areaMask: multiplier.area.map { $0.reduce(0) { $0 | $1.bit } },
                            sectors: multiplier.sectors, types: multiplier.types.map { Set($0.map { typeCodes[$0]! }) },
                            from: multiplier.from, to: multiplier.to)
        }
    }
}
