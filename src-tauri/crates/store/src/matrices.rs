//! Responsibility matrices, their versions, and the agreement versions they are annexed to.
//!
//! A matrix version is editable until an agreement version it is annexed to is signed; a
//! trigger then freezes it with the agreement and the file refuses any change to it. Editing
//! the matrix afterwards starts its next version, which the drafts annexing it follow while
//! signed agreements keep the version their parties signed.
//!
//! An agreement version annexes at most one version of each matrix: attaching another version
//! of a matrix already annexed takes the old one's place, so a draft never prints two
//! versions of the same grid.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::error::refusal;
use crate::protocols::parse_json;
use crate::{Result, StoreError};
use pacta_core::matrix::{MatrixContent, MatrixVersion};
use pacta_core::Stamp;
use pacta_messages::Message;

/// One agreement version a matrix version is annexed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexLink {
    pub agreement_id: i64,
    pub agreement_reference: String,
    pub agreement_version_id: i64,
    pub agreement_version_number: u32,
    /// The agreement version is signed: the link and the matrix version are kept as they are.
    pub frozen: bool,
}

/// Creates a matrix with its first version; returns the matrix's id.
pub fn create(
    conn: &Connection,
    stamp: &Stamp,
    template: Option<&str>,
    content: &MatrixContent,
) -> Result<i64> {
    let prefix = format!("RM-{}-", &stamp.at[..4]);
    // The highest number rather than a count, so a reference is never handed out twice.
    let sequence: i64 = conn.query_row(
        "SELECT coalesce(max(CAST(substr(reference, ?2) AS INTEGER)), 0) + 1
         FROM matrices WHERE reference LIKE ?1",
        params![format!("{prefix}%"), prefix.len() as i64 + 1],
        |row| row.get(0),
    )?;
    let reference = format!("{prefix}{sequence:03}");
    conn.execute(
        "INSERT INTO matrices (reference, template, created_at, created_by) VALUES (?1, ?2, ?3, ?4)",
        params![reference, template, stamp.at, stamp.actor],
    )?;
    let id = conn.last_insert_rowid();
    insert_version(conn, stamp, id, 1, content)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "create",
            record_kind: "matrix",
            record_id: Some(id),
            summary: Message::new("activity-matrix-drafted")
                .with("reference", &reference)
                .with("title", &content.title),
            changes: json!({ "reference": reference, "template": template }),
        },
    )?;
    Ok(id)
}

fn insert_version(
    conn: &Connection,
    stamp: &Stamp,
    matrix_id: i64,
    number: u32,
    content: &MatrixContent,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO matrix_versions (matrix_id, number, content, created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)",
        params![matrix_id, number, to_json(content), stamp.at, stamp.actor],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Replaces the content of a version that is not frozen; a frozen one is refused by the file.
pub fn save(
    conn: &Connection,
    stamp: &Stamp,
    version_id: i64,
    content: &MatrixContent,
) -> Result<()> {
    let before = version(conn, version_id)?;
    conn.execute(
        "UPDATE matrix_versions SET content = ?2, updated_at = ?3, updated_by = ?4 WHERE id = ?1",
        params![version_id, to_json(content), stamp.at, stamp.actor],
    )
    .map_err(refusal)?;
    // Only the names of the changed fields: a grid's old and new rows would swamp the log.
    let fields: Vec<String> = activity::differences(&before.content, content)
        .into_iter()
        .map(|(field, _)| field)
        .collect();
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "edit",
            record_kind: "matrix",
            record_id: Some(before.matrix_id),
            summary: Message::new("activity-matrix-edited")
                .with("version", before.number)
                .with("reference", &before.reference)
                .with("title", &content.title),
            changes: json!({ "version": before.number, "fields": fields }),
        },
    )?;
    Ok(())
}

/// Starts the next version from the latest one's content. Draft agreement versions annexing
/// the latest version move to the new one; signed ones keep what their parties signed.
pub fn new_version(conn: &Connection, stamp: &Stamp, matrix_id: i64) -> Result<MatrixVersion> {
    let previous = latest(conn, matrix_id)?;
    let number = previous.number + 1;
    let id = insert_version(conn, stamp, matrix_id, number, &previous.content)?;
    let following: Vec<i64> = {
        let mut statement = conn.prepare(
            "SELECT l.agreement_version_id FROM agreement_matrices l
             JOIN agreement_versions av ON av.id = l.agreement_version_id
             WHERE l.matrix_version_id = ?1 AND av.frozen = 0
             ORDER BY l.agreement_version_id",
        )?;
        let ids = statement
            .query_map([previous.id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    conn.execute(
        "UPDATE agreement_matrices SET matrix_version_id = ?2
         WHERE matrix_version_id = ?1
           AND agreement_version_id IN (SELECT id FROM agreement_versions WHERE frozen = 0)",
        params![previous.id, id],
    )
    .map_err(refusal)?;
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "new_version",
            record_kind: "matrix",
            record_id: Some(matrix_id),
            summary: Message::new("activity-matrix-new-version")
                .with("version", number)
                .with("reference", &previous.reference)
                .with("from", previous.number),
            changes: json!({
                "version": [previous.number, number],
                "agreement_versions_following": following,
            }),
        },
    )?;
    version(conn, id)
}

pub fn version(conn: &Connection, version_id: i64) -> Result<MatrixVersion> {
    conn.query_row(
        &format!("{SELECT_VERSION} WHERE v.id = ?1"),
        [version_id],
        version_from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "matrix version",
        id: version_id,
    })
}

pub fn latest(conn: &Connection, matrix_id: i64) -> Result<MatrixVersion> {
    conn.query_row(
        &format!("{SELECT_VERSION} WHERE v.matrix_id = ?1 ORDER BY v.number DESC LIMIT 1"),
        [matrix_id],
        version_from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "matrix",
        id: matrix_id,
    })
}

/// Every version of a matrix, oldest first.
pub fn versions(conn: &Connection, matrix_id: i64) -> Result<Vec<MatrixVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_VERSION} WHERE v.matrix_id = ?1 ORDER BY v.number"
    ))?;
    let all = statement
        .query_map([matrix_id], version_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if all.is_empty() {
        return Err(StoreError::NotFound {
            kind: "matrix",
            id: matrix_id,
        });
    }
    Ok(all)
}

/// The latest version of every matrix, by reference.
pub fn list_latest(conn: &Connection) -> Result<Vec<MatrixVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_VERSION}
         WHERE v.number = (SELECT max(number) FROM matrix_versions w WHERE w.matrix_id = v.matrix_id)
         ORDER BY m.reference"
    ))?;
    let all = statement
        .query_map([], version_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(all)
}

/// The starter template a matrix began from, when it began from one.
pub fn template(conn: &Connection, matrix_id: i64) -> Result<Option<String>> {
    conn.query_row(
        "SELECT template FROM matrices WHERE id = ?1",
        [matrix_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "matrix",
        id: matrix_id,
    })
}

/// Annexes a matrix version to an agreement version, after the matrices already annexed.
///
/// Attaching a version already annexed changes nothing and is not an error (even on a signed
/// agreement version, since nothing would change). Attaching another version of a matrix
/// already annexed replaces it at its position. A signed agreement version refuses both
/// (`StoreError::Immutable`).
pub fn attach(
    conn: &Connection,
    stamp: &Stamp,
    agreement_version_id: i64,
    matrix_version_id: i64,
) -> Result<()> {
    let matrix = version(conn, matrix_version_id)?;
    let agreement = agreement_version_label(conn, agreement_version_id)?;
    let annexed: Option<(i64, u32)> = conn
        .query_row(
            "SELECT v.id, v.number FROM agreement_matrices l
             JOIN matrix_versions v ON v.id = l.matrix_version_id
             WHERE l.agreement_version_id = ?1 AND v.matrix_id = ?2",
            params![agreement_version_id, matrix.matrix_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let (summary, replaced) = match annexed {
        Some((id, _)) if id == matrix_version_id => return Ok(()),
        Some((id, number)) => {
            conn.execute(
                "UPDATE agreement_matrices SET matrix_version_id = ?3
                 WHERE agreement_version_id = ?1 AND matrix_version_id = ?2",
                params![agreement_version_id, id, matrix_version_id],
            )
            .map_err(refusal)?;
            (
                Message::new("activity-matrix-annex-replaced")
                    .with("version", matrix.number)
                    .with("reference", &matrix.reference)
                    .with("replaced", number)
                    .with("agreement", agreement.as_str()),
                Some(number),
            )
        }
        None => {
            conn.execute(
                "INSERT INTO agreement_matrices (agreement_version_id, matrix_version_id, position)
                 SELECT ?1, ?2, coalesce(max(position), 0) + 1
                 FROM agreement_matrices WHERE agreement_version_id = ?1",
                params![agreement_version_id, matrix_version_id],
            )
            .map_err(refusal)?;
            (
                Message::new("activity-matrix-annexed")
                    .with("version", matrix.number)
                    .with("reference", &matrix.reference)
                    .with("agreement", agreement.as_str()),
                None,
            )
        }
    };
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "annex",
            record_kind: "matrix",
            record_id: Some(matrix.matrix_id),
            summary,
            changes: json!({
                "agreement_version_id": agreement_version_id,
                "version": matrix.number,
                "replaced_version": replaced,
            }),
        },
    )?;
    Ok(())
}

/// Removes a matrix version from an agreement version's annexes; a signed agreement version
/// refuses (`StoreError::Immutable`), and a version that is not annexed there is `NotFound`.
/// The other annexes keep their positions: only their order is meaningful.
pub fn detach(
    conn: &Connection,
    stamp: &Stamp,
    agreement_version_id: i64,
    matrix_version_id: i64,
) -> Result<()> {
    let matrix = version(conn, matrix_version_id)?;
    let agreement = agreement_version_label(conn, agreement_version_id)?;
    let removed = conn
        .execute(
            "DELETE FROM agreement_matrices WHERE agreement_version_id = ?1 AND matrix_version_id = ?2",
            params![agreement_version_id, matrix_version_id],
        )
        .map_err(refusal)?;
    if removed == 0 {
        return Err(StoreError::NotFound {
            kind: "matrix version annexed to this agreement version",
            id: matrix_version_id,
        });
    }
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "detach",
            record_kind: "matrix",
            record_id: Some(matrix.matrix_id),
            summary: Message::new("activity-matrix-unannexed")
                .with("version", matrix.number)
                .with("reference", &matrix.reference)
                .with("agreement", agreement.as_str()),
            changes: json!({
                "agreement_version_id": agreement_version_id,
                "version": matrix.number,
            }),
        },
    )?;
    Ok(())
}

/// The matrix versions annexed to an agreement version, in printing order; empty when there
/// are none.
pub fn annexed_to_agreement_version(
    conn: &Connection,
    agreement_version_id: i64,
) -> Result<Vec<MatrixVersion>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_VERSION}
         JOIN agreement_matrices l ON l.matrix_version_id = v.id
         WHERE l.agreement_version_id = ?1
         ORDER BY l.position"
    ))?;
    let all = statement
        .query_map([agreement_version_id], version_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(all)
}

/// The agreement versions a matrix version is annexed to, by agreement reference and version.
pub fn agreements_of_matrix_version(
    conn: &Connection,
    matrix_version_id: i64,
) -> Result<Vec<AnnexLink>> {
    let mut statement = conn.prepare(
        "SELECT a.id, a.reference, av.id, av.number, av.frozen
         FROM agreement_matrices l
         JOIN agreement_versions av ON av.id = l.agreement_version_id
         JOIN agreements a ON a.id = av.agreement_id
         WHERE l.matrix_version_id = ?1
         ORDER BY a.reference, av.number",
    )?;
    let links = statement
        .query_map([matrix_version_id], |row| {
            Ok(AnnexLink {
                agreement_id: row.get(0)?,
                agreement_reference: row.get(1)?,
                agreement_version_id: row.get(2)?,
                agreement_version_number: row.get(3)?,
                frozen: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(links)
}

/// "version 2 of AGR-2026-001", for activity summaries.
fn agreement_version_label(conn: &Connection, agreement_version_id: i64) -> Result<String> {
    conn.query_row(
        "SELECT av.number, a.reference FROM agreement_versions av
         JOIN agreements a ON a.id = av.agreement_id WHERE av.id = ?1",
        [agreement_version_id],
        |row| {
            let number: u32 = row.get(0)?;
            let reference: String = row.get(1)?;
            Ok(format!("version {number} of {reference}"))
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        kind: "agreement version",
        id: agreement_version_id,
    })
}

fn to_json(content: &MatrixContent) -> String {
    serde_json::to_string(content).expect("a matrix serialises")
}

const SELECT_VERSION: &str = "SELECT v.id, v.matrix_id, m.reference, v.number, v.content, v.frozen, v.created_at, v.created_by
     FROM matrix_versions v JOIN matrices m ON m.id = v.matrix_id";

fn version_from_row(row: &Row) -> rusqlite::Result<MatrixVersion> {
    let content: String = row.get(4)?;
    Ok(MatrixVersion {
        id: row.get(0)?,
        matrix_id: row.get(1)?,
        reference: row.get(2)?,
        number: row.get(3)?,
        content: parse_json(4, &content)?,
        frozen: row.get(5)?,
        created_at: row.get(6)?,
        created_by: row.get(7)?,
    })
}
