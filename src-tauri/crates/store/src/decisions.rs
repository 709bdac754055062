//! The decisions register. A reference (`GA-2026-03`) is assigned when the decision is
//! recorded, from a per-body, per-year counter that only ever goes up.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::organisations::parse_date;
use crate::protocols::parse_json;
use crate::{meetings, Result, StoreError};
use pacta_core::meeting::{decision_reference, Decision};
use pacta_core::Stamp;
use pacta_messages::Message;

pub fn record(
    conn: &Connection,
    stamp: &Stamp,
    meeting_id: i64,
    agenda_item_id: Option<i64>,
    text: &str,
    vote_id: Option<i64>,
    pillars: &[String],
) -> Result<Decision> {
    let meeting = meetings::get(conn, meeting_id)?;
    let year = meeting.date.year();
    conn.execute(
        "INSERT INTO decision_counters (body_id, year, last) VALUES (?1, ?2, 1)
         ON CONFLICT (body_id, year) DO UPDATE SET last = last + 1",
        params![meeting.body_id, year],
    )?;
    let sequence: u32 = conn.query_row(
        "SELECT last FROM decision_counters WHERE body_id = ?1 AND year = ?2",
        params![meeting.body_id, year],
        |row| row.get(0),
    )?;
    let reference = decision_reference(&meeting.body_code, year, sequence);
    conn.execute(
        "INSERT INTO decisions (reference, meeting_id, agenda_item_id, body_id, year, sequence, text, vote_id, pillars, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            reference,
            meeting_id,
            agenda_item_id,
            meeting.body_id,
            year,
            sequence,
            text,
            vote_id,
            serde_json::to_string(pillars).expect("pillars serialise"),
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
            action: "decide",
            record_kind: "meeting",
            record_id: Some(meeting_id),
            summary: Message::new("activity-decision-recorded")
                .with("reference", &reference)
                .with("text", text),
            changes: json!({ "decision": id, "reference": reference }),
        },
    )?;
    get(conn, id)
}

/// Removes a decision of minutes not yet approved; its reference is not given again.
pub fn remove(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let decision = get(conn, id)?;
    conn.execute("DELETE FROM decisions WHERE id = ?1", [id])
        .map_err(refusal)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "delete",
            record_kind: "meeting",
            record_id: Some(decision.meeting_id),
            summary: Message::new("activity-decision-withdrawn")
                .with("reference", &decision.reference),
            changes: json!({ "reference": decision.reference }),
        },
    )
}

/// Filters of the decisions register; `None` lets everything through.
#[derive(Debug, Clone, Default)]
pub struct DecisionFilter<'a> {
    pub body_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub pillar: Option<&'a str>,
    /// Words in the decision's text or reference, case-insensitive.
    pub text: Option<&'a str>,
}

const SELECT: &str = "SELECT d.id, d.reference, d.meeting_id, d.agenda_item_id, d.body_id, b.code, m.date, d.text, d.vote_id, d.pillars
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = d.body_id";

fn from_row(row: &Row) -> rusqlite::Result<Decision> {
    let pillars: String = row.get(9)?;
    Ok(Decision {
        id: row.get(0)?,
        reference: row.get(1)?,
        meeting_id: row.get(2)?,
        agenda_item_id: row.get(3)?,
        body_id: row.get(4)?,
        body_code: row.get(5)?,
        meeting_date: parse_date(row, 6)?,
        text: row.get(7)?,
        vote_id: row.get(8)?,
        pillars: parse_json(9, &pillars)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Decision> {
    conn.query_row(&format!("{SELECT} WHERE d.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "decision",
            id,
        })
}

/// The register, newest first.
pub fn list(conn: &Connection, filter: &DecisionFilter) -> Result<Vec<Decision>> {
    let like = filter.text.map(|t| format!("%{}%", t.trim()));
    let pillar = filter.pillar.map(|p| format!("%\"{p}\"%"));
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 IS NULL OR d.body_id = ?1) AND (?2 IS NULL OR d.meeting_id = ?2)
           AND (?3 IS NULL OR m.date >= ?3) AND (?4 IS NULL OR m.date <= ?4)
           AND (?5 IS NULL OR d.pillars LIKE ?5)
           AND (?6 IS NULL OR d.text LIKE ?6 OR d.reference LIKE ?6)
         ORDER BY m.date DESC, d.year DESC, d.sequence DESC"
    ))?;
    let rows = statement.query_map(
        params![
            filter.body_id,
            filter.meeting_id,
            filter.from,
            filter.to,
            pillar,
            like
        ],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
