//! Erasing a representative's personal data on request (the member page's "Erase personal
//! data"): a preview that changes nothing, then the erasure itself.

use tauri::State;

use crate::AppState;
use pacta_api::{erasure, ApiError};
use pacta_core::seal::ErasureReport;

/// What erasing would do: the records naming them, the history entries, free text to review.
#[tauri::command]
#[specta::specta]
pub async fn preview_representative_erasure(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ErasureReport, ApiError> {
    state.with(move |p| erasure::preview_erasure(p, id)).await
}

/// Erases their name, e-mail and phone; sealed records stay verifiable (reported redacted).
#[tauri::command]
#[specta::specta]
pub async fn erase_representative(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<ErasureReport, ApiError> {
    state
        .with(move |p| erasure::erase_representative(p, id, &reason))
        .await
}
