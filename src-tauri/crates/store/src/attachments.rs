//! Papers attached to agreements, stored inside the partnership file with their SHA-256 so the
//! copy a reader holds can be checked against the recorded one.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::disk::sha256_hex;
use crate::error::refusal;
use crate::{Result, StoreError};
use pacta_core::agreement::Attachment;
use pacta_core::Stamp;
use pacta_messages::Message;

/// Attaches a paper; `version_id`, when given, must be a version of `agreement_id`.
pub fn add(
    conn: &Connection,
    stamp: &Stamp,
    agreement_id: i64,
    version_id: Option<i64>,
    file_name: &str,
    media_type: &str,
    content: &[u8],
) -> Result<Attachment> {
    if let Some(version_id) = version_id {
        let belongs: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM agreement_versions WHERE id = ?1 AND agreement_id = ?2",
                [version_id, agreement_id],
                |row| row.get(0),
            )
            .optional()?;
        if belongs.is_none() {
            return Err(StoreError::NotFound {
                kind: "agreement version",
                id: version_id,
            });
        }
    }
    let sha256 = sha256_hex(content);
    conn.execute(
        "INSERT INTO agreement_attachments (agreement_id, version_id, file_name, media_type, size_bytes, sha256, content, added_at, added_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![agreement_id, version_id, file_name, media_type, content.len() as i64, sha256, content, stamp.at, stamp.actor],
    )?;
    let id = conn.last_insert_rowid();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "attach",
            record_kind: "agreement",
            record_id: Some(agreement_id),
            summary: Message::new("activity-paper-attached")
                .with("file", file_name)
                .with("bytes", content.len()),
            changes: json!({ "attachment": id, "sha256": sha256 }),
        },
    )?;
    get(conn, id)
}

/// Removes a paper; papers of signed versions are kept (the file refuses).
pub fn remove(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let paper = get(conn, id)?;
    conn.execute("DELETE FROM agreement_attachments WHERE id = ?1", [id])
        .map_err(refusal)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "detach",
            record_kind: "agreement",
            record_id: Some(paper.agreement_id),
            summary: Message::new("activity-paper-removed").with("file", &paper.file_name),
            changes: json!({ "attachment": id, "sha256": paper.sha256 }),
        },
    )
}

const SELECT: &str = "SELECT id, agreement_id, version_id, file_name, media_type, size_bytes, sha256, added_at, added_by FROM agreement_attachments";

pub fn get(conn: &Connection, id: i64) -> Result<Attachment> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "attachment",
            id,
        })
}

/// The papers of an agreement, oldest first.
pub fn of_agreement(conn: &Connection, agreement_id: i64) -> Result<Vec<Attachment>> {
    let mut statement = conn.prepare(&format!("{SELECT} WHERE agreement_id = ?1 ORDER BY id"))?;
    let rows = statement.query_map([agreement_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored bytes of a paper.
pub fn content(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    conn.query_row(
        "SELECT content FROM agreement_attachments WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "attachment",
        id,
    })
}

fn from_row(row: &Row) -> rusqlite::Result<Attachment> {
    Ok(Attachment {
        id: row.get(0)?,
        agreement_id: row.get(1)?,
        version_id: row.get(2)?,
        file_name: row.get(3)?,
        media_type: row.get(4)?,
        size_bytes: row.get::<_, i64>(5)? as u64,
        sha256: row.get(6)?,
        added_at: row.get(7)?,
        added_by: row.get(8)?,
    })
}
