//! The Pacta desktop app: a window, a native menu and thin commands over `pacta-api`.

mod app_state;
pub mod bindings;
mod commands;
mod events;
mod lockdown;
mod logging;
mod menu;
mod path_grants;
mod recent_files;
mod startup;

use tauri::Manager;

pub use app_state::AppState;

/// Builds and runs the app until its window closes.
pub fn run() {
    let startup = startup::Startup::from_environment();
    // The log's writer thread: kept until the app exits (see `RunEvent::Exit` below).
    let mut log = logging::start(&startup.data_dir);
    let specta = bindings::builder();
    let app = tauri::Builder::default()
        // The dialog plugin serves the native file dialogs the commands open from Rust; the page
        // is granted none of its commands. The opener plugin is not registered at all: papers
        // are opened from Rust, and its commands and link-click script would only give the page
        // a way to reach the network.
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(specta.invoke_handler())
        .setup(move |app| {
            specta.mount_events(app);
            let state = AppState::new(startup.data_dir.clone());
            state.open_at_startup(&startup);
            app.manage(state);
            app.manage(path_grants::PathGrants::new(startup.data_dir.clone()));
            lockdown::open_main_window(app)?;
            let handle = app.handle().clone();
            menu::install(&handle)?;
            commands::partnership::refresh_title(&handle);
            commands::backup::back_up_automatically(&handle);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Destroyed = event {
                window.app_handle().state::<AppState>().close();
            }
        })
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(error) => {
            tracing::error!(%error, "the window could not start");
            drop(log);
            panic!("the Pacta window could not start: {error}");
        }
    };
    app.run(move |_, event| {
        // The event loop ends the process without running destructors: the log's queue is
        // written out here.
        if let tauri::RunEvent::Exit = event {
            tracing::info!("Pacta stopped");
            drop(log.take());
        }
    });
}
