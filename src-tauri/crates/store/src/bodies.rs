//! The partnership's bodies and the seats member organisations hold in them.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::is_unique_violation;
use crate::organisations::parse_stored;
use crate::{organisations, Result, StoreError};
use pacta_core::meeting::{MinutesRules, Recipient};
use pacta_core::{Body, BodyKind, Membership, Office, Role, Stamp, ValidBody, ValidMembership};
use pacta_messages::Message;

pub fn insert(conn: &Connection, stamp: &Stamp, body: &ValidBody) -> Result<i64> {
    conn.execute(
        "INSERT INTO bodies (name, code, kind) VALUES (?1, ?2, ?3)",
        params![body.name, body.code, body.kind.code()],
    )
    .map_err(|error| duplicate(conn, error, body))?;
    let id = conn.last_insert_rowid();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "body",
            record_id: Some(id),
            summary: Message::new("activity-body-created")
                .with("body", &body.name)
                .with("code", &body.code),
            changes: json!({ "name": [null, body.name] }),
        },
    )?;
    Ok(id)
}

pub fn update(conn: &Connection, stamp: &Stamp, id: i64, body: &ValidBody) -> Result<()> {
    let before = get(conn, id)?;
    conn.execute(
        "UPDATE bodies SET name = ?2, code = ?3, kind = ?4 WHERE id = ?1",
        params![id, body.name, body.code, body.kind.code()],
    )
    .map_err(|error| duplicate(conn, error, body))?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "update",
            record_kind: "body",
            record_id: Some(id),
            summary: Message::new("activity-body-edited").with("body", &body.name),
            changes: json!({ "name": [before.name, body.name], "code": [before.code, body.code] }),
        },
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Body> {
    conn.query_row(
        &format!("{SELECT_BODY} WHERE b.id = ?1"),
        [id],
        body_from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound { kind: "body", id })
}

/// Every body: plenaries first, then by name.
pub fn list(conn: &Connection) -> Result<Vec<Body>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_BODY} ORDER BY CASE b.kind WHEN 'plenary' THEN 0 ELSE 1 END, b.name"
    ))?;
    let rows = statement.query_map([], body_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The body's rules for its minutes: the chair's power to approve them, the distribution list.
pub fn minutes_rules(conn: &Connection, body_id: i64) -> Result<MinutesRules> {
    let chair_approves: bool = conn
        .query_row(
            "SELECT chair_approves_minutes FROM bodies WHERE id = ?1",
            [body_id],
            |row| row.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "body",
            id: body_id,
        })?;
    let mut statement = conn.prepare_cached(
        "SELECT name, email FROM body_recipients WHERE body_id = ?1 ORDER BY position",
    )?;
    let distribution = statement
        .query_map([body_id], |row| {
            Ok(Recipient {
                name: row.get(0)?,
                email: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(MinutesRules {
        chair_approves,
        distribution,
    })
}

/// Replaces the body's distribution list (already validated) with `list`, in its order.
pub fn set_distribution(
    conn: &Connection,
    stamp: &Stamp,
    body_id: i64,
    list: &[Recipient],
) -> Result<()> {
    let body = get(conn, body_id)?;
    let before = minutes_rules(conn, body_id)?.distribution;
    conn.execute("DELETE FROM body_recipients WHERE body_id = ?1", [body_id])?;
    for (index, recipient) in list.iter().enumerate() {
        conn.execute(
            "INSERT INTO body_recipients (body_id, position, name, email) VALUES (?1, ?2, ?3, ?4)",
            params![body_id, index as i64 + 1, recipient.name, recipient.email],
        )?;
    }
    let lines = |list: &[Recipient]| list.iter().map(Recipient::line).collect::<Vec<_>>();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "distribution",
            record_kind: "body",
            record_id: Some(body_id),
            summary: Message::new("activity-distribution-list")
                .with("body", &body.name)
                .with("count", list.len()),
            changes: json!({ "distribution": [lines(&before), lines(list)] }),
        },
    )
}

/// Whether the chair may approve the body's minutes alone.
pub fn set_chair_approves_minutes(
    conn: &Connection,
    stamp: &Stamp,
    body_id: i64,
    allowed: bool,
) -> Result<()> {
    let body = get(conn, body_id)?;
    conn.execute(
        "UPDATE bodies SET chair_approves_minutes = ?2 WHERE id = ?1",
        params![body_id, allowed],
    )?;
    let summary = Message::new(if allowed {
        "activity-chair-approves-minutes"
    } else {
        "activity-meeting-approves-minutes"
    })
    .with("body", &body.name);
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "update",
            record_kind: "body",
            record_id: Some(body_id),
            summary,
            changes: json!({ "chair_approves_minutes": allowed }),
        },
    )
}

/// Seats an organisation in a body, or changes its seat when it already sits there.
pub fn set_membership(
    conn: &Connection,
    stamp: &Stamp,
    body_id: i64,
    organisation_id: i64,
    seat: &ValidMembership,
) -> Result<i64> {
    let body = get(conn, body_id)?;
    let organisation = organisations::get(conn, organisation_id)?;
    conn.execute(
        "INSERT INTO memberships (body_id, organisation_id, role, office, weight) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (body_id, organisation_id)
         DO UPDATE SET role = excluded.role, office = excluded.office, weight = excluded.weight",
        params![body_id, organisation_id, seat.role.code(), seat.office.map(Office::code), seat.weight],
    )?;
    let id: i64 = conn.query_row(
        "SELECT id FROM memberships WHERE body_id = ?1 AND organisation_id = ?2",
        params![body_id, organisation_id],
        |row| row.get(0),
    )?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "seat",
            record_kind: "membership",
            record_id: Some(id),
            summary: Message::new("activity-seat-set")
                .with("organisation", &organisation.name)
                .with("body", &body.name)
                .with("role", seat.role.code())
                .with("weight", seat.weight),
            changes: json!({ "role": seat.role.code(), "office": seat.office.map(Office::code), "weight": seat.weight }),
        },
    )?;
    Ok(id)
}

pub fn remove_membership(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let seat = membership(conn, id)?;
    conn.execute("DELETE FROM memberships WHERE id = ?1", [id])?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "unseat",
            record_kind: "membership",
            record_id: Some(id),
            summary: Message::new("activity-seat-removed")
                .with("organisation", &seat.organisation_name)
                .with("body", &seat.body_name),
            changes: json!({}),
        },
    )?;
    Ok(())
}

pub fn membership(conn: &Connection, id: i64) -> Result<Membership> {
    conn.query_row(
        &format!("{SELECT_SEAT} WHERE m.id = ?1"),
        [id],
        seat_from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "membership",
        id,
    })
}

/// A body's composition: voting members first, then by organisation name.
pub fn members_of(conn: &Connection, body_id: i64) -> Result<Vec<Membership>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_SEAT} WHERE m.body_id = ?1
         ORDER BY CASE m.role WHEN 'voting_member' THEN 0 ELSE 1 END, o.name_key"
    ))?;
    let rows = statement.query_map([body_id], seat_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The seats one organisation holds across bodies.
pub fn seats_of(conn: &Connection, organisation_id: i64) -> Result<Vec<Membership>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_SEAT} WHERE m.organisation_id = ?1 ORDER BY b.name"
    ))?;
    let rows = statement.query_map([organisation_id], seat_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const SELECT_BODY: &str = "SELECT b.id, b.name, b.code, b.kind,
        (SELECT count(*) FROM memberships m WHERE m.body_id = b.id)
    FROM bodies b";

const SELECT_SEAT: &str = "SELECT m.id, m.body_id, b.name, m.organisation_id, o.name, m.role, m.office, m.weight
    FROM memberships m JOIN bodies b ON b.id = m.body_id JOIN organisations o ON o.id = m.organisation_id";

fn body_from_row(row: &Row) -> rusqlite::Result<Body> {
    Ok(Body {
        id: row.get(0)?,
        name: row.get(1)?,
        code: row.get(2)?,
        kind: parse_stored(row, 3, BodyKind::parse)?,
        member_count: row.get(4)?,
    })
}

fn seat_from_row(row: &Row) -> rusqlite::Result<Membership> {
    let office: Option<String> = row.get(6)?;
    Ok(Membership {
        id: row.get(0)?,
        body_id: row.get(1)?,
        body_name: row.get(2)?,
        organisation_id: row.get(3)?,
        organisation_name: row.get(4)?,
        role: parse_stored(row, 5, Role::parse)?,
        office: office.as_deref().and_then(Office::parse),
        weight: row.get(7)?,
    })
}

fn duplicate(conn: &Connection, error: rusqlite::Error, body: &ValidBody) -> StoreError {
    if !is_unique_violation(&error) {
        return StoreError::Sqlite(error);
    }
    let code_taken: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM bodies WHERE code = ?1)",
            [&body.code],
            |row| row.get(0),
        )
        .unwrap_or(false);
    if code_taken {
        StoreError::DuplicateBody {
            what: "code",
            value: body.code.clone(),
        }
    } else {
        StoreError::DuplicateBody {
            what: "name",
            value: body.name.clone(),
        }
    }
}
