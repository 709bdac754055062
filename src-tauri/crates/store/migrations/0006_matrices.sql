-- Responsibility matrices (RACI): each has versions, whose content is one JSON value. A version
-- stays editable until an agreement version it is annexed to is signed; from then on the file
-- refuses to change or delete it, and editing the matrix starts its next version.

CREATE TABLE matrices (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    -- The starter the secretariat began from (a `MatrixTemplateCode`), NULL for a blank grid.
    template    TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TABLE matrix_versions (
    id          INTEGER PRIMARY KEY,
    matrix_id   INTEGER NOT NULL REFERENCES matrices (id) ON DELETE RESTRICT,
    number      INTEGER NOT NULL CHECK (number >= 1),
    content     TEXT NOT NULL,
    frozen      INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    UNIQUE (matrix_id, number)
);

-- Matrices annexed to an agreement version, in the order they are printed. A draft version
-- that is deleted takes its annex list with it; a signed one cannot be deleted at all.
CREATE TABLE agreement_matrices (
    agreement_version_id  INTEGER NOT NULL REFERENCES agreement_versions (id) ON DELETE CASCADE,
    -- RESTRICT: a draft matrix version still annexed somewhere is not silently dropped.
    matrix_version_id     INTEGER NOT NULL REFERENCES matrix_versions (id) ON DELETE RESTRICT,
    position              INTEGER NOT NULL CHECK (position >= 1),
    PRIMARY KEY (agreement_version_id, matrix_version_id)
);
CREATE INDEX agreement_matrices_by_matrix_version ON agreement_matrices (matrix_version_id);

CREATE TRIGGER frozen_matrix_versions_are_unchanged BEFORE UPDATE ON matrix_versions WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'a matrix annexed to a signed agreement cannot be changed; start a new version'); END;
CREATE TRIGGER frozen_matrix_versions_are_kept BEFORE DELETE ON matrix_versions WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'a matrix annexed to a signed agreement cannot be deleted; start a new version'); END;

CREATE TRIGGER annexes_of_signed_versions_are_closed BEFORE INSERT ON agreement_matrices
WHEN (SELECT frozen FROM agreement_versions WHERE id = NEW.agreement_version_id) = 1
BEGIN SELECT RAISE(ABORT, 'a matrix cannot be annexed to a signed agreement; record an amendment'); END;
-- Both sides: a link may neither leave a signed version nor be moved into one.
CREATE TRIGGER annexes_of_signed_versions_are_unchanged BEFORE UPDATE ON agreement_matrices
WHEN (SELECT frozen FROM agreement_versions WHERE id = OLD.agreement_version_id) = 1
  OR (SELECT frozen FROM agreement_versions WHERE id = NEW.agreement_version_id) = 1
BEGIN SELECT RAISE(ABORT, 'the matrices annexed to a signed agreement cannot be changed; record an amendment'); END;
CREATE TRIGGER annexes_of_signed_versions_are_kept BEFORE DELETE ON agreement_matrices
WHEN (SELECT frozen FROM agreement_versions WHERE id = OLD.agreement_version_id) = 1
BEGIN SELECT RAISE(ABORT, 'a matrix annexed to a signed agreement cannot be removed; record an amendment'); END;

-- A matrix annexed to a signed agreement is frozen with it. `frozen = 0` skips versions already
-- frozen by an earlier signature, which the trigger above would otherwise refuse to touch.
CREATE TRIGGER annexed_matrices_freeze_with_their_agreement AFTER UPDATE OF frozen ON agreement_versions
WHEN NEW.frozen = 1 AND OLD.frozen = 0
BEGIN
    UPDATE matrix_versions SET frozen = 1
    WHERE frozen = 0
      AND id IN (SELECT matrix_version_id FROM agreement_matrices WHERE agreement_version_id = NEW.id);
END;
