import ChungtayCore

extension RulesFileReader {
    // MARK: Indicators (outputs.md, Progress)

    mutating func indicator(_ value: JSONValue, at path: String) -> (String, Indicator)? {
        let allowed = ["id", "label", "kind", "type", "where", "attribute", "numerator", "denominator",
                       "min_count", "exclude_sectors", "target"]
        guard let fields = checker.object(value, at: path, allowed: allowed, required: ["id", "label", "kind", "target"]) else { return nil }
        let before = checker.diagnostics.count
        let id = checker.string(fields["id"], at: "\(path).id")
        let label = checker.string(fields["label"], at: "\(path).label")
        let target = checker.decimal(fields["target"], at: "\(path).target", min: .zero, minExclusive: true, max: nil)
        let kindName = checker.string(fields["kind"], at: "\(path).kind")
        let keysByKind: [String: Set<String>] = [
            "count": ["type", "where"], "sum": ["type", "where", "attribute"],
            "ratio": ["numerator", "denominator"], "coverage": ["type", "min_count", "exclude_sectors"],
        ]
        var kind: Indicator.Kind?
        if let kindName {
            if let keys = keysByKind[kindName] {
                let specific = Set(allowed).subtracting(["id", "label", "kind", "target"])
                for key in specific.subtracting(keys).sorted() where fields[key] != nil {
                    checker.report(JSONChecker.child(path, key), vi: "'\(key)' không áp dụng cho chỉ tiêu Đề án kiểu \(kindName); hãy bỏ khóa này",
                                   en: "'\(key)' does not apply to a \(kindName) indicator")
                }
                kind = indicatorKind(kindName, fields, at: path)
            } else {
                checker.report("\(path).kind", vi: "kiểu '\(kindName)' không hợp lệ (được phép: count, sum, ratio, coverage)",
                               en: "unknown kind '\(kindName)' (allowed: count, sum, ratio, coverage)")
            }
        }
        if case .ratio = kind, let target, target > .one {
            checker.report("\(path).target", vi: "target của chỉ tiêu kiểu ratio là một tỷ lệ từ 0 đến 1 (viết 0.4 cho 40%)",
                           en: "a ratio's target is a fraction from 0 to 1 (0.4 for 40%)")
        }
        if case .coverage = kind, let target, target > .one {
            checker.report("\(path).target", vi: "target của chỉ tiêu kiểu coverage là một tỷ lệ từ 0 đến 1 (viết 1 cho mọi đơn vị)",
                           en: "a coverage's target is a fraction from 0 to 1 (1 for every unit)")
        }
        guard checker.diagnostics.count == before, let id, let label, let kind, let target else { return nil }
        return (id, Indicator(id: id, label: label, kind: kind, target: target))
    }

    private mutating func indicatorKind(_ name: String, _ fields: [String: JSONValue], at path: String) -> Indicator.Kind? {
        func require(_ key: String, _ reader: inout RulesFileReader) -> JSONValue? {
            if fields[key] == nil {
                reader.checker.report(path, vi: "thiếu khóa bắt buộc '\(key)' của chỉ tiêu Đề án kiểu \(name)",
                                      en: "missing required key '\(key)' for a \(name) indicator")
            }
            return fields[key]
        }
        switch name {
        case "count":
            let type = typeReference(require("type", &self), at: "\(path).type")
            let filter = filterMap(fields["where"], at: "\(path).where")
            return type.map { .count(Indicator.Selector(type: $0, filter: filter)) }
        case "sum":
            let type = typeReference(require("type", &self), at: "\(path).type")
            let filter = filterMap(fields["where"], at: "\(path).where")
            let attribute = checker.string(require("attribute", &self), at: "\(path).attribute").flatMap {
                self.attribute($0, at: "\(path).attribute", from: Array(Attribute.quantities), role: .init("chỉ tiêu Đề án kiểu sum", "a sum"))
            }
            guard let type, let attribute else { return nil }
            return .sum(Indicator.Selector(type: type, filter: filter), attribute: attribute)
        case "ratio":
            let numerator = selector(require("numerator", &self), at: "\(path).numerator")
            let denominator = selector(require("denominator", &self), at: "\(path).denominator")
            guard let numerator, let denominator else { return nil }
            return .ratio(numerator: numerator, denominator: denominator)
        default:
            let type = typeReference(require("type", &self), at: "\(path).type")
            let minCount = checker.integer(require("min_count", &self), at: "\(path).min_count", min: 1)
            let excluded = fields["exclude_sectors"].flatMap {
                checker.choices($0, at: "\(path).exclude_sectors", of: Sector.self, allowed: Sector.allCases, what: .init("khối", "sector"))
            } ?? []
            guard let type, let minCount else { return nil }
            return .coverage(type: type, minCount: minCount, excludeSectors: excluded)
        }
    }

    private mutating func selector(_ value: JSONValue?, at path: String) -> Indicator.Selector? {
        guard let fields = checker.object(value, at: path, allowed: ["type", "where"], required: ["type"]) else { return nil }
        let type = typeReference(fields["type"], at: "\(path).type")
        let filter = filterMap(fields["where"], at: "\(path).where")
        return type.map { Indicator.Selector(type: $0, filter: filter) }
    }

    /// `{attribute: [values]}`; values are strings, numbers or booleans, compared as text (`"4"`, `"true"`).
    private mutating func filterMap(_ value: JSONValue?, at path: String) -> [Attribute: [String]] {
        var result: [Attribute: [String]] = [:]
        for (name, list) in checker.dictionary(value, at: path) ?? [] {
            let entryPath = JSONChecker.child(path, name)
            guard let attribute = attribute(name, at: entryPath, from: Attribute.allCases, role: .init("where", "where")),
                  let elements = checker.array(list, at: entryPath) else { continue }
            if elements.isEmpty { checker.report(entryPath, vi: "phải liệt kê ít nhất một giá trị", en: "must list at least one value") }
            var values: [String] = []
            for (index, element) in elements.enumerated() {
                switch element {
                case let .string(text): values.append(text)
                case let .number(literal): values.append(ExactDecimal(parsing: literal)?.description ?? literal)
                case let .bool(flag): values.append(flag ? "true" : "false")
                default:
                    checker.report("\(entryPath)[\(index)]",
                                   vi: "phải là một chuỗi, một số hoặc true/false, không phải \(JSONChecker.typeNameVi(element))",
                                   en: "expected a string, number or boolean, found \(element.typeName)")
                }
            }
            if let allowed = Attribute.byValues[attribute] {
                for (index, value) in values.enumerated() where !allowed.contains(value) {
                    let list = allowed.joined(separator: ", ")
                    checker.report("\(entryPath)[\(index)]", vi: "giá trị \(attribute.rawValue) '\(value)' không hợp lệ (được phép: \(list))",
                                   en: "unknown \(attribute.rawValue) '\(value)' (allowed: \(list))")
                }
            } else if Attribute.booleans.contains(attribute) {
                for (index, value) in values.enumerated() where value != "true" && value != "false" {
                    checker.report("\(entryPath)[\(index)]", vi: "'\(value)' không phải true hoặc false", en: "'\(value)' is not true or false")
                }
            }
            result[attribute] = values
        }
        return result
    }

    // MARK: Awards (outputs.md, Awards)

    mutating func award(_ value: JSONValue, at path: String) -> (String, Award)? {
        let allowed = ["id", "title", "board", "min_score", "min_counts", "max_rank", "top_percent", "statuses",
                       "quota", "limit", "targets_met"]
        guard let fields = checker.object(value, at: path, allowed: allowed, required: ["id", "title", "board"]) else { return nil }
        let before = checker.diagnostics.count
        let id = checker.string(fields["id"], at: "\(path).id")
        let title = checker.string(fields["title"], at: "\(path).title")
        let board = checker.choice(fields["board"], at: "\(path).board", of: BoardKind.self,
                                   allowed: [.members, .branches, .districts], what: .init("bảng xếp hạng", "board"))
        let minScore = checker.decimal(fields["min_score"], at: "\(path).min_score")
        var minCounts: [Award.MinCount] = []
        for (type, count) in checker.dictionary(fields["min_counts"], at: "\(path).min_counts") ?? [] {
            let entryPath = JSONChecker.child("\(path).min_counts", type)
            let known = typeReference(.string(type), at: entryPath)
            if let count = checker.integer(count, at: entryPath, min: 1), let known {
                minCounts.append(Award.MinCount(type: known, count: count))
            }
        }
        let maxRank = checker.integer(fields["max_rank"], at: "\(path).max_rank", min: 1)
        let topPercent = checker.decimal(fields["top_percent"], at: "\(path).top_percent", min: .zero, minExclusive: true,
                                         max: ExactDecimal(100))
        let statuses = fields["statuses"].flatMap {
            checker.choices($0, at: "\(path).statuses", of: MemberStatus.self, allowed: MemberStatus.allCases, what: .init("trạng thái", "status"))
        }
        if statuses != nil, let board, board != .members {
            checker.report("\(path).statuses", vi: "statuses chỉ áp dụng cho bảng xếp hạng đoàn viên (members)",
                           en: "statuses apply to the members board only")
        }
        var quota: Int?
        if let quotaFields = checker.object(fields["quota"], at: "\(path).quota", allowed: ["per", "max"], required: ["per", "max"]) {
            if let per = checker.string(quotaFields["per"], at: "\(path).quota.per"), per != "district" {
                checker.report("\(path).quota.per", vi: "phạm vi hạn mức '\(per)' không hợp lệ (được phép: district)",
                               en: "unknown quota scope '\(per)' (allowed: district)")
            }
            quota = checker.integer(quotaFields["max"], at: "\(path).quota.max", min: 1)
        }
        let limit = checker.integer(fields["limit"], at: "\(path).limit", min: 1)
        let targetsMet = checker.bool(fields["targets_met"], at: "\(path).targets_met") ?? false
        if targetsMet, let board, board != .branches {
            checker.report("\(path).targets_met", vi: "targets_met chỉ áp dụng cho bảng xếp hạng cơ sở Đoàn (branches)",
                           en: "targets_met applies to the branches board only")
        }
        guard checker.diagnostics.count == before, let id, let title, let board else { return nil }
        return (id, Award(id: id, title: title, board: board, minScore: minScore, minCounts: minCounts, maxRank: maxRank,
                          topPercent: topPercent, statuses: statuses, quotaPerDistrict: quota, limit: limit, targetsMet: targetsMet))
    }
}
