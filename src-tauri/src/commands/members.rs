use tauri::State;

use crate::AppState;
use pacta_api::members::{self, MemberDetail};
use pacta_api::ApiError;
use pacta_core::{
    ActivityEntry, MemberPage, MemberQuery, Organisation, OrganisationDraft, Representative,
    RepresentativeDraft, StatusChangeDraft,
};

#[tauri::command]
#[specta::specta]
pub async fn list_members(
    state: State<'_, AppState>,
    query: MemberQuery,
) -> Result<MemberPage, ApiError> {
    state.with(move |p| members::list(p, &query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn member_detail(state: State<'_, AppState>, id: i64) -> Result<MemberDetail, ApiError> {
    state.with(move |p| members::detail(p, id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_member(
    state: State<'_, AppState>,
    draft: OrganisationDraft,
) -> Result<Organisation, ApiError> {
    state.with(move |p| members::create(p, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_member(
    state: State<'_, AppState>,
    id: i64,
    draft: OrganisationDraft,
) -> Result<Organisation, ApiError> {
    state.with(move |p| members::update(p, id, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_member(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state.with(move |p| members::delete(p, id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn change_member_status(
    state: State<'_, AppState>,
    id: i64,
    change: StatusChangeDraft,
) -> Result<Organisation, ApiError> {
    state
        .with(move |p| members::change_status(p, id, &change))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_representative(
    state: State<'_, AppState>,
    organisation_id: i64,
    draft: RepresentativeDraft,
) -> Result<Representative, ApiError> {
    state
        .with(move |p| members::add_representative(p, organisation_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_representative(
    state: State<'_, AppState>,
    id: i64,
    draft: RepresentativeDraft,
) -> Result<Representative, ApiError> {
    state
        .with(move |p| members::update_representative(p, id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_representative(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state
        .with(move |p| members::remove_representative(p, id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn recent_activity(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<ActivityEntry>, ApiError> {
    state
        .with(move |p| members::recent_activity(p, limit))
        .await
}
