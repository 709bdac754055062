-- Erasure without breaking seals (see docs/trust.md, "Erasing a person").
--
-- From this version, a representative's name or address in a record's sealed content is
-- written as "sha256:<hex>", the SHA-256 of (a random salt of that representative || the
-- value), and which representative each such value is linked to is kept beside the seal. When
-- a person's data are erased on request, the values are replaced by "[redacted]" in the rows,
-- each value's salted hash is kept in `redactions` (so the seal still checks), and the salt is
-- dropped (so that hash cannot be tested against guesses of the name).
--
-- Seals written before this version (format 1) hold the values themselves; erasing a person
-- they name checks the record against its seal first and keeps, in `attestations`, the hash of
-- the content as it is after the erasure.

-- 1: the content as written by 0008; 2: personal values as salted hashes, and the format is
-- part of the chain input.
ALTER TABLE seals ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));

-- Set when the representative's personal data were erased; the row stays, as "[redacted]".
ALTER TABLE representatives ADD COLUMN erased_at TEXT;

-- One random salt per representative, made when first needed; dropped by the erasure.
-- No foreign key: deleting a representative keeps the salt, which the seals naming them need.
CREATE TABLE personal_salts (
    representative_id  INTEGER PRIMARY KEY,
    salt               BLOB NOT NULL CHECK (length(salt) = 32)
);
INSERT INTO personal_salts (representative_id, salt) SELECT id, randomblob(32) FROM representatives;
CREATE TRIGGER personal_salts_are_unchanged BEFORE UPDATE ON personal_salts
BEGIN SELECT RAISE(ABORT, 'a salt cannot be changed'); END;

-- Which representative a personal value of a format-2 seal was hashed for. `location` names the
-- value in the content: "signature <id>", "attendance <index>", "circulated_to <index>",
-- "action <id>", "party <index>" (a party's signatory in the agreement's text), "convenor",
-- "presenter <agenda item id>".
CREATE TABLE seal_people (
    kind               TEXT NOT NULL,
    record_id          INTEGER NOT NULL,
    location           TEXT NOT NULL,
    representative_id  INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id, location)
);
CREATE INDEX seal_people_by_representative ON seal_people (representative_id);

-- One row per person erased. The reason is the requester's, and must not name them.
CREATE TABLE erasures (
    id                 INTEGER PRIMARY KEY,
    representative_id  INTEGER NOT NULL UNIQUE,
    organisation_id    INTEGER NOT NULL,
    fields             TEXT NOT NULL,
    reason             TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    erased_at          TEXT NOT NULL,
    erased_by          TEXT NOT NULL
);

-- The salted hash a sealed value had, for each value erased from a format-2 sealed record.
CREATE TABLE redactions (
    kind         TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    location     TEXT NOT NULL,
    hash         TEXT NOT NULL CHECK (hash LIKE 'sha256:%' AND length(hash) = 71),
    erasure_id   INTEGER NOT NULL REFERENCES erasures (id),
    PRIMARY KEY (kind, record_id, location)
);

-- For a format-1 seal naming an erased person: the record was checked against its seal (or its
-- previous attestation) just before the erasure, and this is the hash of its content after.
CREATE TABLE attestations (
    id              INTEGER PRIMARY KEY,
    seal_id         INTEGER NOT NULL REFERENCES seals (id),
    content_sha256  TEXT NOT NULL CHECK (length(content_sha256) = 64),
    erasure_id      INTEGER NOT NULL REFERENCES erasures (id),
    attested_at     TEXT NOT NULL
);
CREATE INDEX attestations_by_seal ON attestations (seal_id);

CREATE TRIGGER seal_people_are_unchanged BEFORE UPDATE ON seal_people
BEGIN SELECT RAISE(ABORT, 'the people of a seal cannot be changed'); END;
CREATE TRIGGER seal_people_are_kept BEFORE DELETE ON seal_people
BEGIN SELECT RAISE(ABORT, 'the people of a seal cannot be removed'); END;
CREATE TRIGGER erasures_are_unchanged BEFORE UPDATE ON erasures
BEGIN SELECT RAISE(ABORT, 'an erasure cannot be changed'); END;
CREATE TRIGGER erasures_are_kept BEFORE DELETE ON erasures
BEGIN SELECT RAISE(ABORT, 'an erasure cannot be removed'); END;
CREATE TRIGGER redactions_are_unchanged BEFORE UPDATE ON redactions
BEGIN SELECT RAISE(ABORT, 'a redaction cannot be changed'); END;
CREATE TRIGGER redactions_are_kept BEFORE DELETE ON redactions
BEGIN SELECT RAISE(ABORT, 'a redaction cannot be removed'); END;
CREATE TRIGGER attestations_are_unchanged BEFORE UPDATE ON attestations
BEGIN SELECT RAISE(ABORT, 'an attestation cannot be changed'); END;
CREATE TRIGGER attestations_are_kept BEFORE DELETE ON attestations
BEGIN SELECT RAISE(ABORT, 'an attestation cannot be removed'); END;

-- The values being erased, only inside the erasure's own transaction (it empties the table
-- before committing). The triggers below let a frozen row change only by replacing one of
-- these values with "[redacted]".
CREATE TABLE erasing (
    value  TEXT NOT NULL PRIMARY KEY
);

DROP TRIGGER activity_is_append_only_update;
CREATE TRIGGER activity_is_append_only_update BEFORE UPDATE ON activity
WHEN NOT (
    NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
    AND NEW.record_kind IS OLD.record_kind AND NEW.record_id IS OLD.record_id
    AND EXISTS (SELECT 1 FROM erasing e
                WHERE NEW.summary IS replace(OLD.summary, e.value, '[redacted]')
                  AND NEW.changes IS replace(OLD.changes, e.value, '[redacted]'))
)
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;

DROP TRIGGER signatures_of_signed_versions_are_unchanged;
CREATE TRIGGER signatures_of_signed_versions_are_unchanged BEFORE UPDATE ON agreement_signatures
WHEN (SELECT frozen FROM agreement_versions WHERE id = OLD.version_id) = 1
 AND NOT (
    NEW.signatory = '[redacted]' AND OLD.signatory IN (SELECT value FROM erasing)
    AND NEW.id IS OLD.id AND NEW.version_id IS OLD.version_id
    AND NEW.organisation_id IS OLD.organisation_id AND NEW.title IS OLD.title
    AND NEW.place IS OLD.place AND NEW.signed_on IS OLD.signed_on
    AND NEW.recorded_at IS OLD.recorded_at AND NEW.recorded_by IS OLD.recorded_by
)
BEGIN SELECT RAISE(ABORT, 'the signatures of a signed version cannot be changed'); END;

-- In approved minutes, only an attendee's representative or a line of the circulation list may
-- change, and only from a value being erased to "[redacted]".
DROP TRIGGER approved_meetings_are_frozen;
CREATE TRIGGER approved_meetings_are_frozen BEFORE UPDATE ON meetings
WHEN OLD.minutes_status = 'approved'
 AND NOT (
    EXISTS (SELECT 1 FROM erasing)
    AND NEW.id IS OLD.id AND NEW.body_id IS OLD.body_id AND NEW.title IS OLD.title
    AND NEW.kind IS OLD.kind AND NEW.date IS OLD.date AND NEW.starts_at IS OLD.starts_at
    AND NEW.ends_at IS OLD.ends_at AND NEW.time_zone IS OLD.time_zone AND NEW.place IS OLD.place
    AND NEW.online_link IS OLD.online_link
    AND (NEW.convenor IS OLD.convenor
         OR (NEW.convenor = '[redacted]' AND OLD.convenor IN (SELECT value FROM erasing)))
    AND NEW.guests IS OLD.guests AND NEW.minutes_status IS OLD.minutes_status
    AND NEW.circulated_on IS OLD.circulated_on AND NEW.approved_on IS OLD.approved_on
    AND NEW.approved_by IS OLD.approved_by AND NEW.created_at IS OLD.created_at
    AND NEW.created_by IS OLD.created_by
    AND json_valid(NEW.attendance) AND json_valid(NEW.circulated_to)
    AND json_array_length(NEW.attendance) = json_array_length(OLD.attendance)
    AND json_array_length(NEW.circulated_to) = json_array_length(OLD.circulated_to)
    AND NOT EXISTS (
        SELECT 1 FROM json_each(OLD.attendance) o JOIN json_each(NEW.attendance) n ON n.key = o.key
        WHERE json_remove(o.value, '$.representative') IS NOT json_remove(n.value, '$.representative')
           OR (json_extract(n.value, '$.representative') IS NOT json_extract(o.value, '$.representative')
               AND (json_extract(n.value, '$.representative') IS NOT '[redacted]'
                    OR json_extract(o.value, '$.representative') NOT IN (SELECT value FROM erasing))))
    AND NOT EXISTS (
        SELECT 1 FROM json_each(OLD.circulated_to) o JOIN json_each(NEW.circulated_to) n ON n.key = o.key
        WHERE n.value IS NOT o.value
          AND (n.value IS NOT '[redacted]' OR o.value NOT IN (SELECT value FROM erasing)))
)
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;

DROP TRIGGER approved_items_are_frozen;
CREATE TRIGGER approved_items_are_frozen BEFORE UPDATE ON agenda_items
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
 AND NOT (
    NEW.presenter = '[redacted]' AND OLD.presenter IN (SELECT value FROM erasing)
    AND NEW.id IS OLD.id AND NEW.meeting_id IS OLD.meeting_id AND NEW.position IS OLD.position
    AND NEW.title IS OLD.title AND NEW.kind IS OLD.kind
    AND NEW.duration_minutes IS OLD.duration_minutes AND NEW.agreement_id IS OLD.agreement_id
    AND NEW.standard IS OLD.standard AND NEW.summary IS OLD.summary
    AND NEW.outcome IS OLD.outcome AND NEW.matrix_id IS OLD.matrix_id
)
BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed; record an erratum'); END;

-- In a signed version's text, only a party's signatory may change, from a value being erased to
-- "[redacted]".
DROP TRIGGER signed_versions_are_frozen;
CREATE TRIGGER signed_versions_are_frozen BEFORE UPDATE ON agreement_versions
WHEN OLD.frozen = 1
 AND NOT (
    EXISTS (SELECT 1 FROM erasing)
    AND NEW.id IS OLD.id AND NEW.agreement_id IS OLD.agreement_id AND NEW.number IS OLD.number
    AND NEW.amendment IS OLD.amendment AND NEW.frozen IS OLD.frozen
    AND NEW.created_at IS OLD.created_at AND NEW.created_by IS OLD.created_by
    AND json_valid(NEW.text)
    AND json_remove(NEW.text, '$.parties') IS json_remove(OLD.text, '$.parties')
    AND json_array_length(NEW.text, '$.parties') IS json_array_length(OLD.text, '$.parties')
    AND NOT EXISTS (
        SELECT 1 FROM json_each(OLD.text, '$.parties') o JOIN json_each(NEW.text, '$.parties') n ON n.key = o.key
        WHERE json_remove(o.value, '$.signatory') IS NOT json_remove(n.value, '$.signatory')
           OR (json_extract(n.value, '$.signatory') IS NOT json_extract(o.value, '$.signatory')
               AND (json_extract(n.value, '$.signatory') IS NOT '[redacted]'
                    OR json_extract(o.value, '$.signatory') NOT IN (SELECT value FROM erasing))))
)
BEGIN SELECT RAISE(ABORT, 'a signed version cannot be changed; record an amendment'); END;

DROP TRIGGER minuted_actions_keep_their_terms;
CREATE TRIGGER minuted_actions_keep_their_terms BEFORE UPDATE OF title, owner_organisation_id, owner_person, due_on, meeting_id ON action_items
WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
 AND NOT (
    NEW.owner_person = '[redacted]' AND OLD.owner_person IN (SELECT value FROM erasing)
    AND NEW.title IS OLD.title AND NEW.owner_organisation_id IS OLD.owner_organisation_id
    AND NEW.due_on IS OLD.due_on AND NEW.meeting_id IS OLD.meeting_id
)
BEGIN SELECT RAISE(ABORT, 'an action item of approved minutes keeps its terms; add a note'); END;
