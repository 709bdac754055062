//! A meeting's agenda items, their minutes, and the votes put under them.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::organisations::parse_stored;
use crate::{Result, StoreError};
use pacta_core::meeting::{AgendaItem, ItemKind, StandardItem, ValidAgendaItem};
use pacta_core::Stamp;
use pacta_messages::Message;

fn log(
    conn: &Connection,
    stamp: &Stamp,
    action: &'static str,
    meeting_id: i64,
    summary: Message,
) -> Result<()> {
    activity::record(
        conn,
        stamp,
        &Entry {
            action,
            record_kind: "meeting",
            record_id: Some(meeting_id),
            summary,
            changes: json!({}),
        },
    )
}

/// Adds an item at the end of the agenda; returns its id.
pub fn add(
    conn: &Connection,
    stamp: &Stamp,
    meeting_id: i64,
    item: &ValidAgendaItem,
) -> Result<i64> {
    check_matrix(conn, item.matrix_id)?;
    let position: i64 = conn.query_row(
        "SELECT count(*) + 1 FROM agenda_items WHERE meeting_id = ?1",
        [meeting_id],
        |row| row.get(0),
    )?;
    conn.execute(
        "INSERT INTO agenda_items (meeting_id, position, title, kind, presenter, duration_minutes, agreement_id, standard, matrix_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            meeting_id,
            position,
            item.title,
            item.kind.code(),
            item.presenter,
            item.duration_minutes,
            item.agreement_id,
            item.standard.map(StandardItem::code),
            item.matrix_id
        ],
    )
    .map_err(refusal)?;
    let id = conn.last_insert_rowid();
    log(
        conn,
        stamp,
        "agenda",
        meeting_id,
        Message::new("activity-item-added")
            .with("position", position)
            .with("title", &item.title),
    )?;
    Ok(id)
}

pub fn update(
    conn: &Connection,
    stamp: &Stamp,
    item_id: i64,
    item: &ValidAgendaItem,
) -> Result<()> {
    let before = get(conn, item_id)?;
    check_matrix(conn, item.matrix_id)?;
    conn.execute(
        "UPDATE agenda_items SET title = ?2, kind = ?3, presenter = ?4, duration_minutes = ?5, agreement_id = ?6, matrix_id = ?7 WHERE id = ?1",
        params![item_id, item.title, item.kind.code(), item.presenter, item.duration_minutes, item.agreement_id, item.matrix_id],
    )
    .map_err(refusal)?;
    log(
        conn,
        stamp,
        "agenda",
        before.meeting_id,
        Message::new("activity-item-edited")
            .with("position", before.position)
            .with("title", &item.title),
    )
}

/// A matrix named by an item must exist: the foreign key alone would fail as a bare SQLite error.
fn check_matrix(conn: &Connection, matrix_id: Option<i64>) -> Result<()> {
    let Some(id) = matrix_id else {
        return Ok(());
    };
    let found: Option<i64> = conn
        .query_row("SELECT 1 FROM matrices WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?;
    match found {
        Some(_) => Ok(()),
        None => Err(StoreError::NotFound { kind: "matrix", id }),
    }
}

/// Moves an item to `position` (1-based), shifting the others.
pub fn move_to(conn: &Connection, stamp: &Stamp, item_id: i64, position: u32) -> Result<()> {
    let item = get(conn, item_id)?;
    let mut ids: Vec<i64> = of_meeting(conn, item.meeting_id)?
        .iter()
        .map(|i| i.id)
        .collect();
    ids.retain(|id| *id != item_id);
    let index = (position.max(1) as usize - 1).min(ids.len());
    ids.insert(index, item_id);
    for (n, id) in ids.iter().enumerate() {
        conn.execute(
            "UPDATE agenda_items SET position = ?2 WHERE id = ?1 AND position != ?2",
            params![id, n as i64 + 1],
        )
        .map_err(refusal)?;
    }
    log(
        conn,
        stamp,
        "agenda",
        item.meeting_id,
        Message::new("activity-item-moved")
            .with("title", &item.title)
            .with("position", index + 1),
    )
}

pub fn remove(conn: &Connection, stamp: &Stamp, item_id: i64) -> Result<()> {
    let item = get(conn, item_id)?;
    let votes: i64 = conn.query_row(
        "SELECT count(*) FROM item_votes WHERE agenda_item_id = ?1",
        [item_id],
        |r| r.get(0),
    )?;
    if votes > 0 {
        return Err(StoreError::Immutable(format!(
            "“{}” has a closed vote; an item with a vote stays on the agenda",
            item.title
        )));
    }
    conn.execute("DELETE FROM agenda_items WHERE id = ?1", [item_id])
        .map_err(refusal)?;
    conn.execute(
        "UPDATE agenda_items SET position = position - 1 WHERE meeting_id = ?1 AND position > ?2",
        params![item.meeting_id, item.position],
    )
    .map_err(refusal)?;
    log(
        conn,
        stamp,
        "agenda",
        item.meeting_id,
        Message::new("activity-item-removed").with("title", &item.title),
    )
}

/// Writes the minutes of one item.
pub fn set_minutes(
    conn: &Connection,
    stamp: &Stamp,
    item_id: i64,
    summary: &str,
    outcome: &str,
) -> Result<()> {
    let item = get(conn, item_id)?;
    conn.execute(
        "UPDATE agenda_items SET summary = ?2, outcome = ?3 WHERE id = ?1",
        params![item_id, summary, outcome],
    )
    .map_err(refusal)?;
    log(
        conn,
        stamp,
        "minutes",
        item.meeting_id,
        Message::new("activity-item-minutes")
            .with("position", item.position)
            .with("title", &item.title),
    )
}

/// Records that a closed vote was taken under an item.
pub fn link_vote(conn: &Connection, item_id: i64, vote_id: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO item_votes (vote_id, agenda_item_id) VALUES (?1, ?2)",
        params![vote_id, item_id],
    )?;
    Ok(())
}

/// The votes taken under the meeting's items: (item id, vote id), in the order they closed.
pub fn votes_of_meeting(conn: &Connection, meeting_id: i64) -> Result<Vec<(i64, i64)>> {
    let mut statement = conn.prepare_cached(
        "SELECT v.agenda_item_id, v.vote_id FROM item_votes v JOIN agenda_items i ON i.id = v.agenda_item_id
         WHERE i.meeting_id = ?1 ORDER BY v.vote_id",
    )?;
    let rows = statement.query_map([meeting_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const SELECT: &str = "SELECT id, meeting_id, position, title, kind, presenter, duration_minutes, agreement_id, standard, summary, outcome, matrix_id FROM agenda_items";

fn from_row(row: &Row) -> rusqlite::Result<AgendaItem> {
    let standard: Option<String> = row.get(8)?;
    Ok(AgendaItem {
        id: row.get(0)?,
        meeting_id: row.get(1)?,
        position: row.get(2)?,
        title: row.get(3)?,
        kind: parse_stored(row, 4, ItemKind::parse)?,
        presenter: row.get(5)?,
        duration_minutes: row.get(6)?,
        agreement_id: row.get(7)?,
        standard: standard.as_deref().and_then(StandardItem::parse),
        summary: row.get(9)?,
        outcome: row.get(10)?,
        matrix_id: row.get(11)?,
    })
}

pub fn get(conn: &Connection, item_id: i64) -> Result<AgendaItem> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [item_id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "agenda item",
            id: item_id,
        })
}

pub fn of_meeting(conn: &Connection, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT} WHERE meeting_id = ?1 ORDER BY position"))?;
    let rows = statement.query_map([meeting_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
