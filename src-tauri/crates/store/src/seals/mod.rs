//! Seals: the tamper-evident record. A record is sealed in the transaction that makes it final
//! — a closed vote, a signed agreement version and the matrix versions frozen with it, approved
//! minutes — and each seal is chained to the one before in a table the file refuses to change.
//! `verify` recomputes both from the rows as they are now.
//!
//! The formats below are part of the file format (see docs/trust.md): changing what a kind's
//! content holds, or how it is written, would report every record sealed before as changed.
//!
//! - `content_sha256`: SHA-256, in lower-case hex, of the record's content written as canonical
//!   JSON (RFC 8785). The content is built from the rows by the functions at the end of this
//!   file: each row an object keyed by column name; JSON columns as the value they hold; blobs
//!   as `"sha256:<hex>"`; integers beyond ±(2^53 − 1) as decimal strings, since RFC 8785 writes
//!   every number as a double and would round them silently.
//! - `chain`: SHA-256 of the canonical JSON object `{content_sha256, kind, previous, record_id,
//!   reference, sealed_at}`; an object rather than a concatenation, so no two seals can give
//!   the same input.
//! - `previous`: the chain of the seal before; [`GENESIS`] for the first.
//! - `format`: 1 for seals written before schema 9, whose content holds people's names as they
//!   are; 2 from then on: each representative's name or address in the content is written as
//!   `"sha256:<hex>"`, the SHA-256 of (the representative's salt || the value), so that the
//!   value can be erased later while the seal still checks (see `erasure.rs`), and the chain
//!   input also holds `"format": 2`.

use std::collections::{HashMap, HashSet};

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension, Params, Transaction};
use serde_json::{json, Map, Value};

use crate::activity::{self, Entry};
use crate::{Result, StoreError};
use pacta_core::seal::{
    short_hash, AgainstCheck, ChainBreak, ChainHead, ChainProblem, KindCount, RecordCheck,
    RecordState, SealKind, VerifyReport,
};
use pacta_core::Stamp;
use pacta_messages::Message;

mod content;
mod salting;

pub use content::canonical;
pub(crate) use content::*;
pub(crate) use salting::*;

/// The `previous` of the first seal.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Seals written before schema 9: people's names sealed as they are.
pub const FORMAT_PLAIN: i64 = 1;
/// Seals from schema 9 on: representatives' names and addresses sealed as salted hashes.
pub const FORMAT_SALTED: i64 = 2;

/// What an erased value is replaced with, in the rows and on paper.
pub const REDACTED: &str = "[redacted]";

/// One seal as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub id: i64,
    /// A `SealKind` code; kept as text so that a row edited outside the app can still be read.
    pub kind: String,
    pub record_id: i64,
    pub reference: String,
    pub content_sha256: String,
    pub previous: String,
    pub chain: String,
    pub sealed_at: String,
    /// [`FORMAT_PLAIN`] or [`FORMAT_SALTED`].
    pub format: i64,
}

/// Seals a record that has just become final, after the latest seal. A record is sealed once:
/// asking again returns the seal it has.
pub fn seal(conn: &Connection, kind: SealKind, record_id: i64, sealed_at: &str) -> Result<Seal> {
    seal_as(conn, kind, record_id, sealed_at, FORMAT_SALTED)
}

/// Seals in the given format: [`FORMAT_PLAIN`] only for the upgrade to schema 8, which runs
/// before the tables of the salted format exist.
fn seal_as(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
    sealed_at: &str,
    format: i64,
) -> Result<Seal> {
    if let Some(existing) = of_record(conn, kind, record_id)? {
        return Ok(existing);
    }
    let missing = StoreError::NotFound {
        kind: kind_label(kind),
        id: record_id,
    };
    let mut content = content(conn, kind, record_id)?.ok_or(missing)?;
    let links = match format {
        FORMAT_SALTED => salt_for_seal(conn, kind, &mut content)?,
        _ => Vec::new(),
    };
    let reference = reference(conn, kind, record_id)?.unwrap_or_default();
    let previous = head_row(conn)?.map_or_else(|| GENESIS.to_string(), |seal| seal.chain);
    let content_sha256 = sha256_hex(&canonical(&content));
    let chain = chain_of(
        kind.code(),
        record_id,
        &reference,
        &content_sha256,
        &previous,
        sealed_at,
        format,
    );
    if format == FORMAT_SALTED {
        conn.execute(
            "INSERT INTO seals (kind, record_id, reference, content_sha256, previous, chain, sealed_at, format)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                kind.code(),
                record_id,
                reference,
                content_sha256,
                previous,
                chain,
                sealed_at,
                format
            ],
        )?;
        for (location, representative_id) in &links {
            conn.execute(
                "INSERT INTO seal_people (kind, record_id, location, representative_id)
                 VALUES (?1, ?2, ?3, ?4)",
                params![kind.code(), record_id, location, representative_id],
            )?;
        }
    } else {
        conn.execute(
            "INSERT INTO seals (kind, record_id, reference, content_sha256, previous, chain, sealed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                kind.code(),
                record_id,
                reference,
                content_sha256,
                previous,
                chain,
                sealed_at
            ],
        )?;
    }
    Ok(Seal {
        id: conn.last_insert_rowid(),
        kind: kind.code().to_string(),
        record_id,
        reference,
        content_sha256,
        previous,
        chain,
        sealed_at: sealed_at.to_string(),
        format,
    })
}

/// Seals an agreement version that its last party has just signed, after the matrix versions
/// its signature froze (in the order they are annexed), so each is sealed before the text
/// that annexes it.
pub fn seal_signed_agreement_version(
    conn: &Connection,
    version_id: i64,
    sealed_at: &str,
) -> Result<()> {
    seal_signed_agreement_version_as(conn, version_id, sealed_at, FORMAT_SALTED)
}

fn seal_signed_agreement_version_as(
    conn: &Connection,
    version_id: i64,
    sealed_at: &str,
    format: i64,
) -> Result<()> {
    let frozen_matrices: Vec<i64> = {
        let mut statement = conn.prepare(
            "SELECT l.matrix_version_id FROM agreement_matrices l
             JOIN matrix_versions v ON v.id = l.matrix_version_id
             WHERE l.agreement_version_id = ?1 AND v.frozen = 1
               AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.kind = 'matrix_version' AND s.record_id = v.id)
             ORDER BY l.position, l.matrix_version_id",
        )?;
        let ids = statement
            .query_map([version_id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    for matrix_version_id in frozen_matrices {
        seal_as(
            conn,
            SealKind::MatrixVersion,
            matrix_version_id,
            sealed_at,
            format,
        )?;
    }
    seal_as(
        conn,
        SealKind::AgreementVersion,
        version_id,
        sealed_at,
        format,
    )?;
    Ok(())
}

/// The seal of one record, if it has one.
pub fn of_record(conn: &Connection, kind: SealKind, record_id: i64) -> Result<Option<Seal>> {
    Ok(conn
        .query_row(
            &format!("{} WHERE kind = ?1 AND record_id = ?2", select_seal(conn)?),
            params![kind.code(), record_id],
            seal_from_row,
        )
        .optional()?)
}

/// Every seal, in chain order.
pub fn all(conn: &Connection) -> Result<Vec<Seal>> {
    let mut statement = conn.prepare(&format!("{} ORDER BY id", select_seal(conn)?))?;
    let seals = statement
        .query_map([], seal_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(seals)
}

/// The latest seal: what PDF footers print and backups record, to be kept outside the file.
pub fn head(conn: &Connection) -> Result<Option<ChainHead>> {
    let count: u32 = conn.query_row("SELECT count(*) FROM seals", [], |row| row.get(0))?;
    Ok(head_row(conn)?.map(|seal| ChainHead {
        short: short_hash(&seal.chain).to_string(),
        chain: seal.chain,
        sealed_at: seal.sealed_at,
        seals: count,
    }))
}

/// Recomputes every seal's content hash from the rows as they are now, and the chain from the
/// seals themselves; finds final records that carry no seal; and, when `against` is given (a
/// lower-case hex prefix of at least 12 digits, checked by the caller), whether a head kept
/// outside the file is still in the chain.
pub fn verify(conn: &Connection, against: Option<&str>) -> Result<VerifyReport> {
    let seals = all(conn)?;
    let mut breaks = Vec::new();
    let mut records = Vec::new();
    let mut counts: Vec<KindCount> = SealKind::ALL
        .iter()
        .map(|&kind| KindCount { kind, sealed: 0 })
        .collect();
    let mut sealed: HashSet<(SealKind, i64)> = HashSet::new();
    let mut expected_previous = GENESIS.to_string();
    for seal in &seals {
        let chain_break = |problem| ChainBreak {
            seal: seal.id,
            kind: seal.kind.clone(),
            record_id: seal.record_id,
            reference: seal.reference.clone(),
            problem,
        };
        if seal.previous != expected_previous {
            breaks.push(chain_break(ChainProblem::Broken));
        }
        let recomputed = chain_of(
            &seal.kind,
            seal.record_id,
            &seal.reference,
            &seal.content_sha256,
            &seal.previous,
            &seal.sealed_at,
            seal.format,
        );
        if recomputed != seal.chain {
            breaks.push(chain_break(ChainProblem::Altered));
        }
        // Follow the chain as stored, so that one edited seal is reported once rather than
        // breaking every seal after it.
        expected_previous = seal.chain.clone();
        let Some(kind) = SealKind::parse(&seal.kind) else {
            if recomputed == seal.chain {
                breaks.push(chain_break(ChainProblem::Altered));
            }
            continue;
        };
        sealed.insert((kind, seal.record_id));
        if let Some(count) = counts.iter_mut().find(|count| count.kind == kind) {
            count.sealed += 1;
        }
        let Some(state) = check_record(conn, seal)? else {
            continue;
        };
        records.push(RecordCheck {
            kind,
            record_id: seal.record_id,
            reference: seal.reference.clone(),
            state,
            seal: Some(seal.id),
        });
    }
    for &kind in SealKind::ALL {
        for (_, record_id) in final_records(conn, kind)? {
            if !sealed.contains(&(kind, record_id)) {
                records.push(RecordCheck {
                    kind,
                    record_id,
                    reference: reference(conn, kind, record_id)?.unwrap_or_default(),
                    state: RecordState::Inserted,
                    seal: None,
                });
            }
        }
    }
    let against = against.map(|prefix| {
        let position = seals.iter().position(|seal| seal.chain.starts_with(prefix));
        AgainstCheck {
            hash: prefix.to_string(),
            found: position.is_some(),
            seal: position.map(|index| seals[index].id),
            sealed_at: position.map(|index| seals[index].sealed_at.clone()),
            later_seals: position.map_or(0, |index| (seals.len() - index - 1) as u32),
        }
    });
    Ok(VerifyReport {
        intact: false,
        head: head(conn)?,
        kinds: counts,
        records,
        breaks,
        against,
    }
    .conclude())
}

/// Seals, once, every record that was already final when the file reached the schema with
/// seals, in the order the records became final; run by the migration, inside its transaction.
pub fn seal_existing(transaction: &Transaction) -> rusqlite_migration::HookResult {
    seal_existing_records(transaction).map_err(|error| match error {
        StoreError::Sqlite(error) => rusqlite_migration::HookError::RusqliteError(error),
        other => rusqlite_migration::HookError::Hook(other.to_string()),
    })
}

fn seal_existing_records(conn: &Connection) -> Result<()> {
    // Matrix versions are sealed with the agreement version whose signature froze them.
    let ranked = [
        SealKind::Vote,
        SealKind::AgreementVersion,
        SealKind::Minutes,
    ];
    let mut pending = Vec::new();
    for (rank, &kind) in ranked.iter().enumerate() {
        for (final_at, record_id) in final_records(conn, kind)? {
            pending.push((final_at, rank, record_id, kind));
        }
    }
    let leftover_matrices = final_records(conn, SealKind::MatrixVersion)?;
    if pending.is_empty() && leftover_matrices.is_empty() {
        return Ok(());
    }
    pending.sort();
    // The upgrade has no caller's clock: the seals say when they were made, which is now.
    let now: String =
        conn.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", [], |row| {
            row.get(0)
        })?;
    for (_, _, record_id, kind) in &pending {
        match kind {
            SealKind::AgreementVersion => {
                seal_signed_agreement_version_as(conn, *record_id, &now, FORMAT_PLAIN)?
            }
            _ => {
                seal_as(conn, *kind, *record_id, &now, FORMAT_PLAIN)?;
            }
        }
    }
    // A frozen matrix version no signed agreement version annexes should not exist; seal it
    // all the same, so that it is checked from now on.
    for (_, record_id) in leftover_matrices {
        seal_as(conn, SealKind::MatrixVersion, record_id, &now, FORMAT_PLAIN)?;
    }
    let count: i64 = conn.query_row("SELECT count(*) FROM seals", [], |row| row.get(0))?;
    activity::record(
        conn,
        &Stamp {
            at: now,
            actor: "Pacta".into(),
        },
        &Entry {
            action: "seal",
            record_kind: "partnership",
            record_id: Some(1),
            summary: Message::new("activity-sealed-existing").with("count", count),
            changes: json!({ "seals": count }),
        },
    )
}

/// Every final record of a kind, with the moment it became final, oldest first.
fn final_records(conn: &Connection, kind: SealKind) -> Result<Vec<(String, i64)>> {
    let sql = match kind {
        SealKind::Vote => "SELECT closed_at, id FROM votes",
        SealKind::AgreementVersion => {
            "SELECT coalesce((SELECT max(s.recorded_at) FROM agreement_signatures s WHERE s.version_id = v.id), v.created_at), v.id
             FROM agreement_versions v WHERE v.frozen = 1"
        }
        // Approval is the last change of the minutes' status, logged at its exact time.
        SealKind::Minutes => {
            "SELECT coalesce((SELECT a.at FROM activity a
                              WHERE a.record_kind = 'meeting' AND a.record_id = m.id AND a.action = 'minutes'
                              ORDER BY a.id DESC LIMIT 1),
                             m.approved_on, m.created_at), m.id
             FROM meetings m WHERE m.minutes_status = 'approved'"
        }
        SealKind::MatrixVersion => "SELECT updated_at, id FROM matrix_versions WHERE frozen = 1",
    };
    let mut statement = conn.prepare(&format!("SELECT * FROM ({sql}) ORDER BY 1, 2"))?;
    let records = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(records)
}

/// The seals' columns; during the upgrade to schema 8 the table has no `format` yet.
fn select_seal(conn: &Connection) -> Result<&'static str> {
    let has_format: bool = conn.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info('seals') WHERE name = 'format'",
        [],
        |row| row.get(0),
    )?;
    Ok(if has_format {
        "SELECT id, kind, record_id, reference, content_sha256, previous, chain, sealed_at, format FROM seals"
    } else {
        "SELECT id, kind, record_id, reference, content_sha256, previous, chain, sealed_at, 1 FROM seals"
    })
}

fn seal_from_row(row: &rusqlite::Row) -> rusqlite::Result<Seal> {
    Ok(Seal {
        id: row.get(0)?,
        kind: row.get(1)?,
        record_id: row.get(2)?,
        reference: row.get(3)?,
        content_sha256: row.get(4)?,
        previous: row.get(5)?,
        chain: row.get(6)?,
        sealed_at: row.get(7)?,
        format: row.get(8)?,
    })
}

fn head_row(conn: &Connection) -> Result<Option<Seal>> {
    Ok(conn
        .query_row(
            &format!("{} ORDER BY id DESC LIMIT 1", select_seal(conn)?),
            [],
            seal_from_row,
        )
        .optional()?)
}

fn chain_of(
    kind: &str,
    record_id: i64,
    reference: &str,
    content_sha256: &str,
    previous: &str,
    sealed_at: &str,
    format: i64,
) -> String {
    let mut input = json!({
        "content_sha256": content_sha256,
        "kind": kind,
        "previous": previous,
        "record_id": number(record_id),
        "reference": reference,
        "sealed_at": sealed_at,
    });
    // Format 1 chains were written without it; later formats are bound into the chain, so a
    // seal cannot be moved to another rule without the chain saying so.
    if format != FORMAT_PLAIN {
        input["format"] = number(format);
    }
    sha256_hex(&canonical(&input))
}

/// What checking one seal's record found; `None` when it is as sealed.
fn check_record(conn: &Connection, seal: &Seal) -> Result<Option<RecordState>> {
    let Some((now, redacted)) = content_hash_now(conn, seal)? else {
        return Ok(Some(RecordState::Removed));
    };
    if now == seal.content_sha256 {
        return Ok(redacted.then_some(RecordState::Redacted));
    }
    if seal.format == FORMAT_PLAIN && attestation(conn, seal.id)?.is_some_and(|hash| hash == now) {
        return Ok(Some(RecordState::RedactedAttested));
    }
    Ok(Some(RecordState::Changed))
}

#[cfg(test)]
mod tests;
