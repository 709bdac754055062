use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::events::{self, PartnershipChanged};
use crate::path_grants::PathGrants;
use crate::{menu, recent_files, AppState};
use pacta_api::{demo, ApiError, ApiResult, ErrorCode, PartnershipInfo};

#[tauri::command]
#[specta::specta]
pub async fn partnership_info(state: State<'_, AppState>) -> Result<PartnershipInfo, ApiError> {
    state.with(|p| p.info()).await
}

/// Why the file asked for at start-up could not be opened, if it could not.
#[tauri::command]
#[specta::specta]
pub fn startup_problem(state: State<'_, AppState>) -> Option<ApiError> {
    state.startup_error()
}

#[tauri::command]
#[specta::specta]
pub async fn open_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<PartnershipInfo, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    if let Err(error) = state.open(&path) {
        // A protected file: the page asks its passphrase (`passphrase_request`).
        if error.code == ErrorCode::PassphraseRequired {
            super::protection::ask_passphrase(&app);
        }
        return Err(error);
    }
    changed(&app);
    state.with(|p| p.info()).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
    name: String,
) -> Result<PartnershipInfo, ApiError> {
    let path = state.spoken(grants.check_partnership(&path))?;
    state.create(&path, &name)?;
    changed(&app);
    state.with(|p| p.info()).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_partnership_copy(
    state: State<'_, AppState>,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<(), ApiError> {
    let path = state.spoken(grants.check_partnership(&path))?;
    state.with(move |p| p.save_copy(&path)).await
}

/// Creates the demo partnership in a new file of the app's data folder and opens it.
#[tauri::command]
#[specta::specta]
pub async fn load_demo_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<PartnershipInfo, ApiError> {
    load_demo(&app, &state).await
}

pub async fn load_demo(app: &AppHandle, state: &AppState) -> ApiResult<PartnershipInfo> {
    let path = free_path(&state.data_dir, "SEA Forum for Fishers (demo)");
    state.create(&path, "SEA Forum for Fishers")?;
    let info = state
        .with(|p| {
            demo::load(p)?;
            p.info()
        })
        .await?;
    changed(app);
    Ok(info)
}

#[tauri::command]
#[specta::specta]
pub fn recent_partnerships(state: State<'_, AppState>) -> Vec<String> {
    recent_files::load(&state.data_dir)
}

/// The folder where the app keeps partnerships it creates itself.
#[tauri::command]
#[specta::specta]
pub fn data_folder(state: State<'_, AppState>) -> String {
    state.data_dir.display().to_string()
}

#[tauri::command]
#[specta::specta]
pub async fn set_acting_user(
    state: State<'_, AppState>,
    name: String,
) -> Result<PartnershipInfo, ApiError> {
    state
        .with(move |p| {
            p.set_actor(&name)?;
            p.info()
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_partnership(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
) -> Result<PartnershipInfo, ApiError> {
    let info = state
        .with(move |p| {
            p.rename(&name)?;
            p.info()
        })
        .await?;
    changed(&app);
    Ok(info)
}

/// Which kind of file a native file dialog asks for.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Partnership,
    Spreadsheet,
    /// A member list to import: any spreadsheet or text export a secretariat keeps.
    MemberList,
    Csv,
    Xlsx,
    Pdf,
    Docx,
    /// A paper to attach: a scanned PDF or an image.
    Paper,
    /// A calendar invitation.
    Ics,
    /// A portable bundle (docs/bundle.md).
    Bundle,
}

impl FileKind {
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FileKind::Partnership => ("Pacta partnership", &["pacta"]),
            FileKind::Spreadsheet => ("Spreadsheet", &["csv", "xlsx"]),
            FileKind::MemberList => ("Member list", &["csv", "txt", "tsv", "xlsx", "xls", "ods"]),
            FileKind::Csv => ("CSV", &["csv"]),
            FileKind::Xlsx => ("Excel workbook", &["xlsx"]),
            FileKind::Pdf => ("PDF", &["pdf"]),
            FileKind::Docx => ("Word document", &["docx"]),
            FileKind::Ics => ("Calendar invitation", &["ics"]),
            FileKind::Bundle => ("Pacta bundle", &["zip"]),
            FileKind::Paper => (
                "PDF or image",
                &["pdf", "png", "jpg", "jpeg", "tif", "tiff", "docx", "txt"],
            ),
        }
    }
}

/// Asks the user for an existing file in a native dialog; `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_file_to_open(app: AppHandle, kind: FileKind) -> Option<String> {
    let (name, extensions) = kind.filter();
    let picked = app
        .dialog()
        .file()
        .add_filter(name, extensions)
        .blocking_pick_file();
    granted(&app, picked.and_then(|file| file.into_path().ok()))
}

/// Remembers a path the user chose, so that the commands the page then calls with it may use it.
fn granted(app: &AppHandle, picked: Option<PathBuf>) -> Option<String> {
    let path = picked?;
    app.state::<PathGrants>().grant(&path);
    Some(path.display().to_string())
}

/// Asks the user where to save a file in a native dialog; `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_file_to_save(
    app: AppHandle,
    kind: FileKind,
    suggested_name: String,
) -> Option<String> {
    let (name, extensions) = kind.filter();
    let picked = app
        .dialog()
        .file()
        .add_filter(name, extensions)
        .set_file_name(suggested_name)
        .blocking_save_file();
    granted(&app, picked.and_then(|file| file.into_path().ok()))
}

/// Tells the page and the window that another partnership (or a new name) is in place.
pub fn changed(app: &AppHandle) {
    refresh_title(app);
    menu::reinstall(app);
    events::send(app, PartnershipChanged);
    super::backup::back_up_automatically(app);
}

/// "<partnership> — Pacta" in the window title.
pub fn refresh_title(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let title = match app.state::<AppState>().partnership_name() {
        Some(name) if !name.is_empty() => format!("{name} — Pacta"),
        _ => "Pacta".to_string(),
    };
    if let Err(error) = window.set_title(&title) {
        tracing::warn!(%error, "the window title could not be set");
    }
}

pub(crate) fn with_extension(path: &str) -> PathBuf {
    let path = PathBuf::from(path.trim());
    if path.extension().is_some_and(|e| e == "pacta") {
        path
    } else {
        let mut named = path.into_os_string();
        named.push(".pacta");
        PathBuf::from(named)
    }
}

fn free_path(dir: &Path, stem: &str) -> PathBuf {
    let mut candidate = dir.join(format!("{stem}.pacta"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = dir.join(format!("{stem} {n}.pacta"));
    }
    candidate
}
