import ChungtayCore

/// One reported activity, already normalised and checked (data.md, Activities), as scoring reads it.
public struct Activity: Sendable, Hashable {
    public var id: String
    public var date: CivilDate
    public var type: String
    public var member: String?
    /// The activity's unit: `unit` where given, else the member's unit at import time.
    public var unit: String
    public var level: Int?
    public var dossier: String?
    /// The citizen's keyed hash (HMAC-SHA256, hex); never the identifier itself.
    public var citizen: String?
    public var subject: Subject?
    public var online: Bool
    public var paidOnline: Bool
    public var url: String?
    public var channel: Channel?
    public var attendees: Int64?
    public var hours: ExactDecimal?
    public var rejected: Bool

    public init(id: String, date: CivilDate, type: String, member: String? = nil, unit: String, level: Int? = nil,
                dossier: String? = nil, citizen: String? = nil, subject: Subject? = nil, online: Bool = false,
                paidOnline: Bool = false, url: String? = nil, channel: Channel? = nil, attendees: Int64? = nil,
                hours: ExactDecimal? = nil, rejected: Bool = false) {
        self.id = id
        self.date = date
        self.type = type
        self.member = member
        self.unit = unit
        self.level = level
        self.dossier = dossier
        self.citizen = citizen
        self.subject = subject
        self.online = online
        self.paidOnline = paidOnline
        self.url = url
        self.channel = channel
        self.attendees = attendees
        self.hours = hours
        self.rejected = rejected
    }

    /// The attribute's value as text, as `by` keys, `unique` and indicator filters compare it; nil when empty.
    /// A boolean is empty when false, so that only true values identify a claim.
    public func text(of attribute: Attribute) -> String? {
        switch attribute {
        case .level: return level.map(String.init)
        case .dossier: return dossier
        case .citizen: return citizen
        case .subject: return subject?.rawValue
        case .online: return online ? "true" : nil
        case .paid_online: return paidOnline ? "true" : nil
        case .url: return url
        case .channel: return channel?.rawValue
        case .attendees: return attendees.map(String.init)
        case .hours: return hours?.description
        }
    }

    /// The attribute's value as indicator filters compare it: booleans are `"true"` or `"false"`.
    public func filterText(of attribute: Attribute) -> String? {
        switch attribute {
        case .online: return online ? "true" : "false"
        case .paid_online: return paidOnline ? "true" : "false"
        default: return text(of: attribute)
        }
    }
}
