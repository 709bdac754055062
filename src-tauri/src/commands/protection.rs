//! Encryption at rest and the idle lock: protecting the open file with a passphrase, opening a
//! protected file, and locking it (closing it until its passphrase is given again).
//!
//! The passphrase arrives from the page as a `Passphrase` (zeroized when dropped) and goes
//! straight to pacta-api; it is never kept here, logged, or written anywhere.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, State};

use crate::app_state::PassphraseRequest;
use crate::commands::partnership::{changed, refresh_title};
use crate::events::{self, PartnershipChanged};
use crate::path_grants::PathGrants;
use crate::{menu, AppState};
use pacta_api::protection::{self, ProtectionSettings};
use pacta_api::{ApiError, PartnershipInfo, Passphrase};

/// The protected file the window should ask the passphrase of: the one asked to be opened, or
/// the one locked. `None` when nothing waits.
#[tauri::command]
#[specta::specta]
pub fn passphrase_request(state: State<'_, AppState>) -> Option<PassphraseRequest> {
    state.passphrase_request()
}

/// The user chose not to open the file waiting for its passphrase.
#[tauri::command]
#[specta::specta]
pub fn dismiss_passphrase_request(state: State<'_, AppState>) {
    state.dismiss_passphrase_request();
}

/// Opens a protected file with its passphrase. A wrong one is refused (`WrongPassphrase`) and
/// leaves the request, and any file open, as they were. The path is the one waiting for its
/// passphrase, or one the page may hand over anyway (chosen in a dialog, recent).
#[tauri::command]
#[specta::specta]
pub async fn open_protected_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    grants: State<'_, PathGrants>,
    path: String,
    passphrase: Passphrase,
) -> Result<PartnershipInfo, ApiError> {
    let waiting = state
        .passphrase_request()
        .is_some_and(|request| request.path == path.trim());
    let path = if waiting {
        PathBuf::from(path.trim())
    } else {
        state.spoken(grants.check(&path))?
    };
    state.open_protected(path, passphrase).await?;
    changed(&app);
    state.with(|p| p.info()).await
}

/// Encrypts the open file with a passphrase (at least 8 characters; the page asks it twice).
#[tauri::command]
#[specta::specta]
pub async fn protect_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: Passphrase,
) -> Result<ProtectionSettings, ApiError> {
    let settings = state
        .with(move |p| {
            protection::protect(p, passphrase)?;
            protection::settings(p)
        })
        .await?;
    // File ▸ Lock now appears.
    menu::reinstall(&app);
    Ok(settings)
}

#[tauri::command]
#[specta::specta]
pub async fn change_partnership_passphrase(
    state: State<'_, AppState>,
    current: Passphrase,
    new_passphrase: Passphrase,
) -> Result<ProtectionSettings, ApiError> {
    state
        .with(move |p| {
            protection::change_passphrase(p, current, new_passphrase)?;
            protection::settings(p)
        })
        .await
}

/// Decrypts the open file back to plain SQLite; needs the current passphrase.
#[tauri::command]
#[specta::specta]
pub async fn unprotect_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    current: Passphrase,
) -> Result<ProtectionSettings, ApiError> {
    let settings = state
        .with(move |p| {
            protection::unprotect(p, current)?;
            protection::settings(p)
        })
        .await?;
    // File ▸ Lock now goes away.
    menu::reinstall(&app);
    Ok(settings)
}

#[tauri::command]
#[specta::specta]
pub async fn protection_settings(
    state: State<'_, AppState>,
) -> Result<ProtectionSettings, ApiError> {
    state.with(|p| protection::settings(p)).await
}

/// Minutes without a key press or pointer movement before the page locks the file; 0 = never.
#[tauri::command]
#[specta::specta]
pub async fn set_idle_lock_minutes(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<ProtectionSettings, ApiError> {
    state
        .with(move |p| {
            protection::set_idle_lock_minutes(p, minutes)?;
            protection::settings(p)
        })
        .await
}

/// Locks the open (protected) file: closes it cleanly and keeps only its path; the page shows
/// the lock screen until the passphrase is given again.
#[tauri::command]
#[specta::specta]
pub async fn lock_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<PassphraseRequest, ApiError> {
    let request = state.lock().await?;
    locked(&app);
    Ok(request)
}

/// File ▸ Lock now.
pub fn lock_from_menu(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        match state.lock().await {
            Ok(_) => locked(&app),
            Err(error) => events::show_error(&app, error),
        }
    });
}

/// The window after a lock: a neutral title, no Lock now, and the page told to reload (it
/// finds no partnership open and the lock request).
fn locked(app: &AppHandle) {
    refresh_title(app);
    menu::reinstall(app);
    events::send(app, PartnershipChanged);
}

/// A file asked to be opened turned out to be protected: the page asks its passphrase.
pub fn ask_passphrase(app: &AppHandle) {
    events::send(app, PartnershipChanged);
}
