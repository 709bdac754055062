//! The activity log: one row per change, written inside the change's own transaction.

use rusqlite::{params, Connection};

use crate::Result;
use pacta_core::{ActivityEntry, Stamp};

/// What happened, to which record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub action: &'a str,
    pub record_kind: &'a str,
    pub record_id: Option<i64>,
    pub summary: String,
    /// Field-by-field changes as JSON (`{"field": [old, new]}`), or `{}`.
    pub changes: serde_json::Value,
}

pub fn record(conn: &Connection, stamp: &Stamp, entry: &Entry) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO activity (at, actor, action, record_kind, record_id, summary, changes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        stamp.at,
        stamp.actor,
        entry.action,
        entry.record_kind,
        entry.record_id,
        entry.summary,
        entry.changes.to_string()
    ])?;
    Ok(())
}

/// The newest entries first; for one record when `record` is given.
pub fn recent(
    conn: &Connection,
    record: Option<(&str, i64)>,
    limit: u32,
) -> Result<Vec<ActivityEntry>> {
    let (kind, id) = record.map_or((None, None), |(kind, id)| (Some(kind), Some(id)));
    let mut statement = conn.prepare(
        "SELECT id, at, actor, action, record_kind, record_id, summary, changes FROM activity
         WHERE (?1 IS NULL OR (record_kind = ?1 AND record_id = ?2))
         ORDER BY id DESC LIMIT ?3",
    )?;
    let rows = statement.query_map(params![kind, id, limit], |row| {
        Ok(ActivityEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            record_kind: row.get(4)?,
            record_id: row.get(5)?,
            summary: row.get(6)?,
            changes: row.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM activity", [], |row| row.get(0))?)
}

/// The fields whose values differ between two versions of a record, as `{"field": [old, new]}`.
pub fn differences<T: serde::Serialize>(
    before: &T,
    after: &T,
) -> serde_json::Map<String, serde_json::Value> {
    let mut changes = serde_json::Map::new();
    if let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    {
        for (field, new_value) in new {
            let old_value = old.get(&field).cloned().unwrap_or(serde_json::Value::Null);
            if old_value != new_value {
                changes.insert(field, serde_json::json!([old_value, new_value]));
            }
        }
    }
    changes
}
