//! The member registry's use cases.

use serde::{Deserialize, Serialize};

use crate::{ApiResult, Partnership};
use pacta_core::{
    ActivityEntry, MemberPage, MemberQuery, MemberStatus, Membership, Organisation,
    OrganisationDraft, Representative, RepresentativeDraft, StatusChange, StatusChangeDraft,
};
use pacta_store::{activity, bodies, member_search, organisations, representatives};

/// Everything the member page shows about one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MemberDetail {
    pub organisation: Organisation,
    pub representatives: Vec<Representative>,
    pub seats: Vec<Membership>,
    pub status_history: Vec<StatusChange>,
    pub activity: Vec<ActivityEntry>,
}

pub fn list(partnership: &Partnership, query: &MemberQuery) -> ApiResult<MemberPage> {
    Ok(member_search::search(partnership.conn(), query)?)
}

pub fn detail(partnership: &Partnership, id: i64) -> ApiResult<MemberDetail> {
    let conn = partnership.conn();
    Ok(MemberDetail {
        organisation: organisations::get(conn, id)?,
        representatives: representatives::of_organisation(conn, id)?,
        seats: bodies::seats_of(conn, id)?,
        status_history: organisations::status_history(conn, id)?,
        activity: activity::in_language(
            activity::recent(conn, Some(("organisation", id)), 50)?,
            partnership.messages(),
        ),
    })
}

/// Adds a member organisation, active from the day it joined.
pub fn create(partnership: &mut Partnership, draft: &OrganisationDraft) -> ApiResult<Organisation> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        let id = organisations::insert(conn, stamp, &valid, MemberStatus::Active)?;
        Ok(organisations::get(conn, id)?)
    })
}

pub fn update(
    partnership: &mut Partnership,
    id: i64,
    draft: &OrganisationDraft,
) -> ApiResult<Organisation> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        organisations::update(conn, stamp, id, &valid)?;
        Ok(organisations::get(conn, id)?)
    })
}

pub fn delete(partnership: &mut Partnership, id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(organisations::delete(conn, stamp, id)?))
}

/// Records a dated, explained change of status (suspension, withdrawal, return).
pub fn change_status(
    partnership: &mut Partnership,
    id: i64,
    draft: &StatusChangeDraft,
) -> ApiResult<Organisation> {
    partnership.write(|conn, stamp| {
        let current = organisations::get(conn, id)?;
        let change = draft.validate(current.status, current.joined_on)?;
        organisations::change_status(conn, stamp, id, &change)?;
        Ok(organisations::get(conn, id)?)
    })
}

pub fn add_representative(
    partnership: &mut Partnership,
    organisation_id: i64,
    draft: &RepresentativeDraft,
) -> ApiResult<Representative> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        let id = representatives::insert(conn, stamp, organisation_id, &valid)?;
        Ok(representatives::get(conn, id)?)
    })
}

pub fn update_representative(
    partnership: &mut Partnership,
    id: i64,
    draft: &RepresentativeDraft,
) -> ApiResult<Representative> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        representatives::update(conn, stamp, id, &valid)?;
        Ok(representatives::get(conn, id)?)
    })
}

pub fn remove_representative(partnership: &mut Partnership, id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(representatives::delete(conn, stamp, id)?))
}

/// The partnership-wide activity timeline, newest first.
pub fn recent_activity(partnership: &Partnership, limit: u32) -> ApiResult<Vec<ActivityEntry>> {
    Ok(activity::in_language(
        activity::recent(partnership.conn(), None, limit)?,
        partnership.messages(),
    ))
}
