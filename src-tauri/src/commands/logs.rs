//! The app's log folder (`logging.rs`), for Settings ▸ Log folder.

use tauri::State;

use crate::{logging, AppState};
use pacta_api::{said, ApiError, ErrorCode};

/// Where the log files are: `<data dir>/logs`.
#[tauri::command]
#[specta::specta]
pub fn log_folder(state: State<'_, AppState>) -> String {
    logging::folder(&state.data_dir).display().to_string()
}

/// Opens the log folder in the system's file manager (created first if it is not there yet),
/// so that it can be looked at or its files sent to whoever helps.
#[tauri::command]
#[specta::specta]
pub async fn open_log_folder(state: State<'_, AppState>) -> Result<(), ApiError> {
    let folder = logging::folder(&state.data_dir);
    let opened = std::fs::create_dir_all(&folder)
        .map_err(|error| pacta_api::error::io_error(&folder, &error))
        .and_then(|()| {
            tauri_plugin_opener::open_path(&folder, None::<&str>).map_err(|error| {
                ApiError::new(
                    ErrorCode::Io,
                    said!(
                        "error-open-folder",
                        path = &folder,
                        detail = error.to_string()
                    ),
                )
            })
        });
    state.spoken(opened)
}
