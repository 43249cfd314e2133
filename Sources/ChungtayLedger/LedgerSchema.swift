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
        // What boards rank by, per board and calendar window (docs/ranking.md, Standings), kept by StandingsBuilder
        // at the end of every rescore, which sees every change the ledger makes. What the ledger never does is marked
        // by triggers (a trigger on the rows the ledger writes would make SQLite journal every such statement); rows
        // added outside it are seen by their seq.
        migrator.registerMigration("v2-standings") { db in
            try db.execute(sql: """
                CREATE TABLE standing (
                    -- 'member': member-credited activities, by member; 'branch' and 'district': every activity, by the
                    -- grassroots or district-level unit it counts for (target bonuses are not in them).
                    -- (Checks written with OR: SQLite builds a table for an IN list on every insert.)
                    board TEXT NOT NULL CHECK (board = 'member' OR board = 'branch' OR board = 'district'),
                    span TEXT NOT NULL CHECK (span = 'week' OR span = 'year'),
                    -- The window's first day: a Monday, or 1 January.
                    start TEXT NOT NULL,
                    -- Lines are stored in parts of 1000, from 0, so that the top of a board is read alone.
                    part INTEGER NOT NULL,
                    -- The entries with a total above 0 (in every part).
                    ranked INTEGER NOT NULL,
                    -- A part's first line names its types: '#', then the type ids, by id. Then one line per entry: id,
                    -- total (in hundredths), last day with points above 0 (empty when none), tallies ('type index:count:
                    -- hundredths' per type, the index into the first line, joined with ','); then for a branch its name,
                    -- district, sector and divisor, for a district its name and divisor. Fields are separated by TAB;
                    -- text fields escape \\, TAB, LF and CR as \\\\, \\t, \\n and \\r. Member lines: the members with a scoring
                    -- activity in the window, by total (highest first), then by id. Branch and district lines: every such
                    -- unit, by code.
                    entries TEXT NOT NULL,
                    PRIMARY KEY (board, span, start, part)
                ) WITHOUT ROWID;
                -- Every unit's grassroots unit, district-level unit, and the sector of its grassroots unit.
                CREATE TABLE standing_place (
                    unit TEXT PRIMARY KEY NOT NULL,
                    grassroots TEXT,
                    district TEXT,
                    sector TEXT
                ) WITHOUT ROWID;
                -- Days whose activities changed outside the ledger since the standings were written; '*' for all of them.
                CREATE TABLE standing_dirty (day TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
                -- Member ids that activities name but the member table does not (left off the member standings).
                CREATE TABLE standing_orphan (member TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
                -- The highest activity seq when the standings were written: a higher one was added since.
                CREATE TABLE standing_state (activity_seq INTEGER NOT NULL);
                INSERT INTO standing_state (activity_seq) VALUES (0);
                -- (A guard, not INSERT OR IGNORE: an upsert's ON CONFLICT overrides the conflict clauses of its triggers.)
                CREATE TRIGGER standing_activity_delete AFTER DELETE ON activity BEGIN
                    INSERT INTO standing_dirty (day) SELECT OLD.date WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = OLD.date);
                END;
                CREATE TRIGGER standing_activity_update AFTER UPDATE OF date, type, member, unit ON activity BEGIN
                    INSERT INTO standing_dirty (day) SELECT OLD.date WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = OLD.date);
                    INSERT INTO standing_dirty (day) SELECT NEW.date WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = NEW.date);
                END;
                CREATE TRIGGER standing_member_delete AFTER DELETE ON member BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_member_update AFTER UPDATE OF id ON member BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_unit_insert AFTER INSERT ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_unit_delete AFTER DELETE ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_unit_update AFTER UPDATE OF code, name, parent, level, sector, members ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE INDEX bonus_date ON bonus(date);
                """)
            // (The standings are written by v6-unit-versions, whose format this code writes.)
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
        // Claim keys become their 16-byte digests (``ClaimDigest``): a key repeated the citizen's 64-character hash or the
        // dossier code, and the claim index repeated the key for every row.
        migrator.registerMigration("v3-claim-digests") { db in
            let digest = DatabaseFunction("chungtay_claim_digest", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map { ClaimDigest($0).data }
            }
            db.add(function: digest)
            defer { db.remove(function: digest) }
            try db.execute(sql: "UPDATE activity SET claim = chungtay_claim_digest(claim) WHERE claim IS NOT NULL")
        }
        // Member lines of the standings end with the member's name, grassroots unit, district-level unit and sector
        // (empty where there is none), so that a board of every member needs no lookup of thousands of members. A
        // change to a member's name or unit now marks every window, as a change to the units does; the standings are
        // written again with the fields.
        migrator.registerMigration("v4-member-standing-fields") { db in
            try db.execute(sql: """
                DROP TRIGGER standing_member_update;
                CREATE TRIGGER standing_member_update AFTER UPDATE OF id, name, unit ON member
                WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.unit IS NOT NEW.unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                """)
            // (The standings are written by v6-unit-versions, whose format this code writes.)
        }
        // The fingerprint of the database's secret key (data.md): a keyed hash of a fixed text, never the key. Empty
        // until the first command that has a key; from then on another key is refused.
        migrator.registerMigration("v5-key-fingerprint") { db in
            try db.execute(sql: "CREATE TABLE key_fingerprint (fingerprint TEXT NOT NULL)")
        }
        // Units get dated versions (organisation.md): one row per version, `valid_from`/`valid_until` empty where the
        // version holds since always or still, and a successor and decision. Every existing unit becomes one version in
        // force for all time, which keeps each ledger's meaning. The standings now sum branch lines by the grassroots
        // unit on the activity's date and district lines by the district-level unit an activity was recorded at, and
        // member lines end with the member's unit: a board places them on its structure date, so `standing_place` goes.
        // (Standings written by v2 and v4 are written again here, in the format this code writes.)
        migrator.registerMigration("v6-unit-versions") { db in
            try db.execute(sql: """
                CREATE TABLE unit_version (
                    code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    parent TEXT,
                    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'grassroots', 'cell')),
                    sector TEXT,
                    area TEXT NOT NULL DEFAULT '',
                    members INTEGER,
                    valid_from TEXT,
                    valid_until TEXT,
                    successor TEXT,
                    decision TEXT
                );
                INSERT INTO unit_version (code, name, parent, level, sector, area, members)
                    SELECT code, name, parent, level, sector, area, members FROM unit;
                DROP TABLE unit;
                ALTER TABLE unit_version RENAME TO unit;
                CREATE INDEX unit_code ON unit(code, valid_from);
                DROP TABLE standing_place;
                CREATE TRIGGER standing_unit_insert AFTER INSERT ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_unit_delete AFTER DELETE ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                CREATE TRIGGER standing_unit_update AFTER UPDATE ON unit BEGIN
                    INSERT INTO standing_dirty (day) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM standing_dirty WHERE day = '*');
                END;
                """)
            try StandingsBuilder.rebuild(db)
        }
        return migrator
    }
}
