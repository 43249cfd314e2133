import ChungtayCore

/// Draws the activities day by day, from `--from` to `--until`, and writes each row as soon as it is drawn. Each
/// activity is at a unit in force on its date: a member's activity before the reform names the member's unit of
/// that day where it is not their unit today; unit-credited ones are drawn among the units of that day.
/// Only bounded state is kept between rows: counters, and rings of recent claims from which the sample's
/// duplicate claims (about 2–3 % of the types that have `unique` keys) are drawn.
struct ActivityStream {
    let chart: SampleOrgChart
    let roll: MemberRoll
    let calendar: CampaignCalendar
    var random: SeededGenerator
    let memberTable: WeightTable
    /// Per era, how often each branch of that era's structure reports unit-credited activities.
    let branchTables: [WeightTable]
    let memberIDs: [String]

    var row = 0
    /// The era of the day being drawn (``SampleOrgChart/eras``).
    var era = 0
    var dossierSequence = [Int32](repeating: 0, count: 100 * 32)
    var citizenCounter = 0
    var selfOpened: [Bool]
    var dossiers = ClaimRing<DossierKey>(capacity: 4096)
    var ownDossiers = ClaimRing<DossierKey>(capacity: 1024)
    var accounts = ClaimRing<CitizenKey>(capacity: 4096)
    /// Accounts opened and not yet reported as transacting (each reported once, by the member who opened it).
    var openedPool = ClaimRing<CitizenKey>(capacity: 50_000)
    var transactions = ClaimRing<CitizenKey>(capacity: 2048)
    var households = ClaimRing<CitizenKey>(capacity: 4096)
    /// Article links; a claim's `member` is here the unit that posted it.
    var articles = ClaimRing<(url: String, channel: Int)>(capacity: 512)
    var postNumbers = (facebook: 122_000_000_000_000_000, tiktok: 7_300_000_000_000_000_000, zalo: 4_000_000,
                       web: 1_000, youtube: 0)

    private(set) var typeCounts = [Int](repeating: 0, count: ActivityKind.allCases.count)
    private(set) var duplicateCounts = [Int](repeating: 0, count: ActivityKind.allCases.count)
    private(set) var dateStyles = [0, 0, 0]
    /// Activities by year, from the first year of the calendar.
    private(set) var yearCounts: [(year: Int, count: Int)] = []
    private(set) var rejections: [(row: Int, reason: String)] = []
    private var rejected = Set<Int>()

    init(chart: SampleOrgChart, roll: MemberRoll, calendar: CampaignCalendar, seed: UInt64) {
        self.chart = chart
        self.roll = roll
        self.calendar = calendar
        random = SeededGenerator(seed: seed, stream: 3)
        memberTable = WeightTable(roll.activity)
        var activeness = SeededGenerator(seed: seed, stream: 4)
        var weights = [Int](repeating: 0, count: chart.units.count)
        for branch in chart.before.branches { weights[branch] = activeness.between(1, 6) }
        var tables = [WeightTable(chart.before.branches.map { weights[$0] })]
        if chart.eras.count > 1 {
            // A merged commune reports as much as its predecessors did together.
            for branch in chart.before.branches where chart.now[branch] == nil {
                if let heir = chart.successor[branch] { weights[heir] += weights[branch] }
            }
            tables.append(WeightTable(chart.now.branches.map { weights[$0] }))
        }
        branchTables = tables
        let width = MemberRoll.idWidth(total: roll.count)
        memberIDs = (0 ..< roll.count).map { MemberRoll.id($0, width: width) }
        selfOpened = [Bool](repeating: false, count: roll.count)
    }

    /// Writes `total` activities.
    mutating func run(total: Int, to writer: CSVWriter) {
        let perDay = calendar.counts(total: total)
        let width = max(7, String(total).count)
        for day in calendar.days.indices {
            for index in dossierSequence.indices { dossierSequence[index] = 0 }
            let date = calendar.days[day]
            era = chart.era(on: date)
            if yearCounts.last?.year != date.year { yearCounts.append((date.year, 0)) }
            yearCounts[yearCounts.count - 1].count += perDay[day]
            var weights = ActivityKind.weights(month: date.month, year: date.year)
            if memberTable.total == 0 {
                for kind in ActivityKind.allCases where !kind.creditsUnit { weights[kind.rawValue] = 0 }
            }
            for _ in 0 ..< perDay[day] {
                var activity = ActivityRow()
                activity.date = dateText(day)
                activity.kind = ActivityKind(rawValue: random.weighted(weights))!
                if activity.kind == .accountTransacted, openedPool.isEmpty { activity.kind = .accountOpened }
                fill(&activity, day: day)
                if random.chance(1, in: 4000) { activity.note = random.pick(ActivityNotes.awkward) }
                typeCounts[activity.kind.rawValue] += 1
                activity.write(id: row + 1, width: width, to: writer)
                row += 1
            }
        }
    }

    private mutating func fill(_ activity: inout ActivityRow, day: Int) {
        switch activity.kind {
        case .accountOpened: accountOpened(&activity)
        case .accountTransacted: accountTransacted(&activity)
        case .dossierAssisted: dossierAssisted(&activity, day: day)
        case .ownDossier: ownDossier(&activity, day: day)
        case .articlePosted: articlePosted(&activity)
        case .propagandaSession:
            unitColumns(&activity, authorShare: 30)
            activity.attendees = 15 + random.below(60) + random.below(60) + (random.chance(1, in: 10) ? random.below(220) : 0)
            if random.chance(1, in: 60) { activity.attendees = random.between(300, 400) }
        case .volunteerShift:
            memberColumns(&activity, member: pickMember())
            activity.hours = ActivityStream.shiftHours[random.weighted([6, 10, 6, 14, 8, 14, 4, 6, 3, 5, 2])]
        case .trainingAttended:
            memberColumns(&activity, member: pickMember())
            if random.chance(1, in: 4) { activity.hours = random.pick(["4", "8", "3.5"]) }
        case .contestHeld:
            unitColumns(&activity, authorShare: 20)
            activity.attendees = 50 + random.below(150) + random.below(150) + (random.chance(1, in: 5) ? random.below(51) : 0)
        case .vneidActivated: vneidActivated(&activity)
        }
        let noteShare = [5, 5, 8, 10, 20, 15, 10, 40, 50, 6][activity.kind.rawValue]
        if activity.note.isEmpty, random.chance(noteShare, in: 100) {
            activity.note = random.pick(ActivityNotes.notes(for: activity.kind))
        }
        if !rejected.contains(row), random.chance(1, in: 1600) {
            reject(row, random.pick(ActivityNotes.rejectionReasons(for: activity.kind)))
        }
    }

    // MARK: Who and where

    mutating func pickMember() -> Int {
        memberTable.draw(&random)!
    }

    /// Another member, most often of the same branch, who claims what `member` already claimed; sometimes
    /// the same member reporting it again in a later report.
    mutating func claimant(after member: Int) -> Int {
        if random.chance(1, in: 4) { return member }
        let branch = Int(roll.branch[member])
        let size = roll.countOfBranch[branch]
        if size >= 2, random.chance(3, in: 5) {
            let first = roll.firstOfBranch[branch]
            let other = first + random.below(size - 1)
            return other >= member ? other + 1 : other
        }
        let other = pickMember()
        return other == member ? (member + 1) % roll.count : other
    }

    /// A member-credited activity. Before the reform, the unit a member was drawn in is their unit that day; one
    /// whose branch has merged since must name it (their unit today did not exist yet), the others name it now
    /// and then. From the reform on, the unit named now and then is their unit today.
    mutating func memberColumns(_ activity: inout ActivityRow, member: Int) {
        activity.member = memberIDs[member]
        let named = random.chance(12, in: 100)
        if era + 1 < chart.eras.count {
            if named || chart.now[Int(roll.branch[member])] == nil {
                activity.unit = chart.units[Int(roll.unit[member])].code
            }
        } else if named {
            activity.unit = chart.units[Int(roll.current[member])].code
        }
    }

    /// A unit-credited activity: mostly a branch, sometimes one of its cells or a district, among the units in
    /// force that day; sometimes with the member who wrote it up.
    @discardableResult
    mutating func unitColumns(_ activity: inout ActivityRow, authorShare: Int) -> Int {
        let unit = pickUnit()
        activity.unit = chart.units[unit].code
        let roster = roll.rosters[era]
        if let branch = chart.eras[era][unit]!.branch, roster.count[branch] > 0, random.chance(authorShare, in: 100) {
            activity.member = memberIDs[roster.member(random.below(roster.count[branch]), of: branch)]
        }
        return unit
    }

    /// A unit of the day's structure: a district-level unit 0.4 % of the time for each there is (6 % with the
    /// old province's fifteen), a cell 7 %, else a branch.
    mutating func pickUnit() -> Int {
        let structure = chart.eras[era]
        let draw = random.below(1000)
        if draw < min(60, 4 * structure.districts.count) { return random.pick(structure.districts) }
        if draw >= 930, !structure.cells.isEmpty { return random.pick(structure.cells) }
        return structure.branches[branchTables[era].draw(&random)!]
    }

    // MARK: Text forms

    mutating func dateText(_ day: Int) -> String {
        let draw = random.below(100)
        let style = draw < 90 ? 0 : draw < 98 ? 1 : 2
        dateStyles[style] += 1
        let texts = calendar.texts[day]
        return style == 0 ? texts.iso : style == 1 ? texts.vietnamese : texts.short
    }

    /// A true or false value in one of the forms data.md accepts. Where the type `requires` the column,
    /// false is written out ("0", "không"…), never left empty.
    mutating func boolean(_ value: Bool, required: Bool = false) -> String {
        if value { return ActivityStream.trueForms[random.weighted([50, 25, 18, 4, 3])] }
        return required ? ActivityStream.falseForms[random.weighted([45, 35, 10, 10])]
            : (random.chance(9, in: 10) ? "" : ActivityStream.falseForms[random.weighted([50, 50, 0, 0])])
    }

    static let trueForms = ["x", "1", "có", "Có", "true"]
    static let falseForms = ["0", "không", "false", "Không"]
    static let shiftHours = ["2", "2.5", "3", "3.5", "4", "4.5", "5", "6", "8", "1.5", "2.75"]

    // MARK: Rejections

    mutating func reject(_ row: Int, _ reason: String) {
        guard rejected.insert(row).inserted else { return }
        rejections.append((row, reason))
    }

    /// A duplicate claim by `claimant` (a member, or a unit for articles): counted, sometimes rejected itself,
    /// and now and then, when someone else made it, the first claim is the one rejected (which makes this one
    /// the first).
    mutating func duplicate<Key>(_ kind: ActivityKind, of claim: Claim<Key>, by claimant: Int, reason: Int) {
        duplicateCounts[kind.rawValue] += 1
        if random.chance(1, in: 60) {
            reject(row, ActivityNotes.duplicateReasons[reason])
        } else if claimant != Int(claim.member), random.chance(1, in: 80) {
            reject(Int(claim.row), ActivityNotes.firstClaimReason)
        }
    }
}
