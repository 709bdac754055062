//! What the page is allowed, read from the files Tauri builds the app from: tauri.conf.json,
//! capabilities/*.json, the plugins the app registers and the crates it depends on. Pacta keeps
//! a partnership's members, votes and agreements on one machine: the page reaches no network,
//! runs no shell and touches files only through the app's own commands. Adding a permission,
//! a plugin or a source to the CSP makes this test fail, so that it is a decision, not a
//! side effect.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Every permission of every capability, by capability. The page listens to the app's events
/// (`events.*.listen` in ui/src/lib/ipc/bindings.ts); Pacta's own commands need no grant.
const PERMISSIONS: &[(&str, &[&str])] = &[(
    "default",
    &["core:event:allow-listen", "core:event:allow-unlisten"],
)];

/// Plugins whose mere presence would let a page reach the network, run programs or write files.
const FORBIDDEN_PLUGINS: &[&str] = &["shell", "http", "fs", "websocket", "upload", "updater"];

/// Sources the CSP may name: the app's own origin, inline data for images and fonts, inline
/// styles (Svelte's style attributes), and Tauri's IPC (`ipc:`, and `http://ipc.localhost`,
/// the form the IPC takes where custom schemes are served over http, on Windows).
const ALLOWED_SOURCES: &[&str] = &[
    "'self'",
    "'none'",
    "'unsafe-inline'",
    "data:",
    "ipc:",
    "http://ipc.localhost",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn config() -> Value {
    json(&root().join("tauri.conf.json"))
}

fn capability_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("capabilities"))
        .expect("src-tauri/capabilities exists")
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    for file in &files {
        assert_eq!(
            file.extension().and_then(|e| e.to_str()),
            Some("json"),
            "{}: capabilities are JSON here, so that this test reads every one",
            file.display()
        );
    }
    files
}

/// The identifier of a permission entry: a plain string, or an object with a scope.
fn identifier(entry: &Value) -> &str {
    match entry {
        Value::String(id) => id,
        Value::Object(scoped) => scoped["identifier"]
            .as_str()
            .expect("a scoped permission names its identifier"),
        other => panic!("a permission is a string or an object, not {other}"),
    }
}

fn csp_directives(csp: &str) -> BTreeMap<String, Vec<String>> {
    let mut directives = BTreeMap::new();
    for directive in csp.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_whitespace();
        let name = words.next().unwrap().to_ascii_lowercase();
        let sources: Vec<String> = words.map(str::to_string).collect();
        assert!(
            directives.insert(name.clone(), sources).is_none(),
            "the CSP names {name} twice"
        );
    }
    directives
}

#[test]
fn capabilities_grant_exactly_the_listed_permissions() {
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in capability_files() {
        let capability = json(&file);
        let id = capability["identifier"]
            .as_str()
            .expect("a capability has an identifier")
            .to_string();
        assert!(
            capability.get("remote").is_none(),
            "{id}: no capability may reach remote pages"
        );
        assert_eq!(
            capability["windows"],
            serde_json::json!(["main"]),
            "{id}: for the main window only"
        );
        assert!(capability.get("webviews").is_none(), "{id}: by window");
        let permissions: Vec<String> = capability["permissions"]
            .as_array()
            .expect("a capability lists permissions")
            .iter()
            .map(|p| identifier(p).to_string())
            .collect();
        for permission in &permissions {
            let plugin = permission.split(':').next().unwrap();
            assert!(
                !FORBIDDEN_PLUGINS.contains(&plugin),
                "{id}: {permission} would let the page reach the network, run programs or write files"
            );
            assert!(
                !permission.ends_with(":default") && !permission.contains('*'),
                "{id}: {permission} grants whatever the plugin's authors chose; name each command"
            );
        }
        assert!(found.insert(id, permissions).is_none(), "capability twice");
    }
    let expected: BTreeMap<String, Vec<String>> = PERMISSIONS
        .iter()
        .map(|(id, permissions)| {
            (
                id.to_string(),
                permissions.iter().map(|p| p.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(
        found, expected,
        "the page's permissions changed: if this is meant, update PERMISSIONS here and say why"
    );
}

#[test]
fn the_csp_names_no_remote_origin_and_no_eval() {
    let config = config();
    let csp = config["app"]["security"]["csp"]
        .as_str()
        .expect("tauri.conf.json sets a CSP (without one the page may load anything)");
    let directives = csp_directives(csp);
    let default = &directives["default-src"];
    assert!(default.contains(&"'self'".to_string()), "{csp}");
    for (name, sources) in &directives {
        for source in sources {
            assert!(
                ALLOWED_SOURCES.contains(&source.as_str()),
                "{name} {source}: the CSP allows only the app's own origin and its IPC ({csp})"
            );
        }
        assert!(
            !sources.contains(&"'unsafe-inline'".to_string()) || name == "style-src",
            "{name} 'unsafe-inline': only styles may be inline"
        );
        assert!(
            !sources.contains(&"data:".to_string()) || name == "img-src" || name == "font-src",
            "{name} data:: only images and fonts may be data URLs"
        );
        let ipc = sources.contains(&"ipc:".to_string())
            || sources.contains(&"http://ipc.localhost".to_string());
        assert!(
            !ipc || name == "default-src" || name == "connect-src",
            "{name}: the IPC is for fetching only"
        );
    }
    // Directives that do not fall back to default-src, and scripts, which must not.
    assert_eq!(directives["object-src"], ["'none'"], "{csp}");
    assert_eq!(directives["base-uri"], ["'none'"], "{csp}");
    assert_eq!(directives["form-action"], ["'none'"], "{csp}");
    assert!(
        !directives.contains_key("script-src"),
        "scripts follow default-src: {csp}"
    );
    let security = &config["app"]["security"];
    for off in [
        "dangerousDisableAssetCspModification",
        "devCsp",
        "freezePrototype",
        "capabilities",
    ] {
        assert!(
            security.get(off).is_none(),
            "app.security.{off}: the CSP and capabilities are the ones checked here"
        );
    }
    assert!(
        security.get("assetProtocol").is_none(),
        "the asset protocol would let the page read files"
    );
}

#[test]
fn the_config_loads_only_bundled_pages_and_no_network_plugin() {
    let config = config();
    let build = config["build"].as_object().unwrap();
    assert_eq!(
        build.keys().collect::<Vec<_>>(),
        ["frontendDist"],
        "the page is the built UI, never a dev server or a URL"
    );
    assert_eq!(build["frontendDist"], "../ui/build");
    assert!(
        config["app"].get("withGlobalTauri").is_none(),
        "the API is imported where it is used, not put on window"
    );
    let windows = config["app"]["windows"].as_array().unwrap();
    assert_eq!(windows.len(), 1, "one window");
    assert_eq!(windows[0]["label"], "main");
    assert_eq!(
        windows[0]["create"], false,
        "the main window is built in src/lockdown.rs, with its navigation fence"
    );
    assert!(
        windows[0].get("url").is_none(),
        "the window shows the bundled UI"
    );
    if let Some(plugins) = config.get("plugins").and_then(Value::as_object) {
        for plugin in plugins.keys() {
            assert!(
                !FORBIDDEN_PLUGINS.contains(&plugin.as_str()),
                "plugins.{plugin}"
            );
        }
    }
    // Every URL in the config: the editor's schema is the only one, and it is never fetched.
    let mut urls = BTreeSet::new();
    collect_urls(&config, &mut urls);
    urls.remove("https://schema.tauri.app/config/2");
    urls.retain(|u| u != "http://ipc.localhost");
    assert!(
        urls.is_empty(),
        "remote addresses in tauri.conf.json: {urls:?}"
    );
}

fn collect_urls(value: &Value, urls: &mut BTreeSet<String>) {
    match value {
        Value::String(text) => {
            for word in text.split(|c: char| c.is_whitespace() || c == ';') {
                if word.contains("://") || word.starts_with("ws:") || word.starts_with("wss:") {
                    urls.insert(word.to_string());
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_urls(v, urls)),
        Value::Object(fields) => fields.values().for_each(|v| collect_urls(v, urls)),
        _ => {}
    }
}

#[test]
fn no_plugin_for_the_shell_the_network_or_the_file_system_is_built_in() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let plugins: Vec<&str> = manifest
        .lines()
        .filter_map(|line| line.trim().split([' ', '=']).next())
        .filter(|name| name.starts_with("tauri-plugin-"))
        .collect();
    assert_eq!(
        plugins,
        ["tauri-plugin-dialog", "tauri-plugin-opener"],
        "src-tauri/Cargo.toml's plugins changed"
    );
    // Registered plugins expose commands to any page granted them; the opener's would also
    // inject a script opening clicked links in the browser. Only the dialog is registered.
    let mut registered = Vec::new();
    for path in rust_files(&root().join("src")) {
        let source = std::fs::read_to_string(&path).unwrap();
        registered.extend(
            source
                .split(".plugin(")
                .skip(1)
                .map(|after| after.split("::").next().unwrap_or("").trim().to_string()),
        );
    }
    assert_eq!(registered, ["tauri_plugin_dialog"]);
}

fn rust_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
