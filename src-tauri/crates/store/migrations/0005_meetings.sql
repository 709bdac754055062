-- Meetings of a body: schedule, attendance (JSON, with timed arrivals and departures), the
-- agenda and its minutes, votes taken under an item, numbered decisions, action items, the
-- approval of the minutes and errata. Approved minutes are frozen by triggers.

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    body_id         INTEGER NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('ordinary', 'extraordinary', 'working_session')),
    date            TEXT NOT NULL,
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL CHECK (ends_at > starts_at),
    time_zone       TEXT NOT NULL,
    place           TEXT NOT NULL DEFAULT '',
    online_link     TEXT NOT NULL DEFAULT '',
    convenor        TEXT NOT NULL DEFAULT '',
    attendance      TEXT NOT NULL DEFAULT '[]',
    guests          TEXT NOT NULL DEFAULT '[]',
    minutes_status  TEXT NOT NULL DEFAULT 'draft' CHECK (minutes_status IN ('draft', 'circulated', 'approved')),
    circulated_on   TEXT,
    circulated_to   TEXT NOT NULL DEFAULT '[]',
    approved_on     TEXT,
    approved_by     TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX meetings_by_body ON meetings (body_id, date);

CREATE TABLE agenda_items (
    id                INTEGER PRIMARY KEY,
    meeting_id        INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CHECK (position >= 1),
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind              TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'decision')),
    presenter         TEXT NOT NULL DEFAULT '',
    duration_minutes  INTEGER,
    agreement_id      INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
    standard          TEXT,
    summary           TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

-- Votes put under an item. The vote itself lives in `votes` and is immutable there.
CREATE TABLE item_votes (
    vote_id         INTEGER PRIMARY KEY REFERENCES votes (id) ON DELETE RESTRICT,
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE
);

-- The last sequence number used per body and year: never lowered, so a reference is never
-- given twice, even after a meeting is deleted.
CREATE TABLE decision_counters (
    body_id  INTEGER NOT NULL,
    year     INTEGER NOT NULL,
    last     INTEGER NOT NULL,
    PRIMARY KEY (body_id, year)
);

CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    agenda_item_id  INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
    body_id         INTEGER NOT NULL,
    year            INTEGER NOT NULL,
    sequence        INTEGER NOT NULL,
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    vote_id         INTEGER REFERENCES votes (id) ON DELETE RESTRICT,
    pillars         TEXT NOT NULL DEFAULT '[]',
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    UNIQUE (body_id, year, sequence)
);

CREATE TABLE action_items (
    id                     INTEGER PRIMARY KEY,
    meeting_id             INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    agenda_item_id         INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_organisation_id  INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    owner_person           TEXT NOT NULL DEFAULT '',
    due_on                 TEXT,
    status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL
);

CREATE TABLE action_notes (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
    on_date    TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL,
    by_actor   TEXT NOT NULL
);

CREATE TABLE minutes_errata (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);

-- Approved minutes are frozen: the meeting, its agenda and minutes, its decisions and the
-- action items as minuted (their progress — status and notes — goes on).
CREATE TRIGGER approved_meetings_are_frozen BEFORE UPDATE ON meetings WHEN OLD.minutes_status = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER approved_meetings_are_kept BEFORE DELETE ON meetings WHEN OLD.minutes_status = 'approved'
BEGIN SELECT RAISE(ABORT, 'a meeting with approved minutes cannot be deleted'); END;
CREATE TRIGGER approved_items_are_frozen BEFORE UPDATE ON agenda_items
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER approved_items_are_kept BEFORE DELETE ON agenda_items
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER approved_agendas_take_no_items BEFORE INSERT ON agenda_items
WHEN (SELECT minutes_status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER decisions_are_immutable BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'a decision cannot be changed; record a new decision'); END;
CREATE TRIGGER approved_decisions_are_kept BEFORE DELETE ON decisions
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'a decision of approved minutes cannot be removed'); END;
CREATE TRIGGER approved_minutes_take_no_decisions BEFORE INSERT ON decisions
WHEN (SELECT minutes_status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER minuted_actions_keep_their_terms BEFORE UPDATE OF title, owner_organisation_id, owner_person, due_on, meeting_id ON action_items
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'an action item of approved minutes keeps its terms; add a note'); END;
CREATE TRIGGER approved_minutes_take_no_actions BEFORE INSERT ON action_items
WHEN (SELECT minutes_status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;
CREATE TRIGGER errata_are_kept BEFORE DELETE ON minutes_errata
BEGIN SELECT RAISE(ABORT, 'an erratum cannot be removed'); END;
CREATE TRIGGER errata_are_unchanged BEFORE UPDATE ON minutes_errata
BEGIN SELECT RAISE(ABORT, 'an erratum cannot be changed; record another'); END;
