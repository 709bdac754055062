//! The harness: one real Pacta window at a time, driven through tauri-driver → WebKitWebDriver.
//!
//! * [`Workspace`] is a fresh temporary folder with a partnership file and a data folder; a test
//!   may launch the app on it several times (to check what was saved) and inspect it with the
//!   `pacta` CLI between launches.
//! * [`journey`] runs a test body holding the global lock (one app at a time, so plain
//!   `cargo test` works) and reports its duration.
//! * [`Workspace::launch`] starts `tauri-driver` on free ports (its XDG folders inside the
//!   workspace, so the webview's storage is fresh too) and opens a WebDriver session whose
//!   capabilities start `target/debug/pacta-desktop <file> --data-dir=<dir>`.
//! * [`App::end`] ends the session (the app closes), waits for the app process to be gone and
//!   its lock on the partnership file to be released (it outlives the process entry by a few
//!   milliseconds; the CLI refuses a locked file), then stops tauri-driver with SIGTERM (never SIGKILL first: only on TERM does tauri-driver stop
//!   WebKitWebDriver). On an error it first saves a screenshot `failed-<label>.png`.
//!   Dropping an [`App`] without `end` (a panic) does the same synchronously, as a safety net.
//!
//! Every wait is a bounded poll ([`TIMEOUT`]); nothing sleeps for a fixed time to "let the UI
//! settle". Steps return [`Result`] so a failing journey still tears the app down cleanly.

#![allow(dead_code)] // each helper is used by some journeys, not necessarily all

use std::cell::RefCell;
use std::fmt;
use std::fs::File;
use std::future::Future;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::sync::Mutex;

/// How long any single wait may take before the step fails.
pub const TIMEOUT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(100);

/// One app at a time: every [`journey`] holds this lock for its whole run.
static ONE_APP_AT_A_TIME: Mutex<()> = Mutex::const_new(());
/// Set while a journey holds [`ONE_APP_AT_A_TIME`].
static IN_JOURNEY: AtomicBool = AtomicBool::new(false);

// ---------------------------------------------------------------------------------------------
// Errors

/// A failed step, with a message meant for a person reading the test output.
pub struct Failure(pub String);

pub type Result<T = ()> = std::result::Result<T, Failure>;

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<fantoccini::error::CmdError> for Failure {
    fn from(error: fantoccini::error::CmdError) -> Self {
        Failure(format!("WebDriver command failed: {error}"))
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(format!("I/O error: {error}"))
    }
}

impl From<rust_xlsxwriter::XlsxError> for Failure {
    fn from(error: rust_xlsxwriter::XlsxError) -> Self {
        Failure(format!("could not write the workbook: {error}"))
    }
}

impl From<zip::result::ZipError> for Failure {
    fn from(error: zip::result::ZipError) -> Self {
        Failure(format!("zip archive: {error}"))
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Self {
        Failure(format!("JSON error: {error}"))
    }
}

/// Fails the step with a formatted message.
macro_rules! fail {
    ($($arg:tt)*) => {
        return Err($crate::support::Failure(format!($($arg)*)))
    };
}

/// Fails the step unless the condition holds.
macro_rules! ensure {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            fail!($($arg)*);
        }
    };
}

/// Runs one journey with the app to itself: waits for the global lock (one journey, so one app,
/// at a time, whatever `--test-threads`), prints how long the journey took (lock wait excluded)
/// and turns a failure into a test panic. [`Workspace::launch`] works only inside a journey.
pub async fn journey<F: Future<Output = Result>>(name: &str, body: F) {
    let _guard = ONE_APP_AT_A_TIME.lock().await;
    IN_JOURNEY.store(true, Ordering::SeqCst);
    let started = Instant::now();
    let outcome = body.await;
    IN_JOURNEY.store(false, Ordering::SeqCst);
    let seconds = started.elapsed().as_secs_f64();
    match outcome {
        Ok(()) => eprintln!("[e2e] journey {name}: passed in {seconds:.1} s"),
        Err(failure) => {
            eprintln!("[e2e] journey {name}: FAILED after {seconds:.1} s");
            panic!("journey {name} failed: {failure}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Paths

/// The workspace root (the folder holding the root Cargo.toml).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent folder")
        .to_path_buf()
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                repo_root().join(dir)
            }
        }
        None => repo_root().join("target"),
    }
}

/// `target/debug/pacta-desktop` (or `PACTA_E2E_APP`); fails with how to build it when missing.
pub fn app_binary() -> Result<PathBuf> {
    let path = std::env::var_os("PACTA_E2E_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("pacta-desktop"));
    ensure!(
        path.is_file(),
        "the app binary {} does not exist. Build it first (the tests never build it): \
         `cd ui && npm run build && cd .. && cargo build -p pacta-desktop`",
        path.display()
    );
    // The binary embeds ui/build at compile time: a newer ui/build is not what runs.
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let ui = repo_root().join("ui").join("build").join("index.html");
    if let (Some(app), Some(ui)) = (modified(&path), modified(&ui)) {
        static WARN_ONCE: std::sync::Once = std::sync::Once::new();
        if ui > app {
            WARN_ONCE.call_once(|| {
                eprintln!(
                    "[e2e] warning: ui/build is newer than {}: the app still embeds the older UI \
                 (run `cargo build -p pacta-desktop`)",
                    path.display()
                )
            });
        }
    }
    Ok(path)
}

/// `target/debug/pacta` (or `PACTA_E2E_CLI`); fails with how to build it when missing.
pub fn cli_binary() -> Result<PathBuf> {
    let path = std::env::var_os("PACTA_E2E_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("pacta"));
    ensure!(
        path.is_file(),
        "the CLI binary {} does not exist. Build it first: `cargo build -p pacta-cli`",
        path.display()
    );
    Ok(path)
}

/// `tauri-driver` from `TAURI_DRIVER`, the PATH, or `~/.cargo/bin`.
fn tauri_driver_binary() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return Ok(PathBuf::from(path));
    }
    let on_path = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default();
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    let candidates = on_path
        .into_iter()
        .chain(cargo_home.map(|home| home.join("bin")))
        .map(|dir| dir.join("tauri-driver"));
    for candidate in candidates {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    fail!("tauri-driver was found neither on the PATH nor in ~/.cargo/bin: `cargo install tauri-driver --locked`")
}

/// `artifacts/<sub>` at the repository root, created if missing.
pub fn artifacts_dir(sub: &str) -> Result<PathBuf> {
    let dir = repo_root().join("artifacts").join(sub);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// Whether the WebDriver server on `port` answers `GET /status` with 200 (through tauri-driver
/// this also proves WebKitWebDriver behind it is up).
fn status_ok(port: u16) -> bool {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    // Read to the end (the server closes): closing early would reset the connection.
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    let head = String::from_utf8_lossy(&reply);
    head.starts_with("HTTP/1.1 200") || head.starts_with("HTTP/1.0 200")
}

// ---------------------------------------------------------------------------------------------
// Workspace

/// A fresh temporary folder holding one partnership file and the app's data folder.
pub struct Workspace {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    pub file: PathBuf,
    pub data_dir: PathBuf,
}

impl Workspace {
    pub fn new(name: &str) -> Result<Workspace> {
        // PACTA_E2E_KEEP=1 keeps the folders (files, CSVs, data dir) for a post-mortem.
        let keep = std::env::var_os("PACTA_E2E_KEEP").is_some();
        let dir = tempfile::Builder::new()
            .prefix(&format!("pacta-e2e-{name}-"))
            .disable_cleanup(keep)
            .tempdir()?;
        if keep {
            eprintln!("[e2e] keeping {}", dir.path().display());
        }
        let root = dir.path().to_path_buf();
        let data_dir = root.join("data");
        std::fs::create_dir_all(&data_dir)?;
        Ok(Workspace {
            file: root.join(format!("{name}.pacta")),
            data_dir,
            root,
            _dir: dir,
        })
    }

    /// Runs the `pacta` CLI on this workspace's file and returns its standard output.
    /// Only while no app has the file open (the app holds an exclusive lock).
    pub fn cli(&self, args: &[&str]) -> Result<String> {
        let output = Command::new(cli_binary()?)
            .arg("--db")
            .arg(&self.file)
            .args(args)
            .output()?;
        ensure!(
            output.status.success(),
            "`pacta --db {} {}` failed ({}): {}{}",
            self.file.display(),
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr),
            holders(&self.file)
        );
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// `pacta members list --json`, parsed.
    pub fn cli_members(&self) -> Result<Vec<Value>> {
        let out = self.cli(&["members", "list", "--json"])?;
        match serde_json::from_str::<Value>(&out)? {
            Value::Array(members) => Ok(members),
            other => fail!("`members list --json` did not print an array: {other}"),
        }
    }

    /// Writes a file into the workspace and returns its path.
    pub fn write(&self, name: &str, contents: &str) -> Result<PathBuf> {
        let path = self.root.join(name);
        std::fs::write(&path, contents)?;
        Ok(path)
    }

    /// Starts tauri-driver and opens the app on this workspace's file. `label` names the log
    /// (`artifacts/e2e-logs/<label>.log`) and the failure screenshot.
    pub async fn launch(&self, label: &str) -> Result<App> {
        let app = app_binary()?;
        cli_binary()?; // fail early, before a window opens, when the CLI is missing too
        if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
            fail!(
                "no display: run the suite under Xvfb, e.g. \
                 `xvfb-run -a -s \"-screen 0 1280x800x24\" cargo test -p pacta-e2e`"
            );
        }
        ensure!(
            IN_JOURNEY.load(Ordering::SeqCst),
            "launch the app only inside `journey(..)`, which keeps to one app at a time"
        );
        let driver = Driver::start(label, &self.root)?;
        let capabilities = json!({
            "tauri:options": {
                "application": app,
                "args": [
                    self.file.display().to_string(),
                    format!("--data-dir={}", self.data_dir.display()),
                ],
            }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object")
        };
        let url = format!("http://127.0.0.1:{}", driver.port);
        let started = Instant::now();
        let mut builder = ClientBuilder::native();
        builder.capabilities(capabilities);
        let connecting = builder.connect(&url);
        let client = match tokio::time::timeout(Duration::from_secs(30), connecting).await {
            Ok(Ok(client)) => client,
            Ok(Err(error)) => fail!(
                "could not open a WebDriver session: {error}\n--- driver log ---\n{}",
                driver.log_tail()
            ),
            Err(_) => fail!(
                "no WebDriver session after 30 s\n--- driver log ---\n{}",
                driver.log_tail()
            ),
        };
        let session_id = client.session_id().await?;
        eprintln!(
            "[e2e] {label}: session open in {:.2} s",
            started.elapsed().as_secs_f64()
        );
        Ok(App {
            client: Some(client),
            session_id,
            driver: Some(driver),
            app_pids: processes_mentioning(&self.root.display().to_string()),
            file: self.file.clone(),
            marker: self.root.display().to_string(),
            label: label.to_string(),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// tauri-driver

struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    /// `home` becomes the XDG data, cache and config home of everything the driver starts: the
    /// webview keeps its storage (localStorage: the UI language…) there, not in `--data-dir`.
    fn start(label: &str, home: &Path) -> Result<Driver> {
        let binary = tauri_driver_binary()?;
        let port = free_port()?;
        let mut native_port = free_port()?;
        while native_port == port {
            native_port = free_port()?;
        }
        let log = artifacts_dir("e2e-logs")?.join(format!("{label}.log"));
        let log_file = File::create(&log)?;
        let xdg = |name: &str| -> Result<PathBuf> {
            let dir = home.join(name);
            std::fs::create_dir_all(&dir)?;
            Ok(dir)
        };
        let child = Command::new(&binary)
            .env("XDG_DATA_HOME", xdg("xdg-data")?)
            .env("XDG_CACHE_HOME", xdg("xdg-cache")?)
            .env("XDG_CONFIG_HOME", xdg("xdg-config")?)
            .arg(format!("--port={port}"))
            .arg(format!("--native-port={native_port}"))
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            .spawn()
            .map_err(|error| Failure(format!("could not start {}: {error}", binary.display())))?;
        let mut driver = Driver { child, port, log };
        let deadline = Instant::now() + TIMEOUT;
        while !status_ok(port) {
            if let Some(status) = driver.child.try_wait()? {
                fail!(
                    "tauri-driver exited at start ({status})\n--- log ---\n{}",
                    driver.log_tail()
                );
            }
            if Instant::now() > deadline {
                fail!(
                    "tauri-driver did not answer on ports {port}/{native_port} within {} s\n--- log ---\n{}",
                    TIMEOUT.as_secs(),
                    driver.log_tail()
                );
            }
            std::thread::sleep(POLL);
        }
        Ok(driver)
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// SIGTERM (tauri-driver then stops WebKitWebDriver), then wait; SIGKILL only as a last resort.
    fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        signal(self.child.id(), "TERM");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(POLL);
        }
        eprintln!("[e2e] tauri-driver ignored SIGTERM for 10 s; killing it");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.stop();
    }
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Whether a process still runs: neither gone nor a zombie. A dying process loses its command
/// line before it closes its files (and so releases its lock): only the zombie state tells it
/// is really done.
fn running(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // "pid (comm) S ..." — comm may hold spaces or parentheses: the state follows the last ')'.
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| state != "Z" && state != "X"),
        Err(_) => false,
    }
}

/// Whether no process holds the app's lock on `file` any more (a missing file counts as free).
/// The lock outlives the app's process entry by a few milliseconds while its threads wind down,
/// so "the app has exited" is not enough before handing the file to the CLI.
fn file_unlocked(file: &Path) -> bool {
    match File::open(file) {
        Ok(handle) => match handle.try_lock() {
            Ok(()) => {
                let _ = handle.unlock();
                true
            }
            Err(_) => false,
        },
        Err(error) => error.kind() == std::io::ErrorKind::NotFound,
    }
}

/// Process ids whose command line mentions `marker` (the workspace folder): the app we started.
fn processes_mentioning(marker: &str) -> Vec<u32> {
    let own = std::process::id();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| *pid != own)
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|cmdline| String::from_utf8_lossy(&cmdline).contains(marker))
                .unwrap_or(false)
        })
        .collect()
}

/// Which processes have `file` open (to explain "already open" errors).
fn holders(file: &Path) -> String {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return String::new();
    };
    let mut found = Vec::new();
    for pid in entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
    {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        let holds = fds
            .flatten()
            .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == file));
        if holds {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            found.push(format!("pid {pid}: {}", cmdline.trim()));
        }
    }
    if found.is_empty() {
        String::new()
    } else {
        format!("\nprocesses holding the file: {}", found.join("; "))
    }
}

/// Ends a WebDriver session with a plain blocking HTTP request (usable from `Drop`).
fn delete_session_blocking(port: u16, session_id: &str) {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_secs(2)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let request = format!(
        "DELETE /session/{session_id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut reply = [0u8; 512];
        let _ = stream.read(&mut reply);
    }
}

// ---------------------------------------------------------------------------------------------
// App

/// The running app, driven through one WebDriver session.
pub struct App {
    client: Option<Client>,
    session_id: Option<String>,
    driver: Option<Driver>,
    /// Appears in the app's command line: finds the app process to wait for its exit.
    marker: String,
    /// The app's processes seen when the session opened.
    app_pids: Vec<u32>,
    /// The partnership file the app holds locked while it runs.
    file: PathBuf,
    label: String,
}

impl App {
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    /// Ends the session after `outcome` (saving `failed-<label>.png` first when it is an error),
    /// waits for the app to exit and stops tauri-driver. Returns `outcome`, or the teardown error.
    pub async fn end(mut self, outcome: Result) -> Result {
        if let Err(failure) = &outcome {
            let name = format!("failed-{}", self.label);
            match self.screenshot(&name).await {
                Ok(path) => eprintln!(
                    "[e2e] {}: failed ({failure}); screenshot {}",
                    self.label,
                    path.display()
                ),
                Err(error) => eprintln!("[e2e] {}: no failure screenshot: {error}", self.label),
            }
        }
        let started = Instant::now();
        let closed = match self.client.take() {
            Some(client) => client.close().await.map_err(Failure::from),
            None => Ok(()),
        };
        self.session_id = None;
        let closing = started.elapsed().as_secs_f64();
        let exited = self.wait_for_app_exit().await;
        let exiting = started.elapsed().as_secs_f64();
        if let Some(mut driver) = self.driver.take() {
            driver.stop();
        }
        eprintln!(
            "[e2e] {}: session ended in {closing:.2} s, app gone after {exiting:.2} s, driver stopped after {:.2} s",
            self.label,
            started.elapsed().as_secs_f64()
        );
        for (what, result) in [("ending the session", &closed), ("the app's exit", &exited)] {
            if let (Err(_), Err(error)) = (&outcome, result) {
                eprintln!("[e2e] {}: also failed: {what}: {error}", self.label);
            }
        }
        outcome?;
        closed?;
        exited
    }

    /// The app's processes that still run (not gone, not zombies).
    fn app_processes_left(&self) -> Vec<u32> {
        let mut pids = processes_mentioning(&self.marker);
        pids.extend(self.app_pids.iter().copied());
        pids.sort_unstable();
        pids.dedup();
        pids.retain(|pid| running(*pid));
        pids
    }

    /// After the session ended the app must go away (it holds a lock on the partnership file).
    async fn wait_for_app_exit(&self) -> Result {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = self.app_processes_left();
            let unlocked = file_unlocked(&self.file);
            if left.is_empty() && unlocked {
                return Ok(());
            }
            if Instant::now() > deadline {
                for pid in &left {
                    signal(*pid, "TERM");
                }
                fail!(
                    "{} s after the session ended, the app {}",
                    TIMEOUT.as_secs(),
                    if left.is_empty() {
                        "was gone but its partnership file was still locked".to_string()
                    } else {
                        format!("was still running (pids {left:?}); sent SIGTERM")
                    }
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    // ---- waiting ----------------------------------------------------------------------------

    /// Polls `check` until it yields `Some`, for at most [`TIMEOUT`]; `what` describes the wait.
    pub async fn poll<T, F, Fut>(&self, what: &str, mut check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        let deadline = Instant::now() + TIMEOUT;
        let mut last_error = None;
        loop {
            match check().await {
                Ok(Some(value)) => return Ok(value),
                Ok(None) => {}
                Err(error) => last_error = Some(error),
            }
            if Instant::now() > deadline {
                let detail = last_error
                    .map(|error| format!(" (last error: {error})"))
                    .unwrap_or_default();
                fail!(
                    "timed out after {} s waiting for {what}{detail}",
                    TIMEOUT.as_secs()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// All elements matching a CSS selector, right now.
    pub async fn all(&self, css: &str) -> Result<Vec<Element>> {
        Ok(self.client().find_all(Locator::Css(css)).await?)
    }

    /// Whether an element matching `css` exists right now.
    pub async fn exists(&self, css: &str) -> Result<bool> {
        Ok(!self.all(css).await?.is_empty())
    }

    /// The first displayed element matching `css`, waiting for it.
    pub async fn visible(&self, css: &str) -> Result<Element> {
        self.poll(&format!("a visible `{css}`"), || async move {
            for element in self.all(css).await? {
                if element.is_displayed().await? {
                    return Ok(Some(element));
                }
            }
            Ok(None)
        })
        .await
    }

    /// Waits for `css` to be visible and clicks it (retrying while it is not clickable yet).
    pub async fn click(&self, css: &str) -> Result {
        self.poll(&format!("a click on `{css}` to succeed"), || async move {
            let element = self.visible(css).await?;
            element.click().await?;
            Ok(Some(()))
        })
        .await
    }

    /// The rendered text of the first visible `css`.
    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.visible(css).await?.text().await?)
    }

    /// Waits until the text of a visible `css` satisfies `pred`; returns that text.
    pub async fn wait_text(
        &self,
        css: &str,
        expectation: &str,
        pred: impl Fn(&str) -> bool,
    ) -> Result<String> {
        let pred = &pred;
        let last = RefCell::new(String::new());
        let last_seen = &last;
        let outcome = self
            .poll(
                &format!("the text of `{css}` to be {expectation}"),
                || async move {
                    for element in self.all(css).await? {
                        if element.is_displayed().await? {
                            let text = element.text().await?;
                            if pred(&text) {
                                return Ok(Some(text));
                            }
                            *last_seen.borrow_mut() = text;
                        }
                    }
                    Ok(None)
                },
            )
            .await;
        outcome
            .map_err(|failure| Failure(format!("{failure}; last text seen: {:?}", last.borrow())))
    }

    /// The text a person reads in `element` (its `innerText`, whitespace collapsed).
    /// WebKitWebDriver's Get Element Text returns only the last cell of the members list's
    /// `role="row"` links, so rows are read through the DOM instead.
    pub async fn inner_text(&self, element: &Element) -> Result<String> {
        let text = element.prop("innerText").await?.unwrap_or_default();
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// An attribute of the first element matching `css` (waiting for the element to exist).
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        let element = self
            .poll(&format!("an element `{css}`"), || async move {
                Ok(self.all(css).await?.into_iter().next())
            })
            .await?;
        Ok(element.attr(name).await?)
    }

    /// Types `text` into the input `css` as a person would (WebDriver key events).
    /// Returns the field's value afterwards; fails when the field does not hold `text`.
    pub async fn fill(&self, css: &str, text: &str) -> Result {
        let element = self.visible(css).await?;
        element.click().await?;
        element.clear().await?;
        element.send_keys(text).await?;
        let value = element.prop("value").await?.unwrap_or_default();
        ensure!(
            value == text,
            "typed {text:?} into `{css}` but the field holds {value:?}"
        );
        Ok(())
    }

    /// Picks the option with `value` in the select `css`.
    pub async fn select(&self, css: &str, value: &str) -> Result {
        let element = self.visible(css).await?;
        element.select_by_value(value).await?;
        let now = element.prop("value").await?.unwrap_or_default();
        if now != value {
            // Some WebKitWebDriver builds do not move the selection when an <option> is
            // clicked: set it as the page would and announce the change.
            self.client()
                .execute(
                    "const [el, v] = arguments; el.value = v; \
                     el.dispatchEvent(new Event('input', {bubbles: true})); \
                     el.dispatchEvent(new Event('change', {bubbles: true}));",
                    vec![serde_json::to_value(&element)?, json!(value)],
                )
                .await?;
            let now = element.prop("value").await?.unwrap_or_default();
            ensure!(
                now == value,
                "could not select {value:?} in `{css}` (it holds {now:?})"
            );
            eprintln!("[e2e] select `{css}` = {value:?}: clicking the option did not select it; set by script");
        }
        Ok(())
    }

    /// Runs a script in the page and returns its value.
    pub async fn script(&self, script: &str) -> Result<Value> {
        Ok(self.client().execute(script, vec![]).await?)
    }

    /// `lang` of the html element.
    pub async fn html_lang(&self) -> Result<String> {
        let value = self.script("return document.documentElement.lang;").await?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// The native window title (not `document.title`), read from the X server: the page is
    /// granted no window permission (src-tauri/capabilities), so it cannot ask Tauri. Only the
    /// main window's title ends with "Pacta" ("<partnership> — Pacta"); GTK's hidden leader
    /// window is named after the binary.
    pub async fn window_title(&self) -> Result<String> {
        let output = Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--name",
                "Pacta$",
                "getwindowname",
                "%@",
            ])
            .output()?;
        let titles = String::from_utf8_lossy(&output.stdout).trim().to_string();
        if !output.status.success() || titles.is_empty() {
            fail!("could not read the window title: xdotool found no window named … Pacta");
        }
        Ok(titles)
    }

    /// Saves a PNG of the page to `artifacts/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        // The DOM can be ahead of what is painted (right after the first render a screenshot
        // came out blank): wait for two animation frames so the snapshot shows the current DOM.
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await?;
        let png = self.client().screenshot().await?;
        let path = artifacts_dir("screenshots")?.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }
}

impl Drop for App {
    /// A panic skipped [`App::end`]: end the session without the async runtime, then stop the
    /// driver (SIGTERM first) and any app process left.
    fn drop(&mut self) {
        let Some(mut driver) = self.driver.take() else {
            return;
        };
        if let Some(id) = self.session_id.take() {
            delete_session_blocking(driver.port, &id);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.app_processes_left().is_empty() && Instant::now() < deadline {
            std::thread::sleep(POLL);
        }
        driver.stop();
        for pid in self.app_processes_left() {
            signal(pid, "TERM");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Native dialogs and exported files

fn xdotool(args: &[&str]) -> Result<String> {
    let output = Command::new("xdotool").args(args).output()?;
    ensure!(
        output.status.success() || args.first() == Some(&"search"),
        "`xdotool {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The visible GTK file chooser titled `title` ("Save File", "Open File"), if there is one.
fn file_chooser(title: &str) -> Result<Option<String>> {
    let found = xdotool(&["search", "--onlyvisible", "--name", &format!("^{title}$")])?;
    Ok(found.lines().next().map(str::to_string))
}

/// Waits for the chooser titled `title` to appear and to be ready for the keyboard.
async fn wait_for_file_chooser(title: &str) -> Result<String> {
    let deadline = Instant::now() + TIMEOUT;
    let window = loop {
        if let Some(window) = file_chooser(title)? {
            break window;
        }
        ensure!(
            Instant::now() < deadline,
            "no \"{title}\" dialog appeared within {} s",
            TIMEOUT.as_secs()
        );
        tokio::time::sleep(POLL).await;
    };
    // The dialog maps before its fields take the focus: let GTK finish laying it out.
    tokio::time::sleep(Duration::from_millis(500)).await;
    Ok(window)
}

/// Answers the GTK "Save File" dialog the app opened (under Xvfb there is no window manager, so
/// the dialog is focused by hand): selects the suggested name, types `path` (absolute, which the
/// GTK file chooser accepts in its name field) and presses Return. Waits for the dialog to
/// appear and then to go away. Needs `xdotool`.
pub async fn answer_save_dialog(path: &Path) -> Result {
    let window = wait_for_file_chooser("Save File").await?;
    xdotool(&["windowfocus", "--sync", &window])?;
    xdotool(&["key", "--clearmodifiers", "ctrl+a"])?;
    xdotool(&["type", "--delay", "20", &path.display().to_string()])?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    xdotool(&["key", "--clearmodifiers", "Return"])?;
    let deadline = Instant::now() + TIMEOUT;
    while file_chooser("Save File")?.is_some() {
        ensure!(
            Instant::now() < deadline,
            "the \"Save File\" dialog did not close after Return (typed {})",
            path.display()
        );
        tokio::time::sleep(POLL).await;
    }
    Ok(())
}

/// Answers the GTK "Open File" dialog the app opened: Ctrl+L opens the chooser's location
/// field, the absolute path is typed there and Return picks the file. The field completes as
/// it is typed and now and then keeps a stale completion: while the dialog stays open the path
/// is typed again, up to three times. Needs `xdotool`.
pub async fn answer_open_dialog(path: &Path) -> Result {
    let window = wait_for_file_chooser("Open File").await?;
    for attempt in 0..3 {
        if attempt > 0 {
            eprintln!("[e2e] the \"Open File\" dialog is still open: typing the path again");
        }
        xdotool(&["windowfocus", "--sync", &window])?;
        xdotool(&["key", "--clearmodifiers", "ctrl+l"])?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdotool(&["key", "--clearmodifiers", "ctrl+a"])?;
        xdotool(&["type", "--delay", "20", &path.display().to_string()])?;
        // Let the completion settle before Return, or Return takes the completion.
        tokio::time::sleep(Duration::from_millis(500)).await;
        xdotool(&["key", "--clearmodifiers", "Return"])?;
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if file_chooser("Open File")?.is_none() {
                return Ok(());
            }
            tokio::time::sleep(POLL).await;
        }
    }
    Err(Failure(format!(
        "the \"Open File\" dialog did not close after Return (typed {} three times)",
        path.display()
    )))
}

/// The text of a PDF (`pdftotext -layout`), whitespace collapsed to single spaces.
pub fn pdf_text(path: &Path) -> Result<String> {
    let output = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()?;
    ensure!(
        output.status.success(),
        "pdftotext {} failed: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
}
