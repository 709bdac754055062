//! Bodies (plenary, committees, working groups) and their composition.

use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail};
use pacta_core::meeting::{validate_distribution, MinutesRules, Recipient};
use pacta_core::{Body, BodyDraft, Membership, MembershipDraft};
use pacta_store::{bodies, Connection};

/// A body with the organisations that sit in it, and its rules for minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BodyDetail {
    pub body: Body,
    pub members: Vec<Membership>,
    pub minutes_rules: MinutesRules,
}

pub fn list(partnership: &Partnership) -> ApiResult<Vec<Body>> {
    Ok(bodies::list(partnership.conn())?)
}

pub fn detail(partnership: &Partnership, id: i64) -> ApiResult<BodyDetail> {
    detail_within(partnership.conn(), id)
}

fn detail_within(conn: &Connection, id: i64) -> ApiResult<BodyDetail> {
    Ok(BodyDetail {
        body: bodies::get(conn, id)?,
        members: bodies::members_of(conn, id)?,
        minutes_rules: bodies::minutes_rules(conn, id)?,
    })
}

pub fn create(partnership: &mut Partnership, draft: &BodyDraft) -> ApiResult<Body> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        let id = bodies::insert(conn, stamp, &valid)?;
        Ok(bodies::get(conn, id)?)
    })
}

pub fn update(partnership: &mut Partnership, id: i64, draft: &BodyDraft) -> ApiResult<Body> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        bodies::update(conn, stamp, id, &valid)?;
        Ok(bodies::get(conn, id)?)
    })
}

/// Seats an organisation in a body with a role, office and weight (or changes its seat).
pub fn seat(
    partnership: &mut Partnership,
    body_id: i64,
    organisation_id: i64,
    draft: &MembershipDraft,
) -> ApiResult<Membership> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        let id = bodies::set_membership(conn, stamp, body_id, organisation_id, &valid)?;
        Ok(bodies::membership(conn, id)?)
    })
}

pub fn unseat(partnership: &mut Partnership, membership_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(bodies::remove_membership(conn, stamp, membership_id)?))
}

/// Replaces the body's distribution list: the default recipients of its minutes. Each entry
/// needs a valid address; a refusal places each problem by its 1-based row in the list.
pub fn set_distribution(
    partnership: &mut Partnership,
    body_id: i64,
    list: &[Recipient],
) -> ApiResult<BodyDetail> {
    let valid = validate_distribution(list).map_err(|problems| {
        let details: Vec<ProblemDetail> = problems
            .iter()
            .map(|(index, problem)| {
                let said = said!(
                    "error-recipient",
                    recipient = index + 1,
                    problem = crate::error::problem_said(problem)
                );
                ProblemDetail::of_problem(problem)
                    .at_row(u32::try_from(index + 1).ok())
                    .saying(said)
            })
            .collect();
        let code = match details.as_slice() {
            [only] => only.code,
            _ => ErrorCode::ValidationFailed,
        };
        ApiError::joining(code, details)
    })?;
    partnership.write(|conn, stamp| {
        bodies::set_distribution(conn, stamp, body_id, &valid)?;
        detail_within(conn, body_id)
    })
}

/// Whether the chair may approve the body's minutes alone (otherwise a decision of a later
/// meeting approves them).
pub fn set_chair_approves_minutes(
    partnership: &mut Partnership,
    body_id: i64,
    allowed: bool,
) -> ApiResult<BodyDetail> {
    partnership.write(|conn, stamp| {
        bodies::set_chair_approves_minutes(conn, stamp, body_id, allowed)?;
        detail_within(conn, body_id)
    })
}
