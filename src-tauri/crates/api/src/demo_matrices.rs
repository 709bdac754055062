//! The demo's responsibility matrix: the shelter template for the parties of the draft
//! data-sharing agreement, annexed to it, with one deliberate finding left to fix (two
//! parties accountable for the second activity).

use crate::matrices::attach_in;
use crate::ApiResult;
use pacta_core::matrix::{DurationUnit, MatrixParty, MatrixTemplateCode, Raci, WorkDuration};
use pacta_core::Stamp;
use pacta_store::{agreements, matrices, organisations, Connection};

pub(crate) fn load(conn: &Connection, stamp: &Stamp, draft_agreement: i64) -> ApiResult<()> {
    let draft = agreements::latest(conn, draft_agreement)?;
    let mut parties = Vec::new();
    for party in &draft.text.parties {
        let organisation = organisations::get(conn, party.organisation_id)?;
        parties.push(MatrixParty {
            organisation_id: organisation.id,
            name: organisation.name,
            short_name: organisation.acronym,
        });
    }
    let columns: Vec<i64> = parties.iter().map(|p| p.organisation_id).collect();
    let funder = parties[0].name.clone();
    let mut content = MatrixTemplateCode::Shelter.content(parties, false);
    let n = columns.len();
    for (row, activity) in content.activities.iter_mut().enumerate() {
        activity.set(columns[row % n], Some(Raci::Accountable));
        activity.set(columns[(row + 1) % n], Some(Raci::Responsible));
        activity.set(columns[(row + 2) % n], Some(Raci::Informed));
        if activity.needs_funding {
            activity.funder = funder.clone();
        }
        if row % 3 == 0 {
            activity.duration = Some(WorkDuration {
                amount: 6,
                unit: DurationUnit::Months,
            });
        }
    }
    if let Some(first) = content.activities.first_mut() {
        first.note = "The shelter's address is never shared outside the partnership; \
                      case files stay with the shelter's social worker."
            .into();
    }
    if let Some(second) = content.activities.get_mut(1) {
        second.set(columns[(1 + 2) % n], Some(Raci::Accountable));
    }
    let matrix = matrices::create(
        conn,
        stamp,
        Some(MatrixTemplateCode::Shelter.code()),
        &content,
    )?;
    attach_in(conn, stamp, draft_agreement, matrix)
}
