use tauri::State;

use crate::AppState;
use pacta_api::voting::{self, PresetProtocol, VoteInput};
use pacta_api::ApiError;
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{Protocol, ProtocolVersion, Roll, TallyReport, VoteRecord, VoteSummary};
use pacta_messages::{Locale, Messages};

#[tauri::command]
#[specta::specta]
pub fn protocol_presets(state: State<'_, AppState>) -> Vec<PresetProtocol> {
    voting::presets(Messages::of(state.locale()))
}

/// The language the window speaks: the sentences Rust writes for it follow.
#[tauri::command]
#[specta::specta]
pub fn set_locale(state: State<'_, AppState>, locale: Locale) {
    state.set_locale(locale);
}

/// What a protocol means in plain words, or why it is not allowed.
#[tauri::command]
#[specta::specta]
pub fn describe_protocol(
    state: State<'_, AppState>,
    protocol: Protocol,
) -> Result<String, ApiError> {
    state.spoken(voting::describe(&protocol, Messages::of(state.locale())))
}

#[tauri::command]
#[specta::specta]
pub async fn list_protocols(
    state: State<'_, AppState>,
    body_id: Option<i64>,
) -> Result<Vec<ProtocolVersion>, ApiError> {
    state.with(move |p| voting::protocols(p, body_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn adopt_protocol(
    state: State<'_, AppState>,
    body_id: i64,
    name: String,
    preset: Option<Preset>,
    protocol: Protocol,
) -> Result<ProtocolVersion, ApiError> {
    state
        .with(move |p| voting::adopt_protocol(p, body_id, &name, preset, &protocol))
        .await
}

/// The body's roll from the registry, with the attendance given (everyone absent when empty).
#[tauri::command]
#[specta::specta]
pub async fn body_roll(
    state: State<'_, AppState>,
    body_id: i64,
    attendance: Roll,
) -> Result<Roll, ApiError> {
    state
        .with(move |p| voting::roll_for_body(p, body_id, &attendance))
        .await
}

/// The live tally while ballots are entered; writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn preview_vote(
    state: State<'_, AppState>,
    input: VoteInput,
) -> Result<TallyReport, ApiError> {
    state.with(move |p| voting::preview(p, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn close_vote(
    state: State<'_, AppState>,
    input: VoteInput,
    secret: bool,
) -> Result<VoteRecord, ApiError> {
    state
        .with(move |p| {
            let mut input = input;
            if secret {
                input.ballots = voting::as_secret(p, &input)?;
            }
            voting::close(p, &input)
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn correct_vote(
    state: State<'_, AppState>,
    vote_id: i64,
    reason: String,
    input: VoteInput,
) -> Result<VoteRecord, ApiError> {
    state
        .with(move |p| voting::correct(p, vote_id, &reason, &input))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn edit_vote_motion(
    state: State<'_, AppState>,
    vote_id: i64,
    motion: String,
) -> Result<VoteRecord, ApiError> {
    state
        .with(move |p| voting::edit_motion(p, vote_id, &motion))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn list_votes(
    state: State<'_, AppState>,
    body_id: Option<i64>,
) -> Result<Vec<VoteSummary>, ApiError> {
    state.with(move |p| voting::list(p, body_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn vote_detail(state: State<'_, AppState>, id: i64) -> Result<VoteRecord, ApiError> {
    state.with(move |p| voting::get(p, id)).await
}
