//! The people who represent member organisations.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::{member_search, organisations, Result, StoreError};
use pacta_core::{Representative, Stamp, ValidRepresentative};
use pacta_messages::Message;

const SELECT: &str =
    "SELECT id, organisation_id, name, title, email, phone, is_primary, erased_at FROM representatives";

pub fn insert(
    conn: &Connection,
    stamp: &Stamp,
    organisation_id: i64,
    person: &ValidRepresentative,
) -> Result<i64> {
    let organisation = organisations::get(conn, organisation_id)?;
    if person.primary {
        clear_primary(conn, organisation_id)?;
    }
    conn.prepare_cached(
        "INSERT INTO representatives (organisation_id, name, title, email, phone, is_primary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        organisation_id,
        person.name,
        person.title,
        person.email,
        person.phone,
        person.primary
    ])?;
    let id = conn.last_insert_rowid();
    member_search::refresh(conn, organisation_id)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "representative",
            record_id: Some(id),
            summary: Message::new("activity-representative-added")
                .with("name", &person.name)
                .with("organisation", &organisation.name),
            changes: json!({ "name": [null, person.name] }),
        },
    )?;
    Ok(id)
}

pub fn update(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    person: &ValidRepresentative,
) -> Result<()> {
    let before = get(conn, id)?;
    if let Some(at) = crate::erasure::erased_at(conn, id)? {
        return Err(StoreError::AlreadyErased { id, at });
    }
    if person.primary {
        clear_primary(conn, before.organisation_id)?;
    }
    conn.execute(
        "UPDATE representatives SET name = ?2, title = ?3, email = ?4, phone = ?5, is_primary = ?6 WHERE id = ?1",
        params![id, person.name, person.title, person.email, person.phone, person.primary],
    )?;
    member_search::refresh(conn, before.organisation_id)?;
    let after = get(conn, id)?;
    let changes = activity::differences(&before, &after);
    if !changes.is_empty() {
        activity::record(
            conn,
            stamp,
            &Entry {
                action: "update",
                record_kind: "representative",
                record_id: Some(id),
                summary: Message::new("activity-representative-edited").with("name", &after.name),
                changes: serde_json::Value::Object(changes),
            },
        )?;
    }
    Ok(())
}

pub fn delete(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let before = get(conn, id)?;
    conn.execute("DELETE FROM representatives WHERE id = ?1", [id])?;
    member_search::refresh(conn, before.organisation_id)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "delete",
            record_kind: "representative",
            record_id: Some(id),
            summary: Message::new("activity-representative-removed").with("name", &before.name),
            changes: json!({ "name": [before.name, null] }),
        },
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Representative> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "representative",
            id,
        })
}

/// An organisation's representatives, primary first.
pub fn of_organisation(conn: &Connection, organisation_id: i64) -> Result<Vec<Representative>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE organisation_id = ?1 ORDER BY is_primary DESC, name"
    ))?;
    let rows = statement.query_map([organisation_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn clear_primary(conn: &Connection, organisation_id: i64) -> Result<()> {
    // Found first, then updated one by one: a single-row update needs no statement journal,
    // whose savepoint would make FTS5 flush its pending index data (once per imported row).
    let primaries: Vec<i64> = conn
        .prepare_cached(
            "SELECT id FROM representatives WHERE organisation_id = ?1 AND is_primary = 1",
        )?
        .query_map([organisation_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in primaries {
        conn.prepare_cached("UPDATE representatives SET is_primary = 0 WHERE id = ?1")?
            .execute([id])?;
    }
    Ok(())
}

fn from_row(row: &Row) -> rusqlite::Result<Representative> {
    Ok(Representative {
        id: row.get(0)?,
        organisation_id: row.get(1)?,
        name: row.get(2)?,
        title: row.get(3)?,
        email: row.get(4)?,
        phone: row.get(5)?,
        primary: row.get(6)?,
        erased_at: row.get(7)?,
    })
}
