use tauri::ipc::Channel;
use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::member_export::{self, ExportSummary};
use pacta_api::member_import::{self, ImportPreview, ImportProgress, ImportSummary};
use pacta_api::ApiError;

#[tauri::command]
#[specta::specta]
pub async fn preview_member_import(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<ImportPreview, ApiError> {
    let path = grants.check(&path)?;
    state.with(move |p| member_import::preview(p, &path)).await
}

#[tauri::command]
#[specta::specta]
pub async fn import_members(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, ApiError> {
    let path = grants.check(&path)?;
    state
        .with(move |p| {
            member_import::import(p, &path, &mut |progress| {
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
    grants: State<'_, PathGrants>,
) -> Result<ExportSummary, ApiError> {
    let path = grants.check(&path)?;
    state.with(move |p| member_export::export(p, &path)).await
}
