//! Bodies (plenary, committees, working groups) and their composition.

use serde::{Deserialize, Serialize};

use crate::{ApiResult, Partnership};
use pacta_core::{Body, BodyDraft, Membership, MembershipDraft};
use pacta_store::bodies;

/// A body with the organisations that sit in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BodyDetail {
    pub body: Body,
    pub members: Vec<Membership>,
}

pub fn list(partnership: &Partnership) -> ApiResult<Vec<Body>> {
    Ok(bodies::list(partnership.conn())?)
}

pub fn detail(partnership: &Partnership, id: i64) -> ApiResult<BodyDetail> {
    let conn = partnership.conn();
    Ok(BodyDetail {
        body: bodies::get(conn, id)?,
        members: bodies::members_of(conn, id)?,
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
