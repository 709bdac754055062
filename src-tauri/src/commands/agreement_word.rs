//! Agreements from Word files and partners' redlines back: thin delegations to
//! `pacta_api::agreement_word`.

use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::agreement_word::{self, RedlineChoice, RedlineReview, WordImport};
use pacta_api::ApiError;
use pacta_core::agreement::AgreementVersion;

/// A draft agreement from a Word file the user chose.
#[tauri::command]
#[specta::specta]
pub async fn import_agreement_from_word(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<WordImport, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state.with(move |p| agreement_word::import(p, &path)).await
}

/// A partner's edited copy, clause by clause; writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn review_agreement_redline(
    state: State<'_, AppState>,
    agreement_id: i64,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<RedlineReview, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| agreement_word::review_redline(p, agreement_id, &path))
        .await
}

/// Takes the accepted clauses of a partner's copy into the draft or a new amendment.
#[tauri::command]
#[specta::specta]
pub async fn apply_agreement_redline(
    state: State<'_, AppState>,
    agreement_id: i64,
    path: String,
    choice: RedlineChoice,
    grants: State<'_, PathGrants>,
) -> Result<AgreementVersion, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| agreement_word::apply_redline(p, agreement_id, &path, &choice))
        .await
}
