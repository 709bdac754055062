//! The open partnership, shared by the commands.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

use pacta_api::backup::{self, RestoreSummary};
use pacta_api::{said, ApiError, ApiResult, Clock, ErrorCode, Partnership, Passphrase, Said};
use pacta_messages::{Locale, Messages};
use serde::{Deserialize, Serialize};

use crate::startup::Startup;
use crate::{logging, recent_files};

pub struct AppState {
    partnership: Arc<Mutex<Option<Partnership>>>,
    /// Why the file asked for at start-up could not be opened, for the welcome screen.
    startup_error: Mutex<Option<ApiError>>,
    /// The file asked for at start-up when it could not be opened: restoring a backup over a
    /// damaged file is how it is repaired.
    failed_file: Mutex<Option<PathBuf>>,
    /// Set while an automatic backup runs, so that two are never written at once.
    pub automatic_running: AtomicBool,
    automatic_failure: Mutex<Option<ApiError>>,
    /// A protected file waiting for its passphrase: locked after idle time (or Lock now), or
    /// asked to be opened. Only its path is kept, never the passphrase.
    passphrase_request: Mutex<Option<PassphraseRequest>>,
    /// The language the window speaks, for the sentences Rust writes (explanations, meanings).
    locale: Mutex<Locale>,
    pub data_dir: PathBuf,
}

/// A protected partnership file the window asks the passphrase of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PassphraseRequest {
    pub path: String,
    /// The file's name without its folder or extension, as the prompt names it.
    pub file_name: String,
    pub reason: PassphraseReason,
}

/// Why the passphrase is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PassphraseReason {
    /// The file was asked to be opened (at start-up, from the menu or the File page).
    Opening,
    /// The open file was locked: closed after idle time or by Lock now.
    Locked,
}

impl PassphraseRequest {
    pub fn new(path: &Path, reason: PassphraseReason) -> PassphraseRequest {
        PassphraseRequest {
            path: path.display().to_string(),
            file_name: default_name(path),
            reason,
        }
    }
}

impl AppState {
    pub fn new(data_dir: PathBuf) -> AppState {
        AppState {
            partnership: Arc::new(Mutex::new(None)),
            startup_error: Mutex::new(None),
            failed_file: Mutex::new(None),
            automatic_running: AtomicBool::new(false),
            automatic_failure: Mutex::new(None),
            passphrase_request: Mutex::new(None),
            locale: Mutex::new(Locale::En),
            data_dir,
        }
    }

    /// Opens the requested file, else the last one used, else the default (created if new).
    pub fn open_at_startup(&self, startup: &Startup) {
        let (path, outcome) = match &startup.requested {
            Some(path) if path.exists() => (path.clone(), self.open(path)),
            Some(path) => (path.clone(), self.create(path, &default_name(path))),
            None => {
                let last = recent_files::load(&self.data_dir)
                    .into_iter()
                    .map(PathBuf::from)
                    .find(|p| p.exists());
                match last {
                    Some(path) => {
                        let outcome = self.open(&path);
                        (path, outcome)
                    }
                    None => {
                        let path = startup.default_file();
                        let outcome = if path.exists() {
                            self.open(&path)
                        } else {
                            self.create(&path, "My partnership")
                        };
                        (path, outcome)
                    }
                }
            }
        };
        // A protected file is not damaged: it waits for its passphrase (see `open`).
        let needs_passphrase = outcome
            .as_ref()
            .is_err_and(|error| error.code == ErrorCode::PassphraseRequired);
        if outcome.is_err() && path.exists() && !needs_passphrase {
            *lock(&self.failed_file) = Some(path);
        }
        *lock(&self.startup_error) = outcome.err();
    }

    /// Opens a file; a protected one is left waiting for its passphrase (the page asks it, see
    /// `passphrase_request`) and its `PassphraseRequired` error returned.
    #[track_caller]
    pub fn open(&self, path: &Path) -> ApiResult<()> {
        let caller = std::panic::Location::caller();
        match Partnership::open(path, Clock::System) {
            Ok(partnership) => self.spoken(self.replace(partnership)),
            Err(error) => {
                if error.code == ErrorCode::PassphraseRequired {
                    *lock(&self.passphrase_request) =
                        Some(PassphraseRequest::new(path, PassphraseReason::Opening));
                }
                Err(self.refused(&logging::at(caller), error))
            }
        }
    }

    /// Opens a protected file with its passphrase, off the UI thread (deriving the key takes a
    /// moment on purpose). A wrong passphrase leaves everything as it was, the request included.
    pub async fn open_protected(&self, path: PathBuf, passphrase: Passphrase) -> ApiResult<()> {
        let partnership = tauri::async_runtime::spawn_blocking(move || {
            Partnership::open_protected(&path, Clock::System, passphrase)
        })
        .await
        .map_err(internal)
        .and_then(|opened| opened)
        .map_err(|error| self.refused("open_protected", error))?;
        self.spoken(self.replace(partnership))
    }

    /// Locks the open file: closes it cleanly (its write-ahead log folded back in) and keeps
    /// only its path, so that nothing of it stays in memory until its passphrase is given
    /// again. Only a protected file can be locked: anyone could reopen a plain one.
    pub async fn lock(&self) -> ApiResult<PassphraseRequest> {
        let shared = Arc::clone(&self.partnership);
        let request = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let partnership = guard.as_ref().ok_or_else(nothing_open)?;
            if !partnership.is_protected() {
                return Err(ApiError::new(
                    ErrorCode::Invalid,
                    said!("error-lock-unprotected", path = &partnership.path()),
                ));
            }
            let path = partnership.path();
            if let Some(open) = guard.take() {
                // Closed either way: a failed checkpoint leaves the log beside the file, where
                // the next opening folds it in.
                if let Err(error) = open.close() {
                    tracing::warn!(code = ?error.code, "the locked file did not close cleanly");
                }
            }
            Ok(PassphraseRequest::new(&path, PassphraseReason::Locked))
        })
        .await
        .map_err(internal)
        .and_then(|locked| locked)
        .map_err(|error| self.refused("lock", error))?;
        tracing::info!(
            file = %logging::file_name(Path::new(&request.path)),
            "partnership file locked"
        );
        *lock(&self.passphrase_request) = Some(request.clone());
        Ok(request)
    }

    /// The protected file waiting for its passphrase, if any.
    pub fn passphrase_request(&self) -> Option<PassphraseRequest> {
        lock(&self.passphrase_request).clone()
    }

    /// Forgets the file waiting for its passphrase (the user chose not to open it).
    pub fn dismiss_passphrase_request(&self) {
        *lock(&self.passphrase_request) = None;
    }

    /// Whether the open file is protected with a passphrase (for the menu's Lock now).
    pub fn is_protected(&self) -> bool {
        lock(&self.partnership)
            .as_ref()
            .is_some_and(Partnership::is_protected)
    }

    #[track_caller]
    pub fn create(&self, path: &Path, name: &str) -> ApiResult<()> {
        self.spoken(self.create_in_english(path, name))
    }

    fn create_in_english(&self, path: &Path, name: &str) -> ApiResult<()> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|error| pacta_api::error::io_error(parent, &error))?;
        }
        let partnership = Partnership::create(path, name, Clock::System)?;
        self.replace(partnership)
    }

    fn replace(&self, partnership: Partnership) -> ApiResult<()> {
        tracing::info!(
            file = %logging::file_name(&partnership.path()),
            protected = partnership.is_protected(),
            "partnership file opened"
        );
        recent_files::remember(&self.data_dir, &partnership.path());
        let previous = lock(&self.partnership).replace(partnership);
        *lock(&self.startup_error) = None;
        *lock(&self.failed_file) = None;
        *lock(&self.passphrase_request) = None;
        match previous {
            Some(previous) => close_logged(previous),
            None => Ok(()),
        }
    }

    /// Closes the open file cleanly (its write-ahead log folded back in).
    pub fn close(&self) {
        if let Some(partnership) = lock(&self.partnership).take() {
            // The window is going: nobody to tell but the log.
            if let Err(error) = close_logged(partnership) {
                tracing::warn!(code = ?error.code, "the partnership file did not close cleanly");
            }
        }
    }

    /// Why the file asked for at start-up could not be opened, in the window's language.
    pub fn startup_error(&self) -> Option<ApiError> {
        let error = lock(&self.startup_error).clone();
        error.map(|error| self.speak(error))
    }

    /// Speaks `locale` from now on, in every file opened.
    pub fn set_locale(&self, locale: Locale) {
        *lock(&self.locale) = locale;
    }

    pub fn locale(&self) -> Locale {
        *lock(&self.locale)
    }

    /// `error` in the window's language: every error that reaches the page goes through
    /// here (or through `with`, which does it too).
    pub fn speak(&self, error: ApiError) -> ApiError {
        error.in_language(Messages::of(self.locale()))
    }

    /// `result` with its error, if any, in the window's language; the error is logged (its
    /// code, and where it was returned from).
    #[track_caller]
    pub fn spoken<T>(&self, result: ApiResult<T>) -> ApiResult<T> {
        let caller = std::panic::Location::caller();
        result.map_err(|error| self.refused(&logging::at(caller), error))
    }

    /// `error` logged (its code and `origin`, never its sentence) and in the window's language.
    pub(crate) fn refused(&self, origin: &str, error: ApiError) -> ApiError {
        logging::refusal(origin, &error);
        self.speak(error)
    }

    /// Runs `work` on the open partnership off the UI thread.
    pub async fn with<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Partnership) -> ApiResult<T> + Send + 'static,
    {
        let shared = Arc::clone(&self.partnership);
        let locale = self.locale();
        let done = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let partnership = guard.as_mut().ok_or_else(nothing_open)?;
            partnership.set_locale(locale);
            work(partnership)
        })
        .await
        .map_err(internal)
        .and_then(|done| done);
        done.map_err(|error| {
            logging::refusal(logging::operation::<F>(), &error);
            error.in_language(Messages::of(locale))
        })
    }

    /// Where automatic backups go: `<data dir>/backups/<file stem>/`.
    pub fn backups_root(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    /// The file a restore replaces: the open one, else the one that failed to open.
    pub fn restore_target(&self) -> Option<PathBuf> {
        let open = lock(&self.partnership).as_ref().map(Partnership::path);
        open.or_else(|| lock(&self.failed_file).clone())
    }

    /// Why the last automatic backup failed, in the window's language.
    pub fn automatic_failure(&self) -> Option<ApiError> {
        let failure = lock(&self.automatic_failure).clone();
        failure.map(|error| self.speak(error))
    }

    pub fn set_automatic_failure(&self, failure: Option<ApiError>) {
        *lock(&self.automatic_failure) = failure;
    }

    /// Replaces the open file (or the one that failed to open) with a backup, off the UI
    /// thread; see `backup::restore_open`.
    pub async fn restore(&self, backup: PathBuf) -> ApiResult<RestoreSummary> {
        let shared = Arc::clone(&self.partnership);
        let failed = lock(&self.failed_file).clone();
        let backup_name = logging::file_name(&backup);
        let summary = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let current = guard
                .as_ref()
                .map(Partnership::path)
                .or(failed)
                .ok_or_else(nothing_open)?;
            backup::restore_open(&mut guard, &current, &backup, Clock::System)
        })
        .await
        .map_err(internal)
        .and_then(|restored| restored)
        .map_err(|error| self.refused("restore", error))?;
        tracing::info!(
            file = %logging::file_name(Path::new(&summary.path)),
            backup = %backup_name,
            "backup restored over the partnership file"
        );
        recent_files::remember(&self.data_dir, Path::new(&summary.path));
        *lock(&self.startup_error) = None;
        *lock(&self.failed_file) = None;
        Ok(summary)
    }

    /// The open partnership's name, read on the calling thread (for the window title).
    pub fn partnership_name(&self) -> Option<String> {
        lock(&self.partnership)
            .as_ref()
            .and_then(|p| p.info().ok())
            .map(|info| info.name)
    }
}

/// Closes `partnership`, and logs that it did (by file name).
fn close_logged(partnership: Partnership) -> ApiResult<()> {
    let file = logging::file_name(&partnership.path());
    let closed = partnership.close();
    tracing::info!(%file, clean = closed.is_ok(), "partnership file closed");
    closed
}

pub(crate) fn nothing_open() -> ApiError {
    ApiError::new(
        ErrorCode::NoPartnershipOpen,
        Said::new("error-nothing-open"),
    )
}

/// A worker thread that did not come back (it panicked or was cancelled).
pub(crate) fn internal(error: tauri::Error) -> ApiError {
    pacta_api::error::internal(error)
}

/// A poisoned lock only means an earlier command panicked; the data behind it is still whole
/// because every write is a transaction.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn default_name(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "My partnership".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pacta_api::protection;
    use tauri::async_runtime::block_on;

    const SECRET: &str = "Tide pool lantern 42";

    fn header(path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap()[..16].to_vec()
    }

    /// A protected partnership file, closed.
    fn protected_file(dir: &Path) -> PathBuf {
        let path = dir.join("Forum.pacta");
        let mut partnership = Partnership::create(&path, "Forum", Clock::System).unwrap();
        protection::protect(&mut partnership, Passphrase::new(SECRET)).unwrap();
        partnership.close().unwrap();
        assert_ne!(header(&path), b"SQLite format 3\0");
        path
    }

    #[test]
    fn a_protected_file_waits_for_its_passphrase_and_a_wrong_one_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = protected_file(dir.path());
        let state = AppState::new(dir.path().join("data"));

        let error = state.open(&path).unwrap_err();
        assert_eq!(error.code, ErrorCode::PassphraseRequired);
        let request = state.passphrase_request().unwrap();
        assert_eq!(request.reason, PassphraseReason::Opening);
        assert_eq!(request.file_name, "Forum");
        assert_eq!(request.path, path.display().to_string());

        let before = std::fs::read(&path).unwrap();
        let wrong =
            block_on(state.open_protected(path.clone(), Passphrase::new("tide pool lantern 42")))
                .unwrap_err();
        assert_eq!(wrong.code, ErrorCode::WrongPassphrase);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "a wrong passphrase changed the file"
        );
        assert_eq!(
            state.passphrase_request(),
            Some(request),
            "the request was dropped"
        );
        assert!(!state.is_protected());

        block_on(state.open_protected(path.clone(), Passphrase::new(SECRET))).unwrap();
        assert_eq!(state.passphrase_request(), None);
        assert!(state.is_protected());
        assert_eq!(state.partnership_name().as_deref(), Some("Forum"));
        assert_eq!(
            recent_files::load(&state.data_dir).first(),
            Some(&path.display().to_string())
        );
        state.close();
    }

    #[test]
    fn locking_closes_the_file_keeps_only_its_path_and_unlocking_reopens_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = protected_file(dir.path());
        let state = AppState::new(dir.path().join("data"));
        block_on(state.open_protected(path.clone(), Passphrase::new(SECRET))).unwrap();
        block_on(state.with(|p| p.rename("Forum, renamed before the lock"))).unwrap();

        let request = block_on(state.lock()).unwrap();
        assert_eq!(request.reason, PassphraseReason::Locked);
        assert_eq!(request.path, path.display().to_string());
        assert_eq!(state.passphrase_request(), Some(request));
        let closed = block_on(state.with(|p| p.info())).unwrap_err();
        assert_eq!(closed.code, ErrorCode::NoPartnershipOpen);
        assert_eq!(state.partnership_name(), None);
        assert!(!state.is_protected());
        // Closed cleanly: no write-ahead log left beside it, and still encrypted.
        let wal = PathBuf::from(format!("{}-wal", path.display()));
        assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0);
        assert_ne!(header(&path), b"SQLite format 3\0");
        // Another program may open it now (the lock on it is gone), with the passphrase.
        let other =
            Partnership::open_protected(&path, Clock::System, Passphrase::new(SECRET)).unwrap();
        assert_eq!(other.info().unwrap().name, "Forum, renamed before the lock");
        other.close().unwrap();

        block_on(state.open_protected(path.clone(), Passphrase::new(SECRET))).unwrap();
        assert_eq!(state.passphrase_request(), None);
        assert_eq!(
            state.partnership_name().as_deref(),
            Some("Forum, renamed before the lock")
        );
        state.close();
    }

    #[test]
    fn a_plain_file_cannot_be_locked_and_nothing_open_cannot_either() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().join("data"));
        let nothing = block_on(state.lock()).unwrap_err();
        assert_eq!(nothing.code, ErrorCode::NoPartnershipOpen);

        let path = dir.path().join("Plain.pacta");
        state.create(&path, "Plain").unwrap();
        let refused = block_on(state.lock()).unwrap_err();
        assert_eq!(refused.code, ErrorCode::Invalid);
        assert!(
            refused.message.contains("not protected"),
            "{}",
            refused.message
        );
        assert_eq!(state.partnership_name().as_deref(), Some("Plain"));
        assert_eq!(state.passphrase_request(), None);
        state.close();
    }

    #[test]
    fn at_startup_a_protected_file_is_asked_for_not_taken_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = protected_file(dir.path());
        let state = AppState::new(dir.path().join("data"));
        state.open_at_startup(&Startup {
            requested: Some(path.clone()),
            data_dir: dir.path().join("data"),
        });
        assert_eq!(
            state.startup_error().map(|error| error.code),
            Some(ErrorCode::PassphraseRequired)
        );
        assert_eq!(
            state.passphrase_request().map(|request| request.reason),
            Some(PassphraseReason::Opening)
        );
        // Not the file a restore would replace: it is not damaged.
        assert_eq!(state.restore_target(), None);
        block_on(state.open_protected(path, Passphrase::new(SECRET))).unwrap();
        assert_eq!(state.startup_error(), None);
        state.close();
    }

    #[test]
    fn a_protected_file_is_restored_from_its_encrypted_backup_and_stays_protected() {
        let dir = tempfile::tempdir().unwrap();
        let path = protected_file(dir.path());
        let state = AppState::new(dir.path().join("data"));
        block_on(state.open_protected(path.clone(), Passphrase::new(SECRET))).unwrap();
        let out = dir.path().join("backup.pacta");
        let out_for_backup = out.clone();
        let summary = block_on(state.with(move |p| backup::backup(p, &out_for_backup))).unwrap();
        assert!(summary.protected);
        assert_ne!(header(&out), b"SQLite format 3\0");
        block_on(state.with(|p| p.rename("Changed after the backup"))).unwrap();

        let restored = block_on(state.restore(out)).unwrap();
        assert!(restored.restored.protected);
        assert_eq!(state.partnership_name().as_deref(), Some("Forum"));
        assert!(state.is_protected());
        assert_ne!(header(&path), b"SQLite format 3\0");
        state.close();
    }
}
