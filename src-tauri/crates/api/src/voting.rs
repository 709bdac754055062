//! Voting use cases: a body adopts protocols, a vote is tallied against the body's own roll,
//! and closing it stores everything in one transaction — or nothing, when it cannot be tallied.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::text;
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{
    explain, tally, Ballots, Invalid, Paper, Protocol, ProtocolError, ProtocolVersion, Roll,
    RollMember, TallyReport, VoteRecord, VoteSummary,
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
    invalid_vote(&error)
}

/// `InvalidVote`, saying why the roll and ballots cannot be tallied.
pub fn invalid_vote(error: &Invalid) -> ApiError {
    ApiError::new(ErrorCode::InvalidVote, invalid_said(error))
}

/// `InvalidVote`, saying why the catalogue rules the protocol out.
pub fn invalid_protocol(error: &ProtocolError) -> ApiError {
    ApiError::new(ErrorCode::InvalidVote, protocol_error_said(error))
}

/// Why a protocol is ruled out, as a sentence; requirements and rules are numbered from 1.
pub fn protocol_error_said(error: &ProtocolError) -> Said {
    match error {
        ProtocolError::NoRequirement => Said::new("error-protocol-no-requirement"),
        ProtocolError::ThresholdOutOfRange { requirement } => said!(
            "error-protocol-threshold-range",
            requirement = requirement + 1
        ),
        ProtocolError::QuorumOutOfRange { rule } => {
            said!("error-protocol-quorum-range", rule = rule + 1)
        }
        ProtocolError::ConsensusNeedsVotesCast { requirement } => said!(
            "error-protocol-consensus-votes-cast",
            requirement = requirement + 1
        ),
        ProtocolError::ChambersEqualNeedsBody { requirement } => said!(
            "error-protocol-chambers-equal",
            requirement = requirement + 1
        ),
        ProtocolError::UnnamedChamber { requirement } => said!(
            "error-protocol-unnamed-chamber",
            requirement = requirement + 1
        ),
        ProtocolError::SplitVotesNeedWeighted { requirement } => said!(
            "error-protocol-split-needs-weights",
            requirement = requirement + 1
        ),
        ProtocolError::ProxyCapZero => Said::new("error-protocol-proxy-cap-zero"),
        ProtocolError::CastingVoteNotAllowed => Said::new("error-protocol-casting-vote"),
    }
}

/// Why a roll and its ballots cannot be tallied, as a sentence. Members are named by their
/// roll id, as the roll gives them.
pub fn invalid_said(error: &Invalid) -> Said {
    match error {
        Invalid::Protocol(error) => protocol_error_said(error),
        Invalid::NoEntitledMember => Said::new("error-vote-no-entitled-member"),
        Invalid::DuplicateRollMember { member } => {
            said!("error-vote-duplicate-roll-member", member = member)
        }
        Invalid::ZeroWeight { member } => said!("error-vote-zero-weight", member = member),
        Invalid::UnknownChamber { chamber } => {
            said!("error-vote-unknown-chamber", chamber = chamber)
        }
        Invalid::NotOnRoll { member } => said!("error-vote-not-on-roll", member = member),
        Invalid::NotEntitled { member, why } => {
            // The core gives its reason in English words; they are matched back to a key so
            // that the reason reads in the reader's language.
            let reason = match why.as_str() {
                "the member is suspended" => "suspended",
                "the member has withdrawn" => "withdrawn",
                "observers do not vote" => "observer",
                "technical advisers do not vote" => "technical-adviser",
                "the secretariat does not vote" => "secretariat",
                _ => "other",
            };
            said!("error-vote-not-entitled", member = member, reason = reason)
        }
        Invalid::Absent { member } => said!("error-vote-absent", member = member),
        Invalid::DuplicateBallot { member } => {
            said!("error-vote-duplicate-ballot", member = member)
        }
        Invalid::ProxiesNotAllowed => Said::new("error-vote-proxies-not-allowed"),
        Invalid::ProxyForPresentMember { member } => {
            said!("error-vote-proxy-for-present", member = member)
        }
        Invalid::DuplicateProxy { member } => said!("error-vote-duplicate-proxy", member = member),
        Invalid::ProxyHolderAbsent { holder, member } => said!(
            "error-vote-proxy-holder-absent",
            holder = holder,
            member = member
        ),
        Invalid::ProxyHolderNotEntitled { holder, member } => said!(
            "error-vote-proxy-holder-not-entitled",
            holder = holder,
            member = member
        ),
        Invalid::ProxyChain { holder } => said!("error-vote-proxy-chain", holder = holder),
        Invalid::ProxyOverCap { holder, held, cap } => said!(
            "error-vote-proxy-over-cap",
            holder = holder,
            held = *held,
            cap = *cap
        ),
        Invalid::SplitNotAllowed { member } => {
            said!("error-vote-split-not-allowed", member = member)
        }
        Invalid::SplitMismatch {
            member,
            given,
            weight,
        } => said!(
            "error-vote-split-mismatch",
            member = member,
            given = *given,
            weight = *weight
        ),
        Invalid::SplitOutsideRollCall => Said::new("error-vote-split-outside-roll-call"),
        Invalid::PresidingMemberVoted { member } => {
            said!("error-vote-presiding-member-voted", member = member)
        }
        Invalid::NoPresidingMember => Said::new("error-vote-no-presiding-member"),
        Invalid::SeveralPresidingMembers => Said::new("error-vote-several-presiding-members"),
        Invalid::CastingVoteNotGranted => Said::new("error-vote-casting-vote-not-granted"),
        Invalid::CastingVoteNotYesOrNo => Said::new("error-vote-casting-vote-not-yes-or-no"),
        Invalid::CastingVoteMissing => Said::new("error-vote-casting-vote-missing"),
        Invalid::TooManyHands {
            group,
            counted,
            eligible,
        } => said!(
            "error-vote-too-many-hands",
            group = group_said(group),
            counted = *counted,
            eligible = *eligible
        ),
        Invalid::PapersMismatch { papers, voters } => said!(
            "error-vote-papers-mismatch",
            papers = *papers,
            voters = *voters
        ),
        Invalid::PapersDoNotMatchVoters { group } => {
            said!("error-vote-papers-do-not-match", group = group_said(group))
        }
    }
}

/// A group of voters as the core names it, "<chamber> with weight <n>" (English words, or
/// "members without a chamber" / "no chamber"), said again from its chamber and weight.
fn group_said(group: &str) -> Said {
    let Some((chamber, weight)) = group.rsplit_once(" with weight ") else {
        return said!("error-vote-group-unnamed", group = group);
    };
    match chamber {
        "members without a chamber" | "no chamber" => {
            said!("error-vote-group-no-chamber", weight = weight)
        }
        chamber => said!("error-vote-group", chamber = chamber, weight = weight),
    }
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
        .map_err(|error| invalid_protocol(&error))?;
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
            said!(
                "error-vote-stranger",
                member = &stranger.id,
                body = &body.name
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
            Said::new("error-vote-protocol-of-another-body"),
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
        .map_err(|error| invalid_protocol(&error))?;
    Ok(pacta_core::voting::describe(protocol, messages))
}
