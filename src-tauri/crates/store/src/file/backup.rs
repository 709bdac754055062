//! Backups of a partnership file: an online copy checked before it is kept, a read-only look
//! at a copy that never migrates or repairs it, and putting a copy back in place of the file.
//!
//! Nothing here opens the live file with a plain file handle: closing such a handle would drop
//! the SQLite locks this process holds on it (POSIX locks belong to the process, not the
//! handle), so every read of a live file goes through SQLite itself.
//!
//! A backup of a file protected with a passphrase is encrypted with the same key (the online
//! backup API copies between two keyed databases only; SQLCipher refuses a copy from an
//! encrypted database into a plain one), so the functions take the passphrase as `key`;
//! without it they refuse an encrypted file with `PassphraseRequired`.

use std::fs::File;
use std::path::Path;
use std::time::{Duration, SystemTime};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::disk::{
    discard, lock, remove_file, remove_sidecars, remove_with_sidecars, same_file, sibling,
    write_beside,
};
use super::header::{classify, shaped_like_encrypted, APPLICATION_ID};
use super::protection::{self, apply_key};
use crate::{migrations, partnership, settings, Result, StoreError};

/// Written into every backup, because a file's own dates change when it is copied or mailed.
pub const TAKEN_AT_KEY: &str = "backup_taken_at";

/// What a backup holds, for deciding whether it is the one to restore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub members: i64,
    pub agreements: i64,
    pub meetings: i64,
    pub votes: i64,
    pub matrices: i64,
}

/// A backup as read without changing it.
#[derive(Debug, Clone)]
pub struct Facts {
    pub name: String,
    pub schema_version: i64,
    /// From the row written into the copy; `None` for a file that is not one of our backups.
    pub taken_at: Option<String>,
    pub modified: Option<SystemTime>,
    pub bytes: u64,
    pub counts: Counts,
    /// Whether the copy is encrypted with a passphrase.
    pub protected: bool,
    /// The seal chain's head it holds; none in a file from before seals or before any seal.
    pub chain_head: Option<pacta_core::seal::ChainHead>,
}

/// A read-only connection and whether the file it reads is encrypted.
pub struct Reader {
    pub conn: Connection,
    pub protected: bool,
}

impl std::ops::Deref for Reader {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

/// A connection that only reads, beside whichever program writes the file: no lock, no
/// migration. Refuses what is not a Pacta file or was written by a newer Pacta. `key` opens a
/// file protected with a passphrase (without one: `PassphraseRequired`) and is unused for a
/// plain one. Tells the two apart through SQLite alone (and the file's size), never a plain
/// handle on what may be a live file.
pub fn open_reader(path: &Path, key: Option<&str>) -> Result<Reader> {
    if !path.is_file() {
        return Err(StoreError::FileMissing {
            path: path.display().to_string(),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY;
    protection::start_sqlite();
    let plain = Connection::open_with_flags(path, flags).map_err(|error| classify(path, error))?;
    plain.busy_timeout(Duration::from_secs(5))?;
    let (conn, protected) = match protection::probe(&plain) {
        Ok(()) => (plain, false),
        Err(error) if error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            drop(plain);
            let len = std::fs::metadata(path)
                .map_err(|error| StoreError::io(path, error))?
                .len();
            if !shaped_like_encrypted(len, None) {
                return Err(classify(path, error));
            }
            let Some(key) = key else {
                return Err(StoreError::PassphraseRequired {
                    path: path.display().to_string(),
                });
            };
            (protection::connect(path, Some(key), flags)?, true)
        }
        Err(error) => return Err(classify(path, error)),
    };
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|error| classify(path, error))?;
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|error| classify(path, error))?;
    // A blank database carrying our id holds no partnership either.
    if application_id != APPLICATION_ID || found == 0 {
        return Err(StoreError::NotAPactaFile {
            path: path.display().to_string(),
        });
    }
    let supported = migrations::latest_version();
    if found > supported {
        return Err(StoreError::SchemaTooNew {
            path: path.display().to_string(),
            found,
            supported,
        });
    }
    Ok(Reader { conn, protected })
}

/// Copies `source` to `out` with the online backup API and keeps the copy only once it passes
/// `PRAGMA integrity_check` and `check`: until then it lives at `out.partial`, so a failure
/// never leaves half a backup under the name asked for. Returns the copy's size in bytes.
/// `key` must be the source's own key (`None` for a plain source); the copy is encrypted with
/// it, and is never plaintext at any moment.
pub fn take<E>(
    source: &Connection,
    out: &Path,
    taken_at: &str,
    key: Option<&str>,
    check: impl FnOnce(&Path) -> std::result::Result<(), E>,
) -> std::result::Result<u64, E>
where
    E: From<StoreError>,
{
    if let Some(open) = source.path().filter(|path| !path.is_empty()) {
        if same_file(Path::new(open), out) {
            return Err(StoreError::FileExists {
                path: out.display().to_string(),
            }
            .into());
        }
    }
    // Replacing a partnership another Pacta has open would leave it writing to a deleted file.
    let _held = if out.exists() { Some(lock(out)?) } else { None };
    write_beside(out, |partial| {
        write_partial(source, partial, taken_at, key)?;
        check(partial)?;
        // A log left beside an older file of that name would be replayed into the new copy.
        remove_sidecars(out).map_err(E::from)
    })?;
    let bytes = std::fs::metadata(out)
        .map_err(|error| StoreError::io(out, error))?
        .len();
    Ok(bytes)
}

fn write_partial(
    source: &Connection,
    partial: &Path,
    taken_at: &str,
    key: Option<&str>,
) -> Result<()> {
    copy_online(source, partial, key)?;
    let conn = protection::connect(partial, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    // A backup travels as one file, without a write-ahead log beside it.
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    settings::set(&conn, TAKEN_AT_KEY, taken_at)?;
    integrity(partial, &conn)?;
    conn.close()
        .map_err(|(_, error)| StoreError::Sqlite(error))?;
    remove_sidecars(partial)?;
    File::open(partial)
        .and_then(|file| file.sync_all())
        .map_err(|error| StoreError::io(partial, error))
}

/// Reads a backup without changing a byte of it: refuses a foreign, newer or damaged file.
/// `key` opens a protected backup and is unused for a plain one.
pub fn inspect(path: &Path, key: Option<&str>) -> Result<Facts> {
    let conn = open_reader(path, key)?;
    integrity(path, &conn)?;
    let read = || -> Result<Facts> {
        let metadata = std::fs::metadata(path).map_err(|error| StoreError::io(path, error))?;
        Ok(Facts {
            name: partnership::name(&conn)?,
            schema_version: conn.query_row("PRAGMA user_version", [], |row| row.get(0))?,
            taken_at: settings::get(&conn, TAKEN_AT_KEY)?,
            modified: metadata.modified().ok(),
            bytes: metadata.len(),
            counts: counts(&conn)?,
            protected: conn.protected,
            chain_head: chain_head(&conn)?,
        })
    };
    read().map_err(|error| reclassify(path, error))
}

/// The seal chain's head a copy holds; none in a file from before seals or before any seal.
pub fn chain_head(conn: &Connection) -> Result<Option<pacta_core::seal::ChainHead>> {
    if !has_table(conn, "seals")? {
        return Ok(None);
    }
    crate::seals::head(conn)
}

/// Whether the file's schema has `table`: backups of older files lack the newer tables.
pub fn has_table(conn: &Connection, table: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// How many of each record the file holds; tables an older schema lacks count as none.
pub fn counts(conn: &Connection) -> Result<Counts> {
    let count = |table: &str| -> Result<i64> {
        if !has_table(conn, table)? {
            return Ok(0);
        }
        Ok(
            conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |row| {
                row.get(0)
            })?,
        )
    };
    Ok(Counts {
        members: count("organisations")?,
        agreements: count("agreements")?,
        meetings: count("meetings")?,
        votes: count("votes")?,
        matrices: count("matrices")?,
    })
}

/// Forgets that a restored file came from a backup, so a later plain copy of it does not
/// claim the backup's date.
pub fn forget_taken_at(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [TAKEN_AT_KEY])?;
    Ok(())
}

/// Puts a copy of `backup` in place of `current`, moving `current` (with any write-ahead log
/// it still has) to `aside` first. Refuses while another program has `current` open.
pub fn restore(current: &Path, backup: &Path, aside: &Path, key: Option<&str>) -> Result<()> {
    let _held = if current.exists() {
        Some(lock(current)?)
    } else {
        None
    };
    let partial = sibling(current, ".partial");
    remove_with_sidecars(&partial)?;
    let copied = open_reader(backup, key).and_then(|source| {
        let key = if source.protected { key } else { None };
        copy_online(&source, &partial, key)
    });
    if let Err(error) = copied {
        discard(&partial);
        return Err(error);
    }
    let kept = current.exists();
    if kept {
        fold_log(current);
        if let Err(error) = move_with_log(current, aside) {
            discard(&partial);
            return Err(error);
        }
    }
    if let Err(error) = std::fs::rename(&partial, current) {
        discard(&partial);
        if kept {
            if let Err(left) = move_with_log(aside, current) {
                let error = left.for_log();
                tracing::error!(%error, "the file set aside could not be put back");
            }
        }
        return Err(StoreError::io(current, error));
    }
    Ok(())
}

/// Undoes `restore` when the restored file cannot be opened: the file kept aside comes back.
pub fn put_back(current: &Path, aside: Option<&Path>) -> Result<()> {
    remove_with_sidecars(current)?;
    match aside {
        Some(aside) => move_with_log(aside, current),
        None => Ok(()),
    }
}

/// Folds a log left by a program that stopped abruptly into the file before it is moved, so
/// the file kept aside is complete on its own. Best effort: a damaged file keeps its log
/// beside it instead (see `move_with_log`).
fn fold_log(path: &Path) {
    if let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        if let Err(error) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())) {
            tracing::warn!(%error, "the log of a file being set aside could not be folded in");
        }
        if let Err((_, error)) = conn.close() {
            tracing::warn!(%error, "a file being set aside did not close cleanly");
        }
    }
}

fn move_with_log(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).map_err(|error| StoreError::io(from, error))?;
    for suffix in ["-wal", "-journal"] {
        let log = sibling(from, suffix);
        if log.exists() {
            std::fs::rename(&log, sibling(to, suffix))
                .map_err(|error| StoreError::io(&log, error))?;
        }
    }
    remove_file(&sibling(from, "-shm"))
}

/// Copies `source` page by page into a new file at `destination`, encrypted with `key` (which
/// must be the source's own key, or `None` for a plain source).
pub(crate) fn copy_online(
    source: &Connection,
    destination: &Path,
    key: Option<&str>,
) -> Result<()> {
    let mut target = Connection::open(destination)?;
    if let Some(key) = key {
        apply_key(&target, key)?;
    }
    {
        let backup = Backup::new(source, &mut target)?;
        let mut waits = 0;
        loop {
            // Every page in one step: one read transaction on the source, so the copy is a
            // single moment of it even while another connection is writing.
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ if waits < 100 => {
                    waits += 1;
                    std::thread::sleep(Duration::from_millis(50));
                }
                _ => {
                    return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        Some("the file stayed busy for five seconds; try again".into()),
                    )))
                }
            }
        }
    }
    target
        .close()
        .map_err(|(_, error)| StoreError::Sqlite(error))
}

fn integrity(path: &Path, conn: &Connection) -> Result<()> {
    let found = (|| -> rusqlite::Result<Vec<String>> {
        let mut statement = conn.prepare("PRAGMA integrity_check(20)")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        rows.collect()
    })()
    .map_err(|error| classify(path, error))?;
    if found.len() == 1 && found[0] == "ok" {
        Ok(())
    } else {
        Err(StoreError::Corrupted {
            path: path.display().to_string(),
            detail: found.join("; "),
        })
    }
}

/// Damage met while reading a file that passed its checks is still damage, not a bug.
fn reclassify(path: &Path, error: StoreError) -> StoreError {
    match error {
        StoreError::Sqlite(error) => classify(path, error),
        other => other,
    }
}
