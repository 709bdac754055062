//! Backups of the partnership file: taken with SQLite's online backup API (safe while the file
//! is in use), checked before they are kept, previewed before one replaces anything, and taken
//! automatically once a day into the app's data folder, keeping the newest few.
//!
//! A backup of a file protected with a passphrase is encrypted with the same key, so reading
//! one needs the passphrase: the functions that read a file take it as an `Option` (ignored for
//! a plain file); without one they refuse an encrypted file with
//! `ErrorCode::PassphraseRequired`.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, Clock, ErrorCode, Partnership, Passphrase};
use pacta_core::seal::ChainHead;
use pacta_messages::Message;
use pacta_store::backup as stored;
use pacta_store::{activity, settings, StoreError};

/// How many automatic backups of a file are kept, in the partnership's settings.
pub const KEEP_KEY: &str = "automatic_backups_keep";
pub const DEFAULT_KEEP: u32 = 7;
pub const KEEP_RANGE: RangeInclusive<u32> = 1..=90;

const EXTENSION: &str = "pacta";
/// Beside the automatic backups: one line per backup with its chain head.
pub const HEADS_LOG: &str = "chain-heads.txt";

/// What a backup holds, to tell one backup from another before restoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct BackupCounts {
    pub members: i64,
    pub agreements: i64,
    pub meetings: i64,
    pub votes: i64,
    pub matrices: i64,
}

/// A backup that was written and kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BackupSummary {
    pub path: String,
    pub bytes: u64,
    /// RFC 3339, UTC.
    pub taken_at: String,
    pub counts: BackupCounts,
    /// Always true: a copy that fails the check is not kept. Stated for the CLI and the page.
    pub integrity_ok: bool,
    /// Encrypted with the file's passphrase.
    pub protected: bool,
    /// The seal chain's head the backup holds (none before the first record is final): kept
    /// outside the partnership file, it is what `pacta verify --against` checks later.
    pub chain_head: Option<ChainHead>,
}

/// A backup as read without changing it, shown before it replaces anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BackupPreview {
    pub path: String,
    pub bytes: u64,
    /// When the backup was taken (RFC 3339, UTC); for a file Pacta did not write as a backup,
    /// when the file was last changed.
    pub taken_at: String,
    /// Whether Pacta wrote this file as a backup (rather than it being a plain partnership file).
    pub is_backup: bool,
    pub partnership_name: String,
    pub schema_version: i64,
    pub counts: BackupCounts,
    pub integrity_ok: bool,
    /// Encrypted with a passphrase: restoring it gives a protected file.
    pub protected: bool,
    /// The seal chain's head the backup holds; none for a file from before seals.
    pub chain_head: Option<ChainHead>,
}

/// What restoring would do: which file is replaced, and where it is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RestorePlan {
    pub backup: BackupPreview,
    pub current: String,
    /// `None` when there is no file to replace yet.
    pub kept_aside_as: Option<String>,
}

/// What restoring did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RestoreSummary {
    pub path: String,
    pub kept_aside_as: Option<String>,
    pub restored: BackupPreview,
}

/// One automatic backup in the data folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AutomaticBackup {
    pub path: String,
    /// The day it was taken, `YYYY-MM-DD`.
    pub date: String,
    pub bytes: u64,
}

/// The automatic backups of the open file and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BackupSettings {
    pub keep: u32,
    pub folder: String,
    /// Newest first.
    pub backups: Vec<AutomaticBackup>,
}

/// Backs up the open partnership to `out` through its own connection; a protected file's
/// backup is encrypted with its passphrase.
pub fn backup(partnership: &Partnership, out: &Path) -> ApiResult<BackupSummary> {
    take(
        partnership.conn(),
        out,
        partnership.clock().now(),
        partnership.key(),
    )
}

/// Backs up the file at `source` to `out` while another program (the app, another window)
/// may be writing it: reads through a connection of its own, takes no lock, never migrates.
/// `passphrase`: the file's, when it is protected (`None` for a plain file).
pub fn backup_file(
    source: &Path,
    out: &Path,
    clock: &Clock,
    passphrase: Option<Passphrase>,
) -> ApiResult<BackupSummary> {
    let key = passphrase.as_ref().map(Passphrase::expose);
    let reader = stored::open_reader(source, key)?;
    let key = if reader.protected { key } else { None };
    take(&reader, out, clock.now(), key)
}

fn take(
    conn: &pacta_store::Connection,
    out: &Path,
    taken_at: String,
    key: Option<&str>,
) -> ApiResult<BackupSummary> {
    let bytes = stored::take(conn, out, &taken_at, key, |copy| {
        verify_before_keeping(copy, key)
    })?;
    let copy = stored::open_reader(out, key)?;
    let counts = stored::counts(&copy.conn)?;
    let chain_head = stored::chain_head(&copy)?;
    Ok(BackupSummary {
        path: out.display().to_string(),
        bytes,
        taken_at,
        counts: counts.into(),
        integrity_ok: true,
        protected: key.is_some(),
        chain_head,
    })
}

/// Appends the head of an automatic backup to `chain-heads.txt` in its folder: a plain record,
/// outside any partnership file, of what the chain was each day.
fn record_head(folder: &Path, summary: &BackupSummary) -> ApiResult<()> {
    use std::io::Write;
    let Some(head) = &summary.chain_head else {
        return Ok(());
    };
    let log = folder.join(HEADS_LOG);
    let line = format!(
        "{}\t{}\t{} seals\t{}\n",
        summary.taken_at,
        head.chain,
        head.seals,
        Path::new(&summary.path)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
    );
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .and_then(|mut file| file.write_all(line.as_bytes()))
        .map_err(|error| io(&log, error))
}

/// The last check a copy passes before it is kept as a backup, after SQLite's own
/// `integrity_check`: the seals chain, as `pacta verify` checks it. Read through a read-only
/// connection, because opening the copy as a partnership would lock it, turn its write-ahead
/// log back on, and migrate it when it is older. Files from before seals have none to check.
fn verify_before_keeping(copy: &Path, key: Option<&str>) -> ApiResult<()> {
    let conn = stored::open_reader(copy, key)?;
    if !stored::has_table(&conn, "seals")? {
        return Ok(());
    }
    let report = pacta_store::seals::verify(&conn, None)?;
    if report.intact {
        return Ok(());
    }
    Err(ApiError::new(
        ErrorCode::Corrupted,
        said!(
            "error-backup-seals",
            path = copy,
            records = report.records.len(),
            breaks = report.breaks.len()
        ),
    ))
}

/// Reads a backup without changing it; refuses a file that is not a Pacta partnership, one
/// written by a newer Pacta, or a damaged one, with their own error codes.
/// `passphrase`: the file's, when it is protected (`None` for a plain file).
pub fn preview_backup(path: &Path, passphrase: Option<Passphrase>) -> ApiResult<BackupPreview> {
    let facts = stored::inspect(path, passphrase.as_ref().map(Passphrase::expose))?;
    let taken_at = facts
        .taken_at
        .clone()
        .or_else(|| {
            facts.modified.map(|modified| {
                DateTime::<Utc>::from(modified).to_rfc3339_opts(SecondsFormat::Secs, true)
            })
        })
        .unwrap_or_default();
    Ok(BackupPreview {
        path: path.display().to_string(),
        bytes: facts.bytes,
        taken_at,
        is_backup: facts.taken_at.is_some(),
        partnership_name: facts.name,
        schema_version: facts.schema_version,
        counts: facts.counts.into(),
        integrity_ok: true,
        protected: facts.protected,
        chain_head: facts.chain_head,
    })
}

/// What `restore` would do, without doing it.
/// `passphrase`: the file's, when it is protected (`None` for a plain file).
pub fn plan_restore(
    current: &Path,
    backup: &Path,
    clock: &Clock,
    passphrase: Option<Passphrase>,
) -> ApiResult<RestorePlan> {
    refuse_itself(current, backup)?;
    let preview = preview_backup(backup, passphrase)?;
    Ok(RestorePlan {
        backup: preview,
        current: current.display().to_string(),
        kept_aside_as: current
            .exists()
            .then(|| aside_path(current, clock).display().to_string()),
    })
}

/// Replaces the file at `current` with a copy of `backup` and opens it. The replaced file is
/// kept beside it as `<name>.replaced-<time>.pacta`. The caller must have closed `current`;
/// another program holding it open is refused. When anything fails, `current` is as it was.
/// `passphrase`: the file's, when it is protected (`None` for a plain file).
pub fn restore(
    current: &Path,
    backup: &Path,
    clock: Clock,
    passphrase: Option<Passphrase>,
) -> ApiResult<(Partnership, RestoreSummary)> {
    let plan = plan_restore(current, backup, &clock, passphrase.clone())?;
    let aside = plan.kept_aside_as.as_ref().map(PathBuf::from);
    let target = aside.clone().unwrap_or_else(|| aside_path(current, &clock));
    let key = passphrase.filter(|_| plan.backup.protected);
    stored::restore(
        current,
        backup,
        &target,
        key.as_ref().map(Passphrase::expose),
    )?;
    let reopened = match key {
        Some(key) => Partnership::open_protected(current, clock, key),
        None => Partnership::open(current, clock),
    };
    let opened = reopened.and_then(|mut restored| {
        record_restore(&mut restored, &plan)?;
        Ok(restored)
    });
    match opened {
        Ok(restored) => Ok((
            restored,
            RestoreSummary {
                path: plan.current,
                kept_aside_as: plan.kept_aside_as,
                restored: plan.backup,
            },
        )),
        Err(error) => {
            stored::put_back(current, aside.as_deref())?;
            Err(error)
        }
    }
}

/// Replaces the partnership open in `open` (or, when none is, the file at `current` that failed
/// to open) with a backup. The backup is checked while the file is still open, so a refused
/// backup leaves everything as it was; then the file is closed (releasing its lock), swapped,
/// and the restored file opened into `open`. When the swap fails, the file that was open is
/// opened again. A protected file's backups are encrypted with its passphrase: the open file's
/// reads the backup and reopens the file.
pub fn restore_open(
    open: &mut Option<Partnership>,
    current: &Path,
    backup: &Path,
    clock: Clock,
) -> ApiResult<RestoreSummary> {
    let passphrase = open.as_ref().and_then(Partnership::passphrase);
    let reopen = |passphrase: Option<Passphrase>| match passphrase {
        Some(passphrase) => Partnership::open_protected(current, clock.clone(), passphrase),
        None => Partnership::open(current, clock.clone()),
    };
    plan_restore(current, backup, &clock, passphrase.clone())?;
    if let Some(partnership) = open.take() {
        if let Err(error) = partnership.close() {
            *open = reopen(passphrase).ok();
            return Err(error);
        }
    }
    match restore(current, backup, clock.clone(), passphrase.clone()) {
        Ok((restored, summary)) => {
            *open = Some(restored);
            Ok(summary)
        }
        Err(error) => {
            *open = reopen(passphrase).ok();
            Err(error)
        }
    }
}

fn record_restore(restored: &mut Partnership, plan: &RestorePlan) -> ApiResult<()> {
    let summary = match &plan.kept_aside_as {
        Some(kept) => Message::new("activity-restored-kept-aside").with("kept", kept),
        None => Message::new("activity-restored"),
    }
    .with("taken_at", &plan.backup.taken_at)
    .with("backup", &plan.backup.path);
    let changes = serde_json::json!({
        "backup": plan.backup.path,
        "taken_at": plan.backup.taken_at,
        "kept_aside_as": plan.kept_aside_as,
    });
    restored.write(|conn, stamp| {
        stored::forget_taken_at(conn)?;
        activity::record(
            conn,
            stamp,
            &activity::Entry {
                action: "restore",
                record_kind: "partnership",
                record_id: Some(1),
                summary,
                changes,
            },
        )?;
        Ok(())
    })
}

fn refuse_itself(current: &Path, backup: &Path) -> ApiResult<()> {
    let same = match (current.canonicalize(), backup.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(ApiError::new(
            ErrorCode::Io,
            said!("error-backup-is-the-file", path = backup),
        ));
    }
    Ok(())
}

/// `<stem>.replaced-<local time>.pacta` beside `current`, numbered when taken.
fn aside_path(current: &Path, clock: &Clock) -> PathBuf {
    let when = match clock {
        Clock::System => chrono::Local::now().format("%Y-%m-%d-%H%M%S").to_string(),
        Clock::Fixed(at) => DateTime::parse_from_rfc3339(at)
            .map(|at| at.format("%Y-%m-%d-%H%M%S").to_string())
            .unwrap_or_else(|_| at.replace([':', 'T'], "-")),
    };
    let stem = stem(current);
    let mut candidate = current.with_file_name(format!("{stem}.replaced-{when}.{EXTENSION}"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = current.with_file_name(format!("{stem}.replaced-{when}-{n}.{EXTENSION}"));
    }
    candidate
}

/// How many automatic backups of the partnership are kept.
pub fn keep(partnership: &Partnership) -> ApiResult<u32> {
    Ok(settings::get(partnership.conn(), KEEP_KEY)?
        .and_then(|value| value.parse::<u32>().ok())
        .filter(|keep| KEEP_RANGE.contains(keep))
        .unwrap_or(DEFAULT_KEEP))
}

pub fn set_keep(partnership: &mut Partnership, keep: u32) -> ApiResult<()> {
    if !KEEP_RANGE.contains(&keep) {
        let said = said!(
            "error-backup-keep-range",
            from = *KEEP_RANGE.start(),
            to = *KEEP_RANGE.end(),
            keep = keep
        );
        return Err(ApiError::of_detail(
            crate::ProblemDetail::new(ErrorCode::InvalidChoice, said).with_value(keep.to_string()),
        ));
    }
    partnership.write(|conn, stamp| {
        settings::set(conn, KEEP_KEY, &keep.to_string())?;
        activity::record(
            conn,
            stamp,
            &activity::Entry {
                action: "update",
                record_kind: "settings",
                record_id: None,
                summary: Message::new("activity-backups-kept").with("keep", keep),
                changes: serde_json::json!({ KEEP_KEY: keep }),
            },
        )?;
        Ok(())
    })
}

/// The folder of a file's automatic backups: `<backups root>/<file stem>`.
pub fn automatic_folder(backups_root: &Path, file: &Path) -> PathBuf {
    backups_root.join(stem(file))
}

/// The automatic backups of `file`, newest first. Only files named as this module names them
/// are listed, so nothing else in the folder is ever rotated away.
pub fn list_automatic(backups_root: &Path, file: &Path) -> ApiResult<Vec<AutomaticBackup>> {
    let folder = automatic_folder(backups_root, file);
    let prefix = format!("{}-", stem(file));
    // Not there yet, or something else in its place (which the next backup reports): no
    // backups to list either way.
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(&folder).map_err(|error| io(&folder, error))?;
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| io(&folder, error))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let date = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(&format!(".{EXTENSION}")))
            .filter(|date| date.len() == 10)
            .filter(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok());
        if let Some(date) = date {
            let bytes = entry.metadata().map(|m| m.len()).unwrap_or_default();
            found.push(AutomaticBackup {
                path: entry.path().display().to_string(),
                date: date.to_string(),
                bytes,
            });
        }
    }
    found.sort_by(|a, b| b.date.cmp(&a.date));
    Ok(found)
}

/// The keep setting with the list, for the Partnership file page.
pub fn overview(keep: u32, backups_root: &Path, file: &Path) -> ApiResult<BackupSettings> {
    Ok(BackupSettings {
        keep,
        folder: automatic_folder(backups_root, file).display().to_string(),
        backups: list_automatic(backups_root, file)?,
    })
}

/// Takes the day's automatic backup of `source` when the newest is more than 24 hours old
/// (or there is none), then keeps the newest `keep`. Returns the backup taken, if any.
/// `passphrase`: the file's, when it is protected (`None` for a plain file).
pub fn automatic(
    source: &Path,
    backups_root: &Path,
    keep: u32,
    clock: &Clock,
    passphrase: Option<Passphrase>,
) -> ApiResult<Option<BackupSummary>> {
    let newest = list_automatic(backups_root, source)?.into_iter().next();
    let key = passphrase.as_ref().map(Passphrase::expose);
    let due = match newest {
        None => true,
        Some(newest) => older_than_a_day(Path::new(&newest.path), clock, key),
    };
    let taken = if due {
        let folder = automatic_folder(backups_root, source);
        std::fs::create_dir_all(&folder).map_err(|error| io(&folder, error))?;
        let out = folder.join(format!("{}-{}.{EXTENSION}", stem(source), clock.today()));
        let summary = backup_file(source, &out, clock, passphrase.clone())?;
        record_head(&folder, &summary)?;
        Some(summary)
    } else {
        None
    };
    rotate(backups_root, source, keep)?;
    Ok(taken)
}

/// Removes all but the newest `keep` automatic backups of `file`; returns what it removed.
pub fn rotate(backups_root: &Path, file: &Path, keep: u32) -> ApiResult<Vec<String>> {
    let keep = keep.clamp(*KEEP_RANGE.start(), *KEEP_RANGE.end()) as usize;
    let mut removed = Vec::new();
    forget_unfinished(backups_root, file);
    for old in list_automatic(backups_root, file)?.into_iter().skip(keep) {
        std::fs::remove_file(&old.path).map_err(|error| io(Path::new(&old.path), error))?;
        removed.push(old.path);
    }
    Ok(removed)
}

/// Removes copies an automatic backup left half-written when the app was stopped in the middle
/// of one; only this module's own names, only once they are an hour old (so never one being
/// written now), and quietly, since they are only clutter.
fn forget_unfinished(backups_root: &Path, file: &Path) {
    let folder = automatic_folder(backups_root, file);
    let prefix = format!("{}-", stem(file));
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let unfinished = [".pacta.partial", ".pacta.partial-journal"]
            .iter()
            .any(|suffix| name.ends_with(suffix));
        let stale = entry
            .metadata()
            .and_then(|metadata| metadata.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age >= std::time::Duration::from_secs(3600));
        if unfinished && stale && name.starts_with(&prefix) {
            // Tried again before the next automatic backup.
            if let Err(error) = std::fs::remove_file(entry.path()) {
                tracing::warn!(%error, "an unfinished automatic backup could not be removed");
            }
        }
    }
}

/// Judged by the time written inside the backup, which the clock of the use cases also
/// gives; a backup whose time cannot be read is due for replacing.
fn older_than_a_day(backup: &Path, clock: &Clock, key: Option<&str>) -> bool {
    let taken = stored::open_reader(backup, key)
        .ok()
        .and_then(|conn| settings::get(&conn, stored::TAKEN_AT_KEY).ok().flatten());
    let parse = |at: &str| DateTime::parse_from_rfc3339(at).ok();
    match (taken.as_deref().and_then(parse), parse(&clock.now())) {
        (Some(taken), Some(now)) => now.signed_duration_since(taken) >= chrono::Duration::hours(24),
        _ => true,
    }
}

fn stem(file: &Path) -> String {
    file.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "partnership".into())
}

fn io(path: &Path, error: std::io::Error) -> ApiError {
    StoreError::Io {
        path: path.display().to_string(),
        source: error,
    }
    .into()
}

impl From<stored::Counts> for BackupCounts {
    fn from(counts: stored::Counts) -> BackupCounts {
        BackupCounts {
            members: counts.members,
            agreements: counts.agreements,
            meetings: counts.meetings,
            votes: counts.votes,
            matrices: counts.matrices,
        }
    }
}
