import ChungtayCore
import ChungtayLedger
import ChungtayRanking

/// A stored revision of a week's bulletin, ready to render: what `publish` writes and `verify` checks against.
public struct Publication: Sendable {
    public let bulletin: Bulletin
    public let revision: Int
    /// When the revision was first stored (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
    public let publishedAt: String
    /// SHA-256 of the frozen content (``Bulletin/content``, serialised compactly).
    public let digest: String
    /// The entries whose rank or score changed from the previous revision; empty for revision 1.
    public let corrections: [Correction]
    /// Whether this publication stored a new revision.
    public let isNew: Bool
}

extension Ledger {
    /// The week's bulletin from the live boards: the three boards as `leaderboard` shows them by default, and the
    /// grassroots units that are on neither the ranked nor the unranked list of the branch board (total 0).
    /// - Parameters:
    ///   - others: more ledgers open on the same database, to compute the boards side by side (see ``WeekBoards``).
    public func bulletin(week: Period, alongside others: [Ledger] = []) throws -> Bulletin {
        let boards = try WeekBoards.compute(week, on: [self] + others)
        let branches = boards[.branches]!
        let active = Set((branches.entries + branches.unranked).map(\.id))
        return Bulletin(week: week, title: book.speaking(for: week.to)?.title ?? "", members: boards[.members]!, branches: branches,
                        districts: boards[.districts]!, idleBranches: try branchPlaces(on: week.to).filter { !active.contains($0.code) })
    }

    /// `publish --week`: freezes the week's bulletin, storing a new revision only when its content differs from
    /// the latest stored one. A week that has not begun on `today`, or one without a scoring activity (unless
    /// `allowEmpty`), is refused before anything is computed.
    /// - Parameters:
    ///   - at: the time now, UTC `YYYY-MM-DDTHH:MM:SSZ`, as the caller read the clock; kept only by a new revision.
    ///   - others: more ledgers open on the same database, to compute the boards side by side.
    ///   - write: writes the publication's files; runs before the revision is committed, and when it throws nothing
    ///     is stored (a snapshot exists only for a bulletin whose every file was written).
    public func publish(week: Period, today: CivilDate, allowEmpty: Bool = false, at: String, alongside others: [Ledger] = [],
                        write: (Publication) throws -> Void) throws -> Publication {
        guard week.from <= today else { throw PublishingError.weekNotBegun(week: week.label, today: today) }
        if !allowEmpty, try !hasScoringActivity(from: week.from, to: week.to) {
            throw PublishingError.emptyWeek(week: week.label, latest: try latestScoringDate().map { Period.week(containing: $0).label })
        }
        let bulletin = try bulletin(week: week, alongside: others)
        var publication: Publication?
        _ = try storeSnapshot(week: week.label, rulesVersion: bulletin.rulesVersion, content: bulletin.contentText(), at: at) { stored in
            // The same digest means the same content: the live bulletin renders as the stored one does.
            let made = Publication(bulletin: bulletin, revision: stored.snapshot.revision, publishedAt: stored.snapshot.publishedAt,
                                   digest: stored.snapshot.digest, corrections: try corrections(since: stored.previous, bulletin),
                                   isNew: stored.isNew)
            try write(made)
            publication = made
        }
        return publication!
    }

    /// A stored revision as it was published; nil when the week has no such revision.
    public func publication(week: String, revision: Int) throws -> Publication? {
        guard let stored = try storedSnapshot(week: week, revision: revision) else { return nil }
        let bulletin = try Self.bulletin(stored.snapshot)
        return Publication(bulletin: bulletin, revision: revision, publishedAt: stored.snapshot.publishedAt, digest: stored.snapshot.digest,
                           corrections: try corrections(since: stored.previous, bulletin), isNew: false)
    }

    private func corrections(since previous: Snapshot?, _ bulletin: Bulletin) throws -> [Correction] {
        guard let previous else { return [] }
        return Correction.between(try Self.bulletin(previous), bulletin)
    }

    private static func bulletin(_ snapshot: Snapshot) throws -> Bulletin {
        do {
            return try Bulletin(content: try JSONValue.parse(snapshot.content))
        } catch {
            throw PublishingError.damagedSnapshot(week: snapshot.week, revision: snapshot.revision)
        }
    }
}
