//! Settings ▸ Verify the record.

use tauri::State;

use crate::AppState;
use pacta_api::{verify, ApiError};
use pacta_core::seal::VerifyReport;

/// Recomputes every seal and the chain; `against` is a chain head kept outside the file.
#[tauri::command]
#[specta::specta]
pub async fn verify_partnership(
    state: State<'_, AppState>,
    against: Option<String>,
) -> Result<VerifyReport, ApiError> {
    state
        .with(move |p| verify::verify(p, against.as_deref()))
        .await
}
