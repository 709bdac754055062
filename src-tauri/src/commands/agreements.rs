use std::path::{Component, Path, PathBuf};

use tauri::State;

use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::agreement_export::{self, ExportedAgreement};
use pacta_api::agreements::{self, AgreementDetail, NewAgreement, TemplateInfo};
use pacta_api::{agreement_papers, said, ApiError, ErrorCode, Partnership};
use pacta_core::agreement::{
    AgreementStatus, AgreementSummary, AgreementText, AgreementVersion, Attachment, ClauseChange,
    Language, LibraryClause, PrintOptions, Reminder, Section, Signature,
};

#[tauri::command]
#[specta::specta]
pub fn agreement_templates(state: State<'_, AppState>) -> Vec<TemplateInfo> {
    agreements::templates(pacta_messages::Messages::of(state.locale()))
}

#[tauri::command]
#[specta::specta]
pub async fn list_agreements(
    state: State<'_, AppState>,
) -> Result<Vec<AgreementSummary>, ApiError> {
    state.with(agreements::list).await
}

/// Agreements expiring within 90 days, drafts unsigned after 30, amendments awaiting signatures.
#[tauri::command]
#[specta::specta]
pub async fn agreement_reminders(state: State<'_, AppState>) -> Result<Vec<Reminder>, ApiError> {
    state.with(agreements::reminders_due).await
}

#[tauri::command]
#[specta::specta]
pub async fn agreement_detail(
    state: State<'_, AppState>,
    agreement_id: i64,
) -> Result<AgreementDetail, ApiError> {
    state
        .with(move |p| agreements::detail(p, agreement_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn create_agreement(
    state: State<'_, AppState>,
    agreement: NewAgreement,
) -> Result<i64, ApiError> {
    state.with(move |p| agreements::create(p, &agreement)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_agreement_text(
    state: State<'_, AppState>,
    version_id: i64,
    text: AgreementText,
) -> Result<AgreementVersion, ApiError> {
    state
        .with(move |p| agreements::save_text(p, version_id, &text))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn move_agreement(
    state: State<'_, AppState>,
    agreement_id: i64,
    to: AgreementStatus,
    ended_on: Option<String>,
    reason: String,
) -> Result<AgreementStatus, ApiError> {
    state
        .with(move |p| agreements::move_to(p, agreement_id, to, ended_on.as_deref(), &reason))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn sign_agreement(
    state: State<'_, AppState>,
    version_id: i64,
    signature: Signature,
) -> Result<AgreementVersion, ApiError> {
    state
        .with(move |p| agreements::sign(p, version_id, &signature))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn amend_agreement(
    state: State<'_, AppState>,
    agreement_id: i64,
) -> Result<AgreementVersion, ApiError> {
    state
        .with(move |p| agreements::amend(p, agreement_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn compare_agreement_versions(
    state: State<'_, AppState>,
    from_version_id: i64,
    to_version_id: i64,
) -> Result<Vec<ClauseChange>, ApiError> {
    state
        .with(move |p| agreements::compare_versions(p, from_version_id, to_version_id))
        .await
}

/// Writes the agreement (a version, or the latest) to `path`: .pdf or .docx.
#[tauri::command]
#[specta::specta]
pub async fn export_agreement(
    state: State<'_, AppState>,
    agreement_id: i64,
    version: Option<u32>,
    path: String,
    grants: State<'_, PathGrants>,
    options: PrintOptions,
) -> Result<ExportedAgreement, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| agreement_export::export(p, agreement_id, version, &path, &options))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn attach_to_agreement(
    state: State<'_, AppState>,
    agreement_id: i64,
    version_id: Option<i64>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<Attachment, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| agreement_papers::attach_file(p, agreement_id, version_id, &path))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_attachment(
    state: State<'_, AppState>,
    attachment_id: i64,
) -> Result<(), ApiError> {
    state
        .with(move |p| agreement_papers::detach(p, attachment_id))
        .await
}

/// Opens a stored paper with the system's viewer, from a copy in the temporary folder.
#[tauri::command]
#[specta::specta]
pub async fn open_attachment(
    state: State<'_, AppState>,
    attachment_id: i64,
) -> Result<(), ApiError> {
    open_paper_copy(state, move |p, pending| {
        let paper = agreement_papers::save_attachment(p, attachment_id, pending)?;
        Ok(format!("{attachment_id}-{}", paper.file_name))
    })
    .await
}

/// Opens a stored paper (of an agreement or a meeting) with the system's viewer. `save`
/// writes the paper, checked against its SHA-256, to the path it is given and names the copy;
/// the viewer gets that copy in the temporary folder, never the partnership file.
pub(crate) async fn open_paper_copy<F>(state: State<'_, AppState>, save: F) -> Result<(), ApiError>
where
    F: FnOnce(&Partnership, &Path) -> Result<String, ApiError> + Send + 'static,
{
    let folder = std::env::temp_dir().join("pacta-papers");
    let copy = state
        .with(move |p| {
            std::fs::create_dir_all(&folder)
                .map_err(|error| pacta_api::error::io_error(&folder, &error))?;
            let pending = folder.join("pending");
            let copy = paper_copy_path(&folder, &save(p, &pending)?)?;
            std::fs::rename(&pending, &copy)
                .map_err(|error| pacta_api::error::io_error(&copy, &error))?;
            Ok(copy)
        })
        .await?;
    let opened = tauri_plugin_opener::open_path(&copy, None::<&str>).map_err(|error| {
        ApiError::new(
            ErrorCode::Io,
            said!("error-open-paper", path = &copy, detail = error.to_string()),
        )
    });
    state.spoken(opened)
}

/// Where the copy of a paper goes: always directly inside `folder`. The name comes from the
/// partnership file, which may have been written by someone else's copy of Pacta or by hand,
/// so a name with a separator or `..` must not move the copy (and what the viewer is asked to
/// open) anywhere else.
fn paper_copy_path(folder: &Path, name: &str) -> Result<PathBuf, ApiError> {
    let mut components = Path::new(name).components();
    match (components.next(), components.next()) {
        (Some(Component::Normal(plain)), None) if plain == name => Ok(folder.join(plain)),
        _ => Err(ApiError::new(
            ErrorCode::Io,
            said!("error-paper-name", name = name),
        )),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn clause_library(state: State<'_, AppState>) -> Result<Vec<LibraryClause>, ApiError> {
    state.with(|p| agreement_papers::library(p)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_library_clause(
    state: State<'_, AppState>,
    title: String,
    section: Section,
    language: Language,
    text: String,
) -> Result<LibraryClause, ApiError> {
    state
        .with(move |p| agreement_papers::save_to_library(p, &title, section, language, &text))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_library_clause(
    state: State<'_, AppState>,
    clause_id: i64,
) -> Result<(), ApiError> {
    state
        .with(move |p| agreement_papers::remove_from_library(p, clause_id))
        .await
}

#[cfg(test)]
mod tests {
    use super::paper_copy_path;
    use std::path::Path;

    #[test]
    fn a_papers_copy_stays_in_the_papers_folder() {
        let folder = Path::new("/tmp/pacta-papers");
        assert_eq!(
            paper_copy_path(folder, "12-Terms of reference (v2).pdf").unwrap(),
            folder.join("12-Terms of reference (v2).pdf")
        );
        for name in [
            "",
            "..",
            ".",
            "12-/../../home/someone/.profile",
            "/etc/passwd",
            "sub/paper.pdf",
            "paper.pdf/",
        ] {
            assert!(paper_copy_path(folder, name).is_err(), "{name:?}");
        }
    }
}
