//! Action items and their dated notes. An action of approved minutes keeps its terms (what,
//! who, by when); its progress goes on.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::organisations::{parse_date, parse_stored};
use crate::{Result, StoreError};
use pacta_core::meeting::{ActionItem, ActionNote, ActionStatus, ValidAction};
use pacta_core::{IsoDate, Stamp};
use pacta_messages::Message;

pub fn add(
    conn: &Connection,
    stamp: &Stamp,
    meeting_id: i64,
    agenda_item_id: Option<i64>,
    action: &ValidAction,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO action_items (meeting_id, agenda_item_id, title, owner_organisation_id, owner_person, due_on, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            meeting_id,
            agenda_item_id,
            action.title,
            action.owner_organisation_id,
            action.owner_person,
            action.due_on.map(|d| d.to_string()),
            stamp.at,
            stamp.actor
        ],
    )
    .map_err(refusal)?;
    let id = conn.last_insert_rowid();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "action",
            record_kind: "meeting",
            record_id: Some(meeting_id),
            summary: Message::new("activity-action-added").with("title", &action.title),
            changes: json!({ "action": id }),
        },
    )?;
    Ok(id)
}

/// Records progress: a new status with a dated note.
pub fn update_status(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    status: ActionStatus,
    on: IsoDate,
    note: &str,
) -> Result<ActionItem> {
    let action = get(conn, id)?;
    conn.execute(
        "UPDATE action_items SET status = ?2 WHERE id = ?1",
        params![id, status.code()],
    )
    .map_err(refusal)?;
    conn.execute(
        "INSERT INTO action_notes (action_id, on_date, status, note, by_actor) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, on.to_string(), status.code(), note, stamp.actor],
    )?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "action",
            record_kind: "meeting",
            record_id: Some(action.meeting_id),
            summary: Message::new("activity-action-status")
                .with("title", &action.title)
                .with("status", status.code())
                .with("note", note),
            changes: json!({ "action": id, "status": status.code() }),
        },
    )?;
    get(conn, id)
}

/// Which actions to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActionFilter {
    pub meeting_id: Option<i64>,
    pub body_id: Option<i64>,
    /// Open and in progress only.
    pub open_only: bool,
    /// Actions of meetings held before this meeting (by date), for matters arising.
    pub before_meeting: Option<i64>,
}

const SELECT: &str = "SELECT a.id, a.meeting_id, m.body_id, a.agenda_item_id, a.title, a.owner_organisation_id, o.name,
    a.owner_person, a.due_on, a.status
    FROM action_items a JOIN meetings m ON m.id = a.meeting_id JOIN organisations o ON o.id = a.owner_organisation_id";

fn from_row(row: &Row) -> rusqlite::Result<ActionItem> {
    let due: Option<String> = row.get(8)?;
    Ok(ActionItem {
        id: row.get(0)?,
        meeting_id: row.get(1)?,
        body_id: row.get(2)?,
        agenda_item_id: row.get(3)?,
        title: row.get(4)?,
        owner_organisation_id: row.get(5)?,
        owner_name: row.get(6)?,
        owner_person: row.get(7)?,
        due_on: match due {
            Some(_) => Some(parse_date(row, 8)?),
            None => None,
        },
        status: parse_stored(row, 9, ActionStatus::parse)?,
        notes: Vec::new(),
    })
}

fn with_notes(conn: &Connection, mut action: ActionItem) -> Result<ActionItem> {
    let mut statement = conn.prepare_cached(
        "SELECT on_date, status, note, by_actor FROM action_notes WHERE action_id = ?1 ORDER BY id",
    )?;
    let notes = statement.query_map([action.id], |row| {
        Ok(ActionNote {
            on: parse_date(row, 0)?,
            status: parse_stored(row, 1, ActionStatus::parse)?,
            note: row.get(2)?,
            by: row.get(3)?,
        })
    })?;
    action.notes = notes.collect::<rusqlite::Result<_>>()?;
    Ok(action)
}

pub fn get(conn: &Connection, id: i64) -> Result<ActionItem> {
    let action = conn
        .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "action item",
            id,
        })?;
    with_notes(conn, action)
}

/// Actions by due date (undated last), then by id.
pub fn list(conn: &Connection, filter: &ActionFilter) -> Result<Vec<ActionItem>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 IS NULL OR a.meeting_id = ?1) AND (?2 IS NULL OR m.body_id = ?2)
           AND (?3 = 0 OR a.status IN ('open', 'in_progress'))
           AND (?4 IS NULL OR (m.body_id = (SELECT body_id FROM meetings WHERE id = ?4)
                AND (m.date < (SELECT date FROM meetings WHERE id = ?4)
                     OR (m.date = (SELECT date FROM meetings WHERE id = ?4) AND m.id < ?4))))
         ORDER BY a.due_on IS NULL, a.due_on, a.id"
    ))?;
    let rows = statement
        .query_map(
            params![
                filter.meeting_id,
                filter.body_id,
                filter.open_only,
                filter.before_meeting
            ],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|a| with_notes(conn, a)).collect()
}
