//! Encryption at rest: a partnership file protected with a passphrase is a SQLCipher database
//! (SQLCipher 4 defaults: AES-256 in CBC mode for every page, an HMAC-SHA512 per page, the key
//! derived from the passphrase with PBKDF2-HMAC-SHA512 over 256,000 iterations and a random
//! salt kept in the file's first 16 bytes). A file opened without a key is plain SQLite.
//!
//! Converting between the two (protect, change the passphrase, remove it) writes a new file
//! beside the old one with `sqlcipher_export`, checks it, and renames it into place; see
//! `PartnershipFile::re_encrypt`.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags};
use zeroize::Zeroizing;

use super::header::{classify, APPLICATION_ID};
use crate::{seals, Result, StoreError};

/// The name the new file is attached under while it is written.
const EXPORT_SCHEMA: &str = "pacta_export";

/// A passphrase held in memory: wiped when dropped.
pub type Secret = Zeroizing<String>;

/// Sets the key of the connection's main database. Must be the first statement on the
/// connection. The statement is built in memory that is wiped afterwards.
pub(crate) fn apply_key(conn: &Connection, key: &str) -> Result<()> {
    // SQLCipher writes its own failures (a wrong key's "hmac check failed") to stderr by
    // default; they reach the user here as typed errors instead. A process-wide setting.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    let mut sql = Zeroizing::new(String::with_capacity(key.len() * 2 + 16));
    sql.push_str("PRAGMA key = '");
    for character in key.chars() {
        if character == '\'' {
            sql.push('\'');
        }
        sql.push(character);
    }
    sql.push('\'');
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Starts SQLite (and SQLCipher within it) once, on one thread, before the store opens any
/// connection. SQLite marks itself started before it runs SQLCipher's own start-up, so a
/// connection opened meanwhile by a second thread would miss what that start-up registers for
/// each new connection (`sqlcipher_export`); the first store connection of the process (the
/// app opening a file while its automatic backup starts) waits here instead.
pub(crate) fn start_sqlite() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // Opening a connection runs `sqlite3_initialize` to its end, SQLCipher's part included;
        // a failure here fails again, and is reported, at the store's own opening.
        if let Err(error) = Connection::open_in_memory() {
            tracing::warn!(%error, "SQLite could not be started");
        }
    });
}

/// Reads the schema from page 1: the first read that fails on a wrong key or a foreign file.
pub(crate) fn probe(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
}

/// Opens `path` with `key` (or plain) and reads page 1; a page SQLCipher cannot read with a
/// key is a wrong passphrase (or a foreign file: the two look alike).
pub(crate) fn connect(path: &Path, key: Option<&str>, flags: OpenFlags) -> Result<Connection> {
    start_sqlite();
    let conn = Connection::open_with_flags(path, flags).map_err(|error| classify(path, error))?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    match probe(&conn) {
        Ok(()) => Ok(conn),
        Err(error)
            if key.is_some()
                && error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) =>
        {
            Err(StoreError::WrongPassphrase {
                path: path.display().to_string(),
            })
        }
        Err(error) => Err(classify(path, error)),
    }
}

/// Writes the database at `source` (open as `conn`, with `source_key`) into a new file at
/// `destination`, encrypted with `key` or plain without one: every table, index, trigger and
/// view (full-text tables included), the schema version and the application id, as one read
/// of the source.
pub(crate) fn export(
    conn: &Connection,
    source: &Path,
    source_key: Option<&str>,
    destination: &Path,
    key: Option<&str>,
) -> Result<()> {
    if has_export(conn)? {
        return export_from(conn, destination, key);
    }
    // SQLCipher registers `sqlcipher_export` for each new connection once it has started up;
    // a connection opened by another thread while it was starting up (SQLite marks itself
    // initialised before it runs SQLCipher's start-up) goes without. Read through a new one.
    let fresh = connect(source, source_key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    if !has_export(&fresh)? {
        return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
            Some("SQLCipher's sqlcipher_export is not available".into()),
        )));
    }
    export_from(&fresh, destination, key)
}

/// Whether SQLCipher's `sqlcipher_export` is registered on this connection.
pub(crate) fn has_export(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) FROM pragma_function_list WHERE name = 'sqlcipher_export'",
        [],
        |row| row.get::<_, i64>(0),
    )? > 0)
}

fn export_from(conn: &Connection, destination: &Path, key: Option<&str>) -> Result<()> {
    let target = destination.to_str().ok_or_else(|| StoreError::Io {
        path: destination.display().to_string(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the folder's name cannot be handed to SQLite; choose a folder with a plainer name",
        ),
    })?;
    let version: i64 = conn.query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
    // An empty file is an empty database to SQLite; ATTACH on a connection opened without
    // SQLITE_OPEN_CREATE could not create one.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(destination)
        .map_err(|error| StoreError::io(destination, error))?;
    // An empty key attaches a plain database; without the KEY clause SQLCipher would reuse
    // the main database's key.
    conn.execute(
        &format!("ATTACH DATABASE ?1 AS {EXPORT_SCHEMA} KEY ?2"),
        params![target, key.unwrap_or("")],
    )?;
    let written = (|| -> Result<()> {
        conn.execute_batch(&format!("PRAGMA {EXPORT_SCHEMA}.journal_mode = DELETE"))?;
        conn.execute_batch("BEGIN")?;
        let copied = (|| -> Result<()> {
            conn.query_row(
                &format!("SELECT sqlcipher_export('{EXPORT_SCHEMA}')"),
                [],
                |_| Ok(()),
            )?;
            conn.pragma_update(Some(EXPORT_SCHEMA), "user_version", version)?;
            conn.pragma_update(Some(EXPORT_SCHEMA), "application_id", APPLICATION_ID)?;
            conn.execute_batch("COMMIT")?;
            Ok(())
        })();
        if copied.is_err() {
            if let Err(error) = conn.execute_batch("ROLLBACK") {
                tracing::warn!(%error, "a failed export could not be rolled back");
            }
        }
        copied
    })();
    let detached = conn
        .execute_batch(&format!("DETACH DATABASE {EXPORT_SCHEMA}"))
        .map_err(StoreError::from);
    written.and(detached)
}

/// Checks a converted copy against the file it was made from: SQLite's `integrity_check`, the
/// header's ids, the same number of rows in every table, and the seals verifying exactly as
/// they do in the source (the same head, the same findings).
pub(crate) fn check_copy(source: &Connection, copy: &Connection, path: &Path) -> Result<()> {
    let damaged = |detail: String| StoreError::Corrupted {
        path: path.display().to_string(),
        detail,
    };
    let verdict: Vec<String> = {
        let mut statement = copy.prepare("PRAGMA integrity_check(20)")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if verdict != ["ok"] {
        return Err(damaged(verdict.join("; ")));
    }
    let header = |conn: &Connection| -> Result<(i32, i64)> {
        Ok((
            conn.query_row("PRAGMA application_id", [], |row| row.get(0))?,
            conn.query_row("PRAGMA user_version", [], |row| row.get(0))?,
        ))
    };
    if header(source)? != header(copy)? {
        return Err(damaged(
            "the copy's application id or schema version differs".into(),
        ));
    }
    let source_counts = row_counts(source)?;
    if source_counts != row_counts(copy)? {
        return Err(damaged(
            "the copy does not hold the same rows as the file".into(),
        ));
    }
    if source_counts.iter().any(|(table, _)| table == "seals") {
        let report = |conn: &Connection| -> Result<serde_json::Value> {
            serde_json::to_value(seals::verify(conn, None)?)
                .map_err(|error| damaged(error.to_string()))
        };
        if report(source)? != report(copy)? {
            return Err(damaged(
                "the copy's seals do not verify as the file's do".into(),
            ));
        }
    }
    Ok(())
}

/// Every ordinary table with its number of rows, by name.
fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let tables: Vec<String> = {
        let mut statement = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name",
        )?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    tables
        .into_iter()
        .map(|table| {
            let count = conn.query_row(
                &format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\"")),
                [],
                |row| row.get(0),
            )?;
            Ok((table, count))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_connection_has_sqlcipher_export() {
        // A connection opened while another test thread is still running SQLCipher's start-up
        // goes without `sqlcipher_export` (see `export`, which opens a new one then); once the
        // start-up has finished, every new connection has it.
        let mut tries = 0;
        loop {
            let conn = Connection::open_in_memory().unwrap();
            if has_export(&conn).unwrap() {
                break;
            }
            tries += 1;
            assert!(tries < 50, "no connection got sqlcipher_export");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }
}
