//! `pacta meetings …`, `pacta export minutes …`, `pacta export convocation …` and
//! `pacta export ics …`.

use std::path::Path;

use clap::Subcommand;

use crate::print_json;
use pacta_api::{meeting_export, meetings, said, ApiError, ErrorCode};
use pacta_core::agreement::{Language, Paper};

#[derive(Subcommand)]
pub(crate) enum MeetingsCommand {
    /// Meetings, newest first.
    List {
        /// Only this body's meetings (its id).
        #[arg(long)]
        body: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// One meeting: attendance, agenda with minutes, votes, decisions, actions.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn meetings(db: &Path, command: MeetingsCommand) -> Result<(), ApiError> {
    let partnership = crate::protection::open(db)?;
    match command {
        MeetingsCommand::List { body, json } => {
            let list = meetings::list(&partnership, body)?;
            if json {
                print_json(&list);
            } else {
                for m in &list {
                    println!(
                        "{:>4}  {} no. {:<3} {} {}–{} {}  {}  [{}]",
                        m.id,
                        m.body_code,
                        m.number,
                        m.date,
                        m.starts_at,
                        m.ends_at,
                        m.time_zone,
                        m.title,
                        m.minutes_status.code()
                    );
                }
                println!("{} meeting(s)", list.len());
            }
        }
        MeetingsCommand::Show { id, json } => {
            let detail = meetings::detail(&partnership, id)?;
            if json {
                print_json(&detail);
            } else {
                let m = &detail.meeting;
                println!(
                    "{} — {} (meeting no. {} of {})\n  {} {}–{} {}, {}",
                    m.title,
                    m.kind.code(),
                    m.number,
                    m.body_name,
                    m.date,
                    m.starts_at,
                    m.ends_at,
                    m.time_zone,
                    m.place
                );
                println!("  minutes: {}", m.minutes_status.code());
                if let Some(by) = &detail.approved_by {
                    println!("  approved by {by}");
                }
                if let Some(quorum) = &detail.quorum {
                    println!(
                        "  quorum at {} under “{}”: {} ({} of {} entitled present)",
                        quorum.at,
                        quorum.protocol_name,
                        if quorum.held { "held" } else { "not held" },
                        quorum.presence.present,
                        quorum.presence.entitled
                    );
                }
                for entry in &detail.attendance {
                    let name = detail
                        .seats
                        .iter()
                        .find(|s| s.organisation_id == entry.organisation_id)
                        .map_or("?", |s| s.name.as_str());
                    println!(
                        "  {:<10} {name} {}",
                        entry.status.code(),
                        entry.representative
                    );
                }
                for guest in &detail.guests {
                    println!(
                        "  {:<10} {} ({})",
                        guest.capacity.code(),
                        guest.name,
                        guest.organisation
                    );
                }
                for item in &detail.items {
                    println!(
                        "  {}. {} [{}]",
                        item.item.position,
                        item.item.title,
                        item.item.kind.code()
                    );
                    for paper in &item.papers {
                        println!(
                            "     paper: {} ({} bytes, SHA-256 {})",
                            paper.file_name, paper.size_bytes, paper.sha256
                        );
                    }
                    for vote in &item.votes {
                        println!(
                            "     vote: {}",
                            pacta_core::voting::explain(&vote.report, crate::language::messages())
                        );
                    }
                    for decision in &item.decisions {
                        println!("     decision {}: {}", decision.reference, decision.text);
                    }
                    for action in &item.actions {
                        println!(
                            "     action: {} — {} {} (due {}, {})",
                            action.title,
                            action.owner_name,
                            action.owner_person,
                            action
                                .due_on
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "—".into()),
                            action.status.code()
                        );
                    }
                }
                for action in &detail.matters_arising {
                    println!(
                        "  matter arising: {} — {} ({})",
                        action.title,
                        action.owner_name,
                        action.status.code()
                    );
                }
            }
        }
    }
    partnership.close()
}

/// The paper and language of a printed meeting document, and a check that `out` is a .pdf.
fn pdf_options(
    what: &str,
    out: &Path,
    paper: &str,
    lang: &str,
) -> Result<(Paper, Language), ApiError> {
    let paper = crate::agreements::paper_size(paper)?;
    let language = Language::parse(lang).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!("error-cli-lang-en-fr", given = lang),
        )
    })?;
    let extension = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if extension != "pdf" {
        return Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            said!("error-cli-pdf-only", what = what, extension = &extension),
        ));
    }
    Ok((paper, language))
}

pub(crate) fn export_minutes(
    db: &Path,
    id: i64,
    out: &Path,
    paper: &str,
    lang: &str,
) -> Result<(), ApiError> {
    let (paper, language) = pdf_options("minutes", out, paper, lang)?;
    let partnership = crate::protection::open(db)?;
    let written = meeting_export::export_minutes(&partnership, id, out, paper, language)?;
    println!(
        "exported the minutes to {} ({} bytes)",
        written.path, written.bytes
    );
    crate::missing_characters::warn(&written.missing_characters);
    partnership.close()
}

pub(crate) fn export_convocation(
    db: &Path,
    id: i64,
    out: &Path,
    paper: &str,
    lang: &str,
) -> Result<(), ApiError> {
    let (paper, language) = pdf_options("convocation", out, paper, lang)?;
    let partnership = crate::protection::open(db)?;
    let written = meeting_export::export_convocation(&partnership, id, out, paper, language)?;
    println!(
        "exported the convocation to {} ({} bytes)",
        written.path, written.bytes
    );
    crate::missing_characters::warn(&written.missing_characters);
    partnership.close()
}

pub(crate) fn export_ics(db: &Path, id: i64, out: &Path) -> Result<(), ApiError> {
    let partnership = crate::protection::open(db)?;
    let written = meeting_export::export_invitation(&partnership, id, out)?;
    println!(
        "exported the invitation to {} ({} bytes)",
        written.path, written.bytes
    );
    partnership.close()
}
