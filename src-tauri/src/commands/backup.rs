//! Backups of the open partnership: now, automatically once a day, and restoring one.

use std::sync::atomic::Ordering;

use tauri::{AppHandle, Manager, State};

use crate::app_state::nothing_open;
use crate::commands::partnership::changed;
use crate::events::{self, AutomaticBackupDone};
use crate::logging;
use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::backup::{self, BackupSettings, BackupSummary, RestorePlan, RestoreSummary};
use pacta_api::{ApiError, ApiResult, Clock, ErrorCode};

/// The automatic backups with the last failure of one, for the Partnership file page.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, specta::Type)]
pub struct BackupOverview {
    pub settings: BackupSettings,
    /// Why the last automatic backup could not be written, until one succeeds.
    pub automatic_failure: Option<ApiError>,
}

/// Backs up the open partnership to `path`. Read beside the open file, so the page's other
/// commands are not held up while the copy is written and checked.
#[tauri::command]
#[specta::specta]
pub async fn backup_partnership(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<BackupSummary, ApiError> {
    let path = state.spoken(grants.check_partnership(&path))?;
    // A protected file's backup is encrypted with the open file's passphrase.
    let (source, passphrase) = state.with(|p| Ok((p.path(), p.passphrase()))).await?;
    blocking(&state, move || {
        backup::backup_file(&source, &path, &Clock::System, passphrase)
    })
    .await
}

/// What restoring `path` would do to the open file (or to the file that could not be opened).
#[tauri::command]
#[specta::specta]
pub async fn preview_backup(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<RestorePlan, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    let current = state
        .restore_target()
        .ok_or_else(|| state.speak(nothing_open()))?;
    // A backup of a protected file opens with the open file's passphrase; none is open after
    // a failed start, and then only a plain backup can be previewed.
    let passphrase = state.with(|p| Ok(p.passphrase())).await.unwrap_or(None);
    blocking(&state, move || {
        backup::plan_restore(&current, &path, &Clock::System, passphrase)
    })
    .await
}

/// Replaces the open file with the backup at `path`, keeping the replaced file aside.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<RestoreSummary, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    let summary = state.restore(path).await?;
    changed(&app);
    Ok(summary)
}

#[tauri::command]
#[specta::specta]
pub async fn backup_settings(state: State<'_, AppState>) -> Result<BackupOverview, ApiError> {
    let keep = match state.with(|p| backup::keep(p)).await {
        Err(error) if error.code == ErrorCode::NoPartnershipOpen => backup::DEFAULT_KEEP,
        other => other?,
    };
    overview(&state, keep).await
}

/// Sets how many automatic backups are kept, removing the oldest beyond that at once.
#[tauri::command]
#[specta::specta]
pub async fn set_backup_settings(
    state: State<'_, AppState>,
    keep: u32,
) -> Result<BackupOverview, ApiError> {
    let file = state
        .with(move |p| {
            backup::set_keep(p, keep)?;
            Ok(p.path())
        })
        .await?;
    let root = state.backups_root();
    blocking(&state, move || backup::rotate(&root, &file, keep)).await?;
    overview(&state, keep).await
}

async fn overview(state: &AppState, keep: u32) -> ApiResult<BackupOverview> {
    let file = state.restore_target();
    let root = state.backups_root();
    let settings = blocking(state, move || match file {
        Some(file) => backup::overview(keep, &root, &file),
        None => Ok(BackupSettings {
            keep,
            folder: root.display().to_string(),
            backups: Vec::new(),
        }),
    })
    .await?;
    Ok(BackupOverview {
        settings,
        automatic_failure: state.automatic_failure(),
    })
}

/// Takes the day's automatic backup of the open file in the background when one is due. Never
/// holds up the window: the check and the copy run off the UI thread and beside the open file;
/// a failure is logged and shown, and the app goes on.
pub fn back_up_automatically(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        if state.automatic_running.swap(true, Ordering::SeqCst) {
            return;
        }
        let outcome = automatic(&state).await;
        state.automatic_running.store(false, Ordering::SeqCst);
        let error = match outcome {
            Ok(None) => {
                tracing::debug!("no automatic backup due");
                return;
            }
            Ok(Some(summary)) => {
                tracing::info!(
                    backup = %logging::file_name(std::path::Path::new(&summary.path)),
                    bytes = summary.bytes,
                    protected = summary.protected,
                    "automatic backup written"
                );
                None
            }
            Err(error) => {
                // Its code only: the sentence names the backup folder.
                tracing::warn!(code = ?error.code, "the automatic backup failed");
                Some(error)
            }
        };
        state.set_automatic_failure(error.clone());
        let done = AutomaticBackupDone {
            error: error.map(|error| state.speak(error)),
        };
        events::send(&app, done);
    });
}

async fn automatic(state: &AppState) -> ApiResult<Option<BackupSummary>> {
    let open = state
        .with(|p| Ok((p.path(), backup::keep(p)?, p.passphrase())))
        .await;
    let (file, keep, passphrase) = match open {
        Ok(open) => open,
        Err(error) if error.code == ErrorCode::NoPartnershipOpen => return Ok(None),
        Err(error) => return Err(error),
    };
    let root = state.backups_root();
    blocking(state, move || {
        backup::automatic(&file, &root, keep, &Clock::System, passphrase)
    })
    .await
}

/// Runs `work` off the UI thread; its error reads in the window's language.
async fn blocking<T, F>(state: &AppState, work: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> ApiResult<T> + Send + 'static,
{
    let done = tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(crate::app_state::internal)
        .and_then(|done| done);
    done.map_err(|error| state.refused(logging::operation::<F>(), error))
}
