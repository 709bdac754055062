use std::path::Path;

/// Everything the store can refuse or fail at.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} does not exist")]
    FileMissing { path: String },
    #[error("{path} already exists; choose another name")]
    FileExists { path: String },
    #[error("{path} is not a Pacta partnership file")]
    NotAPactaFile { path: String },
    #[error("{path} is damaged: {detail}")]
    Corrupted { path: String, detail: String },
    #[error("{path} was saved by a newer version of Pacta (schema {found}; this version reads up to {supported}); it was left untouched")]
    SchemaTooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("{path} is already open in another Pacta window or program")]
    FileLocked { path: String },
    /// The file is encrypted (SQLCipher) and no passphrase was given.
    #[error("{path} is protected with a passphrase")]
    PassphraseRequired { path: String },
    /// SQLCipher could not read the first page with the passphrase given: a wrong passphrase
    /// and a file that is not a database at all cannot be told apart.
    #[error("The passphrase does not open {path} (or it is not a Pacta file)")]
    WrongPassphrase { path: String },
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: i64 },
    #[error("an organisation named “{name}” is already in the registry")]
    DuplicateName { name: String },
    #[error("a body with the {what} “{value}” already exists")]
    DuplicateBody { what: &'static str, value: String },
    #[error("{organisation} already sits in {body}")]
    DuplicateMembership { organisation: String, body: String },
    #[error("the personal data of representative {id} were already erased on {at}")]
    AlreadyErased { id: i64, at: String },
    /// A closed vote, a protocol version or the activity log refused a change (SQLite trigger).
    #[error("{0}")]
    Immutable(String),
    #[error("could not update the file's structure: {0}")]
    Migration(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.display().to_string(),
            source,
        }
    }

    /// What the app's log may say of this error: the system's reason without the path (a
    /// folder names the user's home) and without any value from the file (a name, a
    /// refusal quoting one): I/O and SQLite failures say their cause, the rest their kind.
    pub fn for_log(&self) -> String {
        let kind = match self {
            StoreError::Io { source, .. } => return source.to_string(),
            StoreError::Sqlite(error) => return error.to_string(),
            StoreError::FileMissing { .. } => "file missing",
            StoreError::FileExists { .. } => "file exists",
            StoreError::NotAPactaFile { .. } => "not a Pacta file",
            StoreError::Corrupted { .. } => "corrupted",
            StoreError::SchemaTooNew { .. } => "schema too new",
            StoreError::FileLocked { .. } => "file locked",
            StoreError::PassphraseRequired { .. } => "passphrase required",
            StoreError::WrongPassphrase { .. } => "wrong passphrase",
            StoreError::NotFound { .. } => "not found",
            StoreError::DuplicateName { .. } => "duplicate name",
            StoreError::DuplicateBody { .. } => "duplicate body",
            StoreError::DuplicateMembership { .. } => "duplicate membership",
            StoreError::AlreadyErased { .. } => "already erased",
            StoreError::Immutable(_) => "immutable",
            StoreError::Migration(_) => "migration failed",
        };
        kind.to_string()
    }
}

/// A trigger's refusal becomes `Immutable` with its message; anything else stays as it is.
pub(crate) fn refusal(error: rusqlite::Error) -> StoreError {
    match &error {
        rusqlite::Error::SqliteFailure(code, Some(message))
            if code.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER =>
        {
            StoreError::Immutable(message.clone())
        }
        _ => StoreError::Sqlite(error),
    }
}

/// True when SQLite refused a write because a UNIQUE constraint failed.
pub(crate) fn is_unique_violation(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(code, _)
            if code.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}
