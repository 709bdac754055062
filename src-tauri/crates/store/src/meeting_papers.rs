//! Papers put before a meeting under an agenda item, stored with their SHA-256 as agreement
//! papers are (`attachments`). The file refuses to rewrite a paper, and to remove one or add
//! one once the meeting's minutes are approved.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::disk::sha256_hex;
use crate::error::refusal;
use crate::{agenda, Result, StoreError};
use pacta_core::meeting::ItemPaper;
use pacta_core::Stamp;
use pacta_messages::Message;

fn log(
    conn: &Connection,
    stamp: &Stamp,
    action: &'static str,
    meeting_id: i64,
    summary: Message,
    paper_id: i64,
    sha256: &str,
) -> Result<()> {
    activity::record(
        conn,
        stamp,
        &Entry {
            action,
            record_kind: "meeting",
            record_id: Some(meeting_id),
            summary,
            changes: json!({ "paper": paper_id, "sha256": sha256 }),
        },
    )
}

/// Attaches a paper to an agenda item.
pub fn add(
    conn: &Connection,
    stamp: &Stamp,
    agenda_item_id: i64,
    file_name: &str,
    media_type: &str,
    content: &[u8],
) -> Result<ItemPaper> {
    let item = agenda::get(conn, agenda_item_id)?;
    let sha256 = sha256_hex(content);
    conn.execute(
        "INSERT INTO meeting_papers (agenda_item_id, file_name, media_type, size_bytes, sha256, content, added_at, added_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![agenda_item_id, file_name, media_type, content.len() as i64, sha256, content, stamp.at, stamp.actor],
    )
    .map_err(refusal)?;
    let id = conn.last_insert_rowid();
    log(
        conn,
        stamp,
        "attach",
        item.meeting_id,
        Message::new("activity-meeting-paper-added")
            .with("file", file_name)
            .with("bytes", content.len())
            .with("position", item.position)
            .with("title", &item.title),
        id,
        &sha256,
    )?;
    get(conn, id)
}

/// Removes a paper; those of approved minutes are kept (the file refuses).
pub fn remove(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let paper = get(conn, id)?;
    conn.execute("DELETE FROM meeting_papers WHERE id = ?1", [id])
        .map_err(refusal)?;
    log(
        conn,
        stamp,
        "detach",
        paper.meeting_id,
        Message::new("activity-meeting-paper-removed").with("file", &paper.file_name),
        id,
        &paper.sha256,
    )
}

const SELECT: &str = "SELECT p.id, i.meeting_id, p.agenda_item_id, p.file_name, p.media_type, p.size_bytes, p.sha256, p.added_at, p.added_by
    FROM meeting_papers p JOIN agenda_items i ON i.id = p.agenda_item_id";

pub fn get(conn: &Connection, id: i64) -> Result<ItemPaper> {
    conn.query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "meeting paper",
            id,
        })
}

/// The papers of a meeting, item by item in agenda order, each item's oldest first.
pub fn of_meeting(conn: &Connection, meeting_id: i64) -> Result<Vec<ItemPaper>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} WHERE i.meeting_id = ?1 ORDER BY i.position, p.id"
    ))?;
    let rows = statement.query_map([meeting_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored bytes of a paper.
pub fn content(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    conn.query_row(
        "SELECT content FROM meeting_papers WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "meeting paper",
        id,
    })
}

fn from_row(row: &Row) -> rusqlite::Result<ItemPaper> {
    Ok(ItemPaper {
        id: row.get(0)?,
        meeting_id: row.get(1)?,
        agenda_item_id: row.get(2)?,
        file_name: row.get(3)?,
        media_type: row.get(4)?,
        size_bytes: row.get::<_, i64>(5)? as u64,
        sha256: row.get(6)?,
        added_at: row.get(7)?,
        added_by: row.get(8)?,
    })
}
