//! Erasing a representative's personal data on request, without breaking the seals.
//!
//! In one transaction: every value in a record that names the person (a signatory, a party's
//! signatory in an agreement's text, an attendee's representative, a circulation line, an
//! action's owner, a convenor, a presenter) becomes "[redacted]"; for
//! a record sealed in format 2 the value's salted hash is kept in `redactions`, so the seal still
//! checks; a record sealed in format 1 is checked against its seal first, and the hash of its
//! content after the erasure is kept in `attestations`; the representative's row keeps only its
//! id, organisation and title; their salt is dropped, so no kept hash can be tested against a
//! guessed name; the values are removed from the activity history, the search index and the
//! bodies' distribution lists; one activity entry records the erasure without them.
//!
//! The triggers of migration 0009 let frozen rows change only by replacing a value listed in
//! the `erasing` table with "[redacted]"; that table is filled here and emptied before the
//! transaction ends.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use crate::activity::{self, Entry};
use crate::seals::{self, Personal, FORMAT_SALTED, REDACTED};
use crate::{member_search, organisations, representatives, Result, StoreError};
use pacta_core::seal::{ErasedFrom, ErasureReport, SealKind};
use pacta_core::Stamp;
use pacta_messages::Message;

/// Values shorter than this are not searched for in the activity history's free text, where
/// they would match inside other words; the rows that hold them as values are still redacted.
const SHORTEST_SCRUBBED: usize = 3;

/// One record naming the person, before anything is changed.
struct Naming {
    kind: SealKind,
    record_id: i64,
    seal: Option<seals::Seal>,
    values: Vec<Personal>,
    /// For a format-1 seal: whether the record matched its seal (or last attestation) before.
    intact_before: bool,
}

/// Erases representative `id`'s name, e-mail and phone wherever the app copied them.
pub fn erase_representative(
    conn: &Connection,
    stamp: &Stamp,
    id: i64,
    reason: &str,
) -> Result<ErasureReport> {
    let person = representatives::get(conn, id)?;
    let erased_at: Option<String> = conn.query_row(
        "SELECT erased_at FROM representatives WHERE id = ?1",
        [id],
        |row| row.get(0),
    )?;
    if let Some(at) = erased_at {
        return Err(StoreError::AlreadyErased { id, at });
    }
    let organisation = organisations::get(conn, person.organisation_id)?;
    let everyone = seals::people(conn)?;
    // Names and addresses the history says they had before an edit: a draft written before a
    // rename still names them so.
    let earlier = earlier_values(conn, id)?;
    let former: Vec<seals::Person> = earlier
        .iter()
        .map(|value| seals::Person {
            id,
            organisation_id: person.organisation_id,
            name: value.clone(),
            email: if value.contains('@') {
                value.clone()
            } else {
                String::new()
            },
        })
        .collect();

    // Which records name them: by the links kept with a format-2 seal, otherwise by the name
    // (the first representative a value names is the one it is taken for, as when sealing).
    let mut namings = Vec::new();
    for (kind, sql) in [
        (
            SealKind::AgreementVersion,
            "SELECT id FROM agreement_versions ORDER BY id",
        ),
        (SealKind::Minutes, "SELECT id FROM meetings ORDER BY id"),
    ] {
        let ids: Vec<i64> = conn
            .prepare(sql)?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for record_id in ids {
            let Some(content) = seals::content(conn, kind, record_id)? else {
                continue;
            };
            let values = seals::personal_values(kind, &content);
            if values.is_empty() {
                continue;
            }
            let seal = seals::of_record(conn, kind, record_id)?;
            let values: Vec<Personal> = match &seal {
                Some(seal) if seal.format == FORMAT_SALTED => {
                    let linked = links_to(conn, kind, record_id, id)?;
                    values
                        .into_iter()
                        .filter(|value| linked.contains(&value.location))
                        .collect()
                }
                _ => values
                    .into_iter()
                    .filter(|value| {
                        match everyone.iter().find(|someone| seals::names(someone, value)) {
                            Some(someone) => someone.id == id,
                            None => former.iter().any(|was| seals::names(was, value)),
                        }
                    })
                    .collect(),
            };
            if values.is_empty() {
                continue;
            }
            let intact_before = match &seal {
                Some(seal) if seal.format != FORMAT_SALTED => {
                    let now = seals::content_hash_now(conn, seal)?.map(|(hash, _)| hash);
                    now.as_deref() == Some(seal.content_sha256.as_str())
                        || (now.is_some() && seals::attestation(conn, seal.id)? == now)
                }
                _ => true,
            };
            namings.push(Naming {
                kind,
                record_id,
                seal,
                values,
                intact_before,
            });
        }
    }

    let fields: Vec<String> = [
        ("name", &person.name),
        ("email", &person.email),
        ("phone", &person.phone),
    ]
    .iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(field, _)| field.to_string())
    .collect();
    conn.execute(
        "INSERT INTO erasures (representative_id, organisation_id, fields, reason, erased_at, erased_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            person.organisation_id,
            json!(fields).to_string(),
            reason,
            stamp.at,
            stamp.actor
        ],
    )?;
    let erasure_id = conn.last_insert_rowid();

    // Every value to remove: what the row holds now, what the records hold, what the
    // activity history says it held before an edit.
    let mut values: BTreeSet<String> = BTreeSet::new();
    for value in [&person.name, &person.email, &person.phone] {
        values.insert(value.clone());
    }
    for naming in &namings {
        for value in &naming.values {
            values.insert(value.value.clone());
        }
    }
    values.extend(earlier);
    values.retain(|value| !value.trim().is_empty() && value != REDACTED);
    let mut forms: BTreeSet<String> = values.clone();
    for value in &values {
        // As the value appears inside JSON text (the activity's `changes`).
        let quoted = serde_json::to_string(value).unwrap_or_default();
        forms.insert(quoted.trim_matches('"').to_string());
    }
    for form in &forms {
        conn.execute("INSERT OR IGNORE INTO erasing (value) VALUES (?1)", [form])?;
    }

    let salt = seals::salt_of(conn, id, false)?;
    let mut records = Vec::new();
    for naming in &namings {
        let sealed_salted = naming
            .seal
            .as_ref()
            .is_some_and(|seal| seal.format == FORMAT_SALTED);
        for value in &naming.values {
            if sealed_salted {
                if let Some(salt) = &salt {
                    conn.execute(
                        "INSERT INTO redactions (kind, record_id, location, hash, erasure_id)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![
                            naming.kind.code(),
                            naming.record_id,
                            value.location,
                            seals::salted(salt, &value.value),
                            erasure_id
                        ],
                    )?;
                }
            }
            redact(conn, naming.record_id, &value.location).map_err(crate::error::refusal)?;
        }
        let mut attested = false;
        if let Some(seal) = naming
            .seal
            .as_ref()
            .filter(|seal| seal.format != FORMAT_SALTED)
        {
            if naming.intact_before {
                if let Some((hash, _)) = seals::content_hash_now(conn, seal)? {
                    conn.execute(
                        "INSERT INTO attestations (seal_id, content_sha256, erasure_id, attested_at)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![seal.id, hash, erasure_id, stamp.at],
                    )?;
                    attested = true;
                }
            }
        }
        records.push(ErasedFrom {
            kind: naming.kind,
            record_id: naming.record_id,
            reference: naming
                .seal
                .as_ref()
                .map_or_else(
                    || seals::reference(conn, naming.kind, naming.record_id),
                    |seal| Ok(Some(seal.reference.clone())),
                )?
                .unwrap_or_default(),
            values: naming.values.len() as u32,
            sealed: naming.seal.is_some(),
            attested,
            already_changed: !naming.intact_before,
        });
    }

    conn.execute(
        "UPDATE representatives SET name = ?2, email = '', phone = '', erased_at = ?3 WHERE id = ?1",
        params![id, REDACTED, stamp.at],
    )?;
    conn.execute(
        "DELETE FROM personal_salts WHERE representative_id = ?1",
        [id],
    )?;
    let recipients = scrub_recipients(conn, &person.email)?;

    let mut touched = BTreeSet::new();
    for form in forms
        .iter()
        .filter(|form| form.chars().count() >= SHORTEST_SCRUBBED)
    {
        let ids: Vec<i64> = conn
            .prepare_cached(
                "SELECT id FROM activity WHERE instr(summary, ?1) > 0 OR instr(changes, ?1) > 0",
            )?
            .query_map([form], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for activity_id in ids {
            conn.prepare_cached(
                "UPDATE activity SET summary = replace(summary, ?2, ?3), changes = replace(changes, ?2, ?3)
                 WHERE id = ?1",
            )?
            .execute(params![activity_id, form, REDACTED])
            .map_err(crate::error::refusal)?;
            touched.insert(activity_id);
        }
    }
    member_search::refresh(conn, person.organisation_id)?;
    // Merges the index's segments, so the old terms leave it rather than wait for a merge.
    conn.execute(
        "INSERT INTO member_search (member_search) VALUES ('optimize')",
        [],
    )?;
    let left_in_text = left_in_text(conn, &values)?;
    conn.execute("DELETE FROM erasing", [])?;

    activity::record(
        conn,
        stamp,
        &Entry {
            action: "erase",
            record_kind: "representative",
            record_id: Some(id),
            summary: Message::new("activity-representative-erased")
                .with("representative", id)
                .with("organisation", &organisation.name),
            changes: json!({
                "fields": fields,
                "reason": reason,
                "records": records.len(),
                "activity_entries": touched.len(),
            }),
        },
    )?;
    Ok(ErasureReport {
        representative_id: id,
        organisation_id: person.organisation_id,
        organisation: organisation.name,
        fields,
        erased_at: stamp.at.clone(),
        records,
        activity_entries: touched.len() as u32,
        recipients,
        left_in_text,
    })
}

/// When a representative's data were erased, if they were.
pub fn erased_at(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT erased_at FROM representatives WHERE id = ?1",
            [id],
            |row| row.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// The locations of a format-2 sealed record linked to the representative.
fn links_to(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
    representative_id: i64,
) -> Result<BTreeSet<String>> {
    let mut statement = conn.prepare_cached(
        "SELECT location FROM seal_people WHERE kind = ?1 AND record_id = ?2 AND representative_id = ?3",
    )?;
    let found = statement
        .query_map(params![kind.code(), record_id, representative_id], |row| {
            row.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// Names, addresses and phones the representative had before an edit, from the history.
fn earlier_values(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let mut statement = conn.prepare(
        "SELECT changes FROM activity WHERE record_kind = 'representative' AND record_id = ?1",
    )?;
    let changes: Vec<String> = statement
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut values = Vec::new();
    for text in changes {
        let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        for field in ["name", "email", "phone"] {
            if let Some(Value::Array(pair)) = fields.get(field) {
                values.extend(pair.iter().filter_map(|v| v.as_str().map(str::to_string)));
            }
        }
    }
    Ok(values)
}

/// Replaces one value, named by its location, with "[redacted]".
fn redact(conn: &Connection, record_id: i64, location: &str) -> rusqlite::Result<usize> {
    let (place, key) = location.split_once(' ').unwrap_or((location, ""));
    let key: i64 = key.parse().unwrap_or(-1);
    match place {
        "signature" => conn.execute(
            "UPDATE agreement_signatures SET signatory = ?2 WHERE id = ?1",
            params![key, REDACTED],
        ),
        "action" => conn.execute(
            "UPDATE action_items SET owner_person = ?2 WHERE id = ?1",
            params![key, REDACTED],
        ),
        "attendance" => conn.execute(
            "UPDATE meetings SET attendance = json_set(attendance, ?2, ?3) WHERE id = ?1",
            params![record_id, format!("$[{key}].representative"), REDACTED],
        ),
        "party" => conn.execute(
            "UPDATE agreement_versions SET text = json_set(text, ?2, ?3) WHERE id = ?1",
            params![record_id, format!("$.parties[{key}].signatory"), REDACTED],
        ),
        "convenor" => conn.execute(
            "UPDATE meetings SET convenor = ?2 WHERE id = ?1",
            params![record_id, REDACTED],
        ),
        "presenter" => conn.execute(
            "UPDATE agenda_items SET presenter = ?2 WHERE id = ?1",
            params![key, REDACTED],
        ),
        "circulated_to" => conn.execute(
            "UPDATE meetings SET circulated_to = json_set(circulated_to, ?2, ?3) WHERE id = ?1",
            params![record_id, format!("$[{key}]"), REDACTED],
        ),
        _ => Ok(0),
    }
}

/// Removes the person from the bodies' distribution lists; returns how many lines went.
fn scrub_recipients(conn: &Connection, email: &str) -> Result<u32> {
    if email.trim().is_empty() {
        return Ok(0);
    }
    let rows: Vec<(i64, i64, String, String)> = conn
        .prepare("SELECT id, body_id, name, email FROM body_recipients ORDER BY body_id, position")?
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let gone = |row_email: &str| row_email.trim().eq_ignore_ascii_case(email.trim());
    let mut by_body: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    let mut removed = 0;
    let mut bodies = BTreeSet::new();
    for (_, body_id, row_name, row_email) in rows {
        if gone(&row_email) {
            removed += 1;
            bodies.insert(body_id);
        } else {
            by_body
                .entry(body_id)
                .or_default()
                .push((row_name, row_email));
        }
    }
    for body_id in bodies {
        conn.execute("DELETE FROM body_recipients WHERE body_id = ?1", [body_id])?;
        for (index, (row_name, row_email)) in by_body
            .remove(&body_id)
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            conn.execute(
                "INSERT INTO body_recipients (body_id, position, name, email) VALUES (?1, ?2, ?3, ?4)",
                params![body_id, index as i64 + 1, row_name, row_email],
            )?;
        }
    }
    Ok(removed)
}

/// Free text the app does not rewrite, with where each still holds one of the values.
fn left_in_text(conn: &Connection, values: &BTreeSet<String>) -> Result<Vec<String>> {
    const PLACES: &[(&str, &str, &str)] = &[
        ("meetings", "convenor", "a meeting's convenor"),
        ("meetings", "guests", "a meeting's guests"),
        ("meetings", "approved_by", "who approved minutes"),
        ("agenda_items", "presenter", "an agenda item's presenter"),
        ("agenda_items", "summary", "the minutes of an agenda item"),
        ("agenda_items", "outcome", "the outcome of an agenda item"),
        ("decisions", "text", "a decision"),
        ("minutes_errata", "text", "an erratum"),
        ("action_items", "title", "an action item's title"),
        ("action_notes", "note", "an action item's note"),
        ("agreement_versions", "text", "an agreement's text"),
        ("agreement_signatures", "title", "a signatory's title"),
        ("votes", "motion", "a vote's motion"),
        ("votes", "explanation", "a vote's explanation"),
        ("organisations", "notes", "an organisation's notes"),
        ("status_changes", "reason", "a reason for a status change"),
        ("body_recipients", "name", "a distribution list"),
    ];
    let mut found = Vec::new();
    for (table, column, label) in PLACES {
        let mut count = 0_i64;
        for value in values
            .iter()
            .filter(|value| value.chars().count() >= SHORTEST_SCRUBBED)
        {
            count += conn.query_row(
                &format!("SELECT count(*) FROM {table} WHERE instr({column}, ?1) > 0"),
                [value],
                |row| row.get::<_, i64>(0),
            )?;
        }
        if count > 0 {
            found.push(format!("{label} ({table}.{column}): {count}"));
        }
    }
    Ok(found)
}
