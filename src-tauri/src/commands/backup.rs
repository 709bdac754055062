//! Backups of the open partnership: now, automatically once a day, and restoring one.

use std::sync::atomic::Ordering;

use tauri::{AppHandle, Manager, State};
use tauri_specta::Event;

use crate::commands::partnership::changed;
use crate::events::AutomaticBackupDone;
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
    let path = grants.check_partnership(&path)?;
    // A protected file's backup is encrypted with the open file's passphrase.
    let (source, passphrase) = state.with(|p| Ok((p.path(), p.passphrase()))).await?;
    blocking(move || backup::backup_file(&source, &path, &Clock::System, passphrase)).await
}

/// What restoring `path` would do to the open file (or to the file that could not be opened).
#[tauri::command]
#[specta::specta]
pub async fn preview_backup(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<RestorePlan, ApiError> {
    let path = grants.check(&path)?;
    let current = state.restore_target().ok_or_else(nothing_open)?;
    // A backup of a protected file opens with the open file's passphrase; none is open after
    // a failed start, and then only a plain backup can be previewed.
    let passphrase = state.with(|p| Ok(p.passphrase())).await.unwrap_or(None);
    blocking(move || backup::plan_restore(&current, &path, &Clock::System, passphrase)).await
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
    let path = grants.check(&path)?;
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
    blocking(move || backup::rotate(&root, &file, keep)).await?;
    overview(&state, keep).await
}

async fn overview(state: &AppState, keep: u32) -> ApiResult<BackupOverview> {
    let file = state.restore_target();
    let root = state.backups_root();
    let settings = blocking(move || match file {
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
            Ok(None) => return,
            Ok(Some(_)) => None,
            Err(error) => {
                eprintln!("pacta: the automatic backup failed: {error}");
                Some(error)
            }
        };
        state.set_automatic_failure(error.clone());
        let _ = AutomaticBackupDone { error }.emit(&app);
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
    blocking(move || backup::automatic(&file, &root, keep, &Clock::System, passphrase)).await
}

async fn blocking<T, F>(work: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> ApiResult<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|error| ApiError::new(ErrorCode::Internal, error.to_string()))?
}

fn nothing_open() -> ApiError {
    ApiError::new(
        ErrorCode::NoPartnershipOpen,
        "no partnership is open: create or open one",
    )
}
