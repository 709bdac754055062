//! Agreements, their versions and signatures. A version is frozen when its last party signs;
//! from then on SQLite triggers refuse to change or delete it or its signatures.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::organisations::{parse_date, parse_stored};
use crate::protocols::parse_json;
use crate::{seals, Result, StoreError};
use pacta_core::agreement::{
    AgreementStatus, AgreementSummary, AgreementText, AgreementVersion, Signature,
};
use pacta_core::{IsoDate, Stamp};
use pacta_messages::Message;

/// Creates a draft agreement with its first version; returns the agreement's id.
pub fn create(conn: &Connection, stamp: &Stamp, text: &AgreementText) -> Result<i64> {
    let year = &stamp.at[..4];
    let sequence: i64 = conn.query_row(
        "SELECT count(*) + 1 FROM agreements WHERE reference LIKE ?1",
        [format!("AGR-{year}-%")],
        |row| row.get(0),
    )?;
    let reference = format!("AGR-{year}-{sequence:03}");
    conn.execute(
        "INSERT INTO agreements (reference, status, created_at, created_by) VALUES (?1, 'draft', ?2, ?3)",
        params![reference, stamp.at, stamp.actor],
    )?;
    let id = conn.last_insert_rowid();
    insert_version(conn, stamp, id, 1, 0, text)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "agreement",
            record_id: Some(id),
            summary: Message::new("activity-agreement-drafted")
                .with("reference", &reference)
                .with("title", &text.title),
            changes: json!({ "reference": reference }),
        },
    )?;
    Ok(id)
}

/// Records an amendment to a signed agreement as its next version; returns the version's id.
pub fn amend(
    conn: &Connection,
    stamp: &Stamp,
    agreement_id: i64,
    text: &AgreementText,
) -> Result<i64> {
    let latest = latest(conn, agreement_id)?;
    let id = insert_version(
        conn,
        stamp,
        agreement_id,
        latest.number + 1,
        latest.amendment + 1,
        text,
    )?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "amend",
            record_kind: "agreement",
            record_id: Some(agreement_id),
            summary: Message::new("activity-amendment-drafted")
                .with("amendment", latest.amendment + 1)
                .with("title", &text.title),
            changes: json!({ "version": latest.number + 1 }),
        },
    )?;
    Ok(id)
}

fn insert_version(
    conn: &Connection,
    stamp: &Stamp,
    agreement_id: i64,
    number: u32,
    amendment: u32,
    text: &AgreementText,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO agreement_versions (agreement_id, number, amendment, text, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![agreement_id, number, amendment, serde_json::to_string(text).expect("a text serialises"), stamp.at, stamp.actor],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Replaces the text of a version still under negotiation; a signed version is refused.
pub fn update_text(
    conn: &Connection,
    stamp: &Stamp,
    version_id: i64,
    text: &AgreementText,
) -> Result<()> {
    let before = version(conn, version_id)?;
    conn.execute(
        "UPDATE agreement_versions SET text = ?2 WHERE id = ?1",
        params![
            version_id,
            serde_json::to_string(text).expect("a text serialises")
        ],
    )
    .map_err(refusal)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "edit",
            record_kind: "agreement",
            record_id: Some(before.agreement_id),
            summary: Message::new("activity-agreement-edited")
                .with("version", before.number)
                .with("title", &text.title),
            changes: json!({ "clauses": pacta_core::agreement::compare(&before.text, text).len() }),
        },
    )?;
    Ok(())
}

/// Records a party's signature; the version is frozen when the last party has signed.
pub fn sign(
    conn: &Connection,
    stamp: &Stamp,
    version_id: i64,
    signature: &Signature,
) -> Result<AgreementVersion> {
    conn.execute(
        "INSERT INTO agreement_signatures (version_id, organisation_id, signatory, title, place, signed_on, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            version_id,
            signature.organisation_id,
            signature.signatory,
            signature.title,
            signature.place,
            signature.signed_on.to_string(),
            stamp.at,
            stamp.actor
        ],
    )
    .map_err(refusal)?;
    let signed = version(conn, version_id)?;
    if !signed.frozen && signed.awaiting_signature().is_empty() {
        // A trigger freezes the matrices annexed to the version in the same statement.
        conn.execute(
            "UPDATE agreement_versions SET frozen = 1 WHERE id = ?1",
            [version_id],
        )?;
        seals::seal_signed_agreement_version(conn, version_id, &stamp.at)?;
    }
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "sign",
            record_kind: "agreement",
            record_id: Some(signed.agreement_id),
            summary: Message::new("activity-agreement-signed")
                .with("signatory", &signature.signatory)
                .with("version", signed.number)
                .with("on", signature.signed_on.to_string()),
            changes: json!({ "organisation_id": signature.organisation_id }),
        },
    )?;
    version(conn, version_id)
}

pub fn set_status(
    conn: &Connection,
    stamp: &Stamp,
    agreement_id: i64,
    status: AgreementStatus,
    ended: Option<(IsoDate, &str)>,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE agreements SET status = ?2, ended_on = coalesce(?3, ended_on), end_reason = coalesce(?4, end_reason) WHERE id = ?1",
        params![agreement_id, status.code(), ended.map(|(d, _)| d.to_string()), ended.map(|(_, r)| r)],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound {
            kind: "agreement",
            id: agreement_id,
        });
    }
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "status",
            record_kind: "agreement",
            record_id: Some(agreement_id),
            summary: Message::new("activity-agreement-status")
                .with("agreement", agreement_id)
                .with("status", status.code()),
            changes: json!({ "status": status.code() }),
        },
    )?;
    Ok(())
}

pub fn status(conn: &Connection, agreement_id: i64) -> Result<AgreementStatus> {
    conn.query_row(
        "SELECT status FROM agreements WHERE id = ?1",
        [agreement_id],
        |row| parse_stored(row, 0, AgreementStatus::parse),
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "agreement",
        id: agreement_id,
    })
}

pub fn version(conn: &Connection, version_id: i64) -> Result<AgreementVersion> {
    let mut found = conn
        .query_row(
            &format!("{SELECT_VERSION} WHERE id = ?1"),
            [version_id],
            version_from_row,
        )
        .optional()?
        .ok_or(StoreError::NotFound {
            kind: "agreement version",
            id: version_id,
        })?;
    found.signatures = signatures(conn, version_id)?;
    Ok(found)
}

/// Every version of an agreement, oldest first.
pub fn versions(conn: &Connection, agreement_id: i64) -> Result<Vec<AgreementVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_VERSION} WHERE agreement_id = ?1 ORDER BY number"
    ))?;
    let mut all = statement
        .query_map([agreement_id], version_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if all.is_empty() {
        return Err(StoreError::NotFound {
            kind: "agreement",
            id: agreement_id,
        });
    }
    for version in &mut all {
        version.signatures = signatures(conn, version.id)?;
    }
    Ok(all)
}

pub fn latest(conn: &Connection, agreement_id: i64) -> Result<AgreementVersion> {
    versions(conn, agreement_id)?
        .pop()
        .ok_or(StoreError::NotFound {
            kind: "agreement",
            id: agreement_id,
        })
}

/// Every agreement with its latest version's title, parties and dates.
pub fn list(conn: &Connection) -> Result<Vec<AgreementSummary>> {
    let mut statement = conn.prepare(
        "SELECT a.id, a.reference, a.status, a.created_at, v.id, v.text, v.number, v.amendment, v.frozen
         FROM agreements a
         JOIN agreement_versions v ON v.agreement_id = a.id
          AND v.number = (SELECT max(number) FROM agreement_versions w WHERE w.agreement_id = a.id)
         ORDER BY a.reference",
    )?;
    let rows = statement
        .query_map([], |row| {
            let text: String = row.get(5)?;
            let text: AgreementText = parse_json(5, &text)?;
            let created_at: String = row.get(3)?;
            let created_on = IsoDate::parse(pacta_core::Field::EffectiveOn, &created_at[..10])
                .map_err(|_| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        "a stored timestamp".into(),
                    )
                })?;
            Ok((
                row.get::<_, i64>(4)?,
                AgreementSummary {
                    id: row.get(0)?,
                    reference: row.get(1)?,
                    status: parse_stored(row, 2, AgreementStatus::parse)?,
                    title: text.title.clone(),
                    kind: text.kind,
                    versions: row.get(6)?,
                    parties: text.parties.iter().map(|p| p.name.clone()).collect(),
                    created_on,
                    effective_on: text.effective_on,
                    expires_on: text.expires_on,
                    latest_amendment: row.get(7)?,
                    latest_frozen: row.get(8)?,
                    awaiting_signature: text.parties.len() as u32,
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut summaries = Vec::with_capacity(rows.len());
    for (version_id, mut summary) in rows {
        let signed: u32 = conn.query_row(
            "SELECT count(*) FROM agreement_signatures WHERE version_id = ?1",
            [version_id],
            |row| row.get(0),
        )?;
        summary.awaiting_signature = summary.awaiting_signature.saturating_sub(signed);
        summaries.push(summary);
    }
    Ok(summaries)
}

const SELECT_VERSION: &str =
    "SELECT id, agreement_id, number, amendment, text, frozen, created_at, created_by FROM agreement_versions";

fn version_from_row(row: &Row) -> rusqlite::Result<AgreementVersion> {
    let text: String = row.get(4)?;
    Ok(AgreementVersion {
        id: row.get(0)?,
        agreement_id: row.get(1)?,
        number: row.get(2)?,
        amendment: row.get(3)?,
        text: parse_json(4, &text)?,
        frozen: row.get(5)?,
        signatures: Vec::new(),
        created_at: row.get(6)?,
        created_by: row.get(7)?,
    })
}

fn signatures(conn: &Connection, version_id: i64) -> Result<Vec<Signature>> {
    let mut statement = conn.prepare(
        "SELECT organisation_id, signatory, title, place, signed_on FROM agreement_signatures WHERE version_id = ?1 ORDER BY id",
    )?;
    let rows = statement.query_map([version_id], |row| {
        Ok(Signature {
            organisation_id: row.get(0)?,
            signatory: row.get(1)?,
            title: row.get(2)?,
            place: row.get(3)?,
            signed_on: parse_date(row, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
