import ChungtayCore
import ChungtayRules
import Foundation

/// Checks one reported activity against data.md and the rules in effect on its date, and turns it into the
/// row the ledger stores (the citizen's identifier replaced by its keyed hash).
struct ActivityValidator {
    let book: RuleBook
    let scorer: Scorer
    let hasher: CitizenHasher
    /// Member id → the member's number (its place in ``memberIDs``) and unit.
    let members: [String: (number: Int, unit: String)]
    /// The ledger's members by number.
    let memberIDs: [String]
    /// The units over time (the scorer's).
    var organisation: Organisation { scorer.organisation }
    private let suggestions = CodeSuggestions()

    /// - Parameter members: the ledger's members, each with its unit.
    init(book: RuleBook, scorer: Scorer, hasher: CitizenHasher, members: [(id: String, unit: String)]) {
        self.book = book
        self.scorer = scorer
        self.hasher = hasher
        var numbers: [String: (number: Int, unit: String)] = [:]
        numbers.reserveCapacity(members.count)
        for (number, member) in members.enumerated() { numbers[member.id] = (number, member.unit) }
        self.members = numbers
        memberIDs = members.map(\.id)
    }

    /// Why an activity cannot be at a unit on its date: the unit begins later, or has ended (naming its heir then);
    /// for a unit taken from the member (not `given`), what to write in the `unit` column.
    private func notInForce(_ code: String, on date: CivilDate, given: Bool) -> Diagnostic.Message {
        let versions = organisation.versions(of: code)
        let ask = given ? (vi: "ghi đơn vị có hiệu lực ngày \(date.vietnamese)", en: "record it at a unit in force on \(date)")
            : (vi: "hãy ghi đơn vị của ngày \(date.vietnamese) vào cột đơn vị", en: "write the unit of \(date) in the unit column")
        if let later = versions.first(where: { $0.from.map { date < $0 } ?? false }), !versions.contains(where: { $0.until.map { $0 < date } ?? false }) {
            let from = later.from!
            return .init(vi: "đơn vị \(code) bắt đầu từ \(from.vietnamese); \(ask.vi)", en: "unit \(code) begins on \(from); \(ask.en)")
        }
        let ended = versions.last { $0.until.map { $0 < date } ?? false }
        let until = ended?.until ?? date
        if let heir = organisation.structure(on: date).heir(of: code) {
            return .init(vi: "đơn vị \(code) hết hiệu lực sau ngày \(until.vietnamese); đơn vị kế thừa ngày \(date.vietnamese) là \(heir); \(ask.vi)",
                         en: "unit \(code) ended on \(until); its successor on \(date) is \(heir); \(ask.en)")
        }
        return .init(vi: "đơn vị \(code) không có hiệu lực ngày \(date.vietnamese) (hết hiệu lực sau ngày \(until.vietnamese), không có đơn vị kế thừa); \(ask.vi)",
                     en: "unit \(code) is not in force on \(date) (it ended on \(until), with no successor); \(ask.en)")
    }

    /// A checked activity, ready to insert.
    struct Checked {
        let activity: Activity
        let note: String?
        let claim: ClaimDigest?
        /// Whether the row gave `unit` (else it is the member's unit at import time).
        let unitGiven: Bool
        /// What ``scorer`` looks up for the activity, its member numbered as in ``memberIDs``.
        let keys: ScoringKeys
    }

    /// The checked activity, or nil with the problems added to `values.problems`.
    func check(_ values: inout RecordValues) -> Checked? {
        let line = values.record.line
        let before = values.problems.diagnostics.count
        let id = values.required(ColumnSet.Activity.id, maxLength: 128)
        let date = values.parse(ColumnSet.Activity.date, required: true, FieldParser.date)
        let typeName = values.required(ColumnSet.Activity.type, maxLength: 48)
        // On a unit-credited type, `member` is kept as the author and earns the member nothing.
        let member = values.parse(ColumnSet.Activity.member, FieldParser.code)
        let unitCode = values.parse(ColumnSet.Activity.unit, FieldParser.code)
        let level = values.parse(ColumnSet.Activity.level) { FieldParser.wholeNumber($0, in: 1 ... 4) }
        let dossier = values.parse(ColumnSet.Activity.dossier, FieldParser.code)
        let citizen = values.parse(ColumnSet.Activity.citizen, FieldParser.citizen).map(hasher.hash)
        let subject = values.parse(ColumnSet.Activity.subject) { FieldParser.choice($0, Subject.self, allowed: Subject.allCases) }
        let online = values.parse(ColumnSet.Activity.online, FieldParser.boolean) ?? false
        let paidOnline = values.parse(ColumnSet.Activity.paidOnline, FieldParser.boolean) ?? false
        let url = values.parse(ColumnSet.Activity.url, maxLength: 2048, FieldParser.url)
        let channel = values.parse(ColumnSet.Activity.channel) { FieldParser.choice($0, Channel.self, allowed: Channel.allCases) }
        let attendees = values.parse(ColumnSet.Activity.attendees) { FieldParser.wholeNumber($0, in: 0 ... RulesLimits.maxAttendees) }
        let commaDecimal = values.commaDecimal
        let hours = values.parse(ColumnSet.Activity.hours) { FieldParser.amount($0, commaDecimal: commaDecimal, max: RulesLimits.maxHours) }
        let note = values.text(ColumnSet.Activity.note, maxLength: 500)

        // The rules in effect on the date decide the type, its credit and what it requires.
        var type: ActivityType?
        if let date, let typeName {
            if let file = book.file(on: date) {
                type = file.activityType(typeName)
                if type == nil {
                    let ids = file.activityTypes.map(\.id)
                    let close = typeName.closest(in: ids)
                    values.problems.add(line, "type", .init(
                        vi: "'\(typeName)' không có trong thể lệ \(file.version)\(close.map { "; có phải '\($0)'?" } ?? "") (có: \(ids.joined(separator: ", ")))",
                        en: "'\(typeName)' is not a type of rules \(file.version)\(close.map { "; did you mean '\($0)'?" } ?? "") (known: \(ids.joined(separator: ", ")))"))
                }
            } else {
                values.problems.add(line, "date", .init(vi: "không có thể lệ nào có hiệu lực ngày \(date.vietnamese)",
                                                        en: "no rules file is in effect on \(date)"))
            }
        }
        let known = member.flatMap { members[$0] }
        if let member, known == nil {
            let advice = suggestions.advice(for: member, in: memberIDs, otherwise: .init(vi: "nhập đoàn viên trước (import members)",
                                                                                        en: "import the members first"))
            values.problems.add(line, "member", .init(vi: "không có đoàn viên mã \(member); \(advice.vi)", en: "no member has id \(member); \(advice.en)"))
        }
        // The unit's version in force on the activity's date (organisation.md, Activities and members).
        var inForce: Organisation.Unit?
        if let unitCode {
            if organisation.number(of: unitCode) == nil {
                let advice = suggestions.advice(for: unitCode, in: organisation.codes, otherwise: .init(vi: "nhập đơn vị trước (import units)",
                                                                                                       en: "import the units first"))
                values.problems.add(line, "unit", .init(vi: "không có đơn vị mã \(unitCode); \(advice.vi)", en: "no unit has code \(unitCode); \(advice.en)"))
            } else if let date {
                inForce = organisation.structure(on: date).unit(unitCode)
                if inForce == nil { values.problems.add(line, "unit", notInForce(unitCode, on: date, given: true)) }
            }
            if inForce?.level == .province {
                values.problems.add(line, "unit", .init(vi: "hoạt động ghi cho huyện, cơ sở hoặc chi đoàn, không ghi cho Tỉnh đoàn",
                                                        en: "an activity is recorded at a district, grassroots unit or cell, not at the province"))
            }
        }
        var unit = unitCode
        if let type {
            switch type.credit {
            case .member:
                if member == nil {
                    values.problems.add(line, "member", .init(vi: "bắt buộc với loại \(type.id) (tính điểm cho đoàn viên)",
                                                              en: "is required for \(type.id) (credited to a member)"))
                }
                if unit == nil, let known {
                    unit = known.unit
                    if let date, organisation.number(of: known.unit) != nil {
                        inForce = organisation.structure(on: date).unit(known.unit)
                        if inForce == nil { values.problems.add(line, "unit", notInForce(known.unit, on: date, given: false)) }
                    }
                }
                if let level = inForce?.level, level != .grassroots, level != .cell {
                    values.problems.add(line, "unit", .init(vi: "hoạt động tính cho đoàn viên phải thuộc cơ sở Đoàn hoặc chi đoàn, không phải \(level.rawValue)",
                                                            en: "a member-credited activity's unit must be a grassroots unit or a cell, not \(level.rawValue)"))
                }
            case .unit:
                if unitCode == nil {
                    values.problems.add(line, "unit", .init(vi: "bắt buộc với loại \(type.id) (tính điểm cho đơn vị)",
                                                            en: "is required for \(type.id) (credited to a unit)"))
                }
            }
            let record = values.record
            func given(_ attribute: Attribute) -> Bool {
                switch attribute {
                case .level: level != nil
                case .dossier: dossier != nil
                case .citizen: citizen != nil
                case .subject: subject != nil
                case .online: record.values[ColumnSet.Activity.online.rawValue] != nil
                case .paid_online: record.values[ColumnSet.Activity.paidOnline.rawValue] != nil
                case .url: url != nil
                case .channel: channel != nil
                case .attendees: attendees != nil
                case .hours: hours != nil
                }
            }
            for attribute in type.requires where !given(attribute) && !values.problems.diagnostics.contains(where: {
                if case let .line(problemLine, column) = $0.location { return problemLine == line && column == attribute.rawValue }
                return false
            }) {
                values.problems.add(line, attribute.rawValue, .init(vi: "bắt buộc với loại \(type.id)", en: "is required for \(type.id)"))
            }
        }
        guard values.problems.diagnostics.count == before, let id, let date, let typeName, let unit else { return nil }
        let activity = Activity(id: id, date: date, type: typeName, member: member, unit: unit, level: level.map(Int.init),
                                dossier: dossier, citizen: citizen, subject: subject, online: online, paidOnline: paidOnline,
                                url: url, channel: channel, attendees: attendees, hours: hours)
        return Checked(activity: activity, note: note, claim: scorer.claimText(of: activity).map(ClaimDigest.init), unitGiven: unitCode != nil,
                       keys: scorer.keys(activity, member: known?.number))
    }
}
