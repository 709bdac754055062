//! The errors that cross to the UI and the CLI: a closed code the UI can translate, an
//! English message for logs and the CLI, and details that place each problem in a form or file.

use serde::{Deserialize, Serialize};

use pacta_core::matrix::MatrixProblems;
use pacta_core::{Field, Problem, Problems};
use pacta_store::StoreError;

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
    pub message: String,
    pub field: Option<Field>,
    /// 1-based row of an import file, counting the header as row 1.
    pub row: Option<u32>,
    pub column: Option<String>,
    /// The offending value, for messages the UI writes in its own language.
    pub value: Option<String>,
}

/// What a failed call returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub details: Vec<ProblemDetail>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            details: Vec::new(),
        }
    }

    pub fn with_details(
        code: ErrorCode,
        message: impl Into<String>,
        details: Vec<ProblemDetail>,
    ) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            details,
        }
    }
}

impl ProblemDetail {
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
            code,
            message: problem.to_string(),
            field: Some(problem.field()),
            row: None,
            column: None,
            value,
        }
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
        ApiError::with_details(code, problems.to_string(), details)
    }
}

impl From<Problem> for ApiError {
    fn from(problem: Problem) -> ApiError {
        ApiError::from(Problems(vec![problem]))
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        let message = error.to_string();
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
        let details = field
            .map(|field| {
                vec![ProblemDetail {
                    code,
                    message: message.clone(),
                    field: Some(field),
                    row: None,
                    column: None,
                    value: None,
                }]
            })
            .unwrap_or_default();
        ApiError::with_details(code, message, details)
    }
}

impl From<MatrixProblems> for ApiError {
    fn from(problems: MatrixProblems) -> ApiError {
        let details = problems
            .0
            .iter()
            .map(|problem| ProblemDetail {
                code: ErrorCode::InvalidMatrix,
                message: problem.to_string(),
                field: None,
                row: problem.row().and_then(|row| u32::try_from(row).ok()),
                column: None,
                value: None,
            })
            .collect();
        ApiError::with_details(ErrorCode::InvalidMatrix, problems.to_string(), details)
    }
}
