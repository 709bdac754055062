//! Meetings: schedule, attendance, the approval of the minutes and errata. Once the minutes
//! are approved, SQLite triggers refuse any change to the meeting, its agenda and decisions.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::organisations::{parse_date, parse_stored};
use crate::protocols::parse_json;
use crate::{bodies, seals, Result, StoreError};
use pacta_core::meeting::{
    Attendance, ClockTime, Erratum, Guest, Meeting, MeetingKind, MinutesStatus, ValidMeeting,
};
use pacta_core::seal::SealKind;
use pacta_core::{Field, Stamp};
use pacta_messages::Message;

fn log(
    conn: &Connection,
    stamp: &Stamp,
    action: &'static str,
    id: i64,
    summary: Message,
) -> Result<()> {
    activity::record(
        conn,
        stamp,
        &Entry {
            action,
            record_kind: "meeting",
            record_id: Some(id),
            summary,
            changes: json!({}),
        },
    )
}

pub fn create(
    conn: &Connection,
    stamp: &Stamp,
    body_id: i64,
    meeting: &ValidMeeting,
) -> Result<i64> {
    let body = bodies::get(conn, body_id)?;
    conn.execute(
        "INSERT INTO meetings (body_id, title, kind, date, starts_at, ends_at, time_zone, place, online_link, convenor, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            body_id,
            meeting.title,
            meeting.kind.code(),
            meeting.date.to_string(),
            meeting.starts_at.to_string(),
            meeting.ends_at.to_string(),
            meeting.time_zone,
            meeting.place,
            meeting.online_link,
            meeting.convenor,
            stamp.at,
            stamp.actor
        ],
    )?;
    let id = conn.last_insert_rowid();
    log(
        conn,
        stamp,
        "create",
        id,
        Message::new("activity-meeting-scheduled")
            .with("body", &body.code)
            .with("title", &meeting.title)
            .with("date", meeting.date.to_string()),
    )?;
    Ok(id)
}

pub fn update(conn: &Connection, stamp: &Stamp, id: i64, meeting: &ValidMeeting) -> Result<()> {
    get(conn, id)?;
    conn.execute(
        "UPDATE meetings SET title = ?2, kind = ?3, date = ?4, starts_at = ?5, ends_at = ?6, time_zone = ?7,
             place = ?8, online_link = ?9, convenor = ?10 WHERE id = ?1",
        params![
            id,
            meeting.title,
            meeting.kind.code(),
            meeting.date.to_string(),
            meeting.starts_at.to_string(),
            meeting.ends_at.to_string(),
            meeting.time_zone,
            meeting.place,
            meeting.online_link,
            meeting.convenor
        ],
    )
    .map_err(refusal)?;
    log(
        conn,
        stamp,
        "edit",
        id,
        Message::new("activity-meeting-rescheduled")
            .with("title", &meeting.title)
            .with("date", meeting.date.to_string()),
    )
}

/// Deletes a meeting whose minutes are not approved, with its agenda, decisions and actions.
/// Decision numbers it used stay used.
pub fn delete(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let meeting = get(conn, id)?;
    conn.execute("DELETE FROM meetings WHERE id = ?1", [id])
        .map_err(refusal)?;
    log(
        conn,
        stamp,
        "delete",
        id,
        Message::new("activity-meeting-deleted")
            .with("title", &meeting.title)
            .with("date", meeting.date.to_string()),
    )
}

const SELECT: &str = "SELECT m.id, m.body_id, b.code, b.name, m.title, m.kind, m.date, m.starts_at, m.ends_at,
    m.time_zone, m.place, m.online_link, m.convenor, m.minutes_status,
    (SELECT count(*) FROM meetings n WHERE n.body_id = m.body_id AND (n.date < m.date OR (n.date = m.date AND n.id <= m.id)))
    FROM meetings m JOIN bodies b ON b.id = m.body_id";

fn clock(row: &Row, index: usize) -> rusqlite::Result<ClockTime> {
    let text: String = row.get(index)?;
    ClockTime::parse(Field::At, &text).map_err(|problem| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            problem.to_string().into(),
        )
    })
}

fn from_row(row: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get(0)?,
        body_id: row.get(1)?,
        body_code: row.get(2)?,
        body_name: row.get(3)?,
        title: row.get(4)?,
        kind: parse_stored(row, 5, MeetingKind::parse)?,
        date: parse_date(row, 6)?,
        starts_at: clock(row, 7)?,
        ends_at: clock(row, 8)?,
        time_zone: row.get(9)?,
        place: row.get(10)?,
        online_link: row.get(11)?,
        convenor: row.get(12)?,
        minutes_status: parse_stored(row, 13, MinutesStatus::parse)?,
        number: row.get(14)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Meeting> {
    conn.query_row(&format!("{SELECT} WHERE m.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "meeting",
            id,
        })
}

/// Meetings, newest first; of one body when given.
pub fn list(conn: &Connection, body_id: Option<i64>) -> Result<Vec<Meeting>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR m.body_id = ?1 ORDER BY m.date DESC, m.starts_at DESC, m.id DESC"
    ))?;
    let rows = statement.query_map([body_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The meeting of the same body held just before this one, if any.
pub fn previous(conn: &Connection, meeting: &Meeting) -> Result<Option<Meeting>> {
    Ok(list(conn, Some(meeting.body_id))?
        .into_iter()
        .find(|m| m.number + 1 == meeting.number))
}

pub fn attendance(conn: &Connection, id: i64) -> Result<(Vec<Attendance>, Vec<Guest>)> {
    conn.query_row(
        "SELECT attendance, guests FROM meetings WHERE id = ?1",
        [id],
        |row| {
            let attendance: String = row.get(0)?;
            let guests: String = row.get(1)?;
            Ok((parse_json(0, &attendance)?, parse_json(1, &guests)?))
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "meeting",
        id,
    })
}

pub fn set_attendance(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    attendance: &[Attendance],
    guests: &[Guest],
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE meetings SET attendance = ?2, guests = ?3 WHERE id = ?1",
            params![
                id,
                serde_json::to_string(attendance).expect("attendance serialises"),
                serde_json::to_string(guests).expect("guests serialise")
            ],
        )
        .map_err(refusal)?;
    if changed == 0 {
        return Err(StoreError::NotFound {
            kind: "meeting",
            id,
        });
    }
    let present = attendance
        .iter()
        .filter(|a| a.status == pacta_core::meeting::AttendanceStatus::Present)
        .count();
    log(
        conn,
        stamp,
        "attendance",
        id,
        Message::new("activity-attendance")
            .with("present", present)
            .with("guests", guests.len()),
    )
}

/// Moves the minutes along draft → circulated → approved. `detail` names the distribution
/// list when circulating, and who approved (a decision reference, or the chair) when approving.
pub fn set_minutes_status(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    status: MinutesStatus,
    on: &str,
    circulated_to: &[String],
    approved_by: &str,
) -> Result<()> {
    let to = serde_json::to_string(circulated_to).expect("names serialise");
    match status {
        MinutesStatus::Circulated => conn.execute(
            "UPDATE meetings SET minutes_status = 'circulated', circulated_on = ?2, circulated_to = ?3 WHERE id = ?1",
            params![id, on, to],
        ),
        MinutesStatus::Approved => conn.execute(
            "UPDATE meetings SET minutes_status = 'approved', approved_on = ?2, approved_by = ?3 WHERE id = ?1",
            params![id, on, approved_by],
        ),
        MinutesStatus::Draft => conn.execute(
            "UPDATE meetings SET minutes_status = 'draft' WHERE id = ?1",
            params![id],
        ),
    }
    .map_err(refusal)?;
    if status == MinutesStatus::Approved {
        seals::seal(conn, SealKind::Minutes, id, &stamp.at)?;
    }
    log(
        conn,
        stamp,
        "minutes",
        id,
        Message::new("activity-minutes-status")
            .with("status", status.code())
            .with("on", on.to_string()),
    )
}

/// When and to whom the minutes went, and who approved them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MinutesApproval {
    pub circulated_on: Option<String>,
    pub circulated_to: Vec<String>,
    pub approved_on: Option<String>,
    pub approved_by: Option<String>,
}

pub fn approval(conn: &Connection, id: i64) -> Result<MinutesApproval> {
    conn.query_row(
        "SELECT circulated_on, circulated_to, approved_on, approved_by FROM meetings WHERE id = ?1",
        [id],
        |row| {
            let to: String = row.get(1)?;
            Ok(MinutesApproval {
                circulated_on: row.get(0)?,
                circulated_to: parse_json(1, &to)?,
                approved_on: row.get(2)?,
                approved_by: row.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "meeting",
        id,
    })
}

pub fn add_erratum(conn: &Connection, stamp: &Stamp, id: i64, text: &str) -> Result<()> {
    get(conn, id)?;
    conn.execute(
        "INSERT INTO minutes_errata (meeting_id, text, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4)",
        params![id, text, stamp.at, stamp.actor],
    )?;
    log(
        conn,
        stamp,
        "erratum",
        id,
        Message::new("activity-erratum").with("text", text),
    )
}

pub fn errata(conn: &Connection, id: i64) -> Result<Vec<Erratum>> {
    let mut statement = conn.prepare_cached(
        "SELECT substr(recorded_at, 1, 10), text, recorded_by FROM minutes_errata WHERE meeting_id = ?1 ORDER BY id",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(Erratum {
            recorded_on: parse_date(row, 0)?,
            text: row.get(1)?,
            by: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
