use tauri::ipc::Channel;
use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::member_directory::{self, DirectoryOptions, ExportedDirectory};
use pacta_api::member_export::{self, ExportSummary};
use pacta_api::member_import::{
    self, ImportPreview, ImportProgress, ImportSuggestion, ImportSummary,
};
use pacta_api::ApiError;
use pacta_core::member_import::ImportMapping;

#[tauri::command]
#[specta::specta]
pub async fn preview_member_import(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<ImportPreview, ApiError> {
    let path = state.spoken(grants.check(&path))?;
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
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| member_import::import(p, &path, &mut progress_to(on_progress)))
        .await
}

/// Reads a member list of any layout and suggests how to import it (the import wizard's first
/// step); `sheet` picks a worksheet of a workbook.
#[tauri::command]
#[specta::specta]
pub async fn suggest_member_mapping(
    state: State<'_, AppState>,
    path: String,
    sheet: Option<String>,
    grants: State<'_, PathGrants>,
) -> Result<ImportSuggestion, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| member_import::suggest(p, &path, sheet.as_deref()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_mapped_member_import(
    state: State<'_, AppState>,
    path: String,
    mapping: ImportMapping,
    grants: State<'_, PathGrants>,
) -> Result<ImportPreview, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| member_import::preview_with(p, &path, &mapping))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn import_mapped_members(
    state: State<'_, AppState>,
    path: String,
    mapping: ImportMapping,
    grants: State<'_, PathGrants>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| {
            member_import::import_with(p, &path, &mapping, &mut progress_to(on_progress))
        })
        .await
}

/// Sends an import's progress to the page. The import goes on when the page stops listening
/// (it was closed or reloaded): that is logged once, not for every row.
fn progress_to(channel: Channel<ImportProgress>) -> impl FnMut(ImportProgress) {
    let mut reported = false;
    move |progress| {
        if let Err(error) = channel.send(progress) {
            if !reported {
                tracing::warn!(%error, "the import's progress could not be sent to the page");
                reported = true;
            }
        }
    }
}

#[tauri::command]
#[specta::specta]
pub async fn export_members(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<ExportSummary, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state.with(move |p| member_export::export(p, &path)).await
}

/// Writes the member directory as PDF to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_member_directory(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
    options: DirectoryOptions,
) -> Result<ExportedDirectory, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| member_directory::export(p, &path, &options))
        .await
}
