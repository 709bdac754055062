//! The portable bundle (docs/bundle.md): the open partnership written to a .zip, and a .zip
//! imported into a new partnership file, which is then opened.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::commands::partnership::changed;
use crate::events;
use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::bundle::{self, BundleSummary, ImportedBundle};
use pacta_api::{ApiError, ApiResult, Clock, Passphrase};

/// Writes the open partnership to `path` as a bundle, its entries encrypted with `passphrase`
/// when one is given; a protected file's bundle is encrypted with the file's own passphrase
/// when none is.
#[tauri::command]
#[specta::specta]
pub async fn export_bundle(
    state: State<'_, AppState>,
    path: String,
    passphrase: Option<Passphrase>,
    grants: State<'_, PathGrants>,
) -> Result<BundleSummary, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| {
            let passphrase = passphrase.or_else(|| p.passphrase());
            bundle::export_bundle_with(p, &path, passphrase.as_ref())
        })
        .await
}

/// Makes the new partnership file `new_path` from the bundle at `bundle_path`, then opens it.
#[tauri::command]
#[specta::specta]
pub async fn import_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    bundle_path: String,
    new_path: String,
    passphrase: Option<Passphrase>,
    grants: State<'_, PathGrants>,
) -> Result<ImportedBundle, ApiError> {
    let bundle_path = state.spoken(grants.check(&bundle_path))?;
    let new_path = state.spoken(grants.check_partnership(&new_path))?;
    let imported = import_then_open(&app, &state, bundle_path, new_path, passphrase).await?;
    Ok(imported)
}

async fn import_then_open(
    app: &AppHandle,
    state: &AppState,
    bundle_path: PathBuf,
    new_path: PathBuf,
    passphrase: Option<Passphrase>,
) -> ApiResult<ImportedBundle> {
    let imported = tauri::async_runtime::spawn_blocking(move || {
        bundle::import_bundle_with(&bundle_path, &new_path, passphrase.as_ref(), &Clock::System)
    })
    .await
    .map_err(crate::app_state::internal)
    .and_then(|imported| imported);
    let imported = state.spoken(imported)?;
    state.open(Path::new(&imported.path))?;
    changed(app);
    Ok(imported)
}

/// File ▸ Export bundle…: a save dialog, then the export; a failure is shown by the page. A
/// protected file's bundle is encrypted with the file's passphrase.
pub(crate) fn export_from_menu(app: &AppHandle) {
    let app = app.clone();
    app.dialog()
        .file()
        .add_filter("Pacta bundle", &["zip"])
        .save_file(move |picked| {
            if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
                let task = app.clone();
                tauri::async_runtime::spawn(async move {
                    let state = task.state::<AppState>();
                    let result = state
                        .with(move |p| {
                            bundle::export_bundle_with(p, &path, p.passphrase().as_ref())
                        })
                        .await;
                    if let Err(error) = result {
                        events::show_error(&task, error);
                    }
                });
            }
        });
}

/// File ▸ Import bundle…: the bundle, then where the new partnership file goes; it is opened.
pub(crate) fn import_from_menu(app: &AppHandle) {
    let app = app.clone();
    app.dialog()
        .file()
        .add_filter("Pacta bundle", &["zip"])
        .pick_file(move |picked| {
            let Some(bundle_path) = picked.and_then(|p| p.into_path().ok()) else {
                return;
            };
            let next = app.clone();
            app.dialog()
                .file()
                .add_filter("Pacta partnership", &["pacta"])
                .save_file(move |picked| {
                    let Some(new_path) = picked.and_then(|p| p.into_path().ok()) else {
                        return;
                    };
                    let new_path = crate::commands::partnership::with_extension(
                        &new_path.display().to_string(),
                    );
                    tauri::async_runtime::spawn(async move {
                        let state = next.state::<AppState>();
                        if let Err(error) =
                            import_then_open(&next, &state, bundle_path, new_path, None).await
                        {
                            events::show_error(&next, error);
                        }
                    });
                });
        });
}
