//! Voting use cases: a body adopts protocols, a vote is tallied against the body's own roll,
//! and closing it stores everything in one transaction — or nothing, when it cannot be tallied.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::text;
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{
    explain, tally, Ballots, Invalid, Paper, Protocol, ProtocolVersion, Roll, RollMember,
    TallyReport, VoteRecord, VoteSummary,
};
use pacta_core::Field;
use pacta_messages::Messages;
use pacta_store::{bodies, organisations, protocols, votes, Connection};

/// A motion put to the vote, as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct VoteInput {
    pub body_id: i64,
    pub protocol_id: i64,
    pub motion: String,
    /// Who is present, who presides, who holds whose proxy; roles, weights and chambers are
    /// taken from the registry, whatever the input says.
    pub roll: Roll,
    pub ballots: Ballots,
}

fn invalid(error: Invalid) -> ApiError {
    ApiError::new(ErrorCode::InvalidVote, error.to_string())
}

/// Adopts `protocol` as the next version of the body's protocol called `name`.
pub fn adopt_protocol(
    partnership: &mut Partnership,
    body_id: i64,
    name: &str,
    preset: Option<Preset>,
    protocol: &Protocol,
) -> ApiResult<ProtocolVersion> {
    protocol
        .validate()
        .map_err(|error| ApiError::new(ErrorCode::InvalidVote, error.to_string()))?;
    let name = text::required(Field::Name, name, 100)?;
    partnership.write(|conn, stamp| {
        Ok(protocols::save(
            conn, stamp, body_id, &name, preset, protocol,
        )?)
    })
}

/// The current version of every protocol, of one body or of all.
pub fn protocols(
    partnership: &Partnership,
    body_id: Option<i64>,
) -> ApiResult<Vec<ProtocolVersion>> {
    Ok(protocols::current(partnership.conn(), body_id)?)
}

pub fn protocol(partnership: &Partnership, id: i64) -> ApiResult<ProtocolVersion> {
    Ok(protocols::get(partnership.conn(), id)?)
}

/// The body's roll from the registry, with presence, presiding member and proxies from `attendance`.
pub fn roll_for_body(
    partnership: &Partnership,
    body_id: i64,
    attendance: &Roll,
) -> ApiResult<Roll> {
    body_roll(partnership.conn(), body_id, attendance)
}

pub(crate) fn body_roll(conn: &Connection, body_id: i64, attendance: &Roll) -> ApiResult<Roll> {
    let body = bodies::get(conn, body_id)?;
    let seats = bodies::members_of(conn, body_id)?;
    let given: BTreeMap<&str, &RollMember> = attendance
        .members
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    if let Some(stranger) = attendance
        .members
        .iter()
        .find(|m| !seats.iter().any(|s| s.organisation_id.to_string() == m.id))
    {
        return Err(ApiError::new(
            ErrorCode::InvalidVote,
            format!(
                "{} does not sit in {} (roll ids are organisation ids of the body's members)",
                stranger.id, body.name
            ),
        ));
    }
    let mut members = Vec::with_capacity(seats.len());
    for seat in seats {
        let organisation = organisations::get(conn, seat.organisation_id)?;
        let id = seat.organisation_id.to_string();
        let entry = given.get(id.as_str());
        members.push(RollMember {
            name: organisation.name,
            chamber: organisation.chamber,
            weight: seat.weight,
            role: seat.role,
            status: organisation.status,
            present: entry.is_some_and(|m| m.present),
            presiding: entry.is_some_and(|m| m.presiding),
            id,
        });
    }
    Ok(Roll {
        members,
        proxies: attendance.proxies.clone(),
    })
}

/// The tally as ballots are entered: writes nothing.
pub fn preview(partnership: &Partnership, input: &VoteInput) -> ApiResult<TallyReport> {
    let (protocol, roll) = prepare(partnership.conn(), input)?;
    let mut report = tally(&protocol.protocol, &roll, &input.ballots).map_err(invalid)?;
    report.explanation = explain(&report, partnership.messages());
    Ok(report)
}

/// The record with its explanation in the reader's language; the file keeps the English one
/// it was sealed with.
pub(crate) fn in_reader_language(mut record: VoteRecord, messages: &Messages) -> VoteRecord {
    record.report.explanation = explain(&record.report, messages);
    record
}

fn prepare(conn: &Connection, input: &VoteInput) -> ApiResult<(ProtocolVersion, Roll)> {
    let protocol = protocols::get(conn, input.protocol_id)?;
    if protocol.body_id != input.body_id {
        return Err(ApiError::new(
            ErrorCode::InvalidVote,
            "this protocol belongs to another body",
        ));
    }
    Ok((protocol, body_roll(conn, input.body_id, &input.roll)?))
}

/// Tallies and closes a vote in one transaction; an input that cannot be tallied stores nothing.
pub fn close(partnership: &mut Partnership, input: &VoteInput) -> ApiResult<VoteRecord> {
    record(partnership, input, None)
}

/// Records a correction of a closed vote: a new vote that references it, with the reason.
pub fn correct(
    partnership: &mut Partnership,
    vote_id: i64,
    reason: &str,
    input: &VoteInput,
) -> ApiResult<VoteRecord> {
    let reason = text::required(Field::Reason, reason, 2000)?;
    record(partnership, input, Some((vote_id, reason)))
}

fn record(
    partnership: &mut Partnership,
    input: &VoteInput,
    corrects: Option<(i64, String)>,
) -> ApiResult<VoteRecord> {
    let motion = text::required(Field::Name, &input.motion, 2000)?;
    let messages = partnership.messages();
    partnership.write(|conn, stamp| {
        let corrects = corrects.as_ref().map(|(id, reason)| (*id, reason.as_str()));
        let id = close_within(conn, stamp, input, &motion, corrects)?;
        Ok(in_reader_language(votes::get(conn, id)?, messages))
    })
}

/// Tallies and stores a vote inside the caller's transaction; returns its id.
pub(crate) fn close_within(
    conn: &Connection,
    stamp: &pacta_core::Stamp,
    input: &VoteInput,
    motion: &str,
    corrects: Option<(i64, &str)>,
) -> ApiResult<i64> {
    let (protocol, roll) = prepare(conn, input)?;
    let report = tally(&protocol.protocol, &roll, &input.ballots).map_err(invalid)?;
    Ok(votes::insert(
        conn,
        stamp,
        &votes::ClosedVote {
            body_id: input.body_id,
            protocol_id: protocol.id,
            motion,
            roll: &roll,
            ballots: &input.ballots,
            report: &report,
            corrects,
        },
    )?)
}

pub fn list(partnership: &Partnership, body_id: Option<i64>) -> ApiResult<Vec<VoteSummary>> {
    Ok(votes::list(
        partnership.conn(),
        body_id,
        partnership.messages(),
    )?)
}

pub fn get(partnership: &Partnership, id: i64) -> ApiResult<VoteRecord> {
    Ok(in_reader_language(
        votes::get(partnership.conn(), id)?,
        partnership.messages(),
    ))
}

/// Turns named ballots into anonymous papers and the list of who voted, for a secret ballot
/// entered member by member.
pub fn as_secret(partnership: &Partnership, input: &VoteInput) -> ApiResult<Ballots> {
    as_secret_within(partnership.conn(), input)
}

pub(crate) fn as_secret_within(conn: &Connection, input: &VoteInput) -> ApiResult<Ballots> {
    let roll = body_roll(conn, input.body_id, &input.roll)?;
    match &input.ballots {
        Ballots::RollCall { ballots, casting } => {
            let mut papers = Vec::with_capacity(ballots.len());
            for ballot in ballots {
                let member = roll.member(&ballot.member).ok_or_else(|| {
                    invalid(Invalid::NotOnRoll {
                        member: ballot.member.clone(),
                    })
                })?;
                let choice = match &ballot.choice {
                    pacta_core::voting::BallotChoice::Choice(choice) => *choice,
                    pacta_core::voting::BallotChoice::Split(_) => {
                        return Err(invalid(Invalid::SplitOutsideRollCall))
                    }
                };
                papers.push(Paper {
                    chamber: member.chamber.clone(),
                    weight: member.weight,
                    choice,
                });
            }
            let voted = ballots.iter().map(|b| b.member.clone()).collect();
            Ok(Ballots::Secret {
                papers,
                voted,
                casting: *casting,
            })
        }
        other => Ok(other.clone()),
    }
}

/// Rewording a closed vote's motion: the store refuses it, as it refuses any change to a
/// closed vote; the answer says to record a correction instead.
pub fn edit_motion(
    partnership: &mut Partnership,
    vote_id: i64,
    motion: &str,
) -> ApiResult<VoteRecord> {
    partnership.write(|conn, _| {
        votes::set_motion(conn, vote_id, motion)?;
        Ok(votes::get(conn, vote_id)?)
    })
}

/// A preset with its protocol and what it means in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PresetProtocol {
    pub preset: Preset,
    pub protocol: Protocol,
    pub description: String,
}

/// The presets, described in `messages`' language.
pub fn presets(messages: &Messages) -> Vec<PresetProtocol> {
    Preset::ALL
        .iter()
        .map(|preset| {
            let protocol = preset.protocol();
            PresetProtocol {
                preset: *preset,
                description: pacta_core::voting::describe(&protocol, messages),
                protocol,
            }
        })
        .collect()
}

/// What a protocol means, or why the catalogue rules it out.
pub fn describe(protocol: &Protocol, messages: &Messages) -> ApiResult<String> {
    protocol
        .validate()
        .map_err(|error| ApiError::new(ErrorCode::InvalidVote, error.to_string()))?;
    Ok(pacta_core::voting::describe(protocol, messages))
}
