//! Files protected with a passphrase from the command line: every command opens them through
//! `open`, with the passphrase from `--passphrase-file FILE` (its first line) or the
//! environment variable `PACTA_PASSPHRASE`; and `pacta protect`, `pacta change-passphrase`,
//! `pacta unprotect`, whose new passphrase comes from `--new-passphrase-file FILE` or
//! `PACTA_NEW_PASSPHRASE`. A passphrase is never taken as a plain argument (it would be in the
//! shell's history and in the process list) and never printed.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pacta_api::{protection, said, ApiError, Clock, ErrorCode, Partnership, Passphrase};
use zeroize::Zeroizing;

pub(crate) const PASSPHRASE_VAR: &str = "PACTA_PASSPHRASE";
pub(crate) const NEW_PASSPHRASE_VAR: &str = "PACTA_NEW_PASSPHRASE";

/// The global `--passphrase-file`, set once by `main` before any command runs.
static PASSPHRASE_FILE: OnceLock<Option<PathBuf>> = OnceLock::new();

pub(crate) fn set_passphrase_file(file: Option<PathBuf>) {
    // `set` hands the value back when it was set already: nothing failed.
    let _ = PASSPHRASE_FILE.set(file);
}

/// The passphrase given for the partnership file, if any: `--passphrase-file` first (it was
/// asked for on this very command line), then `PACTA_PASSPHRASE`.
pub(crate) fn passphrase() -> Result<Option<Passphrase>, ApiError> {
    let file = PASSPHRASE_FILE.get().and_then(Option::as_deref);
    given(file, PASSPHRASE_VAR)
}

fn given(file: Option<&Path>, variable: &str) -> Result<Option<Passphrase>, ApiError> {
    if let Some(file) = file {
        return first_line(file).map(Some);
    }
    Ok(std::env::var(variable)
        .ok()
        .map(Zeroizing::new)
        .filter(|value| !value.is_empty())
        .map(|value| Passphrase::new(value.as_str())))
}

/// The first line of `file`, without its line ending.
fn first_line(file: &Path) -> Result<Passphrase, ApiError> {
    let read = std::fs::read_to_string(file)
        .map(Zeroizing::new)
        .map_err(|error| {
            ApiError::new(
                ErrorCode::Io,
                said!(
                    "error-cli-passphrase-file",
                    file = file,
                    reason = pacta_api::error::io_said(file, &error)
                ),
            )
        })?;
    let line = read.lines().next().unwrap_or_default();
    if line.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            said!("error-cli-passphrase-file-empty", file = file),
        ));
    }
    Ok(Passphrase::new(line))
}

/// Opens the partnership file, with the passphrase when one was given. A protected file
/// without one is refused with the way to give it.
pub(crate) fn open(db: &Path) -> Result<Partnership, ApiError> {
    let mut partnership = match passphrase()? {
        Some(passphrase) => Partnership::open_protected(db, Clock::System, passphrase),
        None => Partnership::open(db, Clock::System).map_err(|error| explain(db, error)),
    }?;
    partnership.set_locale(crate::language::locale());
    Ok(partnership)
}

/// Opens the file, creating it with `name` when it does not exist yet.
pub(crate) fn open_or_create(db: &Path, name: &str) -> Result<Partnership, ApiError> {
    if db.exists() {
        open(db)
    } else {
        let mut partnership = Partnership::open_or_create(db, name, Clock::System)?;
        partnership.set_locale(crate::language::locale());
        Ok(partnership)
    }
}

/// `PassphraseRequired`, said with what to do about it on the command line.
pub(crate) fn explain(db: &Path, error: ApiError) -> ApiError {
    if error.code != ErrorCode::PassphraseRequired {
        return error;
    }
    ApiError::new(
        ErrorCode::PassphraseRequired,
        said!(
            "error-cli-passphrase-required",
            path = db,
            variable = PASSPHRASE_VAR
        ),
    )
}

fn new_passphrase(file: Option<&Path>) -> Result<Passphrase, ApiError> {
    given(file, NEW_PASSPHRASE_VAR)?.ok_or_else(|| {
        ApiError::new(
            ErrorCode::Required,
            said!("error-cli-no-new-passphrase", variable = NEW_PASSPHRASE_VAR),
        )
    })
}

fn current_passphrase(db: &Path) -> Result<Passphrase, ApiError> {
    passphrase()?.ok_or_else(|| {
        ApiError::new(
            ErrorCode::Required,
            said!(
                "error-cli-current-passphrase",
                path = db,
                variable = PASSPHRASE_VAR
            ),
        )
    })
}

/// `pacta protect`: encrypts the file with the new passphrase.
pub(crate) fn protect(db: &Path, new_file: Option<&Path>) -> Result<(), ApiError> {
    let new = new_passphrase(new_file)?;
    let mut partnership = open(db)?;
    protection::protect(&mut partnership, new)?;
    partnership.close()?;
    println!(
        "{} is now protected with a passphrase (encrypted at rest).\n\
         Earlier backups and copies of it are not: delete them or keep them safe.\n\
         Without the passphrase the file cannot be opened by anyone, including you.",
        db.display()
    );
    Ok(())
}

/// `pacta change-passphrase`: re-encrypts the file with the new passphrase.
pub(crate) fn change(db: &Path, new_file: Option<&Path>) -> Result<(), ApiError> {
    let current = current_passphrase(db)?;
    let new = new_passphrase(new_file)?;
    let mut partnership = open(db)?;
    protection::change_passphrase(&mut partnership, current, new)?;
    partnership.close()?;
    println!(
        "changed the passphrase of {}.\n\
         Backups taken before still open with the old passphrase only.",
        db.display()
    );
    Ok(())
}

/// `pacta unprotect`: turns the file back into a plain SQLite file.
pub(crate) fn unprotect(db: &Path) -> Result<(), ApiError> {
    let current = current_passphrase(db)?;
    let mut partnership = open(db)?;
    protection::unprotect(&mut partnership, current)?;
    partnership.close()?;
    println!(
        "{} is no longer protected: it is a plain SQLite file again.",
        db.display()
    );
    Ok(())
}
