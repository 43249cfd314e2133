/// The closed vocabularies of data.md, shared by the rules check and the importer.

/// An activity attribute (a column of data.md's activities file that rules may name).
public enum Attribute: String, Sendable, Hashable, CaseIterable, Comparable {
    case level, dossier, citizen, subject, online, paid_online, url, channel, attendees, hours

    public static func < (lhs: Attribute, rhs: Attribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The attributes `by` may name, with the values each may take (nil: any whole number 1..4 as text).
    public static let byValues: [Attribute: [String]] = [
        .level: ["1", "2", "3", "4"],
        .subject: Subject.allCases.map(\.rawValue),
        .channel: Channel.allCases.map(\.rawValue),
    ]
    /// The attributes `flags` may name.
    public static let booleans: Set<Attribute> = [.online, .paid_online]
    /// The attributes `per` may name.
    public static let quantities: Set<Attribute> = [.attendees, .hours]
}

public enum Subject: String, Sendable, CaseIterable {
    case `self`, youth, citizen

    /// The position in `allCases`, without hashing (scoring looks it up for every activity).
    public var ordinal: Int {
        switch self {
        case .self: return 0
        case .youth: return 1
        case .citizen: return 2
        }
    }
}

public enum Channel: String, Sendable, CaseIterable {
    case web, facebook, zalo, tiktok, youtube, other

    /// The position in `allCases`, without hashing (scoring looks it up for every activity).
    public var ordinal: Int {
        switch self {
        case .web: return 0
        case .facebook: return 1
        case .zalo: return 2
        case .tiktok: return 3
        case .youtube: return 4
        case .other: return 5
        }
    }
}

/// The sector (khối) of a grassroots unit.
public enum Sector: String, Sendable, Hashable, CaseIterable {
    case commune, ward, school, university, agency, enterprise, armed_forces, other
}

/// An area flag (địa bàn) of a unit; a unit has its own flags and its ancestors'.
public enum AreaFlag: String, Sendable, Hashable, CaseIterable {
    case mountain, ethnic_minority, island

    public var bit: UInt8 { 1 << UInt8(AreaFlag.allCases.firstIndex(of: self)!) }
}

/// The level of an organisation unit.
public enum UnitLevel: String, Sendable, Hashable, CaseIterable {
    case province, district, grassroots, cell
}

/// Who an activity type credits.
public enum Credit: String, Sendable, Hashable {
    case member, unit
}

/// A member's status; it matters to awards only.
public enum MemberStatus: String, Sendable, Hashable, CaseIterable {
    case active, inactive, disciplined
}
