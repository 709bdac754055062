//! Events the app sends to the page; typed through tauri-specta like the commands.

use serde::{Deserialize, Serialize};
use tauri::AppHandle;

/// Sends `event` to the page. A failure (the window is gone, or not yet there) is logged, not
/// returned: whoever sends an event has nobody else to tell.
pub fn send<E: tauri_specta::Event + Serialize + Clone>(app: &AppHandle, event: E) {
    if let Err(error) = event.emit(app) {
        tracing::warn!(%error, event = E::NAME, "an event could not be sent to the window");
    }
}

/// Shows a failure in the page where no page asked for the work (a menu action). The error
/// itself was logged where it was returned (`AppState`).
pub fn show_error(app: &AppHandle, error: pacta_api::ApiError) {
    send(app, AppError { error });
}

/// Another partnership was opened or the current one was renamed: reload everything.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct PartnershipChanged;

/// A menu item the page handles itself (forms it shows, such as "New partnership").
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct MenuRequest {
    pub action: MenuAction,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MenuAction {
    NewPartnership,
    ImportMembers,
    ImportAgreement,
    ExportMembers,
    Settings,
    BackUp,
    RestoreBackup,
}

/// An automatic backup was attempted in the background: written, or failed with `error`.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AutomaticBackupDone {
    pub error: Option<pacta_api::ApiError>,
}

/// A file-level operation failed where no page asked for it (a menu action).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AppError {
    pub error: pacta_api::ApiError,
}
