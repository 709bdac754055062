//! The errors that cross to the UI and the CLI: a closed code the UI can translate, a message
//! from the catalogue (English until a front end asks for its reader's language, see
//! `ApiError::in_language`), and details that place each problem in a form or file.

use serde::{Deserialize, Serialize};

use pacta_core::matrix::{MatrixProblem, MatrixProblems};
use pacta_core::{Field, Problem, Problems};
use pacta_messages::{Locale, Messages};
use pacta_store::StoreError;

use crate::said;
use crate::said::{Part, Said};

/// Every kind of failure a front end may have to explain. Closed: the UI matches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Several problems; see `details`.
    ValidationFailed,
    Required,
    TooLong,
    InvalidEmail,
    UnknownCountry,
    InvalidWeight,
    ImpossibleDate,
    InvalidChoice,
    StatusBeforeJoined,
    StatusUnchanged,
    InvalidTime,
    UnknownTimeZone,
    EndBeforeStart,
    DuplicateName,
    DuplicateBody,
    NotFound,
    FileMissing,
    FileExists,
    NotAPactaFile,
    Corrupted,
    SchemaTooNew,
    FileLocked,
    MissingColumn,
    BadEncoding,
    UnreadableSpreadsheet,
    UnsupportedFormat,
    ImportHasErrors,
    /// A value of a closed column (kind, country, status, date, pillar) that the import's
    /// mapping cannot place; `details` name its row, column and value.
    UnplacedValue,
    /// An import mapping that does not fit the file (a column it names is missing, a column of
    /// the file it does not place, two columns for one target, a required target unfilled).
    MappingMismatch,
    /// A workbook or document protected by a password: Pacta cannot read it until the password
    /// is removed.
    ProtectedFile,
    /// A document that cannot be read: damaged, or refused as a zip bomb.
    UnreadableDocument,
    /// A vote that cannot be tallied (a ballot from a non-member, a proxy over the cap…) or a
    /// protocol the catalogue rules out.
    InvalidVote,
    /// A closed vote or a protocol version cannot be changed; a correction is a new record.
    Immutable,
    /// An agreement text that cannot be stored (a party named twice, a clause id reused…).
    InvalidAgreement,
    /// The lifecycle does not allow this move (signing a draft, reopening a signed text…).
    LifecycleRefused,
    /// Checks before signature are not met; `details` lists each finding.
    NotReadyToSign,
    /// A signature for an organisation that is not a party.
    NotAParty,
    /// A print or export in a language the agreement has no text in.
    MissingTranslation,
    /// Attendance or a meeting record that cannot be stored (a non-member, a proxy held by
    /// someone absent, a decision approving its own minutes…).
    InvalidMeeting,
    /// A responsibility matrix that cannot be stored (a letter other than R/A/C/I, a column
    /// for a non-member, an activity twice under one heading…); `details` places each by row.
    InvalidMatrix,
    /// A portable bundle that cannot be imported: not a bundle, an entry changed after it was
    /// made (the entry is in `details[0].value`), a newer format, a passphrase missing or wrong,
    /// or more than it may unpack to.
    InvalidBundle,
    /// The personal data of this representative were already erased.
    AlreadyErased,
    NoPartnershipOpen,
    /// The file is encrypted at rest: open it with its passphrase.
    PassphraseRequired,
    /// The passphrase given does not open the file (or it is not a Pacta file); nothing changed.
    WrongPassphrase,
    /// A value refused for a reason of its own (a passphrase too short, a file already
    /// protected…); the message and `details` say which.
    Invalid,
    /// A path the page handed over that the user did not choose in a file dialog (nor is it a
    /// recent partnership or inside the app's own folder): refused, nothing read or written.
    PathNotChosen,
    Io,
    Internal,
}

/// One problem, placed: by form field, or by file row and column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProblemDetail {
    pub code: ErrorCode,
    /// The sentence, in English until `in_language` says it in the reader's.
    pub message: String,
    pub field: Option<Field>,
    /// 1-based row of an import file, counting the header as row 1.
    pub row: Option<u32>,
    pub column: Option<String>,
    /// The offending value, for messages the UI writes in its own language.
    pub value: Option<String>,
    /// What `message` says, kept to say it again in another language; the page reads only
    /// `message`, so it does not cross.
    #[serde(skip)]
    said: Option<Box<Said>>,
}

/// What a failed call returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// The sentence, in English until `in_language` says it in the reader's.
    pub message: String,
    pub details: Vec<ProblemDetail>,
    /// What `message` says, kept to say it again in another language. Only a catalogue
    /// message makes an error, so no sentence is ever written in code.
    #[serde(skip)]
    said: Option<Box<Said>>,
}

fn english() -> &'static Messages {
    Messages::of(Locale::En)
}

impl ApiError {
    pub fn new(code: ErrorCode, said: Said) -> ApiError {
        ApiError::with_details(code, said, Vec::new())
    }

    pub fn with_details(code: ErrorCode, said: Said, details: Vec<ProblemDetail>) -> ApiError {
        ApiError {
            code,
            message: said.render(english()),
            details,
            said: Some(Box::new(said)),
        }
    }

    /// The error of one placed problem: its code and sentence, with the problem as its detail.
    pub fn of_detail(detail: ProblemDetail) -> ApiError {
        ApiError {
            code: detail.code,
            message: detail.message.clone(),
            said: detail.said.clone(),
            details: vec![detail],
        }
    }

    /// The error of several placed problems, its message theirs one after the other.
    pub fn joining(code: ErrorCode, details: Vec<ProblemDetail>) -> ApiError {
        let said = Said::joined(details.iter().filter_map(|d| d.said().cloned()).collect());
        ApiError::with_details(code, said, details)
    }

    /// The same error with its sentences in `messages`' language. One that came from elsewhere
    /// (deserialised) keeps the words it came with.
    pub fn in_language(mut self, messages: &Messages) -> ApiError {
        if let Some(said) = &self.said {
            self.message = said.render(messages);
        }
        self.details = self
            .details
            .into_iter()
            .map(|detail| detail.in_language(messages))
            .collect();
        self
    }

    /// What the message says, for tests and logs that check which sentence was chosen.
    pub fn said(&self) -> Option<&Said> {
        self.said.as_deref()
    }
}

impl ProblemDetail {
    pub fn new(code: ErrorCode, said: Said) -> ProblemDetail {
        ProblemDetail {
            code,
            message: said.render(english()),
            field: None,
            row: None,
            column: None,
            value: None,
            said: Some(Box::new(said)),
        }
    }

    pub fn for_field(mut self, field: Field) -> ProblemDetail {
        self.field = Some(field);
        self
    }

    pub fn at_row(mut self, row: Option<u32>) -> ProblemDetail {
        self.row = row;
        self
    }

    pub fn in_column(mut self, column: impl Into<String>) -> ProblemDetail {
        self.column = Some(column.into());
        self
    }

    pub fn with_value(mut self, value: impl Into<String>) -> ProblemDetail {
        self.value = Some(value.into());
        self
    }

    /// The same problem said otherwise; where it is placed stays.
    pub fn saying(mut self, said: Said) -> ProblemDetail {
        self.message = said.render(english());
        self.said = Some(Box::new(said));
        self
    }

    pub fn in_language(mut self, messages: &Messages) -> ProblemDetail {
        if let Some(said) = &self.said {
            self.message = said.render(messages);
        }
        self
    }

    pub fn said(&self) -> Option<&Said> {
        self.said.as_deref()
    }

    pub fn of_problem(problem: &Problem) -> ProblemDetail {
        let (code, value) = match problem {
            Problem::Required { .. } => (ErrorCode::Required, None),
            Problem::TooLong { length, .. } => (ErrorCode::TooLong, Some(length.to_string())),
            Problem::InvalidEmail { value } => (ErrorCode::InvalidEmail, Some(value.clone())),
            Problem::UnknownCountry { value } => (ErrorCode::UnknownCountry, Some(value.clone())),
            Problem::InvalidWeight { value } => (ErrorCode::InvalidWeight, Some(value.clone())),
            Problem::ImpossibleDate { value, .. } => {
                (ErrorCode::ImpossibleDate, Some(value.clone()))
            }
            Problem::InvalidChoice { value, .. } => (ErrorCode::InvalidChoice, Some(value.clone())),
            Problem::StatusBeforeJoined { joined_on, .. } => {
                (ErrorCode::StatusBeforeJoined, Some(joined_on.to_string()))
            }
            Problem::StatusUnchanged { status } => {
                (ErrorCode::StatusUnchanged, Some(status.clone()))
            }
            Problem::InvalidTime { value, .. } => (ErrorCode::InvalidTime, Some(value.clone())),
            Problem::UnknownTimeZone { value } => (ErrorCode::UnknownTimeZone, Some(value.clone())),
            Problem::EndBeforeStart { ends_at, .. } => {
                (ErrorCode::EndBeforeStart, Some(ends_at.clone()))
            }
        };
        ProblemDetail {
            value,
            ..ProblemDetail::new(code, problem_said(problem)).for_field(problem.field())
        }
    }
}

/// A form field as a sentence names it.
pub fn field_said(field: Field) -> Said {
    said!("error-field", field = field.code())
}

/// A validation problem as a sentence.
pub fn problem_said(problem: &Problem) -> Said {
    match problem {
        Problem::Required { field } => said!("error-required", field = field_said(*field)),
        Problem::TooLong { field, length, max } => said!(
            "error-too-long",
            field = field_said(*field),
            length = *length,
            max = *max
        ),
        Problem::InvalidEmail { value } => said!("error-invalid-email", value = value),
        Problem::UnknownCountry { value } => said!("error-unknown-country", value = value),
        Problem::InvalidWeight { value } => said!("error-invalid-weight", value = value),
        Problem::ImpossibleDate { value, .. } => said!("error-impossible-date", value = value),
        Problem::InvalidChoice { field, value } => said!(
            "error-invalid-choice",
            field = field_said(*field),
            value = value
        ),
        Problem::StatusBeforeJoined {
            effective_on,
            joined_on,
        } => said!(
            "error-status-before-joined",
            effective_on = effective_on.to_string(),
            joined_on = joined_on.to_string()
        ),
        Problem::StatusUnchanged { status } => said!("error-status-unchanged", status = status),
        Problem::InvalidTime { value, .. } => said!("error-invalid-time", value = value),
        Problem::UnknownTimeZone { value } => said!("error-unknown-time-zone", value = value),
        Problem::EndBeforeStart { starts_at, ends_at } => said!(
            "error-end-before-start",
            starts_at = starts_at,
            ends_at = ends_at
        ),
    }
}

impl From<Problems> for ApiError {
    fn from(problems: Problems) -> ApiError {
        let details: Vec<ProblemDetail> =
            problems.0.iter().map(ProblemDetail::of_problem).collect();
        let code = match details.as_slice() {
            [only] => only.code,
            _ => ErrorCode::ValidationFailed,
        };
        let said = Said::joined(problems.0.iter().map(problem_said).collect());
        ApiError::with_details(code, said, details)
    }
}

impl From<Problem> for ApiError {
    fn from(problem: Problem) -> ApiError {
        ApiError::from(Problems(vec![problem]))
    }
}

/// `Internal`: a document (PDF, Word) could not be made; `detail` is the renderer's own word.
pub fn render_failed(detail: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        said!("error-render", detail = detail.to_string()),
    )
}

/// `Internal`: something that should not fail did (a worker thread lost, a value that does
/// not serialise); `detail` is the system's own word.
pub fn internal(detail: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        said!("error-internal", detail = detail.to_string()),
    )
}

/// A person named as a representative of an organisation they do not represent (a signatory,
/// someone attending for a member): `InvalidChoice` on the representative's name.
pub fn not_a_representative(person: &str, organisation: &str) -> ApiError {
    let said = said!(
        "error-not-a-representative",
        person = person,
        organisation = organisation
    );
    ApiError::of_detail(
        ProblemDetail::new(ErrorCode::InvalidChoice, said)
            .for_field(Field::RepresentativeName)
            .with_value(person),
    )
}

/// A file that could not be read or written, with the system's reason in the reader's words
/// when it is a common one (and in the system's words otherwise).
pub fn io_said(path: impl Into<Part>, error: &std::io::Error) -> Said {
    use std::io::ErrorKind;
    let reason = match error.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::AlreadyExists => "already-exists",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::ReadOnlyFilesystem => "read-only",
        _ => "other",
    };
    said!(
        "error-io",
        path = path,
        reason = reason,
        detail = error.to_string()
    )
}

/// An `Io` error about `path`.
pub fn io_error(path: impl Into<Part>, error: &std::io::Error) -> ApiError {
    ApiError::new(ErrorCode::Io, io_said(path, error))
}

/// The refusals the file's own triggers write (`RAISE(ABORT, …)` in the store's migrations),
/// each with the catalogue message that says it. A refusal missing here still reads, in
/// general words.
const TRIGGER_REFUSALS: &[(&str, &str)] = &[
    (
        "a closed vote cannot be changed; record a correction",
        "error-frozen-vote-changed",
    ),
    (
        "a closed vote cannot be deleted; record a correction",
        "error-frozen-vote-deleted",
    ),
    (
        "a decision cannot be changed; record a new decision",
        "error-frozen-decision-changed",
    ),
    (
        "a decision of approved minutes cannot be removed",
        "error-frozen-decision-removed",
    ),
    (
        "a matrix annexed to a signed agreement cannot be changed; start a new version",
        "error-frozen-matrix-changed",
    ),
    (
        "a matrix annexed to a signed agreement cannot be deleted; start a new version",
        "error-frozen-matrix-deleted",
    ),
    (
        "a matrix annexed to a signed agreement cannot be removed; record an amendment",
        "error-frozen-annex-removed",
    ),
    (
        "a matrix cannot be annexed to a signed agreement; record an amendment",
        "error-frozen-annex-added",
    ),
    (
        "the matrices annexed to a signed agreement cannot be changed; record an amendment",
        "error-frozen-annexes-changed",
    ),
    (
        "a meeting paper cannot be changed; attach a new one",
        "error-frozen-meeting-paper",
    ),
    (
        "a meeting with approved minutes cannot be deleted",
        "error-frozen-meeting-deleted",
    ),
    (
        "a paper attached to a signed version cannot be removed",
        "error-frozen-signed-paper",
    ),
    (
        "a paper of approved minutes cannot be removed",
        "error-frozen-minutes-paper",
    ),
    (
        "a protocol version cannot be changed; save a new version",
        "error-frozen-protocol-changed",
    ),
    (
        "a protocol version cannot be deleted",
        "error-frozen-protocol-deleted",
    ),
    (
        "a redaction cannot be changed",
        "error-frozen-redaction-changed",
    ),
    (
        "a redaction cannot be removed",
        "error-frozen-redaction-removed",
    ),
    ("a salt cannot be changed", "error-frozen-salt"),
    ("a seal cannot be changed", "error-frozen-seal-changed"),
    ("a seal cannot be removed", "error-frozen-seal-removed"),
    (
        "a signed version cannot be changed; record an amendment",
        "error-frozen-signed-changed",
    ),
    (
        "a signed version cannot be deleted; record an amendment",
        "error-frozen-signed-deleted",
    ),
    ("activity is append-only", "error-frozen-activity"),
    (
        "an action item of approved minutes keeps its terms; add a note",
        "error-frozen-action-item",
    ),
    (
        "an attached paper cannot be changed; attach a new one",
        "error-frozen-paper",
    ),
    (
        "an attestation cannot be changed",
        "error-frozen-attestation-changed",
    ),
    (
        "an attestation cannot be removed",
        "error-frozen-attestation-removed",
    ),
    (
        "an erasure cannot be changed",
        "error-frozen-erasure-changed",
    ),
    (
        "an erasure cannot be removed",
        "error-frozen-erasure-removed",
    ),
    (
        "an erratum cannot be changed; record another",
        "error-frozen-erratum-changed",
    ),
    (
        "an erratum cannot be removed",
        "error-frozen-erratum-removed",
    ),
    (
        "approved minutes cannot be changed; record an erratum",
        "error-frozen-minutes",
    ),
    (
        "the people of a seal cannot be changed",
        "error-frozen-seal-people-changed",
    ),
    (
        "the people of a seal cannot be removed",
        "error-frozen-seal-people-removed",
    ),
    (
        "the signatures of a signed version cannot be changed",
        "error-frozen-signatures-changed",
    ),
    (
        "the signatures of a signed version cannot be removed",
        "error-frozen-signatures-removed",
    ),
];

fn trigger_said(refusal: &str) -> Said {
    let id = TRIGGER_REFUSALS
        .iter()
        .find(|(text, _)| *text == refusal)
        .map_or("error-frozen", |(_, id)| id);
    Said::new(id)
}

/// What SQLite said when it refused a row: one of the file's own guards in the reader's
/// words, or SQLite's own words otherwise (a constraint, a type).
pub fn refusal_said(refusal: &str) -> Said {
    match TRIGGER_REFUSALS.iter().find(|(text, _)| *text == refusal) {
        Some((_, id)) => Said::new(id),
        None => said!("error-detail", detail = refusal),
    }
}

/// A store error as a sentence.
pub fn store_said(error: &StoreError) -> Said {
    match error {
        StoreError::FileMissing { path } => said!("error-file-missing", path = path),
        StoreError::FileExists { path } => said!("error-file-exists", path = path),
        StoreError::NotAPactaFile { path } => said!("error-not-a-pacta-file", path = path),
        StoreError::Corrupted { path, detail } => {
            said!("error-corrupted", path = path, detail = detail)
        }
        StoreError::SchemaTooNew {
            path,
            found,
            supported,
        } => said!(
            "error-schema-too-new",
            path = path,
            found = *found,
            supported = *supported
        ),
        StoreError::FileLocked { path } => said!("error-file-locked", path = path),
        StoreError::PassphraseRequired { path } => {
            said!("error-passphrase-required", path = path)
        }
        StoreError::WrongPassphrase { path } => said!("error-wrong-passphrase", path = path),
        StoreError::NotFound { kind, id } => {
            // Variant keys cannot hold spaces; the one long kind gets a short key.
            let kind = match *kind {
                "matrix version annexed to this agreement version" => "annexed-matrix".to_owned(),
                kind => kind.replace(' ', "-"),
            };
            said!("error-not-found", kind = kind, id = *id)
        }
        StoreError::DuplicateName { name } => said!("error-duplicate-name", name = name),
        StoreError::DuplicateBody { what, value } => {
            said!("error-duplicate-body", what = *what, value = value)
        }
        StoreError::DuplicateMembership { organisation, body } => said!(
            "error-duplicate-membership",
            organisation = organisation,
            body = body
        ),
        StoreError::AlreadyErased { id, at } => said!("error-already-erased", id = *id, at = at),
        StoreError::Immutable(refusal) => trigger_said(refusal),
        StoreError::Migration(detail) => said!("error-migration", detail = detail),
        StoreError::Io { path, source } => io_said(path, source),
        StoreError::Sqlite(error) => said!("error-database", detail = error.to_string()),
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        let said = store_said(&error);
        let (code, field) = match &error {
            StoreError::FileMissing { .. } => (ErrorCode::FileMissing, None),
            StoreError::FileExists { .. } => (ErrorCode::FileExists, None),
            StoreError::NotAPactaFile { .. } => (ErrorCode::NotAPactaFile, None),
            StoreError::Corrupted { .. } => (ErrorCode::Corrupted, None),
            StoreError::SchemaTooNew { .. } => (ErrorCode::SchemaTooNew, None),
            StoreError::FileLocked { .. } => (ErrorCode::FileLocked, None),
            StoreError::PassphraseRequired { .. } => (ErrorCode::PassphraseRequired, None),
            StoreError::WrongPassphrase { .. } => (ErrorCode::WrongPassphrase, None),
            StoreError::NotFound { .. } => (ErrorCode::NotFound, None),
            StoreError::DuplicateName { .. } => (ErrorCode::DuplicateName, Some(Field::Name)),
            StoreError::DuplicateBody { what: "code", .. } => {
                (ErrorCode::DuplicateBody, Some(Field::BodyCode))
            }
            StoreError::DuplicateBody { .. } => (ErrorCode::DuplicateBody, Some(Field::BodyName)),
            StoreError::DuplicateMembership { .. } => (ErrorCode::DuplicateBody, None),
            StoreError::Io { .. } => (ErrorCode::Io, None),
            StoreError::Immutable(_) => (ErrorCode::Immutable, None),
            StoreError::AlreadyErased { .. } => (ErrorCode::AlreadyErased, None),
            StoreError::Migration(_) | StoreError::Sqlite(_) => (ErrorCode::Internal, None),
        };
        match field {
            Some(field) => ApiError::of_detail(ProblemDetail::new(code, said).for_field(field)),
            None => ApiError::new(code, said),
        }
    }
}

/// A structural problem of a matrix as a sentence.
pub fn matrix_problem_said(problem: &MatrixProblem) -> Said {
    match problem {
        MatrixProblem::NoTitle => Said::new("error-matrix-no-title"),
        MatrixProblem::TitleTooLong { length } => {
            said!("error-matrix-title-too-long", length = *length)
        }
        MatrixProblem::EmptyLabel { row } => said!("error-matrix-empty-label", row = *row),
        MatrixProblem::DuplicateActivity {
            row,
            heading,
            label,
        } => said!(
            "error-matrix-duplicate-activity",
            row = *row,
            heading = heading,
            label = label
        ),
        MatrixProblem::DuplicateActivityId { row } => {
            said!("error-matrix-duplicate-activity-id", row = *row)
        }
        MatrixProblem::DuplicateParty { name, .. } => {
            said!("error-matrix-duplicate-party", name = name)
        }
        MatrixProblem::CellOutsideParties {
            row,
            organisation_id,
        } => said!(
            "error-matrix-cell-outside-parties",
            row = *row,
            organisation = *organisation_id
        ),
        MatrixProblem::TwoLettersInOneCell {
            row,
            organisation_id,
        } => said!(
            "error-matrix-two-letters",
            row = *row,
            organisation = *organisation_id
        ),
        MatrixProblem::ZeroThreshold => Said::new("error-matrix-zero-threshold"),
        MatrixProblem::ZeroDuration { row } => said!("error-matrix-zero-duration", row = *row),
        MatrixProblem::NotAMember {
            organisation_id,
            name,
        } => said!(
            "error-matrix-not-a-member",
            organisation = *organisation_id,
            name = name
        ),
    }
}

impl From<MatrixProblems> for ApiError {
    fn from(problems: MatrixProblems) -> ApiError {
        let details = problems
            .0
            .iter()
            .map(|problem| {
                ProblemDetail::new(ErrorCode::InvalidMatrix, matrix_problem_said(problem))
                    .at_row(problem.row().and_then(|row| u32::try_from(row).ok()))
            })
            .collect();
        let said = Said::joined(problems.0.iter().map(matrix_problem_said).collect());
        ApiError::with_details(ErrorCode::InvalidMatrix, said, details)
    }
}
