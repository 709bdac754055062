-- Seals: each record is hashed when it becomes final — a closed vote, a signed agreement
-- version, approved minutes, a matrix version frozen with the agreement it is annexed to — and
-- each seal is chained to the one before, so that `verify` can tell a record changed, removed
-- or slipped in outside the app. The hashes are computed in Rust (store/src/seals.rs); the
-- formats are described in docs/trust.md and are part of the file format.
--
--   content_sha256 = SHA-256 of the record's content as canonical JSON (RFC 8785)
--   chain          = SHA-256 of the canonical JSON object
--                    {content_sha256, kind, previous, record_id, reference, sealed_at}
--   previous       = the chain of the seal before; 64 zeros for the first
--
-- Records already final when a file reaches this version are sealed by the migration itself,
-- in the order they became final.

CREATE TABLE seals (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('vote', 'agreement_version', 'minutes', 'matrix_version')),
    record_id       INTEGER NOT NULL,
    -- What a reader recognises the record by, as it was named when sealed.
    reference       TEXT NOT NULL,
    content_sha256  TEXT NOT NULL CHECK (length(content_sha256) = 64),
    previous        TEXT NOT NULL CHECK (length(previous) = 64),
    chain           TEXT NOT NULL UNIQUE CHECK (length(chain) = 64),
    sealed_at       TEXT NOT NULL,
    UNIQUE (kind, record_id)
);

-- The file refuses to rewrite its own history. Anyone holding the file can drop these
-- triggers; that is what the chain, and the head kept outside the file, are for.
CREATE TRIGGER seals_are_unchanged BEFORE UPDATE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot be changed'); END;
CREATE TRIGGER seals_are_kept BEFORE DELETE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot be removed'); END;
