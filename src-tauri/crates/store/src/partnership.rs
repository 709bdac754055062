use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;
use pacta_core::Stamp;

pub(crate) fn initialise(conn: &Connection, name: &str, stamp: &Stamp) -> Result<()> {
    conn.execute(
        "INSERT INTO partnership (id, name, created_at) VALUES (1, ?1, ?2)",
        params![name, stamp.at],
    )?;
    Ok(())
}

/// The partnership's name, shown in the window title.
pub fn name(conn: &Connection) -> Result<String> {
    let name: Option<String> = conn
        .query_row("SELECT name FROM partnership WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(name.unwrap_or_default())
}

pub fn rename(conn: &Connection, name: &str) -> Result<()> {
    conn.execute(
        "UPDATE partnership SET name = ?1 WHERE id = 1",
        params![name],
    )?;
    Ok(())
}

/// How many of each record the partnership holds, for the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub organisations: i64,
    pub active: i64,
    pub representatives: i64,
    pub bodies: i64,
}

pub fn counts(conn: &Connection) -> Result<Counts> {
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM organisations),
                (SELECT count(*) FROM organisations WHERE status = 'active'),
                (SELECT count(*) FROM representatives),
                (SELECT count(*) FROM bodies)",
        [],
        |row| {
            Ok(Counts {
                organisations: row.get(0)?,
                active: row.get(1)?,
                representatives: row.get(2)?,
                bodies: row.get(3)?,
            })
        },
    )?)
}
