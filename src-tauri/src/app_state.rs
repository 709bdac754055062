//! The open partnership, shared by the commands.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

use pacta_api::backup::{self, RestoreSummary};
use pacta_api::{ApiError, ApiResult, Clock, ErrorCode, Partnership};

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
    pub data_dir: PathBuf,
}

impl AppState {
    pub fn new(data_dir: PathBuf) -> AppState {
        AppState {
            partnership: Arc::new(Mutex::new(None)),
            startup_error: Mutex::new(None),
            failed_file: Mutex::new(None),
            automatic_running: AtomicBool::new(false),
            automatic_failure: Mutex::new(None),
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
        if outcome.is_err() && path.exists() {
            *lock(&self.failed_file) = Some(path);
        }
        *lock(&self.startup_error) = outcome.err();
    }

    pub fn open(&self, path: &Path) -> ApiResult<()> {
        let partnership = Partnership::open(path, Clock::System)?;
        self.replace(partnership)
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

    /// Runs `work` on the open partnership off the UI thread.
    pub async fn with<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Partnership) -> ApiResult<T> + Send + 'static,
    {
        let shared = Arc::clone(&self.partnership);
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock(&shared);
            let partnership = guard.as_mut().ok_or_else(|| {
                ApiError::new(
                    ErrorCode::NoPartnershipOpen,
                    "no partnership is open: create or open one",
                )
            })?;
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
            backup::plan_restore(&current, &backup, &Clock::System)?;
            if let Some(open) = guard.take() {
                if let Err(error) = open.close() {
                    *guard = Partnership::open(&current, Clock::System).ok();
                    return Err(error);
                }
            }
            match backup::restore(&current, &backup, Clock::System) {
                Ok((restored, summary)) => {
                    *guard = Some(restored);
                    Ok(summary)
                }
                Err(error) => {
                    *guard = Partnership::open(&current, Clock::System).ok();
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
