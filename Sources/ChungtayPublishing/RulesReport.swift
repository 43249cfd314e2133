import ChungtayCore
import ChungtayRules

/// `rules show`: the rules in effect on a date, as a table for people or JSON for programs.
public struct RulesReport: Sendable {
    public let file: RulesFile
    public let date: CivilDate

    public init(file: RulesFile, date: CivilDate) {
        self.file = file
        self.date = date
    }

    public func table(_ lang: Language) -> String {
        var output = lang.pick("Thể lệ có hiệu lực ngày \(date.vietnamese): ", "Rules in effect on \(date): ")
            + "\(file.path), \(lang.pick("phiên bản", "version")) \(file.version), "
            + "\(file.validFrom.vietnamese) – \(file.validTo.vietnamese)\n\(file.title)\n\n"

        var types = TextTable(headers: lang == .vi
            ? ["Loại", "Tên", "Tính cho", "Điểm", "Cộng thêm", "Tối đa", "Không trùng theo", "Giới hạn"]
            : ["Type", "Label", "Credit", "Points", "Additions", "Max base", "Unique by", "Caps"],
            alignments: [.left, .left, .left, .right, .left, .right, .left, .left])
        for type in file.activityTypes {
            types.append([type.id, type.label, creditName(type.credit, lang), type.points.description,
                          additions(type).joined(separator: "; "), type.maxBase?.description ?? "",
                          type.unique.map(\.rawValue).joined(separator: ", "),
                          type.caps.map { "\($0.points) / \(periodName($0.period, lang))" }.joined(separator: "; ")])
        }
        output += lang.pick("Hoạt động\n", "Activities\n") + types.rendered()

        if !file.multipliers.isEmpty {
            var multipliers = TextTable(headers: lang == .vi ? ["Hệ số", "Nhân", "Điều kiện"] : ["Multiplier", "Factor", "Conditions"],
                                        alignments: [.left, .right, .left])
            for multiplier in file.multipliers {
                multipliers.append([multiplier.label, "×\(multiplier.factor)", conditions(multiplier, lang).joined(separator: "; ")])
            }
            output += "\n" + lang.pick("Hệ số\n", "Multipliers\n") + multipliers.rendered()
        }
        if !file.targets.isEmpty {
            var targets = TextTable(headers: lang == .vi ? ["Chỉ tiêu", "Tên", "Loại", "Tối thiểu", "Kỳ", "Trừ khối", "Thưởng"]
                                        : ["Target", "Label", "Type", "Min count", "Period", "Excluded sectors", "Bonus"],
                                    alignments: [.left, .left, .left, .right, .left, .left, .right])
            for target in file.targets {
                targets.append([target.id, target.label, target.type, String(target.minCount), periodName(target.period, lang),
                                target.excludeSectors.map(\.rawValue).sorted().joined(separator: ", "), target.bonus.description])
            }
            output += "\n" + lang.pick("Chỉ tiêu của cơ sở\n", "Targets\n") + targets.rendered()
        }
        let ranking = file.ranking
        output += "\n" + lang.pick("Xếp hạng", "Ranking") + ": "
            + lang.pick("cơ sở theo", "branches by") + " \(ranking.branchScore.rawValue), "
            + lang.pick("huyện theo", "districts by") + " \(ranking.districtScore.rawValue), "
            + "\(ranking.method.rawValue)"
            + (ranking.tieBreak.isEmpty ? "" : ", " + lang.pick("phân hạng bằng", "ties broken by") + " "
                + ranking.tieBreak.map(\.description).joined(separator: ", "))
            + "\n" + lang.pick("Chỉ tiêu của Đề án", "Indicators") + ": \(file.indicators.count); "
            + lang.pick("Hình thức khen thưởng", "Awards") + ": \(file.awards.count)\n"
            + lang.pick("Mã băm", "Digest") + ": sha256:\(file.digest)\n"
        return output
    }

    public func json() -> JSONValue {
        .object([
            ("date", .date(date)),
            ("path", .string(file.path)),
            ("digest", .string(file.digest)),
            ("campaign", .string(file.campaign)),
            ("title", .string(file.title)),
            ("version", .string(file.version)),
            ("valid_from", .date(file.validFrom)),
            ("valid_to", .date(file.validTo)),
            ("activities", .object(file.activityTypes.map { ($0.id, typeJSON($0)) })),
            ("multipliers", .array(file.multipliers.map(multiplierJSON))),
            ("targets", .array(file.targets.map { target in
                .object([("id", .string(target.id)), ("label", .string(target.label)), ("type", .string(target.type)),
                         ("min_count", .integer(target.minCount)), ("period", .string(target.period.rawValue)),
                         ("exclude_sectors", .array(target.excludeSectors.map(\.rawValue).sorted().map(JSONValue.string))),
                         ("bonus", .points(target.bonus))])
            })),
            ("ranking", .object([
                ("branch_score", .string(file.ranking.branchScore.rawValue)),
                ("district_score", .string(file.ranking.districtScore.rawValue)),
                ("method", .string(file.ranking.method.rawValue)),
                ("tie_break", .array(file.ranking.tieBreak.map { .string($0.description) })),
            ])),
            ("indicators", .array(file.indicators.map { .string($0.id) })),
            ("awards", .array(file.awards.map { .string($0.id) })),
        ])
    }

    private func typeJSON(_ type: ActivityType) -> JSONValue {
        .object([
            ("label", .string(type.label)),
            ("credit", .string(type.credit.rawValue)),
            ("requires", .array(type.requires.map { .string($0.rawValue) })),
            ("points", .decimal(type.points)),
            ("by", .object(type.by.keys.sorted().map { attribute in
                (attribute.rawValue, .object(type.by[attribute]!.keys.sorted().map { ($0, .decimal(type.by[attribute]![$0])) }))
            })),
            ("flags", .object(type.flags.keys.sorted().map { ($0.rawValue, .decimal(type.flags[$0])) })),
            ("per", .object(type.per.keys.sorted().map { ($0.rawValue, .decimal(type.per[$0])) })),
            ("max_base", .decimal(type.maxBase)),
            ("unique", .array(type.unique.map { .string($0.rawValue) })),
            ("caps", .array(type.caps.map { .object([("period", .string($0.period.rawValue)), ("points", .points($0.points))]) })),
        ])
    }

    private func multiplierJSON(_ multiplier: Multiplier) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("label", .string(multiplier.label)), ("factor", .decimal(multiplier.factor))]
        if let area = multiplier.area { members.append(("area", .array(AreaFlag.allCases.filter(area.contains).map { .string($0.rawValue) }))) }
        if let sectors = multiplier.sectors { members.append(("sectors", .array(Sector.allCases.filter(sectors.contains).map { .string($0.rawValue) }))) }
        if let types = multiplier.types { members.append(("types", .array(types.sorted().map(JSONValue.string)))) }
        if let from = multiplier.from { members.append(("from", .date(from))) }
        if let to = multiplier.to { members.append(("to", .date(to))) }
        return .object(members)
    }

    private func additions(_ type: ActivityType) -> [String] {
        var parts: [String] = []
        for attribute in type.by.keys.sorted() {
            for (value, amount) in type.by[attribute]!.sorted(by: { $0.key < $1.key }) { parts.append("\(attribute.rawValue)=\(value): +\(amount)") }
        }
        for attribute in type.flags.keys.sorted() { parts.append("\(attribute.rawValue): +\(type.flags[attribute]!)") }
        for attribute in type.per.keys.sorted() { parts.append("+\(type.per[attribute]!) × \(attribute.rawValue)") }
        return parts
    }

    private func conditions(_ multiplier: Multiplier, _ lang: Language) -> [String] {
        var parts: [String] = []
        if let area = multiplier.area { parts.append(lang.pick("địa bàn", "area") + " " + AreaFlag.allCases.filter(area.contains).map(\.rawValue).joined(separator: "/")) }
        if let sectors = multiplier.sectors { parts.append(lang.pick("khối", "sector") + " " + Sector.allCases.filter(sectors.contains).map(\.rawValue).joined(separator: "/")) }
        if let types = multiplier.types { parts.append(lang.pick("loại", "type") + " " + types.sorted().joined(separator: "/")) }
        if multiplier.from != nil || multiplier.to != nil {
            parts.append((multiplier.from?.vietnamese ?? "…") + " – " + (multiplier.to?.vietnamese ?? "…"))
        }
        return parts
    }

    private func creditName(_ credit: Credit, _ lang: Language) -> String {
        switch credit {
        case .member: return lang.pick("đoàn viên", "member")
        case .unit: return lang.pick("đơn vị", "unit")
        }
    }
}

/// The name of a calendar period in the reader's language.
public func periodName(_ period: PeriodKind, _ lang: Language) -> String {
    switch period {
    case .day: return lang.pick("ngày", "day")
    case .week: return lang.pick("tuần", "week")
    case .month: return lang.pick("tháng", "month")
    case .quarter: return lang.pick("quý", "quarter")
    case .year: return lang.pick("năm", "year")
    }
}
