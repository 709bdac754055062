//! The window's fence: the page may show only Pacta's own pages. The CSP already keeps remote
//! content out of the page; this also refuses navigating the webview itself elsewhere and
//! opening pop-up windows, so a link in stored text (a meeting's online link, a pasted URL)
//! can never make the app reach the network.

use tauri::webview::NewWindowResponse;
use tauri::{App, Url, WebviewWindowBuilder};

/// The window Pacta shows, from `app.windows` in tauri.conf.json (marked `"create": false` there
/// so that it is built here, with the fence, before the page can load).
pub const MAIN_WINDOW: &str = "main";

pub fn open_main_window(app: &App) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == MAIN_WINDOW)
        .cloned()
        .expect("tauri.conf.json describes the main window");
    WebviewWindowBuilder::from_config(app, &config)?
        .on_navigation(stays_in_app)
        .on_new_window(|_, _| NewWindowResponse::Deny)
        .build()?;
    Ok(())
}

/// Pacta's own pages: the bundled UI under Tauri's scheme (`tauri://localhost` on Linux and
/// macOS, `http(s)://tauri.localhost` on Windows), and the empty page a webview starts from.
pub fn stays_in_app(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        "about" => url.path() == "blank",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::stays_in_app;
    use tauri::Url;

    fn allowed(url: &str) -> bool {
        stays_in_app(&Url::parse(url).unwrap())
    }

    #[test]
    fn only_the_apps_own_pages_are_reachable() {
        for own in [
            "tauri://localhost/",
            "tauri://localhost/matrices/3",
            "http://tauri.localhost/meetings?tab=past",
            "https://tauri.localhost/",
            "about:blank",
        ] {
            assert!(allowed(own), "{own}");
        }
        for elsewhere in [
            "https://meet.example.org/room",
            "http://localhost:5173/",
            "http://tauri.localhost.example.org/",
            "tauri://example.org/",
            "file:///etc/passwd",
            "mailto:secretariat@example.org",
            "data:text/html,<p>hi</p>",
            "javascript:alert(1)",
            "about:srcdoc",
        ] {
            assert!(!allowed(elsewhere), "{elsewhere}");
        }
    }
}
