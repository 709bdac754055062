//! Closed votes: stored whole when closed, never changed afterwards (SQLite triggers refuse
//! it); a correction is a new vote that references the one it corrects.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use crate::activity::{self, Entry};
use crate::protocols::{self, parse_json};
use crate::{bodies, seals, Result, StoreError};
use pacta_core::seal::SealKind;
use pacta_core::voting::{
    anonymise, explain, Ballots, Outcome, ProtocolVersion, Roll, TallyReport, VoteMethod,
    VoteRecord, VoteSummary,
};
use pacta_core::Stamp;
use pacta_messages::Message;
use pacta_messages::Messages;

/// What closing a vote stores.
pub struct ClosedVote<'a> {
    pub body_id: i64,
    pub protocol_id: i64,
    pub motion: &'a str,
    pub roll: &'a Roll,
    pub ballots: &'a Ballots,
    pub report: &'a TallyReport,
    /// The vote this one corrects, with the reason.
    pub corrects: Option<(i64, &'a str)>,
}

pub fn insert(conn: &Connection, stamp: &Stamp, vote: &ClosedVote) -> Result<i64> {
    let body = bodies::get(conn, vote.body_id)?;
    if let Some((earlier, _)) = vote.corrects {
        get(conn, earlier)?;
    }
    let outcome = outcome_code(&vote.report.outcome);
    conn.execute(
        "INSERT INTO votes (body_id, protocol_id, motion, method, roll, ballots, report, outcome, explanation,
             closed_at, closed_by, corrects_vote_id, correction_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            vote.body_id,
            vote.protocol_id,
            vote.motion,
            VoteMethod::of(vote.ballots).code(),
            serde_json::to_string(vote.roll).expect("a roll serialises"),
            serde_json::to_string(&anonymise(vote.ballots)).expect("ballots serialise"),
            serde_json::to_string(vote.report).expect("a report serialises"),
            outcome,
            vote.report.explanation,
            stamp.at,
            stamp.actor,
            vote.corrects.map(|(id, _)| id),
            vote.corrects.map(|(_, reason)| reason),
        ],
    )?;
    let id = conn.last_insert_rowid();
    seals::seal(conn, SealKind::Vote, id, &stamp.at)?;
    let summary = match vote.corrects {
        Some((earlier, reason)) => Message::new("activity-vote-corrected")
            .with("vote", id)
            .with("corrected", earlier)
            .with("reason", reason),
        None => Message::new("activity-vote-closed").with("motion", vote.motion),
    }
    .with("body", &body.name)
    .with("outcome", outcome);
    activity::record(
        conn,
        stamp,
        &Entry {
            action: "vote",
            record_kind: "vote",
            record_id: Some(id),
            summary,
            changes: json!({ "outcome": outcome }),
        },
    )?;
    Ok(id)
}

pub fn get(conn: &Connection, id: i64) -> Result<VoteRecord> {
    let protocol_id: i64 = conn
        .query_row("SELECT protocol_id FROM votes WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?
        .ok_or(StoreError::NotFound { kind: "vote", id })?;
    let protocol = protocols::get(conn, protocol_id)?;
    conn.query_row(
            "SELECT v.id, v.body_id, v.protocol_id, v.motion, v.method, v.roll, v.ballots, v.report, v.closed_at,
                    v.closed_by, v.corrects_vote_id, v.correction_reason,
                    (SELECT c.id FROM votes c WHERE c.corrects_vote_id = v.id ORDER BY c.id DESC LIMIT 1)
             FROM votes v WHERE v.id = ?1",
            [id],
            |row| record_from_row(row, protocol),
        )
        .map_err(StoreError::from)
}

/// Changes the wording of a closed vote's motion: always refused by the file itself, because a
/// closed vote is immutable; kept so that the refusal comes from the store, not the screen.
pub fn set_motion(conn: &Connection, id: i64, motion: &str) -> Result<()> {
    get(conn, id)?;
    conn.execute(
        "UPDATE votes SET motion = ?2 WHERE id = ?1",
        params![id, motion],
    )
    .map_err(crate::error::refusal)?;
    Ok(())
}

/// Closed votes, newest first; of one body when given; each explained in `messages`' language.
pub fn list(
    conn: &Connection,
    body_id: Option<i64>,
    messages: &Messages,
) -> Result<Vec<VoteSummary>> {
    let mut statement = conn.prepare(
        "SELECT v.id, v.body_id, b.name, v.motion, v.method, v.outcome, v.report, v.closed_at, v.corrects_vote_id,
                (SELECT c.id FROM votes c WHERE c.corrects_vote_id = v.id ORDER BY c.id DESC LIMIT 1)
         FROM votes v JOIN bodies b ON b.id = v.body_id
         WHERE ?1 IS NULL OR v.body_id = ?1
         ORDER BY v.closed_at DESC, v.id DESC",
    )?;
    let rows = statement.query_map([body_id], |row| {
        let method: String = row.get(4)?;
        Ok(VoteSummary {
            id: row.get(0)?,
            body_id: row.get(1)?,
            body_name: row.get(2)?,
            motion: row.get(3)?,
            method: VoteMethod::parse(&method).unwrap_or(VoteMethod::RollCall),
            outcome: row.get(5)?,
            explanation: explain(
                &parse_json::<TallyReport>(6, &row.get::<_, String>(6)?)?,
                messages,
            ),
            closed_at: row.get(7)?,
            corrects: row.get(8)?,
            corrected_by: row.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn record_from_row(row: &Row, protocol: ProtocolVersion) -> rusqlite::Result<VoteRecord> {
    let method: String = row.get(4)?;
    let roll: String = row.get(5)?;
    let ballots: String = row.get(6)?;
    let report: String = row.get(7)?;
    Ok(VoteRecord {
        id: row.get(0)?,
        body_id: row.get(1)?,
        protocol,
        motion: row.get(3)?,
        method: VoteMethod::parse(&method).unwrap_or(VoteMethod::RollCall),
        roll: parse_json(5, &roll)?,
        ballots: parse_json(6, &ballots)?,
        report: parse_json(7, &report)?,
        closed_at: row.get(8)?,
        closed_by: row.get(9)?,
        corrects: row.get(10)?,
        correction_reason: row.get(11)?,
        corrected_by: row.get(12)?,
    })
}

fn outcome_code(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Carried => "carried",
        Outcome::Rejected { .. } => "rejected",
        Outcome::NoQuorum { .. } => "no_quorum",
    }
}
