//! A partnership file on disk: opening it safely, migrating it, copying it, closing it whole.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::backup::copy_online;
use super::disk::{discard, lock, remove_sidecars, remove_with_sidecars, sibling, sync_folder};
use super::header::{check_header, classify, APPLICATION_ID};
use super::protection::{self, Secret};
use crate::{migrations, partnership, Result, StoreError};
use pacta_core::Stamp;

/// Beside the file while it is converted (protected, given a new passphrase, unprotected).
const CONVERTING: &str = ".converting";

/// An open partnership: the only writer of its file while it lives.
pub struct PartnershipFile {
    conn: Connection,
    path: PathBuf,
    /// The passphrase of a protected file, kept (in memory only, wiped on drop) because
    /// backups and the copy taken before a migration are encrypted with it too.
    key: Option<Secret>,
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
        protection::start_sqlite();
        let mut conn = Connection::open(path)?;
        let lock = lock(path)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        configure(&conn)?;
        migrations::migrate(&mut conn)?;
        partnership::initialise(&conn, name, stamp)?;
        Ok(PartnershipFile {
            conn,
            path: path.to_path_buf(),
            key: None,
            _lock: Some(lock),
        })
    }

    /// Opens an existing partnership file, migrating it (after a backup copy) when it is older.
    /// A file protected with a passphrase is refused with `PassphraseRequired`.
    pub fn open(path: &Path) -> Result<PartnershipFile> {
        PartnershipFile::open_with(path, None)
    }

    /// Opens a file protected with a passphrase: the key is set before anything is read, and
    /// then the same checks run as for a plain file. A wrong passphrase is refused with
    /// `WrongPassphrase` and the file is not changed. A plain file opens as it is, the
    /// passphrase unused.
    pub fn open_protected(path: &Path, passphrase: Secret) -> Result<PartnershipFile> {
        PartnershipFile::open_with(path, Some(passphrase))
    }

    fn open_with(path: &Path, passphrase: Option<Secret>) -> Result<PartnershipFile> {
        let shown = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::FileMissing { path: shown });
        }
        let key = match (check_header(path)?, passphrase) {
            (false, _) => None,
            (true, None) => return Err(StoreError::PassphraseRequired { path: shown }),
            (true, Some(key)) => Some(key),
        };
        let lock = lock(path)?;
        let mut conn = open_checked(path, key.as_deref().map(String::as_str))?;
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
            // Encrypted with the file's own key when the file has one.
            let backup = backup_path(path, found);
            copy_online(&conn, &backup, key.as_deref().map(String::as_str))?;
            configure(&conn)?;
            migrations::migrate(&mut conn)?;
        } else {
            configure(&conn)?;
        }
        Ok(PartnershipFile {
            conn,
            path: path.to_path_buf(),
            key,
            _lock: Some(lock),
        })
    }

    /// A throw-away partnership in memory, for tests and previews.
    pub fn in_memory(name: &str, stamp: &Stamp) -> Result<PartnershipFile> {
        protection::start_sqlite();
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::migrate(&mut conn)?;
        partnership::initialise(&conn, name, stamp)?;
        Ok(PartnershipFile {
            conn,
            path: PathBuf::from(":memory:"),
            key: None,
            _lock: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn is_protected(&self) -> bool {
        self.key.is_some()
    }

    /// The passphrase of a protected file, for the backups of it (which are encrypted with it).
    pub fn passphrase(&self) -> Option<&str> {
        self.key.as_deref().map(String::as_str)
    }

    /// Encrypts a plain file with `passphrase`. See `re_encrypt`.
    pub fn protect<E>(
        &mut self,
        passphrase: Secret,
        finish: impl FnOnce(&Connection) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E>
    where
        E: From<StoreError>,
    {
        self.re_encrypt(Some(passphrase), finish)
    }

    /// Re-encrypts a protected file with a new passphrase. See `re_encrypt`.
    pub fn change_passphrase<E>(
        &mut self,
        passphrase: Secret,
        finish: impl FnOnce(&Connection) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E>
    where
        E: From<StoreError>,
    {
        self.re_encrypt(Some(passphrase), finish)
    }

    /// Turns a protected file back into a plain SQLite file. See `re_encrypt`.
    pub fn unprotect<E>(
        &mut self,
        finish: impl FnOnce(&Connection) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E>
    where
        E: From<StoreError>,
    {
        self.re_encrypt(None, finish)
    }

    /// Rewrites the whole file encrypted with `key`, or plain without one, all or nothing:
    /// a new file is written beside it (`sqlcipher_export`), checked against the open one
    /// (`integrity_check`, the header's ids, every table's row count, the seals verifying
    /// alike), handed to `finish` (the caller's activity row, in a transaction of the new
    /// file), synced, and only then renamed over the old file, whose log goes with it; the
    /// file is then opened again with the new key. Until the rename, a failure removes the new
    /// file and leaves the old one as it was, still open. (Should the new file, once in place,
    /// fail to open, this value is left closed and the error returned: open the file again.)
    pub fn re_encrypt<E>(
        &mut self,
        key: Option<Secret>,
        finish: impl FnOnce(&Connection) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E>
    where
        E: From<StoreError>,
    {
        if self._lock.is_none() {
            return Err(StoreError::Io {
                path: self.path.display().to_string(),
                source: std::io::Error::new(
                    std::io::ErrorKind::Unsupported,
                    "a partnership in memory has no file to encrypt",
                ),
            }
            .into());
        }
        let partial = sibling(&self.path, CONVERTING);
        remove_with_sidecars(&partial)?;
        let new_key = key.as_deref().map(String::as_str);
        let written = (|| -> std::result::Result<(), E> {
            protection::export(&self.conn, &self.path, self.passphrase(), &partial, new_key)?;
            let copy = protection::connect(&partial, new_key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            protection::check_copy(&self.conn, &copy, &partial)?;
            copy.execute_batch("BEGIN IMMEDIATE")
                .map_err(StoreError::from)?;
            match finish(&copy) {
                Ok(()) => copy.execute_batch("COMMIT").map_err(StoreError::from)?,
                Err(error) => {
                    if let Err(error) = copy.execute_batch("ROLLBACK") {
                        tracing::warn!(%error, "a converted copy's change could not be rolled back");
                    }
                    return Err(error);
                }
            }
            copy.close()
                .map_err(|(_, error)| StoreError::Sqlite(error))?;
            remove_sidecars(&partial)?;
            File::open(&partial)
                .and_then(|file| file.sync_all())
                .map_err(|error| StoreError::io(&partial, error))?;
            Ok(())
        })();
        if let Err(error) = written {
            discard(&partial);
            return Err(error);
        }
        self.swap_in(&partial, key).map_err(E::from)
    }

    /// Puts the checked file at `partial` in place of the open one and opens it.
    fn swap_in(&mut self, partial: &Path, key: Option<Secret>) -> Result<()> {
        // flock follows the file through the rename, so the new file is never unlocked.
        #[cfg(unix)]
        let new_lock = match lock(partial) {
            Ok(lock) => lock,
            Err(error) => {
                discard(partial);
                return Err(error);
            }
        };
        // Closed first: its log must be folded in and gone before another file takes the name.
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        let closed = old
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(StoreError::from)
            .and_then(|()| old.close().map_err(|(_, error)| StoreError::Sqlite(error)));
        let renamed = closed.and_then(|()| {
            std::fs::rename(partial, &self.path).map_err(|error| StoreError::io(&self.path, error))
        });
        if let Err(error) = renamed {
            discard(partial);
            // The old file is as it was: open it again.
            self.conn = open_checked(&self.path, self.passphrase())?;
            configure(&self.conn)?;
            return Err(error);
        }
        // Whatever log the old file left is not the new file's.
        remove_sidecars(&self.path)?;
        sync_folder(&self.path);
        let conn = open_checked(&self.path, key.as_deref().map(String::as_str))?;
        configure(&conn)?;
        self.conn = conn;
        self.key = key;
        #[cfg(unix)]
        {
            self._lock = Some(new_lock);
        }
        Ok(())
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
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
        copy_online(&self.conn, destination, self.passphrase())
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

/// Opens the file (with its key, when it has one) and checks that it is one of ours.
fn open_checked(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = protection::connect(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|error| classify(path, error))?;
    if application_id != APPLICATION_ID {
        return Err(StoreError::NotAPactaFile {
            path: path.display().to_string(),
        });
    }
    Ok(conn)
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
