import GRDB

/// The ledger's tables, as named migrations. A released migration is never edited: a change is a new one.
enum LedgerSchema {
    /// `PRAGMA application_id` of a chungtay database ("CHTY"), so that another SQLite file is left alone.
    static let applicationID: Int32 = 0x4348_5459

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE unit (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    parent TEXT,
                    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'grassroots', 'cell')),
                    sector TEXT,
                    area TEXT NOT NULL DEFAULT '',
                    members INTEGER
                ) WITHOUT ROWID;
                CREATE TABLE member (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    birth_year INTEGER,
                    "group" TEXT,
                    status TEXT NOT NULL DEFAULT 'active'
                ) WITHOUT ROWID;
                CREATE INDEX member_unit ON member(unit);
                -- One row per reported activity, with the points scoring gave it (queries never rescore).
                -- citizen holds only the keyed hash (HMAC-SHA256) of the normalised identifier.
                CREATE TABLE activity (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    date TEXT NOT NULL,
                    type TEXT NOT NULL,
                    member TEXT,
                    unit TEXT NOT NULL,
                    level INTEGER,
                    dossier TEXT,
                    citizen TEXT,
                    subject TEXT,
                    online INTEGER NOT NULL DEFAULT 0,
                    paid_online INTEGER NOT NULL DEFAULT 0,
                    url TEXT,
                    channel TEXT,
                    attendees INTEGER,
                    hours TEXT,
                    note TEXT,
                    -- Where the row came from (FILE:LINE, or "record").
                    source TEXT NOT NULL,
                    claim TEXT,
                    rejected INTEGER NOT NULL DEFAULT 0,
                    status TEXT NOT NULL DEFAULT 'scored',
                    duplicate_of TEXT,
                    base TEXT,
                    factor TEXT,
                    multipliers INTEGER NOT NULL DEFAULT 0,
                    points_before_caps INTEGER,
                    points INTEGER NOT NULL DEFAULT 0,
                    capped INTEGER NOT NULL DEFAULT 0,
                    rules_file TEXT,
                    -- 'member' or 'unit', as the activity's rules file credits its type.
                    credit TEXT
                );
                CREATE INDEX activity_order ON activity(date, id);
                CREATE INDEX activity_claim ON activity(claim, rejected, date, id) WHERE claim IS NOT NULL;
                CREATE TABLE bonus (
                    unit TEXT NOT NULL,
                    target TEXT NOT NULL,
                    period TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    date TEXT NOT NULL,
                    points INTEGER NOT NULL,
                    activity TEXT NOT NULL,
                    rules_file TEXT NOT NULL,
                    PRIMARY KEY (unit, target, period, period_start)
                ) WITHOUT ROWID;
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('reject', 'restore')),
                    activity TEXT NOT NULL,
                    reason TEXT,
                    actor TEXT NOT NULL
                );
                -- The digest of each rules file the stored points were computed with.
                CREATE TABLE rules_state (
                    path TEXT PRIMARY KEY NOT NULL,
                    digest TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        // Published weekly bulletins (outputs.md, Publishing a week): one row per week and revision, frozen. The
        // triggers refuse every change, so that a published digest can always be checked against its row.
        migrator.registerMigration("v2-snapshots") { db in
            try db.execute(sql: """
                CREATE TABLE snapshot (
                    seq INTEGER PRIMARY KEY,
                    -- The ISO week, YYYY-Www.
                    week TEXT NOT NULL,
                    revision INTEGER NOT NULL CHECK (revision >= 1),
                    -- When this revision was first stored, UTC, YYYY-MM-DDTHH:MM:SSZ.
                    published_at TEXT NOT NULL,
                    rules_version TEXT,
                    -- SHA-256 (lower-case hex) of content's UTF-8 bytes.
                    digest TEXT NOT NULL,
                    -- The frozen bulletin: compact JSON, as docs/publishing.md describes it.
                    content TEXT NOT NULL,
                    UNIQUE (week, revision)
                );
                CREATE TRIGGER snapshot_frozen_update BEFORE UPDATE ON snapshot BEGIN
                    SELECT RAISE(ABORT, 'a published snapshot is never changed');
                END;
                CREATE TRIGGER snapshot_frozen_delete BEFORE DELETE ON snapshot BEGIN
                    SELECT RAISE(ABORT, 'a published snapshot is never deleted');
                END;
                """)
        }
        return migrator
    }
}
