-- Papers put before a meeting under its agenda items, kept inside the partnership file with
-- their SHA-256 like an agreement's papers; each body's rules for its minutes (a distribution
-- list, and whether the chair may approve them); and the responsibility matrix an agenda item
-- concerns.

CREATE TABLE meeting_papers (
    id              INTEGER PRIMARY KEY,
    -- An item removed from a draft agenda takes its papers with it; approved minutes keep
    -- both (see the triggers of 0005 and below).
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    file_name       TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type      TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    content         BLOB NOT NULL,
    added_at        TEXT NOT NULL,
    added_by        TEXT NOT NULL
);
CREATE INDEX meeting_papers_by_item ON meeting_papers (agenda_item_id);

-- A paper is evidence of what members had before them: it is never rewritten, and the papers
-- of approved minutes stay as the minutes list them.
CREATE TRIGGER meeting_papers_are_unchanged BEFORE UPDATE ON meeting_papers
BEGIN SELECT RAISE(ABORT, 'a meeting paper cannot be changed; attach a new one'); END;
CREATE TRIGGER papers_of_approved_minutes_are_kept BEFORE DELETE ON meeting_papers
WHEN (SELECT m.minutes_status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = OLD.agenda_item_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'a paper of approved minutes cannot be removed'); END;
CREATE TRIGGER approved_minutes_take_no_papers BEFORE INSERT ON meeting_papers
WHEN (SELECT m.minutes_status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = NEW.agenda_item_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;

-- Who a body's minutes are circulated to by default, in the order the secretariat keeps.
CREATE TABLE body_recipients (
    id        INTEGER PRIMARY KEY,
    body_id   INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 1),
    name      TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL CHECK (length(trim(email)) > 0),
    UNIQUE (body_id, position)
);

-- 0: minutes are approved by a decision of a later meeting only.
ALTER TABLE bodies ADD COLUMN chair_approves_minutes INTEGER NOT NULL DEFAULT 0
    CHECK (chair_approves_minutes IN (0, 1));

ALTER TABLE agenda_items ADD COLUMN matrix_id INTEGER REFERENCES matrices (id) ON DELETE SET NULL;
