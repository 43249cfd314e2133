import ChungtayCore
import ChungtayLedger

extension Organisation {
    /// Everyone on a unit board (branches or districts), with the divisor used under `per_member`; nil for members.
    func unitCandidates(_ kind: BoardKind) -> [BoardCandidate]? {
        switch kind {
        case .members:
            return nil
        case .branches:
            return grassrootsUnits.map { unit in
                BoardCandidate(id: unit.code, name: unit.name, unit: unit.code, district: districts[unit.code],
                               sector: unit.sector.flatMap(Sector.init), divisor: unit.members ?? 0)
            }
        case .districts:
            return districtUnits.map { unit, divisor in
                BoardCandidate(id: unit.code, name: unit.name, unit: nil, district: nil, sector: nil, divisor: divisor)
            }
        }
    }

    /// A member as a board candidate, placed by the unit the member belongs to.
    func member(id: String, name: String, unit: String) -> BoardCandidate {
        let grassroots = grassroots[unit]
        return BoardCandidate(id: id, name: name, unit: grassroots, district: districts[unit],
                              sector: sector(ofGrassroots: grassroots).flatMap(Sector.init), divisor: nil)
    }
}

/// Someone who can be on a board, placed in the organisation, with the divisor under `per_member`.
struct BoardCandidate {
    let id: String
    let name: String
    let unit: String?
    let district: String?
    let sector: Sector?
    let divisor: Int?
}
