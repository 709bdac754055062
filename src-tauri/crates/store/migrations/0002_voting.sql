-- Voting: each body's protocols (named, versioned, never edited: a change is a new version)
-- and closed votes (never edited: a correction is a new vote that references the old one).

CREATE TABLE protocols (
    id          INTEGER PRIMARY KEY,
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    version     INTEGER NOT NULL CHECK (version >= 1),
    preset      TEXT,
    definition  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (body_id, name, version)
);

CREATE TABLE votes (
    id                INTEGER PRIMARY KEY,
    body_id           INTEGER NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
    protocol_id       INTEGER NOT NULL REFERENCES protocols (id) ON DELETE RESTRICT,
    motion            TEXT NOT NULL CHECK (length(trim(motion)) > 0),
    method            TEXT NOT NULL CHECK (method IN ('roll_call', 'show_of_hands', 'secret')),
    -- The roll as it stood, the ballots (for a secret vote: the anonymous papers, sorted,
    -- and the list of who voted — never which paper is whose) and the full report.
    roll              TEXT NOT NULL,
    ballots           TEXT NOT NULL,
    report            TEXT NOT NULL,
    outcome           TEXT NOT NULL CHECK (outcome IN ('carried', 'rejected', 'no_quorum')),
    explanation       TEXT NOT NULL,
    closed_at         TEXT NOT NULL,
    closed_by         TEXT NOT NULL,
    corrects_vote_id  INTEGER REFERENCES votes (id) ON DELETE RESTRICT,
    correction_reason TEXT,
    CHECK ((corrects_vote_id IS NULL) = (correction_reason IS NULL))
);
CREATE INDEX votes_by_body ON votes (body_id);

CREATE TRIGGER protocol_versions_are_immutable BEFORE UPDATE ON protocols
BEGIN SELECT RAISE(ABORT, 'a protocol version cannot be changed; save a new version'); END;
CREATE TRIGGER protocol_versions_are_kept BEFORE DELETE ON protocols
BEGIN SELECT RAISE(ABORT, 'a protocol version cannot be deleted'); END;
CREATE TRIGGER closed_votes_are_immutable BEFORE UPDATE ON votes
BEGIN SELECT RAISE(ABORT, 'a closed vote cannot be changed; record a correction'); END;
CREATE TRIGGER closed_votes_are_kept BEFORE DELETE ON votes
BEGIN SELECT RAISE(ABORT, 'a closed vote cannot be deleted; record a correction'); END;
