//! Each body's named voting protocols; a change saves a new version, never edits one.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::{bodies, Result, StoreError};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{Protocol, ProtocolVersion};
use pacta_core::Stamp;
use pacta_messages::Message;

const SELECT: &str =
    "SELECT id, body_id, name, version, preset, definition, created_at, created_by FROM protocols";

/// Saves `protocol` as the next version of the body's protocol called `name`.
pub fn save(
    conn: &Connection,
    stamp: &Stamp,
    body_id: i64,
    name: &str,
    preset: Option<Preset>,
    protocol: &Protocol,
) -> Result<ProtocolVersion> {
    let body = bodies::get(conn, body_id)?;
    let version: u32 = conn.query_row(
        "SELECT coalesce(max(version), 0) + 1 FROM protocols WHERE body_id = ?1 AND name = ?2",
        params![body_id, name],
        |row| row.get(0),
    )?;
    let definition = serde_json::to_string(protocol).expect("a protocol serialises");
    conn.execute(
        "INSERT INTO protocols (body_id, name, version, preset, definition, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            body_id,
            name,
            version,
            preset.map(Preset::code),
            definition,
            stamp.at,
            stamp.actor
        ],
    )?;
    let id = conn.last_insert_rowid();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "protocol",
            record_kind: "protocol",
            record_id: Some(id),
            summary: Message::new("activity-protocol-adopted")
                .with("body", &body.name)
                .with("name", name)
                .with("version", version),
            changes: json!({ "version": version, "preset": preset.map(Preset::code) }),
        },
    )?;
    get(conn, id)
}

pub fn get(conn: &Connection, id: i64) -> Result<ProtocolVersion> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "protocol",
            id,
        })
}

/// The latest version of each of a body's protocols (all bodies with `None`), by body and name.
pub fn current(conn: &Connection, body_id: Option<i64>) -> Result<Vec<ProtocolVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} p WHERE (?1 IS NULL OR p.body_id = ?1)
           AND p.version = (SELECT max(version) FROM protocols q WHERE q.body_id = p.body_id AND q.name = p.name)
         ORDER BY p.body_id, p.name"
    ))?;
    let rows = statement.query_map([body_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every version of one named protocol, oldest first.
pub fn history(conn: &Connection, body_id: i64, name: &str) -> Result<Vec<ProtocolVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE body_id = ?1 AND name = ?2 ORDER BY version"
    ))?;
    let rows = statement.query_map(params![body_id, name], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn from_row(row: &Row) -> rusqlite::Result<ProtocolVersion> {
    let preset: Option<String> = row.get(4)?;
    let definition: String = row.get(5)?;
    Ok(ProtocolVersion {
        id: row.get(0)?,
        body_id: row.get(1)?,
        name: row.get(2)?,
        version: row.get(3)?,
        preset: preset.as_deref().and_then(Preset::parse),
        protocol: parse_json(5, &definition)?,
        created_at: row.get(6)?,
        created_by: row.get(7)?,
    })
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    index: usize,
    text: &str,
) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}
