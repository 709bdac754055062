//! The sealed content of each kind of record, written from its rows as canonical JSON
//! (RFC 8785), and the reference a reader knows the record by.

use super::*;

/// RFC 8785 text of a value.
pub fn canonical(value: &Value) -> Vec<u8> {
    // Only non-finite floats fail to canonicalise, and a serde_json `Value` cannot hold one.
    serde_json_canonicalizer::to_vec(value).expect("a JSON value canonicalises")
}

pub(crate) use crate::disk::sha256_hex;

pub(super) fn kind_label(kind: SealKind) -> &'static str {
    match kind {
        SealKind::Vote => "vote",
        SealKind::AgreementVersion => "agreement version",
        SealKind::Minutes => "meeting",
        SealKind::MatrixVersion => "matrix version",
    }
}

/// What a reader recognises the record by: written into the seal, so that a report can still
/// name a record whose rows are gone.
pub(crate) fn reference(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
) -> Result<Option<String>> {
    let found = match kind {
        SealKind::Vote => conn
            .query_row(
                "SELECT b.code FROM votes v LEFT JOIN bodies b ON b.id = v.body_id WHERE v.id = ?1",
                [record_id],
                |row| row.get::<_, Option<String>>(0),
            )
            .optional()?
            .map(|code| match code {
                Some(code) => format!("{code} vote {record_id}"),
                None => format!("vote {record_id}"),
            }),
        SealKind::AgreementVersion => conn
            .query_row(
                "SELECT coalesce(a.reference, ''), v.number, v.amendment FROM agreement_versions v
                 LEFT JOIN agreements a ON a.id = v.agreement_id WHERE v.id = ?1",
                [record_id],
                |row| {
                    let reference: String = row.get(0)?;
                    let number: i64 = row.get(1)?;
                    let amendment: i64 = row.get(2)?;
                    Ok(match amendment {
                        0 => format!("{reference} version {number}"),
                        _ => format!("{reference} version {number} (amendment {amendment})"),
                    })
                },
            )
            .optional()?,
        SealKind::Minutes => conn
            .query_row(
                "SELECT coalesce(b.code, ''), m.date FROM meetings m
                 LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = ?1",
                [record_id],
                |row| {
                    let code: String = row.get(0)?;
                    let date: String = row.get(1)?;
                    Ok(format!("{code} meeting of {date}").trim().to_string())
                },
            )
            .optional()?,
        SealKind::MatrixVersion => conn
            .query_row(
                "SELECT coalesce(m.reference, ''), v.number FROM matrix_versions v
                 LEFT JOIN matrices m ON m.id = v.matrix_id WHERE v.id = ?1",
                [record_id],
                |row| {
                    let reference: String = row.get(0)?;
                    let number: i64 = row.get(1)?;
                    Ok(format!("{reference} version {number}"))
                },
            )
            .optional()?,
    };
    Ok(found)
}

/// The sealed content of a record, from the rows that are final with it; `None` when the
/// record's own row is gone. Only rows the app never changes once the record is final belong
/// here: a body's code or an agreement's status may change without the record changing.
pub(crate) fn content(conn: &Connection, kind: SealKind, id: i64) -> Result<Option<Value>> {
    match kind {
        SealKind::Vote => {
            let Some(vote) = one(
                conn,
                "SELECT id, body_id, protocol_id, motion, method, roll, ballots, report, outcome, explanation,
                        closed_at, closed_by, corrects_vote_id, correction_reason
                 FROM votes WHERE id = ?1",
                [id],
                &["roll", "ballots", "report"],
            )?
            else {
                return Ok(None);
            };
            // The protocol version the vote was tallied under is immutable too, and the
            // outcome means nothing without it.
            let protocol = one(
                conn,
                "SELECT p.id, p.body_id, p.name, p.version, p.preset, p.definition, p.created_at, p.created_by
                 FROM protocols p JOIN votes v ON v.protocol_id = p.id WHERE v.id = ?1",
                [id],
                &["definition"],
            )?;
            Ok(Some(json!({ "vote": vote, "protocol": protocol })))
        }
        SealKind::AgreementVersion => {
            let Some(version) = one(
                conn,
                "SELECT id, agreement_id, number, amendment, text, frozen, created_at, created_by
                 FROM agreement_versions WHERE id = ?1",
                [id],
                &["text"],
            )?
            else {
                return Ok(None);
            };
            let agreement = one(
                conn,
                "SELECT a.id, a.reference, a.created_at, a.created_by
                 FROM agreements a JOIN agreement_versions v ON v.agreement_id = a.id WHERE v.id = ?1",
                [id],
                &[],
            )?;
            let signatures = rows(
                conn,
                "SELECT id, version_id, organisation_id, signatory, title, place, signed_on, recorded_at, recorded_by
                 FROM agreement_signatures WHERE version_id = ?1 ORDER BY id",
                [id],
                &[],
            )?;
            let annexes = rows(
                conn,
                "SELECT matrix_version_id, position FROM agreement_matrices
                 WHERE agreement_version_id = ?1 ORDER BY position, matrix_version_id",
                [id],
                &[],
            )?;
            Ok(Some(json!({
                "agreement": agreement,
                "version": version,
                "signatures": signatures,
                "annexes": annexes,
            })))
        }
        SealKind::MatrixVersion => {
            let Some(version) = one(
                conn,
                "SELECT id, matrix_id, number, content, frozen, created_at, created_by, updated_at, updated_by
                 FROM matrix_versions WHERE id = ?1",
                [id],
                &["content"],
            )?
            else {
                return Ok(None);
            };
            let matrix = one(
                conn,
                "SELECT m.id, m.reference, m.template, m.created_at, m.created_by
                 FROM matrices m JOIN matrix_versions v ON v.matrix_id = m.id WHERE v.id = ?1",
                [id],
                &[],
            )?;
            Ok(Some(json!({ "matrix": matrix, "version": version })))
        }
        SealKind::Minutes => {
            let Some(meeting) = one(
                conn,
                "SELECT id, body_id, title, kind, date, starts_at, ends_at, time_zone, place, online_link, convenor,
                        attendance, guests, minutes_status, circulated_on, circulated_to, approved_on, approved_by,
                        created_at, created_by
                 FROM meetings WHERE id = ?1",
                [id],
                &["attendance", "guests", "circulated_to"],
            )?
            else {
                return Ok(None);
            };
            let items = rows(
                conn,
                "SELECT id, meeting_id, position, title, kind, presenter, duration_minutes, agreement_id, standard,
                        summary, outcome, matrix_id
                 FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
                [id],
                &[],
            )?;
            let votes = rows(
                conn,
                "SELECT v.vote_id, v.agenda_item_id FROM item_votes v
                 JOIN agenda_items i ON i.id = v.agenda_item_id WHERE i.meeting_id = ?1 ORDER BY v.vote_id",
                [id],
                &[],
            )?;
            let decisions = rows(
                conn,
                "SELECT id, reference, meeting_id, agenda_item_id, body_id, year, sequence, text, vote_id, pillars,
                        recorded_at, recorded_by
                 FROM decisions WHERE meeting_id = ?1 ORDER BY id",
                [id],
                &["pillars"],
            )?;
            // An action's terms are minuted; its status and notes go on after approval.
            let actions = rows(
                conn,
                "SELECT id, meeting_id, agenda_item_id, title, owner_organisation_id, owner_person, due_on,
                        created_at, created_by
                 FROM action_items WHERE meeting_id = ?1 ORDER BY id",
                [id],
                &[],
            )?;
            let papers = rows(
                conn,
                "SELECT p.id, p.agenda_item_id, p.file_name, p.media_type, p.size_bytes, p.sha256, p.content,
                        p.added_at, p.added_by
                 FROM meeting_papers p JOIN agenda_items i ON i.id = p.agenda_item_id
                 WHERE i.meeting_id = ?1 ORDER BY p.id",
                [id],
                &[],
            )?;
            Ok(Some(json!({
                "meeting": meeting,
                "items": items,
                "votes": votes,
                "decisions": decisions,
                "actions": actions,
                "papers": papers,
            })))
        }
    }
}

pub(super) fn one(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    json_columns: &[&str],
) -> Result<Option<Value>> {
    Ok(rows(conn, sql, params, json_columns)?.into_iter().next())
}

/// Rows as JSON objects keyed by column name, each value as SQLite holds it, so that a value
/// stored with another type counts as a change; the `json_columns` hold JSON text and are
/// sealed as the value it encodes (text that is no longer JSON is sealed as text).
pub(super) fn rows(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    json_columns: &[&str],
) -> Result<Vec<Value>> {
    let mut statement = conn.prepare_cached(sql)?;
    let names: Vec<String> = statement
        .column_names()
        .iter()
        .map(|name| name.to_string())
        .collect();
    let mut found = Vec::new();
    let mut cursor = statement.query(params)?;
    while let Some(row) = cursor.next()? {
        let mut object = Map::new();
        for (index, name) in names.iter().enumerate() {
            let value = match row.get_ref(index)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(integer) => number(integer),
                ValueRef::Real(real) => serde_json::Number::from_f64(real)
                    .map_or_else(|| Value::String(real.to_string()), Value::Number),
                ValueRef::Text(bytes) => {
                    let text = String::from_utf8_lossy(bytes);
                    if json_columns.contains(&name.as_str()) {
                        serde_json::from_str::<Value>(&text)
                            .map_or_else(|_| Value::String(text.into_owned()), exact_numbers)
                    } else {
                        Value::String(text.into_owned())
                    }
                }
                ValueRef::Blob(bytes) => Value::String(format!("sha256:{}", sha256_hex(bytes))),
            };
            object.insert(name.clone(), value);
        }
        found.push(Value::Object(object));
    }
    Ok(found)
}

/// The largest integer a double holds exactly.
pub(super) const EXACT: i64 = (1 << 53) - 1;

pub(super) fn number(integer: i64) -> Value {
    if (-EXACT..=EXACT).contains(&integer) {
        Value::from(integer)
    } else {
        Value::String(integer.to_string())
    }
}

/// Integers a double cannot hold become strings, so that RFC 8785 does not round them.
pub(super) fn exact_numbers(value: Value) -> Value {
    match value {
        Value::Number(n) if n.as_i64().is_some_and(|i| !(-EXACT..=EXACT).contains(&i)) => {
            Value::String(n.to_string())
        }
        Value::Number(n) if n.as_i64().is_none() && n.as_u64().is_some() => {
            Value::String(n.to_string())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(exact_numbers).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, value)| (key, exact_numbers(value)))
                .collect(),
        ),
        other => other,
    }
}
