use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::matrices::{self, MatrixDetail, MatrixTemplateInfo, NewMatrix};
use pacta_api::matrix_export::{self, ExportedMatrix};
use pacta_api::matrix_table::MatrixImportPreview;
use pacta_api::ApiError;
use pacta_core::agreement::Paper;
use pacta_core::matrix::{Duty, MatrixContent, MatrixFinding, MatrixSummary, RowLanguage};
use pacta_core::meeting::ActionItem;

#[tauri::command]
#[specta::specta]
pub fn matrix_templates() -> Vec<MatrixTemplateInfo> {
    matrices::templates()
}

/// The findings of the grid as it is being edited; pure, so the grid can ask on every change.
#[tauri::command]
#[specta::specta]
pub fn check_matrix(content: MatrixContent) -> Vec<MatrixFinding> {
    matrices::findings(&content)
}

#[tauri::command]
#[specta::specta]
pub async fn list_matrices(state: State<'_, AppState>) -> Result<Vec<MatrixSummary>, ApiError> {
    state.with(|p| matrices::list(p)).await
}

#[tauri::command]
#[specta::specta]
pub async fn matrix_detail(
    state: State<'_, AppState>,
    matrix_id: i64,
) -> Result<MatrixDetail, ApiError> {
    state.with(move |p| matrices::detail(p, matrix_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_matrix(state: State<'_, AppState>, matrix: NewMatrix) -> Result<i64, ApiError> {
    state.with(move |p| matrices::create(p, &matrix)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_matrix(
    state: State<'_, AppState>,
    version_id: i64,
    content: MatrixContent,
) -> Result<Vec<MatrixFinding>, ApiError> {
    state
        .with(move |p| matrices::save(p, version_id, &content))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn new_matrix_version(
    state: State<'_, AppState>,
    matrix_id: i64,
) -> Result<MatrixDetail, ApiError> {
    state
        .with(move |p| matrices::new_version(p, matrix_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn annex_matrix(
    state: State<'_, AppState>,
    agreement_id: i64,
    matrix_id: i64,
) -> Result<(), ApiError> {
    state
        .with(move |p| matrices::attach(p, agreement_id, matrix_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_matrix_annex(
    state: State<'_, AppState>,
    agreement_id: i64,
    matrix_id: i64,
) -> Result<(), ApiError> {
    state
        .with(move |p| matrices::detach(p, agreement_id, matrix_id))
        .await
}

/// Every activity the member is Responsible or Accountable for, for the member's page.
#[tauri::command]
#[specta::specta]
pub async fn member_duties(
    state: State<'_, AppState>,
    organisation_id: i64,
) -> Result<Vec<Duty>, ApiError> {
    state
        .with(move |p| matrices::duties_of(p, organisation_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn action_from_matrix(
    state: State<'_, AppState>,
    matrix_id: i64,
    activity_id: u32,
    meeting_id: i64,
    owner: Option<i64>,
    due_on: String,
) -> Result<ActionItem, ApiError> {
    state
        .with(move |p| {
            matrices::action_from_activity(p, matrix_id, activity_id, meeting_id, owner, &due_on)
        })
        .await
}

/// Writes the matrix (a version, or the latest) to `path`: .pdf, .xlsx or .csv.
#[tauri::command]
#[specta::specta]
pub async fn export_matrix(
    state: State<'_, AppState>,
    matrix_id: i64,
    version: Option<u32>,
    path: String,
    grants: State<'_, PathGrants>,
    paper: Paper,
    language: RowLanguage,
) -> Result<ExportedMatrix, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| matrix_export::export(p, matrix_id, version, &path, paper, language))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_matrix_import(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
    title: String,
) -> Result<MatrixImportPreview, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| matrix_export::preview_import(p, &path, &title))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn import_matrix(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
    title: String,
    into_matrix: Option<i64>,
) -> Result<i64, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| matrix_export::import(p, &path, &title, into_matrix))
        .await
}
