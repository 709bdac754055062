//! The member list: full-text search (FTS5, accents ignored), filters, sorting and paging,
//! all answered by SQLite so that ten thousand members stay instant.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

use crate::organisations::{parse_date, parse_stored};
use crate::Result;
use pacta_core::text::fold_letters;
use pacta_core::{
    full_text_query, MemberPage, MemberQuery, MemberSort, MemberStatus, MemberSummary,
    OrganisationKind, Pillar, Role,
};

/// Rewrites one organisation's search row from its current name, acronym and people.
///
/// Runs for every member an import writes, so its statements are cached, and the new row is
/// inserted from values: an `INSERT … SELECT` would open a statement journal, and each one makes
/// FTS5 flush its pending index data to disk.
pub fn refresh(conn: &Connection, organisation_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM member_search WHERE rowid = ?1")?
        .execute([organisation_id])?;
    let row: Option<(String, String, String)> = conn
        .prepare_cached(
            "SELECT o.name, o.acronym,
                coalesce((SELECT group_concat(r.name, ' ') FROM representatives r WHERE r.organisation_id = o.id), '')
             FROM organisations o WHERE o.id = ?1",
        )?
        .query_row([organisation_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    if let Some((name, acronym, people)) = row {
        conn.prepare_cached(
            "INSERT INTO member_search (rowid, name, acronym, people) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            organisation_id,
            fold_letters(&name),
            fold_letters(&acronym),
            fold_letters(&people)
        ])?;
    }
    Ok(())
}

/// One page of the member list for a query, with the total number of matches.
pub fn search(conn: &Connection, query: &MemberQuery) -> Result<MemberPage> {
    let mut conditions: Vec<&str> = Vec::new();
    let mut values: Vec<SqlValue> = Vec::new();
    if let Some(text) = full_text_query(&query.text) {
        conditions.push("o.id IN (SELECT rowid FROM member_search WHERE member_search MATCH ?)");
        values.push(SqlValue::Text(text));
    }
    if let Some(kind) = query.kind {
        conditions.push("o.kind = ?");
        values.push(SqlValue::Text(kind.code().into()));
    }
    if let Some(chamber) = &query.chamber {
        conditions.push("c.name = ?");
        values.push(SqlValue::Text(chamber.clone()));
    }
    if let Some(status) = query.status {
        conditions.push("o.status = ?");
        values.push(SqlValue::Text(status.code().into()));
    }
    if let Some(role) = query.role {
        conditions.push(
            "EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.role = ?)",
        );
        values.push(SqlValue::Text(role.code().into()));
    }
    if let Some(pillar) = query.pillar {
        conditions.push("(';' || o.pillars || ';') LIKE ?");
        values.push(SqlValue::Text(format!("%;{};%", pillar.code())));
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    let from = "FROM organisations o LEFT JOIN chambers c ON c.id = o.chamber_id";

    let total: u32 = conn.query_row(
        &format!("SELECT count(*) {from} {filter}"),
        params_from_iter(values.iter()),
        |row| row.get(0),
    )?;

    let column = match query.sort {
        MemberSort::Name => "o.name_key",
        MemberSort::Acronym => "lower(o.acronym)",
        MemberSort::Kind => "o.kind",
        MemberSort::Country => "o.country",
        MemberSort::Chamber => "lower(c.name)",
        MemberSort::Status => "o.status",
        MemberSort::JoinedOn => "o.joined_on",
    };
    let direction = if query.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT o.id, o.name, o.acronym, o.kind, o.country, c.name, o.pillars, o.status, o.joined_on,
            (SELECT group_concat(DISTINCT m.role) FROM memberships m WHERE m.organisation_id = o.id),
            (SELECT r.name FROM representatives r WHERE r.organisation_id = o.id ORDER BY r.is_primary DESC, r.id LIMIT 1)
         {from} {filter}
         ORDER BY {column} IS NULL, {column} {direction}, o.name_key, o.id
         LIMIT ? OFFSET ?"
    );
    values.push(SqlValue::Integer(i64::from(query.limit.min(1000))));
    values.push(SqlValue::Integer(i64::from(query.offset)));
    let mut statement = conn.prepare(&sql)?;
    let rows = statement.query_map(params_from_iter(values.iter()), |row| {
        let pillars: String = row.get(6)?;
        let roles: Option<String> = row.get(9)?;
        let mut roles: Vec<Role> = roles
            .unwrap_or_default()
            .split(',')
            .filter_map(Role::parse)
            .collect();
        roles.sort();
        Ok(MemberSummary {
            id: row.get(0)?,
            name: row.get(1)?,
            acronym: row.get(2)?,
            kind: parse_stored(row, 3, OrganisationKind::parse)?,
            country: row.get(4)?,
            chamber: row.get(5)?,
            pillars: pillars.split(';').filter_map(Pillar::parse).collect(),
            status: parse_stored(row, 7, MemberStatus::parse)?,
            joined_on: parse_date(row, 8)?.to_string(),
            roles,
            primary_representative: row.get(10)?,
        })
    })?;
    Ok(MemberPage {
        total,
        offset: query.offset,
        rows: rows.collect::<rusqlite::Result<_>>()?,
    })
}
