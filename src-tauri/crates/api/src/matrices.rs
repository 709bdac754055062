//! Responsibility matrices: created from a template for chosen members, edited in the grid,
//! checked live, annexed to agreements (and frozen with them once signed), turned into action
//! items, and listed on each member's page.

use pacta_messages::{message, Messages};
use pacta_store::Connection;
use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::agreement::{references_matrix, AgreementVersion, Language, Section};
use pacta_core::matrix::{
    check, Duty, MatrixContent, MatrixFinding, MatrixParty, MatrixProblem, MatrixSummary,
    MatrixTemplateCode, MatrixVersion, Raci,
};
use pacta_core::meeting::{ActionDraft, ActionItem};
use pacta_core::{ActivityEntry, Field, IsoDate, Stamp};
use pacta_store::{activity, agreements, matrices, organisations};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewMatrix {
    /// Empty: the template's title.
    pub title: String,
    pub template: Option<MatrixTemplateCode>,
    /// The member organisations that become the columns, in order.
    pub party_ids: Vec<i64>,
    /// Headings of the template in French.
    pub french: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixTemplateInfo {
    pub code: MatrixTemplateCode,
    pub title: String,
    pub title_fr: String,
    pub activities: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixVersionInfo {
    pub id: i64,
    pub number: u32,
    pub frozen: bool,
    pub created_at: String,
}

/// An agreement version the matrix is annexed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AnnexedTo {
    pub agreement_id: i64,
    pub reference: String,
    pub version: u32,
    /// Signed: the matrix version annexed to it is frozen.
    pub signed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixDetail {
    pub version: MatrixVersion,
    pub versions: Vec<MatrixVersionInfo>,
    pub findings: Vec<MatrixFinding>,
    pub annexed_to: Vec<AnnexedTo>,
    pub history: Vec<ActivityEntry>,
}

pub fn templates() -> Vec<MatrixTemplateInfo> {
    MatrixTemplateCode::ALL
        .iter()
        .map(|code| MatrixTemplateInfo {
            code: *code,
            title: code.title(false).to_string(),
            title_fr: code.title(true).to_string(),
            activities: code.content(Vec::new(), false).activities.len() as u32,
        })
        .collect()
}

/// The findings of a matrix being edited, before it is saved: the grid asks on each change.
pub fn findings(content: &MatrixContent) -> Vec<MatrixFinding> {
    check(content)
}

fn parties_from_registry(conn: &Connection, ids: &[i64]) -> ApiResult<Vec<MatrixParty>> {
    ids.iter()
        .map(|id| {
            let organisation = organisations::get(conn, *id)?;
            Ok(MatrixParty {
                organisation_id: organisation.id,
                name: organisation.name,
                short_name: organisation.acronym,
            })
        })
        .collect()
}

/// Refuses a matrix that cannot be stored: structural problems (see `MatrixContent::validate`)
/// and columns for organisations that are not in the registry.
fn validate(conn: &Connection, content: &MatrixContent) -> ApiResult<()> {
    let mut problems = content.validate().err().unwrap_or_default();
    for party in &content.parties {
        if !organisations::exists(conn, party.organisation_id)? {
            problems.0.push(MatrixProblem::NotAMember {
                organisation_id: party.organisation_id,
                name: party.name.clone(),
            });
        }
    }
    if problems.0.is_empty() {
        Ok(())
    } else {
        Err(ApiError::from(problems))
    }
}

pub fn create(partnership: &mut Partnership, new: &NewMatrix) -> ApiResult<i64> {
    let parties = parties_from_registry(partnership.conn(), &new.party_ids)?;
    let mut content = match new.template {
        Some(template) => template.content(parties, new.french),
        None => {
            let mut content = MatrixContent::empty("");
            content.parties = parties;
            content
        }
    };
    if !new.title.trim().is_empty() {
        content.title = new.title.trim().to_string();
    }
    create_with_content(partnership, new.template, &content)
}

/// Stores a matrix built elsewhere (an import, the demo) as a new matrix.
pub fn create_with_content(
    partnership: &mut Partnership,
    template: Option<MatrixTemplateCode>,
    content: &MatrixContent,
) -> ApiResult<i64> {
    partnership.write(|conn, stamp| {
        validate(conn, content)?;
        Ok(matrices::create(
            conn,
            stamp,
            template.map(|t| t.code()),
            content,
        )?)
    })
}

/// Saves the grid into its version; a frozen version is refused (start a new version).
pub fn save(
    partnership: &mut Partnership,
    version_id: i64,
    content: &MatrixContent,
) -> ApiResult<Vec<MatrixFinding>> {
    partnership.write(|conn, stamp| {
        let version = matrices::version(conn, version_id)?;
        if version.frozen {
            return Err(frozen(&version));
        }
        validate(conn, content)?;
        matrices::save(conn, stamp, version_id, content)?;
        Ok(check(content))
    })
}

fn frozen(version: &MatrixVersion) -> ApiError {
    ApiError::new(
        ErrorCode::Immutable,
        said!(
            "error-matrix-annexed-frozen",
            version = version.number,
            matrix = &version.reference
        ),
    )
}

/// Starts the next version from the latest one; drafts it is annexed to follow it.
pub fn new_version(partnership: &mut Partnership, matrix_id: i64) -> ApiResult<MatrixDetail> {
    partnership.write(|conn, stamp| Ok(matrices::new_version(conn, stamp, matrix_id)?))?;
    detail(partnership, matrix_id)
}

pub fn list(partnership: &Partnership) -> ApiResult<Vec<MatrixSummary>> {
    let conn = partnership.conn();
    matrices::list_latest(conn)?
        .into_iter()
        .map(|version| {
            let annexed_to = matrices::agreements_of_matrix_version(conn, version.id)?
                .into_iter()
                .map(|link| link.agreement_reference)
                .collect();
            Ok(version.summary(annexed_to))
        })
        .collect()
}

pub fn detail(partnership: &Partnership, matrix_id: i64) -> ApiResult<MatrixDetail> {
    let conn = partnership.conn();
    let versions = matrices::versions(conn, matrix_id)?;
    let version = versions
        .last()
        .cloned()
        .ok_or(pacta_store::StoreError::NotFound {
            kind: "matrix",
            id: matrix_id,
        })?;
    let annexed_to = matrices::agreements_of_matrix_version(conn, version.id)?
        .into_iter()
        .map(|link| AnnexedTo {
            agreement_id: link.agreement_id,
            reference: link.agreement_reference,
            version: link.agreement_version_number,
            signed: link.frozen,
        })
        .collect();
    Ok(MatrixDetail {
        findings: check(&version.content),
        versions: versions
            .iter()
            .map(|v| MatrixVersionInfo {
                id: v.id,
                number: v.number,
                frozen: v.frozen,
                created_at: v.created_at.clone(),
            })
            .collect(),
        annexed_to,
        history: activity::in_language(
            activity::recent(conn, Some(("matrix", matrix_id)), 200)?,
            partnership.messages(),
        ),
        version,
    })
}

/// One version of a matrix, to show an earlier one.
pub fn version(partnership: &Partnership, matrix_id: i64, number: u32) -> ApiResult<MatrixVersion> {
    version_by_number(partnership.conn(), matrix_id, Some(number))
}

/// A version by number, or the latest.
pub fn version_by_number(
    conn: &Connection,
    matrix_id: i64,
    number: Option<u32>,
) -> ApiResult<MatrixVersion> {
    let versions = matrices::versions(conn, matrix_id)?;
    let chosen = match number {
        None => versions.last(),
        Some(n) => versions.iter().find(|v| v.number == n),
    };
    chosen.cloned().ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotFound,
            match number {
                Some(n) => said!("error-matrix-no-version", matrix = matrix_id, version = n),
                None => said!("error-not-found", kind = "matrix", id = matrix_id),
            },
        )
    })
}

/// Annexes the matrix's latest version to the agreement's latest, unsigned, version, and adds
/// a clause referencing it to the responsibilities section when none does yet.
pub fn attach(partnership: &mut Partnership, agreement_id: i64, matrix_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| attach_in(conn, stamp, agreement_id, matrix_id))
}

pub(crate) fn attach_in(
    conn: &Connection,
    stamp: &Stamp,
    agreement_id: i64,
    matrix_id: i64,
) -> ApiResult<()> {
    let agreement = agreements::latest(conn, agreement_id)?;
    annexes_may_change(&agreement)?;
    let matrix = matrices::latest(conn, matrix_id)?;
    matrices::attach(conn, stamp, agreement.id, matrix.id)?;
    if !references_matrix(&agreement.text, &matrix) {
        let mut text = agreement.text.clone();
        add_reference_clause(&mut text, &matrix);
        agreements::update_text(conn, stamp, agreement.id, &text)?;
    }
    Ok(())
}

/// Once a party has signed a version, what it signed (annexes included) stays as it was.
fn annexes_may_change(agreement: &AgreementVersion) -> ApiResult<()> {
    if agreement.frozen {
        return Err(ApiError::new(
            ErrorCode::Immutable,
            Said::new("error-annex-to-signed"),
        ));
    }
    if !agreement.signatures.is_empty() {
        return Err(ApiError::new(
            ErrorCode::LifecycleRefused,
            Said::new("error-annex-while-signing"),
        ));
    }
    Ok(())
}

fn add_reference_clause(text: &mut pacta_core::agreement::AgreementText, matrix: &MatrixVersion) {
    let clause = |language: Language| {
        let title = if language == Language::Fr && !matrix.content.title_fr.trim().is_empty() {
            &matrix.content.title_fr
        } else {
            &matrix.content.title
        };
        message!(
            Messages::of(language.locale()),
            "matrix-reference-clause",
            reference = &matrix.reference,
            title = title
        )
    };
    let next_id = text.next_clause_id();
    let main = clause(text.language);
    text.push_clause(Section::Responsibilities, next_id, main);
    if let Some(translation) = text.translation.as_mut() {
        let other = clause(translation.language);
        translation.push_clause(Section::Responsibilities, next_id, other);
    }
}

pub fn detach(partnership: &mut Partnership, agreement_id: i64, matrix_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| {
        let agreement = agreements::latest(conn, agreement_id)?;
        annexes_may_change(&agreement)?;
        let annexed = matrices::annexed_to_agreement_version(conn, agreement.id)?;
        let Some(matrix) = annexed.iter().find(|m| m.matrix_id == matrix_id) else {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                said!("error-matrix-not-annexed", matrix = matrix_id),
            ));
        };
        Ok(matrices::detach(conn, stamp, agreement.id, matrix.id)?)
    })
}

/// Every activity, in each matrix's latest version, the member is Responsible or Accountable for.
pub fn duties_of(partnership: &Partnership, organisation_id: i64) -> ApiResult<Vec<Duty>> {
    let mut duties = Vec::new();
    for version in matrices::list_latest(partnership.conn())? {
        for activity in &version.content.activities {
            if let Some(raci @ (Raci::Responsible | Raci::Accountable)) =
                activity.raci_of(organisation_id)
            {
                duties.push(Duty {
                    matrix_id: version.matrix_id,
                    matrix_reference: version.reference.clone(),
                    matrix_title: version.content.title.clone(),
                    activity_id: activity.id,
                    heading: activity.heading.clone(),
                    activity: activity.label.clone(),
                    raci,
                });
            }
        }
    }
    Ok(duties)
}

/// Turns a row (or one of its cells) into an action item of a meeting, owned by the party
/// responsible for it: `owner` when given, else the row's only Responsible.
pub fn action_from_activity(
    partnership: &mut Partnership,
    matrix_id: i64,
    activity_id: u32,
    meeting_id: i64,
    owner: Option<i64>,
    due_on: &str,
) -> ApiResult<ActionItem> {
    let version = matrices::latest(partnership.conn(), matrix_id)?;
    let activity = version.content.activity(activity_id).ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotFound,
            said!(
                "error-matrix-no-activity",
                matrix = &version.reference,
                activity = activity_id
            ),
        )
    })?;
    let owner = match owner {
        Some(owner) => owner,
        None => {
            let responsible: Vec<i64> = activity.holders(Raci::Responsible).collect();
            match responsible.as_slice() {
                [only] => *only,
                [] => {
                    return Err(ApiError::new(
                        ErrorCode::InvalidMatrix,
                        said!("error-action-no-responsible", activity = &activity.label),
                    ))
                }
                _ => {
                    return Err(ApiError::new(
                        ErrorCode::InvalidMatrix,
                        said!(
                            "error-action-several-responsible",
                            count = responsible.len(),
                            activity = &activity.label
                        ),
                    ))
                }
            }
        }
    };
    if version.content.party(owner).is_none() {
        return Err(ApiError::new(
            ErrorCode::InvalidMatrix,
            said!(
                "error-action-owner-not-a-column",
                organisation = owner,
                matrix = &version.reference
            ),
        ));
    }
    let draft = ActionDraft {
        title: format!("{} ({})", activity.label, version.reference),
        owner_organisation_id: Some(owner),
        owner_person: String::new(),
        due_on: due_on.to_string(),
    };
    if !due_on.trim().is_empty() {
        IsoDate::parse(Field::DueOn, due_on)?;
    }
    crate::meetings::add_action(partnership, meeting_id, None, &draft)
}

/// The matrix versions annexed to an agreement version, for its checks and its print.
pub fn annexed_to_agreement_version(
    conn: &Connection,
    agreement_version_id: i64,
) -> ApiResult<Vec<MatrixVersion>> {
    Ok(matrices::annexed_to_agreement_version(
        conn,
        agreement_version_id,
    )?)
}
