import ChungtayCore

/// Reads one rules file and checks everything scoring.md lists, collecting every problem.
struct RulesFileReader {
    static let topKeys = ["schema", "campaign", "title", "version", "valid_from", "valid_to", "activities",
                          "multipliers", "targets", "ranking", "indicators", "awards"]
    static let typeKeys = ["label", "credit", "requires", "points", "by", "flags", "per", "max_base", "unique", "caps"]

    /// `^[a-z][a-z0-9_]{0,47}$`.
    static func isTypeId(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= 48, (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(first) else { return false }
        return bytes.allSatisfy {
            (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
        }
    }

    var checker: JSONChecker
    /// Type ids the file defines (known before anything refers to them).
    var typeIds: Set<String> = []

    init(path: String) {
        checker = JSONChecker(file: path)
    }

    /// The checked file, or nil when any problem was found (all of them are in `checker.diagnostics`).
    mutating func read(_ document: JSONValue, digest: String) -> RulesFile? {
        guard let top = checker.object(document, at: "$", allowed: Self.topKeys,
                                       required: ["schema", "campaign", "title", "version", "valid_from", "valid_to", "activities"])
        else { return nil }
        if let schema = checker.integer(top["schema"], at: "$.schema", min: 0), schema != 1 {
            checker.report("$.schema", vi: "schema \(schema) không được hỗ trợ; phiên bản chungtay này đọc schema 1",
                           en: "unsupported schema \(schema); this version of chungtay reads schema 1")
        }
        let campaign = checker.string(top["campaign"], at: "$.campaign")
        let title = checker.string(top["title"], at: "$.title")
        let version = checker.string(top["version"], at: "$.version")
        let validFrom = checker.date(top["valid_from"], at: "$.valid_from")
        let validTo = checker.date(top["valid_to"], at: "$.valid_to")
        if let validFrom, let validTo, validTo < validFrom {
            checker.report("$.valid_to", vi: "\(validTo) trước ngày valid_from \(validFrom); valid_to phải từ valid_from trở đi",
                           en: "\(validTo) is before valid_from \(validFrom)")
        }

        let typeMembers = checker.dictionary(top["activities"], at: "$.activities") ?? []
        if top["activities"] != nil, typeMembers.isEmpty {
            checker.report("$.activities", vi: "cần định nghĩa ít nhất một loại hoạt động", en: "define at least one activity type")
        }
        typeIds = Set(typeMembers.map(\.key))
        var types: [ActivityType] = []
        for (id, value) in typeMembers {
            if let type = activityType(id: id, value, at: JSONChecker.child("$.activities", id)) { types.append(type) }
        }

        var multipliers: [Multiplier] = []
        for (index, value) in (checker.array(top["multipliers"], at: "$.multipliers") ?? []).enumerated() {
            if let multiplier = multiplier(value, at: "$.multipliers[\(index)]") { multipliers.append(multiplier) }
        }
        let factorDigits = multipliers.reduce(0) { $0 + String($1.factor.normalized.mantissa).count }
        if factorDigits > RulesLimits.factorDigitBudget {
            checker.report("$.multipliers",
                           vi: "các hệ số có tổng cộng \(factorDigits) chữ số, vượt quá \(RulesLimits.factorDigitBudget) chữ số mà phép tính "
                               + "chính xác cho phép; hãy gộp bớt hệ số nhân hoặc dùng hệ số có ít chữ số thập phân hơn",
                           en: "the factors have \(factorDigits) digits together, more than \(RulesLimits.factorDigitBudget) "
                               + "that exact arithmetic allows; merge multipliers or use factors with fewer decimals")
        }

        for type in types {
            let largest = Self.largestPoints(type, multipliers: multipliers)
            guard largest > RulesLimits.maxActivityPoints else { continue }
            checker.report(JSONChecker.child("$.activities", type.id),
                           vi: "một hoạt động loại này có thể được tới \(largest) điểm (với \(RulesLimits.maxAttendees) người, "
                               + "\(RulesLimits.maxHours) giờ và mọi hệ số nhân), quá \(RulesLimits.maxActivityPoints) điểm mà sổ điểm "
                               + "cộng được chính xác; hãy giảm điểm của loại này hoặc đặt max_base",
                           en: "an activity of this type could score up to \(largest) points (with \(RulesLimits.maxAttendees) attendees, "
                               + "\(RulesLimits.maxHours) hours and every multiplier), more than the \(RulesLimits.maxActivityPoints) "
                               + "the ledger adds up exactly; lower its amounts or set max_base")
        }

        var targets: [Target] = []
        var targetIds = Set<String>()
        for (index, value) in (checker.array(top["targets"], at: "$.targets") ?? []).enumerated() {
            guard let target = target(value, at: "$.targets[\(index)]") else { continue }
            if !targetIds.insert(target.id).inserted {
                checker.report("$.targets[\(index)].id", vi: "mã chỉ tiêu '\(target.id)' bị dùng hai lần; mỗi chỉ tiêu cần một mã riêng",
                               en: "target id '\(target.id)' is used twice")
            } else {
                targets.append(target)
            }
        }

        let ranking = top["ranking"].flatMap { rankingSettings($0, at: "$.ranking") } ?? RankingSettings()
        let indicators = readList(top["indicators"], at: "$.indicators", idKey: "id") { reader, value, path in
            reader.indicator(value, at: path)
        }
        let awards = readList(top["awards"], at: "$.awards", idKey: "id") { reader, value, path in
            reader.award(value, at: path)
        }

        guard checker.diagnostics.isEmpty, let campaign, let title, let version, let validFrom, let validTo else { return nil }
        return RulesFile(path: checker.file, digest: digest, campaign: campaign, title: title, version: version,
                         validFrom: validFrom, validTo: validTo, activityTypes: types, multipliers: multipliers,
                         targets: targets, ranking: ranking, indicators: indicators.map(\.1), awards: awards.map(\.1))
    }

    /// The most points one activity of `type` can score: its largest base (every amount at its highest, the most
    /// attendees and hours an import accepts, unless `max_base` is lower) times every factor above 1 that can apply.
    static func largestPoints(_ type: ActivityType, multipliers: [Multiplier]) -> ExactDecimal {
        var base = type.points
        for attribute in [Attribute.level, .subject, .channel] { base = base + (type.by[attribute]?.values.max() ?? .zero) }
        base = base + (type.flags[.online] ?? .zero) + (type.flags[.paid_online] ?? .zero)
        base = base + (type.per[.attendees] ?? .zero) * ExactDecimal(Int(RulesLimits.maxAttendees))
            + (type.per[.hours] ?? .zero) * ExactDecimal(Int(RulesLimits.maxHours))
        if let maxBase = type.maxBase, maxBase < base { base = maxBase }
        return multipliers.filter { $0.types?.contains(type.id) ?? true }.reduce(base) { $1.factor > .one ? $0 * $1.factor : $0 }
    }

    private mutating func readList<T>(_ value: JSONValue?, at path: String, idKey: String,
                                      _ read: (inout RulesFileReader, JSONValue, String) -> (String, T)?) -> [(String, T)] {
        var result: [(String, T)] = []
        for (index, element) in (checker.array(value, at: path) ?? []).enumerated() {
            guard let item = read(&self, element, "\(path)[\(index)]") else { continue }
            if result.contains(where: { $0.0 == item.0 }) {
                checker.report("\(path)[\(index)].\(idKey)", vi: "mã '\(item.0)' bị dùng hai lần; mỗi mục cần một mã riêng",
                               en: "id '\(item.0)' is used twice")
            } else {
                result.append(item)
            }
        }
        return result
    }

    // MARK: Activity types

    private mutating func activityType(id: String, _ value: JSONValue, at path: String) -> ActivityType? {
        if !Self.isTypeId(id) {
            checker.report(path, vi: "mã loại hoạt động '\(id)' phải khớp ^[a-z][a-z0-9_]{0,47}$ (chữ thường không dấu, chữ số, dấu gạch dưới)",
                           en: "type id '\(id)' must match ^[a-z][a-z0-9_]{0,47}$ (lower-case letters, digits, underscores)")
        }
        guard let fields = checker.object(value, at: path, allowed: Self.typeKeys, required: ["label", "credit", "points"]) else { return nil }
        let before = checker.diagnostics.count
        let label = checker.string(fields["label"], at: "\(path).label")
        let credit = checker.choice(fields["credit"], at: "\(path).credit", of: Credit.self, allowed: [.member, .unit], what: .init("giá trị credit", "credit"))
        let requires = attributeList(fields["requires"], at: "\(path).requires", allowEmpty: true) ?? []
        let points = checker.decimal(fields["points"], at: "\(path).points")

        var by: [Attribute: [String: ExactDecimal]] = [:]
        for (name, table) in checker.dictionary(fields["by"], at: "\(path).by") ?? [] {
            let entryPath = JSONChecker.child("\(path).by", name)
            guard let attribute = attribute(name, at: entryPath, from: Array(Attribute.byValues.keys), role: .init("by", "by")) else { continue }
            let values = Attribute.byValues[attribute]!
            var amounts: [String: ExactDecimal] = [:]
            for (key, amount) in checker.dictionary(table, at: entryPath) ?? [] {
                let valuePath = JSONChecker.child(entryPath, key)
                guard values.contains(key) else {
                    let list = values.joined(separator: ", ")
                    checker.report(valuePath, vi: "giá trị \(attribute.rawValue) '\(key)' không hợp lệ (được phép: \(list))",
                                   en: "unknown \(attribute.rawValue) '\(key)' (allowed: \(list))")
                    continue
                }
                if let amount = checker.decimal(amount, at: valuePath) { amounts[key] = amount }
            }
            by[attribute] = amounts
        }
        let flags = attributeAmounts(fields["flags"], at: "\(path).flags", allowed: Attribute.booleans, role: .init("flags", "flags"))
        let per = attributeAmounts(fields["per"], at: "\(path).per", allowed: Attribute.quantities, role: .init("per", "per"))
        let maxBase = checker.decimal(fields["max_base"], at: "\(path).max_base")
        let unique = attributeList(fields["unique"], at: "\(path).unique", allowEmpty: false) ?? []

        var caps: [Cap] = []
        for (index, capValue) in (checker.array(fields["caps"], at: "\(path).caps") ?? []).enumerated() {
            let capPath = "\(path).caps[\(index)]"
            guard let cap = checker.object(capValue, at: capPath, allowed: ["period", "points"], required: ["period", "points"]) else { continue }
            let period = checker.choice(cap["period"], at: "\(capPath).period", of: PeriodKind.self,
                                        allowed: [.day, .week, .month, .year], what: .init("kỳ giới hạn điểm", "cap period"))
            let amount = checker.decimal(cap["points"], at: "\(capPath).points")
            if let period, let amount { caps.append(Cap(period: period, points: Points(amount))) }
        }
        guard checker.diagnostics.count == before, let label, let credit, let points else { return nil }
        return ActivityType(id: id, label: label, credit: credit, requires: requires, points: points, by: by,
                            flags: flags, per: per, maxBase: maxBase, unique: unique, caps: caps)
    }

    mutating func attribute(_ name: String, at path: String, from allowed: [Attribute], role: JSONChecker.Words) -> Attribute? {
        if let attribute = Attribute(rawValue: name), allowed.contains(attribute) { return attribute }
        let names = Attribute.allCases.filter(allowed.contains).map(\.rawValue)
        let list = names.joined(separator: ", ")
        if Attribute(rawValue: name) != nil {
            checker.report(path, vi: "không dùng được '\(name)' trong \(role.vi) (được phép: \(list))",
                           en: "'\(name)' cannot be used in \(role.en) (allowed: \(list))")
        } else {
            let suggestion = JSONChecker.suggestion(for: name, in: names)
            checker.report(path, vi: "thuộc tính '\(name)' không hợp lệ\(suggestion.vi) (được phép: \(list))",
                           en: "unknown attribute '\(name)'\(suggestion.en) (allowed: \(list))")
        }
        return nil
    }

    private mutating func attributeList(_ value: JSONValue?, at path: String, allowEmpty: Bool) -> [Attribute]? {
        guard let elements = checker.array(value, at: path) else { return nil }
        if !allowEmpty, elements.isEmpty { checker.report(path, vi: "phải liệt kê ít nhất một thuộc tính", en: "must list at least one attribute") }
        var result: [Attribute] = []
        for (index, element) in elements.enumerated() {
            let elementPath = "\(path)[\(index)]"
            guard let name = checker.string(element, at: elementPath),
                  let attribute = attribute(name, at: elementPath, from: Attribute.allCases, role: .init("danh sách này", "this list")) else { continue }
            if result.contains(attribute) {
                checker.report(elementPath, vi: "'\(name)' được liệt kê hai lần; chỉ giữ lại một", en: "'\(name)' is listed twice")
            } else {
                result.append(attribute)
            }
        }
        return result
    }

    private mutating func attributeAmounts(_ value: JSONValue?, at path: String, allowed: Set<Attribute>,
                                           role: JSONChecker.Words) -> [Attribute: ExactDecimal] {
        var result: [Attribute: ExactDecimal] = [:]
        for (name, amount) in checker.dictionary(value, at: path) ?? [] {
            let entryPath = JSONChecker.child(path, name)
            guard let attribute = attribute(name, at: entryPath, from: Array(allowed), role: role) else { continue }
            if let amount = checker.decimal(amount, at: entryPath) { result[attribute] = amount }
        }
        return result
    }

    mutating func typeReference(_ value: JSONValue?, at path: String) -> String? {
        guard let id = checker.string(value, at: path) else { return nil }
        guard typeIds.contains(id) else {
            let suggestion = JSONChecker.suggestion(for: id, in: typeIds.sorted())
            checker.report(path, vi: "loại hoạt động '\(id)' chưa được định nghĩa\(suggestion.vi); hãy định nghĩa nó trong $.activities hoặc sửa lại tên",
                           en: "unknown activity type '\(id)'\(suggestion.en); define it under $.activities or fix the name")
            return nil
        }
        return id
    }

    // MARK: Multipliers, targets, ranking

    private mutating func multiplier(_ value: JSONValue, at path: String) -> Multiplier? {
        guard let fields = checker.object(value, at: path, allowed: ["label", "factor", "area", "sectors", "types", "from", "to"],
                                          required: ["label", "factor"]) else { return nil }
        let before = checker.diagnostics.count
        let label = checker.string(fields["label"], at: "\(path).label")
        let factor = checker.decimal(fields["factor"], at: "\(path).factor", min: .zero, minExclusive: true, max: RulesLimits.maxFactor)
        let area = fields["area"].flatMap {
            checker.choices($0, at: "\(path).area", of: AreaFlag.self, allowed: AreaFlag.allCases, what: .init("địa bàn", "area flag"))
        }
        let sectors = fields["sectors"].flatMap {
            checker.choices($0, at: "\(path).sectors", of: Sector.self, allowed: Sector.allCases, what: .init("khối", "sector"))
        }
        var types: Set<String>?
        if let list = checker.array(fields["types"], at: "\(path).types") {
            if list.isEmpty {
                checker.report("\(path).types", vi: "phải liệt kê ít nhất một loại hoạt động", en: "must list at least one activity type")
            }
            types = Set(list.enumerated().compactMap { typeReference($1, at: "\(path).types[\($0)]") })
        }
        let from = checker.date(fields["from"], at: "\(path).from")
        let to = checker.date(fields["to"], at: "\(path).to")
        if let from, let to, to < from {
            checker.report("\(path).to", vi: "\(to) trước ngày from \(from); to phải từ from trở đi", en: "\(to) is before from \(from)")
        }
        guard checker.diagnostics.count == before, let label, let factor else { return nil }
        return Multiplier(label: label, factor: factor, area: area, sectors: sectors, types: types, from: from, to: to)
    }

    private mutating func target(_ value: JSONValue, at path: String) -> Target? {
        guard let fields = checker.object(value, at: path, allowed: ["id", "label", "type", "min_count", "period", "exclude_sectors", "bonus"],
                                          required: ["id", "label", "type", "min_count", "period", "bonus"]) else { return nil }
        let before = checker.diagnostics.count
        let id = checker.string(fields["id"], at: "\(path).id")
        let label = checker.string(fields["label"], at: "\(path).label")
        let type = typeReference(fields["type"], at: "\(path).type")
        let minCount = checker.integer(fields["min_count"], at: "\(path).min_count", min: 1)
        let period = checker.choice(fields["period"], at: "\(path).period", of: PeriodKind.self,
                                    allowed: [.year, .quarter, .month], what: .init("kỳ chỉ tiêu", "target period"))
        let excluded = fields["exclude_sectors"].flatMap {
            checker.choices($0, at: "\(path).exclude_sectors", of: Sector.self, allowed: Sector.allCases, what: .init("khối", "sector"))
        } ?? []
        let bonus = checker.decimal(fields["bonus"], at: "\(path).bonus")
        guard checker.diagnostics.count == before, let id, let label, let type, let minCount, let period, let bonus else { return nil }
        return Target(id: id, label: label, type: type, minCount: minCount, period: period, excludeSectors: excluded, bonus: Points(bonus))
    }

    private mutating func rankingSettings(_ value: JSONValue, at path: String) -> RankingSettings? {
        guard let fields = checker.object(value, at: path, allowed: ["branch_score", "district_score", "method", "tie_break"]) else { return nil }
        let bases: [RankingSettings.ScoreBasis] = [.total, .per_member]
        let branch = fields["branch_score"].flatMap {
            checker.choice($0, at: "\(path).branch_score", of: RankingSettings.ScoreBasis.self, allowed: bases, what: .init("cách tính điểm xếp hạng", "score basis"))
        }
        let district = fields["district_score"].flatMap {
            checker.choice($0, at: "\(path).district_score", of: RankingSettings.ScoreBasis.self, allowed: bases, what: .init("cách tính điểm xếp hạng", "score basis"))
        }
        let method = fields["method"].flatMap {
            checker.choice($0, at: "\(path).method", of: RankingSettings.Method.self, allowed: [.competition, .dense], what: .init("cách xếp hạng", "method"))
        }
        var keys: [RankingSettings.TieBreak] = []
        for (index, element) in (checker.array(fields["tie_break"], at: "\(path).tie_break") ?? []).enumerated() {
            let keyPath = "\(path).tie_break[\(index)]"
            guard let text = checker.string(element, at: keyPath) else { continue }
            let key: RankingSettings.TieBreak?
            if text == "earliest" {
                key = .earliest
            } else if text.hasPrefix("count:") {
                key = typeReference(.string(String(text.dropFirst(6))), at: keyPath).map { .count(type: $0) }
            } else if text.hasPrefix("points:") {
                key = typeReference(.string(String(text.dropFirst(7))), at: keyPath).map { .points(type: $0) }
            } else {
                checker.report(keyPath, vi: "tiêu chí xếp hạng khi bằng điểm '\(text)' không hợp lệ (dùng count:TYPE, points:TYPE hoặc earliest)",
                               en: "unknown tie-break '\(text)' (use count:TYPE, points:TYPE or earliest)")
                key = nil
            }
            guard let key else { continue }
            if keys.contains(key) {
                checker.report(keyPath, vi: "'\(text)' được liệt kê hai lần; chỉ giữ lại một", en: "'\(text)' is listed twice")
            } else {
                keys.append(key)
            }
        }
        return RankingSettings(branchScore: branch ?? .total, districtScore: district ?? .total,
                               method: method ?? .competition, tieBreak: keys)
    }
}
