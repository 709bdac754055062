//! Agreement use cases: drafting from a template, editing a version still open, moving along
//! the lifecycle, recording signatures (which freeze a version once every party has signed),
//! amendments, comparisons and reminders. Every write is one transaction.

use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{
    compare, due_status, pre_signature_checks, reminders, AgreementKind, AgreementStatus,
    AgreementSummary, AgreementText, AgreementVersion, Attachment, ClauseChange, Finding, Language,
    Party, Reminder, Signature, TransitionError,
};
use pacta_core::matrix::MatrixSummary;
use pacta_core::{text, ActivityEntry, Field, IsoDate, Problems};
use pacta_messages::Messages;
use pacta_store::{activity, agreements, attachments, organisations, representatives, Connection};

/// A new agreement as asked for in the "new agreement" form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewAgreement {
    /// Starter text to begin from; `None` for a blank text of `kind`.
    pub template: Option<TemplateCode>,
    pub kind: AgreementKind,
    /// Replaces the template's title when not blank.
    pub title: String,
    pub language: Language,
    /// Also carry the template's text in the other language, for bilingual printing.
    pub bilingual: bool,
    /// Member organisations that are parties, in the order they are named.
    pub party_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TemplateInfo {
    pub code: TemplateCode,
    pub kind: AgreementKind,
    /// In the reader's language.
    pub name: String,
}

/// Who may sign for a party: the organisation's representatives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SignatoryChoice {
    pub organisation_id: i64,
    pub name: String,
    pub title: String,
}

/// Everything the agreement screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgreementDetail {
    pub summary: AgreementSummary,
    /// Oldest first; the last is the one being drafted, negotiated or in force.
    pub versions: Vec<AgreementVersion>,
    /// What stands in the way of signing the latest version (empty once it is frozen).
    pub findings: Vec<Finding>,
    /// Matrices annexed to the latest version.
    pub matrices: Vec<MatrixSummary>,
    pub signatories: Vec<SignatoryChoice>,
    pub attachments: Vec<Attachment>,
    pub history: Vec<ActivityEntry>,
    /// Lifecycle moves the secretariat may make now (signing is recorded, not chosen).
    pub next_statuses: Vec<AgreementStatus>,
}

fn refused(code: ErrorCode, said: Said) -> ApiError {
    ApiError::new(code, said)
}

/// An agreement's status as a sentence names it.
pub fn status_said(status: AgreementStatus) -> Said {
    said!("error-agreement-status", status = status.code())
}

/// Why the lifecycle refuses a move, as a sentence.
pub fn transition_said(error: &TransitionError) -> Said {
    // The core gives its reason in English words; they are matched back to a key so that the
    // reason reads in the reader's language.
    let reason = match error.why.as_str() {
        "the text must be negotiated first" => "negotiate-first",
        "an ended agreement stays ended; draft a new one" => "ended",
        "a signed text is frozen; record an amendment instead" => "frozen",
        "it must enter into force before it can expire" => "not-in-force",
        "it must be signed first" => "sign-first",
        _ => "other",
    };
    said!(
        "error-agreement-move",
        from = status_said(error.from),
        to = status_said(error.to),
        reason = reason
    )
}

/// What stands in the way of signature, as a sentence.
pub fn finding_said(finding: &Finding) -> Said {
    match finding {
        Finding::EmptySection { section } => said!(
            "error-finding-empty-section",
            number = section.number(),
            section = said!("error-section", section = section.code())
        ),
        Finding::TooFewParties { parties } => {
            said!("error-finding-too-few-parties", parties = *parties)
        }
        Finding::PartyWithoutSignatory { name, .. } => {
            said!("error-finding-no-signatory", name = name)
        }
        Finding::NoEffectiveDate => Said::new("error-finding-no-effective-date"),
        Finding::ExpiryBeforeEffective {
            effective_on,
            expires_on,
        } => said!(
            "error-finding-expiry-before-effective",
            effective_on = effective_on.to_string(),
            expires_on = expires_on.to_string()
        ),
        Finding::ResponsibilitiesReferenceNoMatrix { annexed } => said!(
            "error-finding-no-matrix-reference",
            annexed = annexed.join(", ")
        ),
        Finding::AnnexedMatrix {
            reference, finding, ..
        } => said!(
            "error-finding-annexed-matrix",
            matrix = reference,
            finding = Said::in_each_language(|messages| finding.text(messages))
        ),
    }
}

pub fn templates(messages: &Messages) -> Vec<TemplateInfo> {
    TemplateCode::ALL
        .iter()
        .map(|code| TemplateInfo {
            code: *code,
            kind: code.kind(),
            name: code.name(messages),
        })
        .collect()
}

/// Drafts a new agreement; returns its id.
pub fn create(partnership: &mut Partnership, new: &NewAgreement) -> ApiResult<i64> {
    let mut agreement_text = match new.template {
        Some(template) => template.agreement_text(new.language, new.bilingual),
        None => AgreementText {
            language: new.language,
            title: String::new(),
            kind: new.kind,
            parties: Vec::new(),
            sections: Vec::new(),
            effective_on: None,
            expires_on: None,
            translation: None,
            annexes: Vec::new(),
        },
    };
    agreement_text.kind = new.kind;
    if !new.title.trim().is_empty() {
        agreement_text.title = new.title.trim().to_string();
    }
    partnership.write(|conn, stamp| {
        agreement_text.parties = parties_from_registry(conn, &new.party_ids)?;
        validate_text(conn, &agreement_text)?;
        Ok(agreements::create(conn, stamp, &agreement_text)?)
    })
}

/// Creates a draft from a whole text (an imported Word file), its parties completed from the
/// registry (their representatives as signatories).
pub fn create_with_text(
    partnership: &mut Partnership,
    mut agreement_text: AgreementText,
) -> ApiResult<i64> {
    partnership.write(|conn, stamp| {
        let ids: Vec<i64> = agreement_text
            .parties
            .iter()
            .map(|p| p.organisation_id)
            .collect();
        agreement_text.parties = parties_from_registry(conn, &ids)?;
        validate_text(conn, &agreement_text)?;
        Ok(agreements::create(conn, stamp, &agreement_text)?)
    })
}

fn parties_from_registry(conn: &Connection, ids: &[i64]) -> ApiResult<Vec<Party>> {
    let mut parties = Vec::with_capacity(ids.len());
    for id in ids {
        let organisation = organisations::get(conn, *id)?;
        let primary = representatives::of_organisation(conn, *id)?
            .into_iter()
            .find(|r| r.primary);
        parties.push(Party {
            organisation_id: *id,
            name: organisation.name,
            signatory: primary.as_ref().map(|r| r.name.clone()),
            signatory_title: primary.map(|r| r.title).unwrap_or_default(),
            address: String::new(),
        });
    }
    Ok(parties)
}

/// Refuses a text that cannot be stored as it is: no title, a party twice or not in the
/// registry, two clauses with one id. What stands in the way of *signing* is a finding instead.
fn validate_text(conn: &Connection, agreement_text: &AgreementText) -> ApiResult<()> {
    let mut problems = Problems::default();
    if let Err(problem) = text::required(Field::Title, &agreement_text.title, 300) {
        problems.push(problem);
    }
    let mut seen = std::collections::BTreeSet::new();
    for party in &agreement_text.parties {
        if !seen.insert(party.organisation_id) {
            return Err(refused(
                ErrorCode::InvalidAgreement,
                said!("error-party-twice", name = &party.name),
            ));
        }
        if !organisations::exists(conn, party.organisation_id)? {
            return Err(refused(
                ErrorCode::NotFound,
                said!("error-party-not-registered", name = &party.name),
            ));
        }
    }
    let mut clause_ids = std::collections::BTreeSet::new();
    for section in &agreement_text.sections {
        for clause in &section.clauses {
            if !clause_ids.insert(clause.id) {
                return Err(refused(
                    ErrorCode::InvalidAgreement,
                    said!("error-clause-id-twice", id = clause.id),
                ));
            }
            if let Err(problem) = text::optional(Field::Notes, &clause.text, 20_000) {
                problems.push(problem);
            }
        }
    }
    if problems.0.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}

/// Saves the text of a version still open (a draft, a text under negotiation, an amendment
/// not yet signed). A signed version is refused by the file itself.
pub fn save_text(
    partnership: &mut Partnership,
    version_id: i64,
    agreement_text: &AgreementText,
) -> ApiResult<AgreementVersion> {
    partnership.write(|conn, stamp| {
        let version = agreements::version(conn, version_id)?;
        if version.frozen || !version.signatures.is_empty() {
            return Err(refused(
                ErrorCode::Immutable,
                Said::new("error-version-has-signatures"),
            ));
        }
        if version.amendment == 0 && agreements::status(conn, version.agreement_id)?.is_frozen() {
            return Err(refused(
                ErrorCode::Immutable,
                Said::new("error-signed-text-frozen"),
            ));
        }
        validate_text(conn, agreement_text)?;
        agreements::update_text(conn, stamp, version_id, agreement_text)?;
        Ok(agreements::version(conn, version_id)?)
    })
}

/// Moves an agreement along its lifecycle. Signing is not a move: it follows from the
/// parties' signatures. Ending an agreement needs a date, and a reason when it is terminated.
pub fn move_to(
    partnership: &mut Partnership,
    agreement_id: i64,
    to: AgreementStatus,
    ended_on: Option<&str>,
    reason: &str,
) -> ApiResult<AgreementStatus> {
    partnership.write(|conn, stamp| {
        let from = agreements::status(conn, agreement_id)?;
        from.move_to(to)
            .map_err(|error| refused(ErrorCode::LifecycleRefused, transition_said(&error)))?;
        if to == AgreementStatus::Signed {
            return Err(refused(
                ErrorCode::LifecycleRefused,
                Said::new("error-sign-by-signatures"),
            ));
        }
        let ended = match to {
            AgreementStatus::Terminated | AgreementStatus::Expired => {
                let on = IsoDate::parse(Field::EffectiveOn, ended_on.unwrap_or(""))?;
                let reason = if to == AgreementStatus::Terminated {
                    text::required(Field::Reason, reason, 1000)?
                } else {
                    text::optional(Field::Reason, reason, 1000)?
                };
                Some((on, reason))
            }
            _ => None,
        };
        agreements::set_status(
            conn,
            stamp,
            agreement_id,
            to,
            ended.as_ref().map(|(on, reason)| (*on, reason.as_str())),
        )?;
        Ok(to)
    })
}

/// Records one party's signature on a version. The text must pass every check before
/// signature; the signatory must be one of the party's representatives. When the last party
/// signs, the version is frozen and, for the agreement's own text, the agreement is signed.
pub fn sign(
    partnership: &mut Partnership,
    version_id: i64,
    signature: &Signature,
) -> ApiResult<AgreementVersion> {
    partnership.write(|conn, stamp| {
        let version = agreements::version(conn, version_id)?;
        let status = agreements::status(conn, version.agreement_id)?;
        let open_for_signature = if version.amendment == 0 {
            status == AgreementStatus::Negotiation
        } else {
            matches!(status, AgreementStatus::Signed | AgreementStatus::InForce)
        };
        if version.frozen {
            return Err(refused(ErrorCode::Immutable, Said::new("error-all-signed")));
        }
        if !open_for_signature {
            return Err(refused(
                ErrorCode::LifecycleRefused,
                said!("error-not-open-for-signature", status = status_said(status)),
            ));
        }
        let annexed = crate::matrices::annexed_to_agreement_version(conn, version.id)?;
        let findings = pre_signature_checks(&version.text, &annexed);
        if !findings.is_empty() {
            return Err(ApiError::with_details(
                ErrorCode::NotReadyToSign,
                said!("error-not-ready-to-sign", count = findings.len()),
                findings
                    .iter()
                    .map(|finding| {
                        crate::ProblemDetail::new(ErrorCode::NotReadyToSign, finding_said(finding))
                    })
                    .collect(),
            ));
        }
        let Some(party) = version
            .text
            .parties
            .iter()
            .find(|p| p.organisation_id == signature.organisation_id)
        else {
            return Err(refused(
                ErrorCode::NotAParty,
                said!(
                    "error-not-a-party",
                    organisation = signature.organisation_id
                ),
            ));
        };
        if version
            .signatures
            .iter()
            .any(|s| s.organisation_id == signature.organisation_id)
        {
            return Err(refused(
                ErrorCode::Immutable,
                said!("error-already-signed", name = &party.name),
            ));
        }
        let signatory = text::required(Field::RepresentativeName, &signature.signatory, 200)?;
        let representatives = representatives::of_organisation(conn, party.organisation_id)?;
        if !representatives
            .iter()
            .any(|r| text::name_key(&r.name) == text::name_key(&signatory))
        {
            return Err(crate::error::not_a_representative(&signatory, &party.name));
        }
        let recorded = Signature {
            organisation_id: signature.organisation_id,
            signatory,
            title: text::optional(Field::Title, &signature.title, 200)?,
            place: text::optional(Field::Notes, &signature.place, 200)?,
            signed_on: signature.signed_on,
        };
        let signed = agreements::sign(conn, stamp, version_id, &recorded)?;
        if signed.frozen && signed.amendment == 0 {
            agreements::set_status(
                conn,
                stamp,
                signed.agreement_id,
                AgreementStatus::Signed,
                None,
            )?;
        }
        Ok(signed)
    })
}

/// Opens an amendment to a signed agreement: the next version, starting from the latest text.
pub fn amend(partnership: &mut Partnership, agreement_id: i64) -> ApiResult<AgreementVersion> {
    partnership.write(|conn, stamp| {
        let status = agreements::status(conn, agreement_id)?;
        if !matches!(status, AgreementStatus::Signed | AgreementStatus::InForce) {
            return Err(refused(
                ErrorCode::LifecycleRefused,
                said!("error-amend-not-signed", status = status_said(status)),
            ));
        }
        let latest = agreements::latest(conn, agreement_id)?;
        if !latest.frozen {
            return Err(refused(
                ErrorCode::LifecycleRefused,
                said!("error-amendment-pending", amendment = latest.amendment),
            ));
        }
        let id = agreements::amend(conn, stamp, agreement_id, &latest.text)?;
        Ok(agreements::version(conn, id)?)
    })
}

/// The clause-level changes from one version to another (any two, in either order).
pub fn compare_versions(
    partnership: &Partnership,
    from_version_id: i64,
    to_version_id: i64,
) -> ApiResult<Vec<ClauseChange>> {
    let conn = partnership.conn();
    let before = agreements::version(conn, from_version_id)?;
    let after = agreements::version(conn, to_version_id)?;
    if before.agreement_id != after.agreement_id {
        return Err(refused(
            ErrorCode::InvalidAgreement,
            Said::new("error-compare-other-agreement"),
        ));
    }
    Ok(compare(&before.text, &after.text))
}

/// Every agreement, after the calendar's status changes due today have been recorded.
pub fn list(partnership: &mut Partnership) -> ApiResult<Vec<AgreementSummary>> {
    apply_calendar(partnership)?;
    Ok(agreements::list(partnership.conn())?)
}

/// Records the status changes the calendar brings (a signed agreement whose effective date
/// has come enters into force; one past its expiry date expires), each in the history.
pub fn apply_calendar(partnership: &mut Partnership) -> ApiResult<usize> {
    let today = today(partnership)?;
    let due: Vec<(i64, AgreementStatus)> = agreements::list(partnership.conn())?
        .iter()
        .filter_map(|a| due_status(a, today).map(|to| (a.id, to)))
        .collect();
    if due.is_empty() {
        return Ok(0);
    }
    partnership.write(|conn, stamp| {
        let mut moved = 0;
        for (id, mut to) in due {
            loop {
                let ended =
                    (to == AgreementStatus::Expired).then_some((today, "expiry date reached"));
                agreements::set_status(conn, stamp, id, to, ended)?;
                moved += 1;
                let summary = agreements::list(conn)?
                    .into_iter()
                    .find(|a| a.id == id)
                    .expect("the agreement just changed");
                match due_status(&summary, today) {
                    Some(next) => to = next,
                    None => break,
                }
            }
        }
        Ok(moved)
    })
}

fn today(partnership: &Partnership) -> ApiResult<IsoDate> {
    Ok(IsoDate::parse(
        Field::EffectiveOn,
        &partnership.clock().today(),
    )?)
}

pub fn reminders_due(partnership: &mut Partnership) -> ApiResult<Vec<Reminder>> {
    let all = list(partnership)?;
    Ok(reminders(&all, today(partnership)?))
}

/// One agreement with its versions, findings and history, after the calendar's status changes
/// due today have been recorded (as [`list`] does), so the page never shows a stale status.
pub fn detail(partnership: &mut Partnership, agreement_id: i64) -> ApiResult<AgreementDetail> {
    apply_calendar(partnership)?;
    let conn = partnership.conn();
    let summary = agreements::list(conn)?
        .into_iter()
        .find(|a| a.id == agreement_id)
        .ok_or_else(|| {
            refused(
                ErrorCode::NotFound,
                said!("error-not-found", kind = "agreement", id = agreement_id),
            )
        })?;
    let versions = agreements::versions(conn, agreement_id)?;
    let latest = versions.last().expect("an agreement has a version");
    let annexed = crate::matrices::annexed_to_agreement_version(conn, latest.id)?;
    let findings = if latest.frozen {
        Vec::new()
    } else {
        pre_signature_checks(&latest.text, &annexed)
    };
    let matrices = annexed.iter().map(|m| m.summary(Vec::new())).collect();
    let mut signatories = Vec::new();
    for party in &latest.text.parties {
        for representative in representatives::of_organisation(conn, party.organisation_id)? {
            signatories.push(SignatoryChoice {
                organisation_id: party.organisation_id,
                name: representative.name,
                title: representative.title,
            });
        }
    }
    let next_statuses = AgreementStatus::ALL
        .iter()
        .copied()
        .filter(|to| *to != AgreementStatus::Signed && summary.status.move_to(*to).is_ok())
        .collect();
    Ok(AgreementDetail {
        findings,
        matrices,
        signatories,
        attachments: attachments::of_agreement(conn, agreement_id)?,
        history: activity::in_language(
            activity::recent(conn, Some(("agreement", agreement_id)), 200)?,
            partnership.messages(),
        ),
        next_statuses,
        versions,
        summary,
    })
}

/// The version of an agreement by its number; the latest when `number` is `None`.
pub fn version_by_number(
    conn: &Connection,
    agreement_id: i64,
    number: Option<u32>,
) -> ApiResult<AgreementVersion> {
    let versions = agreements::versions(conn, agreement_id)?;
    match number {
        None => Ok(versions
            .into_iter()
            .next_back()
            .expect("at least one version")),
        Some(number) => versions
            .into_iter()
            .find(|v| v.number == number)
            .ok_or_else(|| {
                refused(
                    ErrorCode::NotFound,
                    said!(
                        "error-agreement-no-version",
                        agreement = agreement_id,
                        version = number
                    ),
                )
            }),
    }
}
