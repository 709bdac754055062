-- The member registry: the partnership, its chambers, organisations, representatives,
-- bodies and seats, and the activity log every later change writes to.

CREATE TABLE partnership (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
);

CREATE TABLE chambers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    acronym    TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    country    TEXT CHECK (country IS NULL OR length(country) = 2),
    chamber_id INTEGER REFERENCES chambers (id),
    pillars    TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'withdrawn')),
    joined_on  TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX organisations_by_chamber ON organisations (chamber_id);

CREATE TABLE status_changes (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    effective_on    TEXT NOT NULL,
    reason          TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
);
CREATE INDEX status_changes_by_organisation ON status_changes (organisation_id);

CREATE TABLE representatives (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    is_primary      INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE INDEX representatives_by_organisation ON representatives (organisation_id);

CREATE TABLE bodies (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
);

CREATE TABLE memberships (
    id              INTEGER PRIMARY KEY,
    body_id         INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    office          TEXT,
    weight          INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),
    UNIQUE (body_id, organisation_id)
);
CREATE INDEX memberships_by_organisation ON memberships (organisation_id);

-- Append-only: who did what to which record, written in the same transaction as the change.
CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER,
    summary     TEXT NOT NULL,
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER activity_is_append_only_update BEFORE UPDATE ON activity
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;
CREATE TRIGGER activity_is_append_only_delete BEFORE DELETE ON activity
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Accent- and case-insensitive search over names, acronyms and representatives;
-- rowid = organisations.id, kept in step by the store in the same transaction.
CREATE VIRTUAL TABLE member_search USING fts5 (
    name, acronym, people,
    tokenize = 'unicode61 remove_diacritics 2'
);
