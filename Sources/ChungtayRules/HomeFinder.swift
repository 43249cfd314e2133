import ChungtayCore

/// ``Organisation/home(of:on:)`` remembered per unit and epoch: the activities of a period share a few of each.
public struct HomeFinder {
    public let organisation: Organisation
    private var found: [String: [Int: Organisation.Home?]] = [:]

    public init(organisation: Organisation) {
        self.organisation = organisation
    }

    /// Where an activity recorded at `unit` on `date` counts on that date.
    public mutating func home(of unit: String, on date: CivilDate) -> Organisation.Home? {
        let epoch = organisation.epoch(containing: date)
        if let home = found[unit]?[epoch] { return home }
        let home = organisation.home(of: unit, on: date)
        found[unit, default: [:]][epoch] = .some(home)
        return home
    }
}
