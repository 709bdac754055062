use tauri::State;

use crate::AppState;
use pacta_api::bodies::{self, BodyDetail};
use pacta_api::ApiError;
use pacta_core::meeting::Recipient;
use pacta_core::{Body, BodyDraft, Membership, MembershipDraft};

#[tauri::command]
#[specta::specta]
pub async fn list_bodies(state: State<'_, AppState>) -> Result<Vec<Body>, ApiError> {
    state.with(|p| bodies::list(p)).await
}

#[tauri::command]
#[specta::specta]
pub async fn body_detail(state: State<'_, AppState>, id: i64) -> Result<BodyDetail, ApiError> {
    state.with(move |p| bodies::detail(p, id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_body(state: State<'_, AppState>, draft: BodyDraft) -> Result<Body, ApiError> {
    state.with(move |p| bodies::create(p, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_body(
    state: State<'_, AppState>,
    id: i64,
    draft: BodyDraft,
) -> Result<Body, ApiError> {
    state.with(move |p| bodies::update(p, id, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn seat_member(
    state: State<'_, AppState>,
    body_id: i64,
    organisation_id: i64,
    draft: MembershipDraft,
) -> Result<Membership, ApiError> {
    state
        .with(move |p| bodies::seat(p, body_id, organisation_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn unseat_member(state: State<'_, AppState>, membership_id: i64) -> Result<(), ApiError> {
    state.with(move |p| bodies::unseat(p, membership_id)).await
}

/// Replaces the body's distribution list, the default recipients of its minutes.
#[tauri::command]
#[specta::specta]
pub async fn set_body_distribution(
    state: State<'_, AppState>,
    body_id: i64,
    recipients: Vec<Recipient>,
) -> Result<BodyDetail, ApiError> {
    state
        .with(move |p| bodies::set_distribution(p, body_id, &recipients))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_chair_approves_minutes(
    state: State<'_, AppState>,
    body_id: i64,
    allowed: bool,
) -> Result<BodyDetail, ApiError> {
    state
        .with(move |p| bodies::set_chair_approves_minutes(p, body_id, allowed))
        .await
}
