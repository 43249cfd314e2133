/// The activity types of the rules files, in their order; `vneid_activated` only from 2024 (Rules/2024.json on).
enum ActivityKind: Int, CaseIterable {
    case accountOpened, accountTransacted, dossierAssisted, ownDossier, articlePosted, propagandaSession,
         volunteerShift, trainingAttended, contestHeld, vneidActivated

    var name: String {
        ActivityKind.names[rawValue]
    }

    private static let names = [
        "account_opened", "account_transacted", "dossier_assisted", "own_dossier", "article_posted",
        "propaganda_session", "volunteer_shift", "training_attended", "contest_held", "vneid_activated",
    ]

    /// Credited to a unit (the branch, a cell or a district) rather than to a member.
    var creditsUnit: Bool {
        self == .articlePosted || self == .propagandaSession || self == .contestHeld
    }

    /// The first year whose rules file defines the type.
    var firstYear: Int {
        self == .vneidActivated ? 2024 : 2022
    }

    /// How often each type is reported in a month of `year` (per mille of a month's activities, before the month's
    /// adjustments): Tháng Thanh niên brings contests, sessions and training; the summer volunteer campaign
    /// (Chiến dịch Thanh niên tình nguyện hè) brings duty shifts. A type the year's rules do not define has 0.
    static func weights(month: Int, year: Int) -> [Int] {
        var weights = [220, 80, 340, 60, 50, 20, 45, 20, 5, 160]
        for kind in allCases where year < kind.firstYear { weights[kind.rawValue] = 0 }
        switch month {
        case 3:
            weights[ActivityKind.propagandaSession.rawValue] *= 2
            weights[ActivityKind.contestHeld.rawValue] *= 4
            weights[ActivityKind.trainingAttended.rawValue] *= 2
        case 2, 4:
            weights[ActivityKind.trainingAttended.rawValue] *= 2
        case 6, 7, 8:
            weights[ActivityKind.volunteerShift.rawValue] *= 3
        case 9, 10:
            weights[ActivityKind.contestHeld.rawValue] *= 2
        default:
            break
        }
        return weights
    }
}
