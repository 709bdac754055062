//! The open partnership, shared by the commands.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

use pacta_api::backup::{self, RestoreSummary};
use pacta_api::{ApiError, ApiResult, Clock, ErrorCode, Partnership, Passphrase};
use pacta_messages::Locale;
use serde::{Deserialize, Serialize};

use crate::recent_files;
use crate::startup::Startup;

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
    pub fn open(&self, path: &Path) -> ApiResult<()> {
        match Partnership::open(path, Clock::System) {
            Ok(partnership) => self.replace(partnership),
            Err(error) => {
                if error.code == ErrorCode::PassphraseRequired {
                    *lock(&self.passphrase_request) =
                        Some(PassphraseRequest::new(path, PassphraseReason::Opening));
                }
                Err(error)
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
        .map_err(|error| ApiError::new(ErrorCode::Internal, error.to_string()))??;
        self.replace(partnership)
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
                    format!(
                        "{} is not protected with a passphrase, so it cannot be locked",
                        partnership.path().display()
                    ),
                ));
            }
            let path = partnership.path();
            if let Some(open) = guard.take() {
                // Dropped either way: a failed checkpoint leaves the log beside the file,
                // where the next opening folds it in.
                let _ = open.close();
            }
            Ok(PassphraseRequest::new(&path, PassphraseReason::Locked))
        })
        .await
        .map_err(|error| ApiError::new(ErrorCode::Internal, error.to_string()))??;
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

    pub fn create(&self, path: &Path, name: &str) -> ApiResult<()> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|error| {
                ApiError::new(ErrorCode::Io, format!("{}: {error}", parent.display()))
            })?;
        }
        let partnership = Partnership::create(path, name, Clock::System)?;
        self.replace(partnership)
    }

    fn replace(&self, partnership: Partnership) -> ApiResult<()> {
        recent_files::remember(&self.data_dir, &partnership.path());
        let previous = lock(&self.partnership).replace(partnership);
        *lock(&self.startup_error) = None;
        *lock(&self.failed_file) = None;
        *lock(&self.passphrase_request) = None;
        match previous {
            Some(previous) => previous.close(),
            None => Ok(()),
        }
    }

    /// Closes the open file cleanly (its write-ahead log folded back in).
    pub fn close(&self) {
        if let Some(partnership) = lock(&self.partnership).take() {
            let _ = partnership.close();
        }
    }

    pub fn startup_error(&self) -> Option<ApiError> {
        lock(&self.startup_error).clone()
    }

    /// Speaks `locale` from now on, in every file opened.
    pub fn set_locale(&self, locale: Locale) {
        *lock(&self.locale) = locale;
    }

    pub fn locale(&self) -> Locale {
        *lock(&self.locale)
    }

    /// Runs `work` on the open partnership off the UI thread.
    pub async fn with<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Partnership) -> ApiResult<T> + Send + 'static,
    {
        let shared = Arc::clone(&self.partnership);
        let locale = self.locale();
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let partnership = guard.as_mut().ok_or_else(nothing_open)?;
            partnership.set_locale(locale);
            work(partnership)
        })
        .await
        .map_err(|error| ApiError::new(ErrorCode::Internal, error.to_string()))?
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

    pub fn automatic_failure(&self) -> Option<ApiError> {
        lock(&self.automatic_failure).clone()
    }

    pub fn set_automatic_failure(&self, failure: Option<ApiError>) {
        *lock(&self.automatic_failure) = failure;
    }

    /// Replaces the open file with a backup, off the UI thread. The backup is checked while the
    /// file is still open, so a refused backup leaves everything as it was; then the file is
    /// closed (releasing its lock), swapped, and the restored file opened. When the swap fails
    /// the file that was open is opened again.
    pub async fn restore(&self, backup: PathBuf) -> ApiResult<RestoreSummary> {
        let shared = Arc::clone(&self.partnership);
        let failed = lock(&self.failed_file).clone();
        let summary = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let current = guard
                .as_ref()
                .map(Partnership::path)
                .or(failed)
                .ok_or_else(|| {
                    ApiError::new(
                        ErrorCode::NoPartnershipOpen,
                        "no partnership is open: create or open one",
                    )
                })?;
            // A protected file's backups are encrypted with its passphrase: the open file's
            // is used to read the backup and to reopen the file when the restore fails.
            let passphrase = guard.as_ref().and_then(Partnership::passphrase);
            let reopen = |passphrase: Option<Passphrase>| match passphrase {
                Some(passphrase) => {
                    Partnership::open_protected(&current, Clock::System, passphrase)
                }
                None => Partnership::open(&current, Clock::System),
            };
            backup::plan_restore(&current, &backup, &Clock::System, passphrase.clone())?;
            if let Some(open) = guard.take() {
                if let Err(error) = open.close() {
                    *guard = reopen(passphrase).ok();
                    return Err(error);
                }
            }
            match backup::restore(&current, &backup, Clock::System, passphrase.clone()) {
                Ok((restored, summary)) => {
                    *guard = Some(restored);
                    Ok(summary)
                }
                Err(error) => {
                    *guard = reopen(passphrase).ok();
                    Err(error)
                }
            }
        })
        .await
        .map_err(|error| ApiError::new(ErrorCode::Internal, error.to_string()))??;
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

fn nothing_open() -> ApiError {
    ApiError::new(
        ErrorCode::NoPartnershipOpen,
        "no partnership is open: create or open one",
    )
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
