//! The activity history: the partnership-wide timeline, each record's own history, CSV export.

use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::activity::{self, HistoryOf, TimelineFilters, TimelinePage, TimelineQuery};
use pacta_api::member_export::ExportSummary;
use pacta_api::ApiError;
use pacta_core::ActivityEntry;

/// The kinds and actors the timeline's filter menus offer.
#[tauri::command]
#[specta::specta]
pub async fn activity_filters(state: State<'_, AppState>) -> Result<TimelineFilters, ApiError> {
    state.with(|p| activity::filters(p)).await
}

/// One page of the filtered timeline, newest first.
#[tauri::command]
#[specta::specta]
pub async fn activity_timeline(
    state: State<'_, AppState>,
    query: TimelineQuery,
) -> Result<TimelinePage, ApiError> {
    state.with(move |p| activity::timeline(p, &query)).await
}

/// One record's own history, newest first.
#[tauri::command]
#[specta::specta]
pub async fn record_history(
    state: State<'_, AppState>,
    kind: HistoryOf,
    id: i64,
    limit: u32,
) -> Result<Vec<ActivityEntry>, ApiError> {
    state
        .with(move |p| activity::record_history(p, kind, id, limit))
        .await
}

/// Writes the filtered timeline (all of it, not one page) to `path` as CSV.
#[tauri::command]
#[specta::specta]
pub async fn export_activity(
    state: State<'_, AppState>,
    grants: State<'_, PathGrants>,
    query: TimelineQuery,
    path: String,
) -> Result<ExportSummary, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| activity::export_csv(p, &query, &path))
        .await
}
