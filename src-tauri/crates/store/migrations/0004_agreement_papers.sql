-- Papers attached to an agreement or one of its versions (the scanned signed copy, annexes
-- received on paper), kept inside the partnership file with their SHA-256; and the clause
-- library a secretariat reuses across agreements.

CREATE TABLE agreement_attachments (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE RESTRICT,
    -- NULL when the paper concerns the agreement as a whole.
    version_id    INTEGER REFERENCES agreement_versions (id) ON DELETE RESTRICT,
    file_name     TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type    TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    content       BLOB NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL
);
CREATE INDEX agreement_attachments_by_agreement ON agreement_attachments (agreement_id);

-- A paper is evidence: it is never rewritten, and once its version is signed it stays.
CREATE TRIGGER attachments_are_unchanged BEFORE UPDATE ON agreement_attachments
BEGIN SELECT RAISE(ABORT, 'an attached paper cannot be changed; attach a new one'); END;
CREATE TRIGGER attachments_of_signed_versions_are_kept BEFORE DELETE ON agreement_attachments
WHEN OLD.version_id IS NOT NULL AND (SELECT frozen FROM agreement_versions WHERE id = OLD.version_id) = 1
BEGIN SELECT RAISE(ABORT, 'a paper attached to a signed version cannot be removed'); END;

CREATE TABLE clause_library (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    section     TEXT NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (title, language)
);
