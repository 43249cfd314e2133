import ChungtayCore
import ChungtayLedger
import ChungtayRanking
import ChungtayRules
import GRDB

extension Ledger {
    /// The nominee lists of a period (outputs.md, Awards): the awards of the rules file that speaks for the period,
    /// highest first, each taking its board's ranked entries in board order. `today` decides which target periods
    /// are still to come.
    ///
    /// Boards, quotas, names and `targets_met` are drawn on `asOf` (default: the period's last day; organisation.md).
    /// - Complexity: one board per board kind the awards name, one query per target period for `targets_met`.
    public func nominations(period: Period, today: CivilDate, asOf: CivilDate? = nil) throws -> Nominations {
        let file = book.speaking(for: period.to)
        let awards = file?.awards ?? []
        let asOf = asOf ?? period.to
        var boards: [BoardKind: Board] = [:]
        for award in awards {
            let kind = award.board
            if boards[kind] == nil { boards[kind] = try board(kind, period: period, options: BoardOptions(asOf: asOf)) }
        }
        let needsTargets = awards.contains(where: \.targetsMet)
        let (statuses, targets, names) = try read { db -> ([String: MemberStatus], TargetCheck?, [String: String]) in
            // Members are active unless the ledger says otherwise: only the others are read.
            let statuses = try Row.fetchAll(db, sql: "SELECT id, status FROM member WHERE status <> 'active'").reduce(into: [String: MemberStatus]()) {
                $0[$1["id"]] = MemberStatus(rawValue: $1["status"]) ?? .active
            }
            let structure = try Organisation.stored(db).structure(on: asOf)
            let targets = try needsTargets ? TargetCheck.make(targets: file?.targets ?? [], period: period, today: today, structure: structure, db) : nil
            let names = structure.units.reduce(into: [String: String]()) { $0[$1.code] = $1.name }
            return (statuses, targets, names)
        }
        let status = { (id: String) in statuses[id] ?? .active }

        var taken: [BoardKind: Set<String>] = [:]
        let lists = awards.map { award -> AwardList in
            let board = boards[award.board]!
            let allowed = award.statuses ?? [.active]
            let selection = NomineeSelection(award: award, ranked: board.ranked) { entry in
                if award.board == .members, !allowed.contains(status(entry.id)) { return false }
                if award.targetsMet, let targets, !targets.met(entry.id) { return false }
                return true
            }
            let chosen = selection.nominees(from: board.entries, taken: taken[board.kind] ?? [])
            taken[board.kind, default: []].formUnion(chosen.map { $0.entry.id })
            let words = NominationReasons(award: award, file: file, ranked: board.ranked, scoreBasis: board.scoreBasis,
                                          targets: targets, status: status)
            let nominees = chosen.enumerated().map { index, pick in
                Nominee(n: index + 1, entry: pick.entry, reasons: words.reasons(pick.entry), tieAtCutoff: pick.tieAtCutoff)
            }
            return AwardList(award: award, ranked: board.ranked, scoreBasis: board.scoreBasis, nominees: nominees)
        }
        let dataThrough = try read { db in
            try String.fetchOne(db, sql: "SELECT max(date) FROM activity WHERE date BETWEEN ? AND ?",
                                arguments: [period.from.description, period.to.description]).flatMap { CivilDate(iso: $0) }
        }
        return Nominations(period: period, rulesVersion: file?.version, lists: lists, unitNames: names, drawnOn: today,
                           dataThrough: dataThrough, asOf: asOf)
    }
}
