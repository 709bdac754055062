-- Agreements: each has versions (1 = the text as first signed, then one per amendment);
-- a version is frozen once every party has signed it, after which the file refuses to change
-- or delete it or its signatures.

CREATE TABLE agreements (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'negotiation', 'signed', 'in_force', 'expired', 'terminated')),
    ended_on    TEXT,
    end_reason  TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TABLE agreement_versions (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE RESTRICT,
    number        INTEGER NOT NULL CHECK (number >= 1),
    -- 0 for the agreement's own text, n for amendment n.
    amendment     INTEGER NOT NULL CHECK (amendment >= 0),
    text          TEXT NOT NULL,
    frozen        INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    UNIQUE (agreement_id, number)
);

CREATE TABLE agreement_signatures (
    id               INTEGER PRIMARY KEY,
    version_id       INTEGER NOT NULL REFERENCES agreement_versions (id) ON DELETE RESTRICT,
    organisation_id  INTEGER NOT NULL,
    signatory        TEXT NOT NULL CHECK (length(trim(signatory)) > 0),
    title            TEXT NOT NULL DEFAULT '',
    place            TEXT NOT NULL DEFAULT '',
    signed_on        TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    UNIQUE (version_id, organisation_id)
);

CREATE TRIGGER signed_versions_are_frozen BEFORE UPDATE ON agreement_versions WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'a signed version cannot be changed; record an amendment'); END;
CREATE TRIGGER signed_versions_are_kept BEFORE DELETE ON agreement_versions WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'a signed version cannot be deleted; record an amendment'); END;
CREATE TRIGGER signatures_of_signed_versions_are_kept BEFORE DELETE ON agreement_signatures
WHEN (SELECT frozen FROM agreement_versions WHERE id = OLD.version_id) = 1
BEGIN SELECT RAISE(ABORT, 'the signatures of a signed version cannot be removed'); END;
CREATE TRIGGER signatures_of_signed_versions_are_unchanged BEFORE UPDATE ON agreement_signatures
WHEN (SELECT frozen FROM agreement_versions WHERE id = OLD.version_id) = 1
BEGIN SELECT RAISE(ABORT, 'the signatures of a signed version cannot be changed'); END;
