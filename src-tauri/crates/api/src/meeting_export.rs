//! A meeting's minutes and its convocation as PDFs, and its invitation as an .ics calendar
//! file.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::meetings::{self, MeetingDetail};
use crate::missing_characters::{self, MissingCharacter};
use crate::{ApiResult, Partnership};
use pacta_core::agreement::{Language, Paper};
use pacta_core::meeting::{
    AttendanceStatus, AttendeeLine, ChamberAttendance, GuestLine, PrintableDecision, PrintableItem,
    PrintableMinutes, PrintableVote, ProxyLine,
};
use pacta_core::voting::{BallotChoice, Ballots, Outcome, VoteMethod, VoteRecord};
use pacta_core::{Field, IsoDate, Office};
use pacta_messages::{message, Messages};
use pacta_store::{bodies, partnership};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportedFile {
    pub path: String,
    pub bytes: u64,
    /// Characters a PDF printed as boxes, for want of a font.
    pub missing_characters: Vec<MissingCharacter>,
}

fn outcome_code(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Carried => "carried",
        Outcome::Rejected { .. } => "rejected",
        Outcome::NoQuorum { .. } => "no_quorum",
    }
}

/// How each member voted, for roll-call votes only: a secret ballot names no one.
fn roll_call_lines(vote: &VoteRecord) -> Vec<(String, String)> {
    let Ballots::RollCall { ballots, .. } = &vote.ballots else {
        return Vec::new();
    };
    ballots
        .iter()
        .map(|ballot| {
            let name = vote
                .roll
                .member(&ballot.member)
                .map(|m| m.name.clone())
                .unwrap_or_else(|| ballot.member.clone());
            let choice = match &ballot.choice {
                BallotChoice::Choice(choice) => format!("{choice:?}").to_lowercase(),
                BallotChoice::Split(parts) => parts
                    .iter()
                    .map(|(choice, weight)| {
                        format!("{weight} {}", format!("{choice:?}").to_lowercase())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            (name, choice)
        })
        .collect()
}

fn movements(entry: &pacta_core::meeting::Attendance, language: Language) -> Vec<String> {
    entry
        .movements
        .iter()
        .map(|m| {
            let id = if m.arrived {
                "minutes-arrived-at"
            } else {
                "minutes-left-at"
            };
            message!(Messages::of(language.locale()), id, time = m.at.to_string())
        })
        .collect()
}

/// What the printed minutes show, from the store.
pub fn printable_minutes(
    partnership: &Partnership,
    meeting_id: i64,
    language: Language,
) -> ApiResult<PrintableMinutes> {
    let detail: MeetingDetail = meetings::detail(partnership, meeting_id)?;
    let conn = partnership.conn();
    let name_of = |id: i64| {
        detail
            .seats
            .iter()
            .find(|s| s.organisation_id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut present: Vec<ChamberAttendance> = Vec::new();
    let (mut apologies, mut absent, mut proxies) = (Vec::new(), Vec::new(), Vec::new());
    for seat in &detail.seats {
        let entry = detail
            .attendance
            .iter()
            .find(|a| a.organisation_id == seat.organisation_id);
        match entry.map(|e| e.status) {
            Some(AttendanceStatus::Present) => {
                let entry = entry.expect("matched");
                let line = AttendeeLine {
                    organisation: seat.name.clone(),
                    representative: entry.representative.clone(),
                    movements: movements(entry, language),
                };
                match present.iter_mut().find(|c| c.chamber == seat.chamber) {
                    Some(chamber) => chamber.present.push(line),
                    None => present.push(ChamberAttendance {
                        chamber: seat.chamber.clone(),
                        present: vec![line],
                    }),
                }
            }
            Some(AttendanceStatus::Apologies) => apologies.push(seat.name.clone()),
            Some(AttendanceStatus::Proxy) => proxies.push(ProxyLine {
                principal: seat.name.clone(),
                holder: entry
                    .and_then(|e| e.proxy_holder_id)
                    .map(name_of)
                    .unwrap_or_default(),
            }),
            Some(AttendanceStatus::Absent) | None => absent.push(seat.name.clone()),
        }
    }
    let items = detail
        .items
        .iter()
        .map(|item| PrintableItem {
            number: item.item.position,
            title: item.item.title.clone(),
            kind: item.item.kind,
            presenter: item.item.presenter.clone(),
            duration_minutes: item.item.duration_minutes,
            summary: item.item.summary.clone(),
            outcome: item.item.outcome.clone(),
            votes: item
                .votes
                .iter()
                .map(|vote| PrintableVote {
                    motion: vote.motion.clone(),
                    method: vote.method,
                    outcome: outcome_code(&vote.report.outcome).to_string(),
                    explanation: pacta_core::voting::explain(
                        &vote.report,
                        pacta_messages::Messages::of(language.locale()),
                    ),
                    roll_call: if vote.method == VoteMethod::RollCall {
                        roll_call_lines(vote)
                    } else {
                        Vec::new()
                    },
                })
                .collect(),
            decisions: item
                .decisions
                .iter()
                .map(|d| PrintableDecision {
                    reference: d.reference.clone(),
                    text: d.text.clone(),
                })
                .collect(),
            papers: item.papers.iter().map(|p| p.entry()).collect(),
        })
        .collect();
    let officer = |office: Office| -> ApiResult<String> {
        Ok(bodies::members_of(conn, detail.meeting.body_id)?
            .into_iter()
            .find(|m| m.office == Some(office))
            .map(|m| m.organisation_name)
            .unwrap_or_default())
    };
    let approval = match (&detail.approved_on, &detail.approved_by) {
        (Some(on), Some(by)) => {
            let messages = Messages::of(language.locale());
            // The file keeps the chair's approval as "the chair, NAME" (see meetings::approve).
            let by = match by.strip_prefix("the chair, ") {
                Some(name) => message!(messages, "minutes-approved-by-chair", name = name),
                None => by.clone(),
            };
            message!(messages, "minutes-approved-on-by", date = on, by = by)
        }
        _ => match &detail.circulated_on {
            Some(on) => message!(
                Messages::of(language.locale()),
                "minutes-circulated-on-to",
                date = on,
                recipients = detail.circulated_to.join(", ")
            ),
            None => String::new(),
        },
    };
    let actions = detail
        .items
        .iter()
        .flat_map(|i| i.actions.iter().cloned())
        .chain(
            pacta_store::actions::list(
                conn,
                &pacta_store::actions::ActionFilter {
                    meeting_id: Some(meeting_id),
                    ..Default::default()
                },
            )?
            .into_iter()
            .filter(|a| a.agenda_item_id.is_none()),
        )
        .collect();
    Ok(PrintableMinutes {
        partnership: partnership::name(conn)?,
        language,
        present,
        apologies,
        absent,
        proxies,
        guests: detail
            .guests
            .iter()
            .map(|g| GuestLine {
                name: g.name.clone(),
                organisation: g.organisation.clone(),
                capacity: g.capacity.code().to_string(),
            })
            .collect(),
        items,
        actions,
        status: detail.meeting.minutes_status,
        approval,
        errata: detail.errata.clone(),
        chair: officer(Office::Chair)?,
        secretary: detail.meeting.convenor.clone(),
        printed_on: IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?,
        meeting: detail.meeting,
    })
}

fn write_beside(out: &Path, bytes: &[u8]) -> ApiResult<ExportedFile> {
    crate::written_file::write_in_place(out, bytes)?;
    Ok(ExportedFile {
        path: out.display().to_string(),
        bytes: bytes.len() as u64,
        missing_characters: Vec::new(),
    })
}

pub fn export_minutes(
    partnership: &Partnership,
    meeting_id: i64,
    out: &Path,
    paper: Paper,
    language: Language,
) -> ApiResult<ExportedFile> {
    let minutes = printable_minutes(partnership, meeting_id, language)?;
    let seal = crate::verify::printed_seal(
        partnership.conn(),
        pacta_core::seal::SealKind::Minutes,
        meeting_id,
    )?;
    let rendered = match &seal {
        Some(seal) => pacta_pdf::render_sealed_minutes_with_report(&minutes, paper, seal),
        None => pacta_pdf::render_minutes_with_report(&minutes, paper),
    }
    .map_err(crate::error::render_failed)?;
    let mut written = write_beside(out, &rendered.bytes)?;
    written.missing_characters = missing_characters::of(&rendered);
    Ok(written)
}

/// The meeting's convocation: the invitation letter with the agenda, sent before the
/// meeting. It prints from the same gathered data as the minutes, but shows none of what only
/// the minutes hold.
pub fn export_convocation(
    partnership: &Partnership,
    meeting_id: i64,
    out: &Path,
    paper: Paper,
    language: Language,
) -> ApiResult<ExportedFile> {
    let minutes = printable_minutes(partnership, meeting_id, language)?;
    let rendered = pacta_pdf::render_convocation_with_report(&minutes, paper)
        .map_err(crate::error::render_failed)?;
    let mut written = write_beside(out, &rendered.bytes)?;
    written.missing_characters = missing_characters::of(&rendered);
    Ok(written)
}

/// The meeting's .ics invitation, for partners' calendars.
pub fn invitation(partnership: &Partnership, meeting_id: i64) -> ApiResult<String> {
    let detail = meetings::detail(partnership, meeting_id)?;
    let agenda: Vec<_> = detail.items.iter().map(|i| i.item.clone()).collect();
    crate::meeting_calendar::invitation(
        &detail.meeting,
        &agenda,
        &detail.meeting.convenor,
        &detail.distribution,
        "pacta.local",
        &partnership.clock().now(),
    )
}

pub fn export_invitation(
    partnership: &Partnership,
    meeting_id: i64,
    out: &Path,
) -> ApiResult<ExportedFile> {
    let calendar = invitation(partnership, meeting_id)?;
    write_beside(out, calendar.as_bytes())
}
