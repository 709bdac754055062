use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

/// The chamber's id, adding it to the partnership's list the first time it is named.
pub fn id_for(conn: &Connection, name: &str) -> Result<i64> {
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM chambers WHERE name = ?1")?
        .query_row([name], |row| row.get(0))
        .optional()?;
    match existing {
        Some(id) => Ok(id),
        None => {
            conn.execute("INSERT INTO chambers (name) VALUES (?1)", params![name])?;
            Ok(conn.last_insert_rowid())
        }
    }
}

/// The partnership's chambers, by name.
pub fn list(conn: &Connection) -> Result<Vec<String>> {
    let mut statement = conn.prepare("SELECT name FROM chambers ORDER BY name")?;
    let names = statement.query_map([], |row| row.get(0))?;
    Ok(names.collect::<rusqlite::Result<_>>()?)
}
