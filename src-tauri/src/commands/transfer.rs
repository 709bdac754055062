use std::path::PathBuf;

use tauri::ipc::Channel;
use tauri::State;

use crate::AppState;
use pacta_api::member_export::{self, ExportSummary};
use pacta_api::member_import::{self, ImportPreview, ImportProgress, ImportSummary};
use pacta_api::ApiError;

#[tauri::command]
#[specta::specta]
pub async fn preview_member_import(
    state: State<'_, AppState>,
    path: String,
) -> Result<ImportPreview, ApiError> {
    state
        .with(move |p| member_import::preview(p, &PathBuf::from(path)))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn import_members(
    state: State<'_, AppState>,
    path: String,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, ApiError> {
    state
        .with(move |p| {
            member_import::import(p, &PathBuf::from(path), &mut |progress| {
                let _ = on_progress.send(progress);
            })
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn export_members(
    state: State<'_, AppState>,
    path: String,
) -> Result<ExportSummary, ApiError> {
    state
        .with(move |p| member_export::export(p, &PathBuf::from(path)))
        .await
}
