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
use sha2::{Digest, Sha256};

use crate::activity::{self, Entry};
use crate::{Result, StoreError};
use pacta_core::seal::{
    short_hash, AgainstCheck, ChainBreak, ChainHead, ChainProblem, KindCount, RecordCheck,
    RecordState, SealKind, VerifyReport,
};
use pacta_core::Stamp;
use pacta_messages::Message;

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

/// RFC 8785 text of a value.
pub fn canonical(value: &Value) -> Vec<u8> {
    // Only non-finite floats fail to canonicalise, and a serde_json `Value` cannot hold one.
    serde_json_canonicalizer::to_vec(value).expect("a JSON value canonicalises")
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn kind_label(kind: SealKind) -> &'static str {
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

/// A representative's name or address inside a record's content, found where the app writes
/// one: a signatory (on the signature and in the parties of the text), an attendee's
/// representative, a line of the minutes' circulation list, the person an action item is given
/// to, a meeting's convenor and an agenda item's presenter. Other free text (minutes, decisions,
/// notes) is not searched; see docs/trust.md.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Personal {
    /// Names the value within its record: "signature <id>", "party <index>",
    /// "attendance <index>", "circulated_to <index>", "action <id>", "convenor",
    /// "presenter <agenda item id>".
    pub location: String,
    /// RFC 6901 pointer to the value within the content.
    pointer: String,
    /// The organisation the person is named for; none for a circulation line, a convenor or a
    /// presenter (any representative's name or address is taken).
    pub organisation_id: Option<i64>,
    pub value: String,
}

pub(crate) fn personal_values(kind: SealKind, content: &Value) -> Vec<Personal> {
    let mut found = Vec::new();
    let text = |value: &Value| value.as_str().filter(|t| !t.is_empty()).map(str::to_string);
    match kind {
        SealKind::AgreementVersion => {
            for (index, party) in array(&content["version"]["text"]["parties"])
                .iter()
                .enumerate()
            {
                if let Some(value) = text(&party["signatory"]) {
                    found.push(Personal {
                        location: format!("party {index}"),
                        pointer: format!("/version/text/parties/{index}/signatory"),
                        organisation_id: party["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
            for (index, signature) in array(&content["signatures"]).iter().enumerate() {
                if let (Some(value), Some(id)) =
                    (text(&signature["signatory"]), signature["id"].as_i64())
                {
                    found.push(Personal {
                        location: format!("signature {id}"),
                        pointer: format!("/signatures/{index}/signatory"),
                        organisation_id: signature["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
        }
        SealKind::Minutes => {
            if let Some(value) = text(&content["meeting"]["convenor"]) {
                found.push(Personal {
                    location: "convenor".into(),
                    pointer: "/meeting/convenor".into(),
                    organisation_id: None,
                    value,
                });
            }
            for (index, item) in array(&content["items"]).iter().enumerate() {
                if let (Some(value), Some(id)) = (text(&item["presenter"]), item["id"].as_i64()) {
                    found.push(Personal {
                        location: format!("presenter {id}"),
                        pointer: format!("/items/{index}/presenter"),
                        organisation_id: None,
                        value,
                    });
                }
            }
            for (index, entry) in array(&content["meeting"]["attendance"]).iter().enumerate() {
                if let Some(value) = text(&entry["representative"]) {
                    found.push(Personal {
                        location: format!("attendance {index}"),
                        pointer: format!("/meeting/attendance/{index}/representative"),
                        organisation_id: entry["organisation_id"].as_i64(),
                        value,
                    });
                }
            }
            for (index, line) in array(&content["meeting"]["circulated_to"])
                .iter()
                .enumerate()
            {
                if let Some(value) = text(line) {
                    found.push(Personal {
                        location: format!("circulated_to {index}"),
                        pointer: format!("/meeting/circulated_to/{index}"),
                        organisation_id: None,
                        value,
                    });
                }
            }
            for (index, action) in array(&content["actions"]).iter().enumerate() {
                if let (Some(value), Some(id)) =
                    (text(&action["owner_person"]), action["id"].as_i64())
                {
                    found.push(Personal {
                        location: format!("action {id}"),
                        pointer: format!("/actions/{index}/owner_person"),
                        organisation_id: action["owner_organisation_id"].as_i64(),
                        value,
                    });
                }
            }
        }
        SealKind::Vote | SealKind::MatrixVersion => {}
    }
    found
}

fn array(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// A representative as far as linking values to people goes.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub email: String,
}

/// Representatives whose data are not erased.
pub(crate) fn people(conn: &Connection) -> Result<Vec<Person>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, organisation_id, name, email FROM representatives WHERE erased_at IS NULL ORDER BY id",
    )?;
    let people = statement
        .query_map([], |row| {
            Ok(Person {
                id: row.get(0)?,
                organisation_id: row.get(1)?,
                name: row.get(2)?,
                email: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(people)
}

/// Whether a value names this person: a name of the organisation's representative (ignoring
/// case and spacing, as signatures and attendance are checked), or a circulation line with
/// their name and address, their address, or their name.
pub(crate) fn names(person: &Person, value: &Personal) -> bool {
    use pacta_core::text::name_key;
    match value.organisation_id {
        Some(organisation_id) => {
            person.organisation_id == organisation_id
                && name_key(&person.name) == name_key(&value.value)
        }
        None => {
            let line = value.value.trim().to_lowercase();
            let email = person.email.trim().to_lowercase();
            (!email.is_empty() && (line == email || line.ends_with(&format!("<{email}>"))))
                || name_key(&person.name) == name_key(&value.value)
        }
    }
}

/// `"sha256:<hex>"` of the salt followed by the value's UTF-8 bytes.
pub(crate) fn salted(salt: &[u8], value: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(value.as_bytes());
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// A representative's salt; made (32 random bytes from SQLite) when `make` and there is none.
pub(crate) fn salt_of(
    conn: &Connection,
    representative_id: i64,
    make: bool,
) -> Result<Option<Vec<u8>>> {
    let salt = conn
        .prepare_cached("SELECT salt FROM personal_salts WHERE representative_id = ?1")?
        .query_row([representative_id], |row| row.get(0))
        .optional()?;
    if salt.is_some() || !make {
        return Ok(salt);
    }
    conn.prepare_cached(
        "INSERT INTO personal_salts (representative_id, salt) VALUES (?1, randomblob(32))",
    )?
    .execute([representative_id])?;
    salt_of(conn, representative_id, false)
}

/// Replaces, in content about to be sealed, each value that names a representative by its
/// salted hash; returns which representative each location was hashed for.
fn salt_for_seal(
    conn: &Connection,
    kind: SealKind,
    content: &mut Value,
) -> Result<Vec<(String, i64)>> {
    let values = personal_values(kind, content);
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let people = people(conn)?;
    let mut links = Vec::new();
    for value in values {
        let Some(person) = people.iter().find(|person| names(person, &value)) else {
            continue;
        };
        let salt = salt_of(conn, person.id, true)?.unwrap_or_default();
        if let Some(slot) = content.pointer_mut(&value.pointer) {
            *slot = Value::String(salted(&salt, &value.value));
        }
        links.push((value.location, person.id));
    }
    Ok(links)
}

/// The content a format-2 seal covers, as the rows give it now: linked values hashed with
/// their representative's salt, erased ones replaced by the hash kept when they were erased.
/// The flag says whether any erased value was used.
pub(crate) fn salted_content(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
) -> Result<Option<(Value, bool)>> {
    let Some(mut content) = content(conn, kind, record_id)? else {
        return Ok(None);
    };
    let values = personal_values(kind, &content);
    if values.is_empty() {
        return Ok(Some((content, false)));
    }
    let links: HashMap<String, i64> = location_map(
        conn,
        "SELECT location, representative_id FROM seal_people WHERE kind = ?1 AND record_id = ?2",
        kind,
        record_id,
    )?;
    let redactions: HashMap<String, String> = location_map(
        conn,
        "SELECT location, hash FROM redactions WHERE kind = ?1 AND record_id = ?2",
        kind,
        record_id,
    )?;
    let mut redacted = false;
    for value in values {
        let replacement = match (redactions.get(&value.location), links.get(&value.location)) {
            (Some(hash), _) if value.value == REDACTED => {
                redacted = true;
                Some(hash.clone())
            }
            (_, Some(&representative_id)) => {
                salt_of(conn, representative_id, false)?.map(|salt| salted(&salt, &value.value))
            }
            _ => None,
        };
        if let (Some(replacement), Some(slot)) = (replacement, content.pointer_mut(&value.pointer))
        {
            *slot = Value::String(replacement);
        }
    }
    Ok(Some((content, redacted)))
}

fn location_map<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    kind: SealKind,
    record_id: i64,
) -> Result<HashMap<String, T>> {
    let mut statement = conn.prepare_cached(sql)?;
    let map = statement
        .query_map(params![kind.code(), record_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(map)
}

/// The hash a record's content gives now under its seal's format, and whether erased values
/// were used; `None` when its rows are gone.
pub(crate) fn content_hash_now(conn: &Connection, seal: &Seal) -> Result<Option<(String, bool)>> {
    let Some(kind) = SealKind::parse(&seal.kind) else {
        return Ok(None);
    };
    let found = if seal.format == FORMAT_SALTED {
        salted_content(conn, kind, seal.record_id)?
    } else {
        content(conn, kind, seal.record_id)?.map(|content| (content, false))
    };
    Ok(found.map(|(content, redacted)| (sha256_hex(&canonical(&content)), redacted)))
}

/// The newest attestation of a format-1 seal: the hash of its content after an erasure.
pub(crate) fn attestation(conn: &Connection, seal_id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_sha256 FROM attestations WHERE seal_id = ?1 ORDER BY id DESC LIMIT 1",
        )?
        .query_row([seal_id], |row| row.get(0))
        .optional()?)
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

fn one(
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
fn rows(
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
const EXACT: i64 = (1 << 53) - 1;

fn number(integer: i64) -> Value {
    if (-EXACT..=EXACT).contains(&integer) {
        Value::from(integer)
    } else {
        Value::String(integer.to_string())
    }
}

/// Integers a double cannot hold become strings, so that RFC 8785 does not round them.
fn exact_numbers(value: Value) -> Value {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_follows_the_rfc_examples() {
        // RFC 8785, section 3.2.2.
        let input: Value = serde_json::from_str(
            r#"{
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }"#,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(canonical(&input)).unwrap(),
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
        // Section 3.2.3: keys in the order of their UTF-16 code units.
        let sorting: Value = serde_json::from_str(
            r#"{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
                "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control",
                "\u00f6": "Latin Small Letter O With Diaeresis"}"#,
        )
        .unwrap();
        let text = String::from_utf8(canonical(&sorting)).unwrap();
        let order: Vec<usize> = [
            "Carriage Return",
            "One",
            "Control",
            "Latin Small Letter O With Diaeresis",
            "Euro Sign",
            "Emoji: Grinning Face",
            "Hebrew Letter Dalet With Dagesh",
        ]
        .iter()
        .map(|name| text.find(name).unwrap())
        .collect();
        assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
    }

    #[test]
    fn integers_a_double_cannot_hold_are_kept_whole() {
        let value = exact_numbers(
            json!({ "small": 42, "big": 9_007_199_254_740_993_i64, "huge": u64::MAX }),
        );
        assert_eq!(
            String::from_utf8(canonical(&value)).unwrap(),
            r#"{"big":"9007199254740993","huge":"18446744073709551615","small":42}"#
        );
    }

    #[test]
    fn a_salted_value_depends_on_the_salt_and_on_every_byte_of_the_value() {
        let hashed = salted(&[1; 32], "Jane Doe");
        assert!(
            hashed.starts_with("sha256:") && hashed.len() == 71,
            "{hashed}"
        );
        assert_eq!(hashed, salted(&[1; 32], "Jane Doe"));
        assert_ne!(hashed, salted(&[2; 32], "Jane Doe"));
        assert_ne!(hashed, salted(&[1; 32], "Jane Doe "));
    }

    #[test]
    fn personal_values_are_found_where_the_app_writes_people() {
        let locations = |kind, content: Value| -> Vec<(String, String, Option<i64>)> {
            personal_values(kind, &content)
                .into_iter()
                .map(|p| (p.location, p.value, p.organisation_id))
                .collect()
        };
        let agreement = json!({
            "version": { "text": { "parties": [
                { "organisation_id": 3, "signatory": "Jane Doe" },
                { "organisation_id": 4, "signatory": null },
            ] } },
            "signatures": [{ "id": 7, "organisation_id": 3, "signatory": "Jane Doe" }],
        });
        assert_eq!(
            locations(SealKind::AgreementVersion, agreement),
            [
                ("party 0".into(), "Jane Doe".into(), Some(3)),
                ("signature 7".into(), "Jane Doe".into(), Some(3)),
            ]
        );
        let minutes = json!({
            "meeting": {
                "convenor": "Chair Person",
                "attendance": [
                    { "organisation_id": 3, "representative": "" },
                    { "organisation_id": 4, "representative": "Jean Dupont" },
                ],
                "circulated_to": ["Jane Doe <jane@example.org>"],
            },
            "items": [{ "id": 11, "presenter": "Jane Doe" }, { "id": 12, "presenter": "" }],
            "actions": [{ "id": 5, "owner_organisation_id": 3, "owner_person": "Jane Doe" }],
        });
        let found = locations(SealKind::Minutes, minutes);
        let places: Vec<&str> = found.iter().map(|(l, _, _)| l.as_str()).collect();
        assert_eq!(
            places,
            [
                "convenor",
                "presenter 11",
                "attendance 1",
                "circulated_to 0",
                "action 5"
            ]
        );
        assert!(locations(SealKind::Vote, json!({ "vote": { "roll": [] } })).is_empty());
    }

    #[test]
    fn the_chain_input_is_an_object_not_a_concatenation() {
        let one = chain_of("vote", 12, "", "a", GENESIS, "2026-01-01T00:00:00Z", 1);
        let other = chain_of("vote", 1, "2", "a", GENESIS, "2026-01-01T00:00:00Z", 1);
        assert_ne!(one, other);
        let salted = chain_of("vote", 12, "", "a", GENESIS, "2026-01-01T00:00:00Z", 2);
        assert_ne!(one, salted);
        assert_eq!(one.len(), 64);
    }
}
