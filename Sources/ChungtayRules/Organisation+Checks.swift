import ChungtayCore

/// Something wrong with the units' versions (organisation.md), told about one unit and column.
public struct StructureProblem: Sendable, Hashable {
    /// The unit the problem is reported on.
    public let code: String
    /// The column at fault on that unit's row.
    public let column: String
    /// The date on which it holds; nil where it holds whatever the date.
    public let date: CivilDate?
    /// The other unit involved (a parent, a successor), where there is one.
    public let other: String?
    /// Which rule it breaks (`overlap`, `parent-in-force`, `successor-level`, …).
    public let rule: String
    public let message: Diagnostic.Message
}

extension Organisation {
    /// Every problem of the versions (organisation.md, Unit versions): overlapping versions, a successor that is not
    /// in force the next day, of a lower level, the unit itself or on a cycle, and the structure broken on some date
    /// (data.md's rules on every date from the earliest `from` on: one province without a parent, every parent in
    /// force then and of a level that may hold the child, no cycle). A problem that holds over several dates is
    /// told once, on the first.
    /// - Complexity: O(epochs × units × depth).
    public func problems() -> [StructureProblem] {
        var problems: [StructureProblem] = []
        var told = Set<String>()
        func add(_ code: String, _ column: String, _ date: CivilDate?, other: String? = nil, key: String, vi: String, en: String) {
            guard told.insert("\(code)\u{1F}\(column)\u{1F}\(key)").inserted else { return }
            problems.append(StructureProblem(code: code, column: column, date: date, other: other, rule: key, message: .init(vi: vi, en: en)))
        }
        for (number, code) in codes.enumerated() {
            let own = versions(of: code)
            for version in own {
                if let from = version.from, let until = version.until, until < from {
                    add(code, "until", from, key: "until", vi: "ngày hết hiệu lực \(until.vietnamese) trước ngày bắt đầu \(from.vietnamese)",
                        en: "ends on \(until) before it begins on \(from)")
                }
                if version.successor != nil, version.until == nil {
                    add(code, "successor", version.from, key: "successor-until", vi: "chỉ ghi đơn vị kế thừa khi có ngày hết hiệu lực (hiệu lực đến)",
                        en: "a successor needs an end date (until)")
                }
                if version.successor == code {
                    add(code, "successor", version.from, key: "successor-self", vi: "đơn vị không kế thừa chính nó; ghi đơn vị nhận lịch sử của \(code)",
                        en: "a unit cannot succeed itself; name the unit that takes over \(code)'s history")
                }
            }
            for (earlier, later) in zip(own, own.dropFirst()) {
                if let until = earlier.until, let from = later.from, until < from { continue }
                add(code, "from", later.from, key: "overlap", vi: "các phiên bản của \(code) chồng lên nhau (\(Self.span(earlier, .vi)) và \(Self.span(later, .vi))); mỗi ngày chỉ một phiên bản",
                    en: "versions of \(code) overlap (\(Self.span(earlier, .en)) and \(Self.span(later, .en))); one version a day")
            }
            for version in own {
                guard let successor = version.successor, successor != code, let until = version.until else { continue }
                let next = until.adding(days: 1)
                guard let heir = self.number(of: successor) else {
                    add(code, "successor", until, other: successor, key: "successor-unknown", vi: "không có đơn vị mã \(successor)",
                        en: "no unit has code \(successor)")
                    continue
                }
                guard let taking = self.version(heir, epoch(of: next.dayNumber)) else {
                    add(code, "successor", until, other: successor, key: "successor-in-force",
                        vi: "đơn vị kế thừa \(successor) không có hiệu lực ngày \(next.vietnamese), ngày sau khi \(code) hết hiệu lực",
                        en: "successor \(successor) is not in force on \(next), the day after \(code) ends")
                    continue
                }
                if Self.rank(taking.level) < Self.rank(version.level) || Self.rank(taking.level) > Self.rank(version.level) + 1 {
                    add(code, "successor", until, other: successor, key: "successor-level",
                        vi: "đơn vị kế thừa \(successor) là cấp \(taking.level.rawValue); phải cùng cấp \(version.level.rawValue) hoặc cấp ngay trên",
                        en: "successor \(successor) is a \(taking.level.rawValue) unit; it must be of level \(version.level.rawValue) or the level above")
                }
            }
            if let cycle = successorCycle(from: number) {
                add(code, "successor", nil, other: cycle.first, key: "successor-cycle",
                    vi: "vòng kế thừa: \(([code] + cycle).joined(separator: " → "))", en: "successors go round: \(([code] + cycle).joined(separator: " → "))")
            }
        }
        let always = versions.contains { $0.from == nil }
        for epoch in epochs.indices where always || epoch > 0 {
            let date = epoch == 0 ? nil : CivilDate(dayNumber: boundaries[epoch - 1])
            structureProblems(in: epoch, date: date, add: add)
        }
        return problems
    }

    private func structureProblems(in epoch: Int, date: CivilDate?,
                                   add: (String, String, CivilDate?, String?, String, String, String) -> Void) {
        let on = (vi: date.map { "ngày \($0.vietnamese): " } ?? "", en: date.map { "on \($0): " } ?? "")
        let inForce = codes.indices.compactMap { number in version(number, epoch).map { (number, $0) } }
        let provinces = inForce.filter { $0.1.level == .province }.map(\.1.code)
        if provinces.count > 1 {
            for code in provinces {
                add(code, "level", date, nil, "provinces", on.vi + "chỉ được có một đơn vị cấp tỉnh (đang có: \(provinces.joined(separator: ", ")))",
                    on.en + "there must be exactly one province unit (now: \(provinces.joined(separator: ", ")))")
            }
        } else if provinces.isEmpty, let first = inForce.first {
            add(first.1.code, "parent", date, nil, "no-province", on.vi + "không có đơn vị cấp tỉnh nào có hiệu lực; đơn vị cấp tỉnh phải có hiệu lực mọi ngày",
                on.en + "no province unit is in force; the province must be in force on every date")
        }
        for (number, unit) in inForce {
            if unit.level == .province {
                if unit.parent != nil {
                    add(unit.code, "parent", date, nil, "province-parent", "đơn vị cấp tỉnh không có đơn vị cấp trên; để trống",
                        "the province has no parent; leave it empty")
                }
                continue
            }
            guard let parentCode = unit.parent else {
                add(unit.code, "parent", date, nil, "parent-missing", "bắt buộc với đơn vị không phải cấp tỉnh", "is required for every unit but the province")
                continue
            }
            guard let parentNumber = self.number(of: parentCode) else {
                add(unit.code, "parent", date, parentCode, "parent-unknown", "không có đơn vị mã \(parentCode); nhập đơn vị đó trước hoặc cùng tệp",
                    "no unit has code \(parentCode); import it first or in the same file")
                continue
            }
            guard let parent = version(parentNumber, epoch) else {
                add(unit.code, "parent", date, parentCode, "parent-in-force", on.vi + "đơn vị cấp trên \(parentCode) không có hiệu lực; ghi phiên bản của \(unit.code) với đơn vị cấp trên khác từ ngày đó",
                    on.en + "the parent \(parentCode) is not in force; give \(unit.code) a version with another parent from that day")
                continue
            }
            let allowed: [UnitLevel] = switch unit.level {
            case .district: [.province]
            case .grassroots: [.district, .province]
            default: [.grassroots]
            }
            if !allowed.contains(parent.level) {
                let names = allowed.map(\.rawValue).joined(separator: " / ")
                add(unit.code, "parent", date, parentCode, "parent-level",
                    on.vi + "đơn vị cấp \(unit.level.rawValue) phải trực thuộc đơn vị cấp \(names), nhưng \(parentCode) là \(parent.level.rawValue)",
                    on.en + "a \(unit.level.rawValue) unit's parent must be a \(names) unit, but \(parentCode) is \(parent.level.rawValue)")
            }
            // A cycle: going up from the unit comes back to it.
            var cursor = parentNumber
            var steps = 0
            // (Not above a province: one with a parent is told as such.)
            while steps <= codes.count, let up = version(cursor, epoch), up.level != .province {
                if cursor == number {
                    add(unit.code, "parent", date, parentCode, "cycle", on.vi + "vòng lặp đơn vị cấp trên qua \(unit.code)",
                        on.en + "the parents go round through \(unit.code)")
                    break
                }
                guard let next = up.parent.flatMap({ self.number(of: $0) }) else { break }
                cursor = next
                steps += 1
            }
        }
    }

    /// The successors followed from a unit (every version's), where they come back to it.
    private func successorCycle(from start: Int) -> [String]? {
        var path: [String] = []
        var seen = Set<Int>()
        func visit(_ number: Int) -> Bool {
            for version in versions(of: codes[number]) {
                guard let successor = version.successor, let next = self.number(of: successor) else { continue }
                path.append(successor)
                if next == start { return true }
                if seen.insert(next).inserted, visit(next) { return true }
                path.removeLast()
            }
            return false
        }
        return visit(start) ? path : nil
    }

    private static func rank(_ level: UnitLevel) -> Int {
        switch level {
        case .cell: 0
        case .grassroots: 1
        case .district: 2
        case .province: 3
        }
    }

    /// A version's days, as people read them.
    static func span(_ version: Unit, _ lang: Language) -> String {
        let from = version.from.map { lang == .vi ? $0.vietnamese : $0.description } ?? lang.pick("từ trước", "always")
        let until = version.until.map { lang == .vi ? $0.vietnamese : $0.description } ?? lang.pick("nay", "now")
        return "\(from)–\(until)"
    }
}
