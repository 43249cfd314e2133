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
        let (statuses, targets, units) = try read { db -> ([String: MemberStatus], TargetCheck?, [Organisation.Unit]) in
            // Members are active unless the ledger says otherwise: only the others are read.
            let statuses = try Row.fetchAll(db, sql: "SELECT id, status FROM member WHERE status <> 'active'").reduce(into: [String: MemberStatus]()) {
                $0[$1["id"]] = MemberStatus(rawValue: $1["status"]) ?? .active
            }
            let structure = try Organisation.stored(db).structure(on: asOf)
            let targets = try needsTargets ? TargetCheck.make(targets: file?.targets ?? [], period: period, today: today, structure: structure, db) : nil
            return (statuses, targets, structure.units)
        }
        let status = { (id: String) in statuses[id] ?? .active }

        let names = units.reduce(into: [String: String]()) { $0[$1.code] = $1.name }
        // The award each entry was nominated for, by board: one award per person or unit.
        var taken: [BoardKind: [String: Award]] = [:]
        let lists = awards.map { award -> AwardList in
            let board = boards[award.board]!
            let allowed = award.statuses ?? [.active]
            let selection = NomineeSelection(award: award, ranked: board.ranked) { entry in
                if award.board == .members, !allowed.contains(status(entry.id)) { return .status(status(entry.id)) }
                if award.targetsMet, let targets, !targets.met(entry.id) { return .targets }
                return nil
            }
            let earlier = taken[board.kind] ?? [:]
            let (chosen, leftOut) = selection.nominees(from: board.entries, taken: Set(earlier.keys))
            for pick in chosen { taken[board.kind, default: [:]][pick.entry.id] = award }
            let words = NominationReasons(award: award, file: file, ranked: board.ranked, scoreBasis: board.scoreBasis,
                                          targets: targets, status: status)
            let nominees = chosen.enumerated().map { index, pick in
                Nominee(n: index + 1, entry: pick.entry, reasons: words.reasons(pick.entry), tieAtCutoff: pick.tieAtCutoff)
            }
            return AwardList(award: award, ranked: board.ranked, scoreBasis: board.scoreBasis, nominees: nominees,
                             leftOut: leftOut.map { left in
                                 LeftOut(entry: left.entry, reason: words.leftOut(left.entry, left.why, earlier: earlier[left.entry.id],
                                                                                  districtName: left.entry.district.flatMap { names[$0] }))
                             })
        }
        let dataThrough = try read { db in
            try String.fetchOne(db, sql: "SELECT max(date) FROM activity WHERE date BETWEEN ? AND ?",
                                arguments: [period.from.description, period.to.description]).flatMap { CivilDate(iso: $0) }
        }
        return Nominations(period: period, rulesVersion: file?.version, rulesBuiltIn: file?.isBuiltIn ?? false, lists: lists, unitNames: names,
                           unitParents: units.reduce(into: [String: String]()) { $0[$1.code] = $1.parent }, drawnOn: today,
                           dataThrough: dataThrough, asOf: asOf)
    }
}
