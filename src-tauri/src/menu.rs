//! The native menu. Every item here is also reachable inside the page (WebDriver cannot
//! drive GTK menus), so this is a convenience, never the only way.

use std::path::PathBuf;

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_dialog::DialogExt;

use crate::commands::partnership::{changed, load_demo};
use crate::events::{self, MenuAction, MenuRequest};
use crate::{recent_files, AppState};

const RECENT_PREFIX: &str = "recent:";

/// Builds the menu again (the recent files or the file's protection changed); a menu that
/// cannot be rebuilt keeps its old items, which is logged.
pub fn reinstall(app: &AppHandle) {
    if let Err(error) = install(app) {
        tracing::warn!(%error, "the menu could not be rebuilt");
    }
}

/// Builds the menu (again, when the recent files change) and routes its events.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let menu = build(app)?;
    app.set_menu(menu)?;
    app.on_menu_event(handle);
    Ok(())
}

fn build(app: &AppHandle) -> tauri::Result<Menu<Wry>> {
    let data_dir = app.state::<AppState>().data_dir.clone();
    let mut recent = SubmenuBuilder::new(app, "Open recent");
    let files = recent_files::load(&data_dir);
    if files.is_empty() {
        recent = recent.item(
            &MenuItemBuilder::with_id("recent-none", "No recent files")
                .enabled(false)
                .build(app)?,
        );
    }
    for (index, file) in files.iter().enumerate() {
        recent = recent
            .item(&MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{index}"), file).build(app)?);
    }
    let file = SubmenuBuilder::new(app, "File")
        .item(
            &MenuItemBuilder::with_id("new", "New partnership…")
                .accelerator("CmdOrCtrl+N")
                .build(app)?,
        )
        .item(
            &MenuItemBuilder::with_id("open", "Open…")
                .accelerator("CmdOrCtrl+O")
                .build(app)?,
        )
        .item(&recent.build()?)
        .item(
            &MenuItemBuilder::with_id("save-copy", "Save a copy…")
                .accelerator("CmdOrCtrl+Shift+S")
                .build(app)?,
        )
        .item(&MenuItemBuilder::with_id("back-up", "Back up…").build(app)?)
        .item(&MenuItemBuilder::with_id("restore-backup", "Restore from backup…").build(app)?)
        .item(&MenuItemBuilder::with_id("export-bundle", "Export bundle…").build(app)?)
        .item(&MenuItemBuilder::with_id("import-bundle", "Import bundle…").build(app)?);
    // Only a file protected with a passphrase can be locked (also in the page's sidebar).
    let file = if app.state::<AppState>().is_protected() {
        file.separator().item(
            &MenuItemBuilder::with_id("lock", "Lock now")
                .accelerator("CmdOrCtrl+L")
                .build(app)?,
        )
    } else {
        file
    };
    let file = file
        .separator()
        .item(&MenuItemBuilder::with_id("demo", "Load demo partnership").build(app)?)
        .separator()
        .item(&MenuItemBuilder::with_id("import-members", "Import members…").build(app)?)
        .item(&MenuItemBuilder::with_id("export-members", "Export members…").build(app)?)
        .item(&MenuItemBuilder::with_id("import-agreement", "Import agreement…").build(app)?)
        .separator()
        .item(
            &MenuItemBuilder::with_id("settings", "Settings…")
                .accelerator("CmdOrCtrl+,")
                .build(app)?,
        )
        .separator()
        .quit()
        .build()?;
    MenuBuilder::new(app).item(&file).build()
}

fn handle(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref().to_string();
    let request = |action| events::send(app, MenuRequest { action });
    match id.as_str() {
        "new" => request(MenuAction::NewPartnership),
        "import-members" => request(MenuAction::ImportMembers),
        "export-members" => request(MenuAction::ExportMembers),
        "import-agreement" => request(MenuAction::ImportAgreement),
        "settings" => request(MenuAction::Settings),
        // Both go through the page, which shows what was written and, before a restore,
        // what the backup holds.
        "back-up" => request(MenuAction::BackUp),
        "restore-backup" => request(MenuAction::RestoreBackup),
        // The portable bundle (docs/bundle.md): dialogs from Rust, as for "Save a copy…".
        "export-bundle" => crate::commands::bundle::export_from_menu(app),
        "import-bundle" => crate::commands::bundle::import_from_menu(app),
        "lock" => crate::commands::protection::lock_from_menu(app),
        "open" => {
            let app = app.clone();
            app.dialog()
                .file()
                .add_filter("Pacta partnership", &["pacta"])
                .pick_file(move |picked| {
                    if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
                        open(&app, path);
                    }
                });
        }
        "save-copy" => {
            let app = app.clone();
            app.dialog()
                .file()
                .add_filter("Pacta partnership", &["pacta"])
                .save_file(move |picked| {
                    if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
                        let task = app.clone();
                        tauri::async_runtime::spawn(async move {
                            let state = task.state::<AppState>();
                            if let Err(error) = state.with(move |p| p.save_copy(&path)).await {
                                events::show_error(&task, error);
                            }
                        });
                    }
                });
        }
        "demo" => {
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                let state = app.state::<AppState>();
                if let Err(error) = load_demo(&app, &state).await {
                    events::show_error(&app, error);
                }
            });
        }
        other => {
            if let Some(index) = other
                .strip_prefix(RECENT_PREFIX)
                .and_then(|n| n.parse::<usize>().ok())
            {
                let data_dir = app.state::<AppState>().data_dir.clone();
                if let Some(path) = recent_files::load(&data_dir).get(index) {
                    open(app, PathBuf::from(path));
                }
            }
        }
    }
}

fn open(app: &AppHandle, path: PathBuf) {
    match app.state::<AppState>().open(&path) {
        Ok(()) => changed(app),
        // A protected file: the page asks its passphrase instead of showing an error.
        Err(error) if error.code == pacta_api::ErrorCode::PassphraseRequired => {
            crate::commands::protection::ask_passphrase(app);
        }
        Err(error) => events::show_error(app, error),
    }
}
