import ChungtayCore
import ChungtayLedger
import ChungtayRules

extension Structure {
    /// Everyone on a unit board (branches or districts) drawn on this structure, in code order, each with its number
    /// (``Structure/entryNumber(for:on:)``) and the divisor used under `per_member` (the `members` of the version in
    /// force); nil for members.
    func unitCandidates(_ kind: BoardKind) -> [(number: Int, candidate: BoardCandidate)]? {
        switch kind {
        case .members:
            return nil
        case .branches:
            return numberedUnits(of: .grassroots).map { number, unit, district in
                (number, BoardCandidate(id: unit.code, name: unit.name, unit: unit.code, district: district, sector: unit.sector,
                                        divisor: unit.members ?? 0))
            }
        case .districts:
            return numberedDistricts.map { number, unit, divisor in
                (number, BoardCandidate(id: unit.code, name: unit.name, unit: nil, district: nil, sector: nil, divisor: divisor))
            }
        }
    }

    /// A member as a board candidate, placed by the heir of the member's unit on this structure.
    func member(id: String, name: String, unit: String) -> BoardCandidate {
        let place = placeOfMember(unit: unit)
        return BoardCandidate(id: id, name: name, unit: place.grassroots, district: place.district, sector: place.sector, divisor: nil)
    }

    /// The board a unit code is ranked on, on this structure (`rank` and `explain`): a grassroots unit on the branch
    /// board, a district-level unit on the district board. An unknown code, a unit not in force (which names its end
    /// and heir), a cell and the province are refused, in that order (organisation.md).
    func board(ofUnit code: String) throws -> BoardKind {
        guard organisation.number(of: code) != nil else { throw RankingError.unknownUnit(code) }
        guard let unit = unit(code) else { throw notInForce(code) }
        switch unit.level {
        case .grassroots: return .branches
        case .district: return .districts
        case .cell: throw RankingError.cellNotRanked(cell: code, grassroots: unit.parent ?? "")
        case .province: throw RankingError.provinceNotRanked(code)
        }
    }

    /// Why a known unit is not on this structure: it began later, or ended (with its heir then).
    func notInForce(_ code: String) -> RankingError {
        let versions = organisation.versions(of: code)
        let ended = versions.last { $0.until.map { $0 < date } ?? false }
        let begins = ended == nil ? versions.first { $0.from.map { date < $0 } ?? false }?.from : nil
        return .notInForce(code: code, date: date, ended: ended?.until, begins: begins, heir: heir(of: code))
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
