//! Clauses a secretariat saved to reuse in other agreements.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::organisations::parse_stored;
use crate::{Result, StoreError};
use pacta_core::agreement::{Language, LibraryClause, Section};
use pacta_core::Stamp;
use pacta_messages::Message;

pub fn save(
    conn: &Connection,
    stamp: &Stamp,
    title: &str,
    section: Section,
    language: Language,
    text: &str,
) -> Result<LibraryClause> {
    conn.execute(
        "INSERT INTO clause_library (title, section, language, text, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![title, section.code(), language.code(), text, stamp.at, stamp.actor],
    )
    .map_err(|error| match &error {
        rusqlite::Error::SqliteFailure(code, _)
            if code.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            StoreError::DuplicateName {
                name: title.to_string(),
            }
        }
        _ => StoreError::Sqlite(error),
    })?;
    let id = conn.last_insert_rowid();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "library_clause",
            record_id: Some(id),
            summary: Message::new("activity-clause-saved").with("title", title),
            changes: json!({ "section": section.code(), "language": language.code() }),
        },
    )?;
    get(conn, id)
}

pub fn remove(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let clause = get(conn, id)?;
    conn.execute("DELETE FROM clause_library WHERE id = ?1", [id])?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "delete",
            record_kind: "library_clause",
            record_id: Some(id),
            summary: Message::new("activity-clause-removed").with("title", &clause.title),
            changes: json!({}),
        },
    )
}

pub fn get(conn: &Connection, id: i64) -> Result<LibraryClause> {
    conn.query_row(
        "SELECT id, title, section, language, text FROM clause_library WHERE id = ?1",
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "library clause",
        id,
    })
}

/// The library by section order then title.
pub fn all(conn: &Connection) -> Result<Vec<LibraryClause>> {
    let mut statement = conn
        .prepare("SELECT id, title, section, language, text FROM clause_library ORDER BY title")?;
    let rows = statement.query_map([], from_row)?;
    let mut clauses: Vec<LibraryClause> = rows.collect::<rusqlite::Result<_>>()?;
    clauses.sort_by_key(|c| c.section.number());
    Ok(clauses)
}

fn from_row(row: &Row) -> rusqlite::Result<LibraryClause> {
    Ok(LibraryClause {
        id: row.get(0)?,
        title: row.get(1)?,
        section: parse_stored(row, 2, Section::parse)?,
        language: parse_stored(row, 3, Language::parse)?,
        text: row.get(4)?,
    })
}
