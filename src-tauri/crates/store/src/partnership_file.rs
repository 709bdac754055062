//! A partnership file on disk: opening it safely, migrating it, copying it, closing it whole.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::{migrations, partnership, Result, StoreError};
use pacta_core::Stamp;

/// Written in the SQLite header so that Pacta recognises its own files ("PACT").
pub const APPLICATION_ID: i32 = 0x5041_4354;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open partnership: the only writer of its file while it lives.
pub struct PartnershipFile {
    conn: Connection,
    path: PathBuf,
    // Held for the lifetime of the value: a second program opening the same file is refused.
    _lock: Option<File>,
}

impl PartnershipFile {
    /// Creates a new partnership file; refuses to overwrite an existing one.
    pub fn create(path: &Path, name: &str, stamp: &Stamp) -> Result<PartnershipFile> {
        if path.exists() {
            return Err(StoreError::FileExists {
                path: path.display().to_string(),
            });
        }
        let mut conn = Connection::open(path)?;
        let lock = lock(path)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        configure(&conn)?;
        migrations::migrate(&mut conn)?;
        partnership::initialise(&conn, name, stamp)?;
        Ok(PartnershipFile {
            conn,
            path: path.to_path_buf(),
            _lock: Some(lock),
        })
    }

    /// Opens an existing partnership file, migrating it (after a backup copy) when it is older.
    pub fn open(path: &Path) -> Result<PartnershipFile> {
        let shown = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::FileMissing { path: shown });
        }
        check_header(path)?;
        let lock = lock(path)?;
        let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|error| classify(path, error))?;
        let application_id: i32 = conn
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .map_err(|error| classify(path, error))?;
        if application_id != APPLICATION_ID {
            return Err(StoreError::NotAPactaFile { path: shown });
        }
        let found = migrations::current_version(&conn)?;
        let supported = migrations::latest_version();
        if found > supported {
            return Err(StoreError::SchemaTooNew {
                path: shown,
                found,
                supported,
            });
        }
        check_integrity(path, &conn)?;
        if found < supported {
            let backup = backup_path(path, found);
            copy_database(&conn, &backup)?;
            configure(&conn)?;
            migrations::migrate(&mut conn)?;
        } else {
            configure(&conn)?;
        }
        Ok(PartnershipFile {
            conn,
            path: path.to_path_buf(),
            _lock: Some(lock),
        })
    }

    /// A throw-away partnership in memory, for tests and previews.
    pub fn in_memory(name: &str, stamp: &Stamp) -> Result<PartnershipFile> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::migrate(&mut conn)?;
        partnership::initialise(&conn, name, stamp)?;
        Ok(PartnershipFile {
            conn,
            path: PathBuf::from(":memory:"),
            _lock: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn connection_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Runs `change` in one immediate transaction: it commits when `change` succeeds and
    /// rolls back, leaving the file exactly as it was, when it fails.
    pub fn write<T, E>(
        &mut self,
        change: impl FnOnce(&Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        let transaction = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let value = change(&transaction)?;
        transaction.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Writes a consistent copy with SQLite's online backup API, safe while the file is in use.
    pub fn save_copy(&self, destination: &Path) -> Result<()> {
        if destination.exists() {
            return Err(StoreError::FileExists {
                path: destination.display().to_string(),
            });
        }
        copy_database(&self.conn, destination)
    }

    /// Folds the write-ahead log back into the file, so the `.pacta` file alone is complete.
    pub fn close(self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn
            .close()
            .map_err(|(_, error)| StoreError::Sqlite(error))
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

fn check_header(path: &Path) -> Result<()> {
    let mut header = [0u8; 16];
    let mut file = File::open(path).map_err(|error| StoreError::io(path, error))?;
    match file.read_exact(&mut header) {
        Ok(()) if &header == SQLITE_MAGIC => Ok(()),
        _ => Err(StoreError::NotAPactaFile {
            path: path.display().to_string(),
        }),
    }
}

fn check_integrity(path: &Path, conn: &Connection) -> Result<()> {
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|error| classify(path, error))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(StoreError::Corrupted {
            path: path.display().to_string(),
            detail: verdict,
        })
    }
}

/// SQLite says "file is not a database" for foreign and damaged files alike; say it plainly.
pub(crate) fn classify(path: &Path, error: rusqlite::Error) -> StoreError {
    let shown = path.display().to_string();
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotAPactaFile { path: shown },
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Corrupted {
            path: shown,
            detail: error.to_string(),
        },
        // A schema SQLite cannot read (a flipped byte in a CREATE statement, or in the
        // header's schema format number) comes as a plain SQL error; the fixed reads made
        // while opening a file have no other cause for one. Found by flipping bytes.
        Some(rusqlite::ErrorCode::Unknown) => StoreError::Corrupted {
            path: shown,
            detail: error.to_string(),
        },
        _ => StoreError::Sqlite(error),
    }
}

fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".schema-{version}.bak"));
    let mut candidate = path.with_file_name(&name);
    let mut attempt = 1;
    while candidate.exists() {
        attempt += 1;
        let mut numbered = name.clone();
        numbered.push(format!(".{attempt}"));
        candidate = path.with_file_name(numbered);
    }
    candidate
}

fn copy_database(conn: &Connection, destination: &Path) -> Result<()> {
    conn.backup(rusqlite::MAIN_DB, destination, None)?;
    Ok(())
}

/// Takes an advisory lock that only another Pacta process would also ask for.
#[cfg(unix)]
pub(crate) fn lock(path: &Path) -> Result<File> {
    // flock locks are separate from SQLite's own fcntl locks on the same file.
    let file = File::open(path).map_err(|error| StoreError::io(path, error))?;
    take_lock(path, file)
}

#[cfg(not(unix))]
pub(crate) fn lock(path: &Path) -> Result<File> {
    // Elsewhere file locks are mandatory and would block SQLite itself: lock a companion file.
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    let companion = path.with_file_name(name);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&companion)
        .map_err(|error| StoreError::io(&companion, error))?;
    take_lock(path, file)
}

fn take_lock(path: &Path, file: File) -> Result<File> {
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::FileLocked {
            path: path.display().to_string(),
        }),
        Err(std::fs::TryLockError::Error(error)) => Err(StoreError::io(path, error)),
    }
}
