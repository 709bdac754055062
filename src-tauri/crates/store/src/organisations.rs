//! Member organisations and their status history.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use crate::activity::{self, Entry};
use crate::error::is_unique_violation;
use crate::{chambers, member_search, Result, StoreError};
use pacta_core::text::name_key;
use pacta_core::{
    IsoDate, MemberStatus, Organisation, OrganisationKind, Pillar, Stamp, StatusChange,
    ValidOrganisation, ValidStatusChange,
};
use pacta_messages::Message;

const SELECT: &str =
    "SELECT o.id, o.name, o.acronym, o.kind, o.country, c.name, o.pillars, o.status,
        o.joined_on, o.notes
    FROM organisations o LEFT JOIN chambers c ON c.id = o.chamber_id";

/// Adds a member organisation with its opening status entry; returns its id.
pub fn insert(
    conn: &Connection,
    stamp: &Stamp,
    organisation: &ValidOrganisation,
    status: MemberStatus,
) -> Result<i64> {
    insert_with_id(conn, stamp, None, organisation, status)
}

/// Adds a member organisation under a chosen id (an import keeps the ids of its source file).
pub fn insert_with_id(
    conn: &Connection,
    stamp: &Stamp,
    id: Option<i64>,
    organisation: &ValidOrganisation,
    status: MemberStatus,
) -> Result<i64> {
    let chamber_id = chamber_id(conn, organisation)?;
    // Cached statements: an import runs these once per row.
    conn.prepare_cached(
        "INSERT INTO organisations (id, name, name_key, acronym, kind, country, chamber_id, pillars, status,
             joined_on, notes, created_at, updated_at)
         VALUES (?12, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
            organisation.name,
            name_key(&organisation.name),
            organisation.acronym,
            organisation.kind.code(),
            organisation.country.map(|c| c.alpha2()),
            chamber_id,
            pillar_codes(&organisation.pillars),
            status.code(),
            organisation.joined_on.to_string(),
            organisation.notes,
            stamp.at,
            id,
        ])
    .map_err(|error| duplicate_name(error, &organisation.name))?;
    let id = conn.last_insert_rowid();
    conn.prepare_cached(
        "INSERT INTO status_changes (organisation_id, status, effective_on, reason, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, 'Joined', ?4, ?5)",
    )?
    .execute(params![id, status.code(), organisation.joined_on.to_string(), stamp.at, stamp.actor])?;
    member_search::refresh(conn, id)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "organisation",
            record_id: Some(id),
            summary: Message::new("activity-member-added").with("organisation", &organisation.name),
            changes: json!({ "name": [Value::Null, organisation.name] }),
        },
    )?;
    Ok(id)
}

/// Replaces an organisation's details, logging each field that changed.
pub fn update(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    organisation: &ValidOrganisation,
) -> Result<()> {
    let before = get(conn, id)?;
    let chamber_id = chamber_id(conn, organisation)?;
    conn.execute(
        "UPDATE organisations SET name = ?2, name_key = ?3, acronym = ?4, kind = ?5, country = ?6,
             chamber_id = ?7, pillars = ?8, joined_on = ?9, notes = ?10, updated_at = ?11
         WHERE id = ?1",
        params![
            id,
            organisation.name,
            name_key(&organisation.name),
            organisation.acronym,
            organisation.kind.code(),
            organisation.country.map(|c| c.alpha2()),
            chamber_id,
            pillar_codes(&organisation.pillars),
            organisation.joined_on.to_string(),
            organisation.notes,
            stamp.at,
        ],
    )
    .map_err(|error| duplicate_name(error, &organisation.name))?;
    member_search::refresh(conn, id)?;
    let after = get(conn, id)?;
    let changes = activity::differences(&before, &after);
    if !changes.is_empty() {
        activity::record(
            conn,
            stamp,
            &Entry {
                action: "update",
                record_kind: "organisation",
                record_id: Some(id),
                summary: Message::new("activity-member-edited").with("organisation", &after.name),
                changes: Value::Object(changes),
            },
        )?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Organisation> {
    conn.prepare_cached(&format!("{SELECT} WHERE o.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "organisation",
            id,
        })
}

/// Every organisation, by name: for exports.
pub fn all(conn: &Connection) -> Result<Vec<Organisation>> {
    let mut statement = conn.prepare(&format!("{SELECT} ORDER BY o.name_key"))?;
    let rows = statement.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ?1)")?
        .query_row([id], |row| row.get(0))?)
}

/// The id of the organisation with this name (ignoring case and spacing), if any.
pub fn id_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM organisations WHERE name_key = ?1")?
        .query_row([name_key(name)], |row| row.get(0))
        .optional()?)
}

/// Records a dated, explained change of status.
pub fn change_status(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    change: &ValidStatusChange,
) -> Result<()> {
    let before = get(conn, id)?;
    conn.execute(
        "UPDATE organisations SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, change.status.code(), stamp.at],
    )?;
    conn.execute(
        "INSERT INTO status_changes (organisation_id, status, effective_on, reason, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, change.status.code(), change.effective_on.to_string(), change.reason, stamp.at, stamp.actor],
    )?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "status",
            record_kind: "organisation",
            record_id: Some(id),
            summary: Message::new("activity-member-status")
                .with("organisation", &before.name)
                .with("status", change.status.code())
                .with("on", change.effective_on.to_string())
                .with("reason", &change.reason),
            changes: json!({ "status": [before.status.code(), change.status.code()] }),
        },
    )?;
    Ok(())
}

/// The status history, oldest first.
pub fn status_history(conn: &Connection, id: i64) -> Result<Vec<StatusChange>> {
    let mut statement = conn.prepare(
        "SELECT id, status, effective_on, reason, recorded_at, recorded_by FROM status_changes
         WHERE organisation_id = ?1 ORDER BY effective_on, id",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(StatusChange {
            id: row.get(0)?,
            status: parse_stored(row, 1, MemberStatus::parse)?,
            effective_on: parse_date(row, 2)?,
            reason: row.get(3)?,
            recorded_at: row.get(4)?,
            recorded_by: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Removes an organisation with its representatives, seats and history.
pub fn delete(conn: &Connection, stamp: &Stamp, id: i64) -> Result<()> {
    let before = get(conn, id)?;
    conn.execute("DELETE FROM member_search WHERE rowid = ?1", [id])?;
    conn.execute("DELETE FROM organisations WHERE id = ?1", [id])?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "delete",
            record_kind: "organisation",
            record_id: Some(id),
            summary: Message::new("activity-member-removed").with("organisation", &before.name),
            changes: json!({ "name": [before.name, Value::Null] }),
        },
    )?;
    Ok(())
}

fn chamber_id(conn: &Connection, organisation: &ValidOrganisation) -> Result<Option<i64>> {
    organisation
        .chamber
        .as_deref()
        .map(|name| chambers::id_for(conn, name))
        .transpose()
}

fn pillar_codes(pillars: &[Pillar]) -> String {
    pillars
        .iter()
        .map(|p| p.code())
        .collect::<Vec<_>>()
        .join(";")
}

fn duplicate_name(error: rusqlite::Error, name: &str) -> StoreError {
    if is_unique_violation(&error) {
        StoreError::DuplicateName {
            name: name.to_string(),
        }
    } else {
        StoreError::Sqlite(error)
    }
}

pub(crate) fn from_row(row: &Row) -> rusqlite::Result<Organisation> {
    let pillars: String = row.get(6)?;
    Ok(Organisation {
        id: row.get(0)?,
        name: row.get(1)?,
        acronym: row.get(2)?,
        kind: parse_stored(row, 3, OrganisationKind::parse)?,
        country: row.get(4)?,
        chamber: row.get(5)?,
        pillars: pillars.split(';').filter_map(Pillar::parse).collect(),
        status: parse_stored(row, 7, MemberStatus::parse)?,
        joined_on: parse_date(row, 8)?,
        notes: row.get(9)?,
    })
}

/// Reads a stored code back into its choice; a code no version wrote means a damaged file.
pub(crate) fn parse_stored<T>(
    row: &Row,
    index: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}

pub(crate) fn parse_date(row: &Row, index: usize) -> rusqlite::Result<IsoDate> {
    let text: String = row.get(index)?;
    IsoDate::parse(pacta_core::Field::JoinedOn, &text).map_err(|problem| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            problem.to_string().into(),
        )
    })
}
