//! The app's log: `<data dir>/logs/pacta.YYYY-MM-DD.log`, a new file each day and the newest
//! seven kept, written by a background thread (tracing-appender) so that logging never waits on
//! the disk.
//!
//! What it says: the start (version, system), files opened, locked and closed (by file name
//! only), the automatic backups, and each failure a command returns (the command and the error
//! code). What it never says: an error's sentence (it may name a person or a folder), member or
//! representative names, e-mail addresses, passphrases, votes or any other content of a
//! partnership. `PACTA_LOG` (else `RUST_LOG`) changes what is written, with `tracing`'s
//! filter directives (`debug`, `pacta_store=trace`, …).

use std::path::{Path, PathBuf};

use pacta_api::{ApiError, ErrorCode};
use tracing::Subscriber;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{InitError, RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;

/// The log folder's name inside the data folder.
pub const FOLDER: &str = "logs";
/// Filter directives for the log (`info`, `debug`, `pacta_store=trace`…); `RUST_LOG` is read
/// when this is not set.
pub const FILTER_VARIABLE: &str = "PACTA_LOG";
/// By default: what Pacta's own crates say at `info` and above, other crates' warnings.
pub const DEFAULT_FILTER: &str =
    "warn,pacta_desktop=info,pacta_api=info,pacta_store=info,pacta_core=info";
/// How many daily files are kept; the oldest beyond that is removed when a new day starts.
pub const KEEP_FILES: usize = 7;

/// Where the log files are: `<data dir>/logs`.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join(FOLDER)
}

/// Starts the app's log in `<data dir>/logs/`. The returned guard keeps its writer thread: it
/// must live as long as the app, and dropping it writes out what is still queued. When the
/// folder cannot be written the log goes to standard error instead: the app starts either way.
pub fn start(data_dir: &Path) -> Option<WorkerGuard> {
    let folder = folder(data_dir);
    let guard = match file_subscriber(&folder, filter()) {
        Ok((subscriber, guard)) => {
            if let Err(error) = tracing::subscriber::set_global_default(subscriber) {
                tracing::warn!(%error, "a log was already set up; the log folder is not used");
            }
            Some(guard)
        }
        Err(error) => {
            let stderr = tracing_subscriber::fmt()
                .with_ansi(false)
                .with_env_filter(filter())
                .with_writer(std::io::stderr)
                .finish();
            if let Err(error) = tracing::subscriber::set_global_default(stderr) {
                tracing::debug!(%error, "a log was already set up");
            }
            tracing::warn!(%error, "the log folder cannot be written; logging to standard error");
            None
        }
    };
    log_panics();
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        os = std::env::consts::OS,
        arch = std::env::consts::ARCH,
        "Pacta started"
    );
    guard
}

/// A subscriber writing to the daily files in `folder` (created if missing), and the guard of
/// its writer thread.
pub fn file_subscriber(
    folder: &Path,
    filter: EnvFilter,
) -> Result<(impl Subscriber + Send + Sync, WorkerGuard), InitError> {
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("pacta")
        .filename_suffix("log")
        .max_log_files(KEEP_FILES)
        .build(folder)?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_env_filter(filter)
        .with_writer(writer)
        .finish();
    Ok((subscriber, guard))
}

/// `PACTA_LOG`, else `RUST_LOG`, else [`DEFAULT_FILTER`]; directives that do not parse fall
/// back to the default rather than silencing the log.
pub fn filter() -> EnvFilter {
    [FILTER_VARIABLE, "RUST_LOG"]
        .iter()
        .filter_map(|variable| std::env::var(variable).ok())
        .find(|directives| !directives.trim().is_empty())
        .and_then(|directives| EnvFilter::try_new(directives).ok())
        .unwrap_or_else(|| EnvFilter::new(DEFAULT_FILTER))
}

/// A panic is logged with where it happened, never its message (which may quote a value: a
/// name, a folder); the default report on standard error follows as before.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map(|location| format!("{}:{}", location.file(), location.line()))
            .unwrap_or_default();
        tracing::error!(%at, "Pacta panicked");
        previous(info);
    }));
}

/// A file's name without its folder (which would name the user's home): what the log says of
/// the partnership files, backups and papers it mentions.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Logs an error returned to the page (or shown by the menu): `origin` is the command or the
/// place in the code, `code` the closed `ErrorCode`. Never the error's sentence or details:
/// they may name a person, a value typed in, or a folder.
pub fn refusal(origin: &str, error: &ApiError) {
    let code = error.code;
    match code {
        // The welcome screen asks before any file is open: routine, not worth a line.
        ErrorCode::NoPartnershipOpen => tracing::debug!(command = origin, ?code, "command refused"),
        ErrorCode::Io | ErrorCode::Internal | ErrorCode::Corrupted => {
            tracing::warn!(command = origin, ?code, "command failed")
        }
        _ => tracing::info!(command = origin, ?code, "command refused"),
    }
}

/// The function a closure was written in, from its type's name: the command that handed work
/// to `AppState::with` (`agreements::sign_agreement`), or the use case handed over directly
/// (`pacta_api::agreements::list`).
pub fn operation<F>() -> &'static str {
    let name = std::any::type_name::<F>();
    let name = name.split("::{{closure}}").next().unwrap_or(name);
    name.strip_prefix("pacta_desktop::commands::")
        .or_else(|| name.strip_prefix("pacta_desktop::"))
        .unwrap_or(name)
}

/// Where a `#[track_caller]` function was called from: `src-tauri/src/commands/members.rs:20`.
pub fn at(location: &std::panic::Location<'_>) -> String {
    format!("{}:{}", location.file(), location.line())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AppState;
    use pacta_api::{protection, Clock, Partnership, Passphrase};
    use tauri::async_runtime::block_on;

    /// Everything logged while `work` runs on this thread, at every level, as written to the
    /// files in a fresh folder.
    fn logged(work: impl FnOnce(&Path)) -> String {
        let dir = tempfile::tempdir().unwrap();
        let logs = folder(dir.path());
        let (subscriber, guard) = file_subscriber(&logs, EnvFilter::new("trace")).unwrap();
        tracing::subscriber::with_default(subscriber, || work(dir.path()));
        drop(guard);
        let mut text = String::new();
        for entry in std::fs::read_dir(&logs).unwrap() {
            let path = entry.unwrap().path();
            let name = file_name(&path);
            assert!(
                name.starts_with("pacta.") && name.ends_with(".log"),
                "{name}"
            );
            text.push_str(&std::fs::read_to_string(path).unwrap());
        }
        text
    }

    #[test]
    fn the_log_is_written_to_a_daily_file_in_the_folder() {
        let text = logged(|_| tracing::info!(version = "9.9.9", "Pacta started"));
        assert!(text.contains("Pacta started"), "{text}");
        assert!(text.contains("version=\"9.9.9\""), "{text}");
        assert!(text.contains("INFO"), "{text}");
    }

    #[test]
    fn the_log_names_the_command_and_code_of_a_refusal_never_its_sentence() {
        let error = pacta_api::error::internal("Ana Pereira, ana@example.org");
        let text = logged(|_| refusal(operation::<fn()>(), &error));
        assert!(text.contains("code=Internal"), "{text}");
        assert!(!text.contains("Ana Pereira"), "{text}");
        assert!(!text.contains("ana@example.org"), "{text}");
    }

    #[test]
    fn a_protected_file_opened_wrongly_then_rightly_leaves_no_passphrase_or_folder_in_the_log() {
        const SECRET: &str = "Harbour lantern 7319";
        const WRONG: &str = "Harbour lantern 7318";
        let mut folder_shown = String::new();
        let text = logged(|dir| {
            folder_shown = dir.display().to_string();
            let path = dir.join("Forum.pacta");
            let mut partnership = Partnership::create(&path, "Forum", Clock::System).unwrap();
            protection::protect(&mut partnership, Passphrase::new(SECRET)).unwrap();
            partnership.close().unwrap();

            let state = AppState::new(dir.join("data"));
            let asked = state.open(&path).unwrap_err();
            assert_eq!(asked.code, ErrorCode::PassphraseRequired);
            let wrong = block_on(state.open_protected(path.clone(), Passphrase::new(WRONG)));
            assert_eq!(wrong.unwrap_err().code, ErrorCode::WrongPassphrase);
            block_on(state.open_protected(path.clone(), Passphrase::new(SECRET))).unwrap();
            block_on(state.lock()).unwrap();
            block_on(state.open_protected(path, Passphrase::new(SECRET))).unwrap();
            state.close();
        });
        assert!(text.contains("code=PassphraseRequired"), "{text}");
        assert!(text.contains("code=WrongPassphrase"), "{text}");
        assert!(text.contains("Forum.pacta"), "{text}");
        assert!(text.contains("partnership file closed"), "{text}");
        for secret in [SECRET, WRONG, "lantern", folder_shown.as_str()] {
            assert!(!text.contains(secret), "{secret:?} is in the log:\n{text}");
        }
    }

    #[test]
    fn a_closure_is_named_by_the_function_it_was_written_in() {
        fn command() -> &'static str {
            let work = || ();
            fn name_of<F>(_: &F) -> &'static str {
                operation::<F>()
            }
            name_of(&work)
        }
        assert_eq!(
            command(),
            "logging::tests::a_closure_is_named_by_the_function_it_was_written_in::command"
        );
        assert_eq!(operation::<fn()>(), "fn()");
    }
}
