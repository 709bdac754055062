//! `pacta protocols …` and `pacta votes …`.

use std::path::Path;

use pacta_api::voting::{self, VoteInput};
use pacta_api::{said, ApiError, ErrorCode, Partnership, Said};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{Ballots, Protocol, Roll, VoteRecord};

use crate::tally::{presets, read};
use crate::{print_json, ProtocolsCommand, VotesCommand};

pub fn protocols(db: &Path, command: ProtocolsCommand) -> Result<(), ApiError> {
    let mut partnership = crate::protection::open(db)?;
    match command {
        ProtocolsCommand::List { json } => {
            let list = voting::protocols(&partnership, None)?;
            if json {
                print_json(&list);
            } else {
                for p in &list {
                    let preset = p.preset.map(|p| format!(" (from {p})")).unwrap_or_default();
                    println!(
                        "{:>4}  body {:>3}  {} v{}{preset}",
                        p.id, p.body_id, p.name, p.version
                    );
                }
            }
        }
        ProtocolsCommand::Show { id, json } => {
            let version = voting::protocol(&partnership, id)?;
            if json {
                print_json(&version);
            } else {
                println!(
                    "{} v{} (body {}), adopted {} by {}",
                    version.name,
                    version.version,
                    version.body_id,
                    version.created_at,
                    version.created_by
                );
                println!(
                    "{}",
                    pacta_core::voting::describe(&version.protocol, crate::language::messages())
                );
                println!(
                    "{}",
                    serde_json::to_string_pretty(&version.protocol).expect("a protocol serialises")
                );
            }
        }
        ProtocolsCommand::Set {
            body,
            name,
            preset,
            file,
        } => {
            let (preset, protocol): (Option<Preset>, Protocol) = match (preset, file) {
                (Some(name), None) => {
                    let preset = Preset::parse(&name).ok_or_else(|| {
                        ApiError::new(
                            ErrorCode::InvalidChoice,
                            said!("error-cli-unknown-preset", name = &name, known = presets()),
                        )
                    })?;
                    (Some(preset), preset.protocol())
                }
                (None, Some(file)) => (None, read(&file, "protocol")?),
                _ => {
                    return Err(ApiError::new(
                        ErrorCode::Required,
                        Said::new("error-cli-preset-or-file"),
                    ))
                }
            };
            let version = voting::adopt_protocol(&mut partnership, body, &name, preset, &protocol)?;
            println!(
                "adopted “{}” version {} (protocol {})",
                version.name, version.version, version.id
            );
        }
    }
    partnership.close()
}

pub fn votes(db: &Path, command: VotesCommand) -> Result<(), ApiError> {
    let mut partnership = crate::protection::open(db)?;
    match command {
        VotesCommand::Record {
            body,
            motion,
            protocol,
            roll,
            ballots,
            secret,
        } => {
            let protocol_id = choose_protocol(&partnership, body, protocol.as_deref())?;
            let mut input = VoteInput {
                body_id: body,
                protocol_id,
                motion,
                roll: read::<Roll>(&roll, "roll")?,
                ballots: read::<Ballots>(&ballots, "ballots")?,
            };
            if secret {
                input.ballots = voting::as_secret(&partnership, &input)?;
            }
            for chamber in pacta_core::voting::lone_voter_chambers(&input.ballots) {
                eprintln!("warning: only one member of the {chamber} chamber voted: the secret paper shows how they voted");
            }
            let record = voting::close(&mut partnership, &input)?;
            println!(
                "vote {} closed: {}",
                record.id,
                pacta_core::voting::explain(&record.report, crate::language::messages())
            );
        }
        VotesCommand::List { body, json } => {
            let list = voting::list(&partnership, body)?;
            if json {
                print_json(&list);
            } else {
                for vote in &list {
                    println!(
                        "{:>4}  {}  {}  {}: {}",
                        vote.id,
                        &vote.closed_at[..10],
                        vote.body_name,
                        vote.motion,
                        vote.outcome
                    );
                }
            }
        }
        VotesCommand::Show { id, json } => {
            let record = voting::get(&partnership, id)?;
            if json {
                print_json(&record);
            } else {
                show(&record);
            }
        }
        VotesCommand::Correct {
            id,
            reason,
            roll,
            ballots,
        } => {
            let earlier = voting::get(&partnership, id)?;
            let input = VoteInput {
                body_id: earlier.body_id,
                protocol_id: earlier.protocol.id,
                motion: earlier.motion.clone(),
                roll: read(&roll, "roll")?,
                ballots: read(&ballots, "ballots")?,
            };
            let record = voting::correct(&mut partnership, id, &reason, &input)?;
            println!(
                "vote {} corrects vote {id}: {}",
                record.id,
                pacta_core::voting::explain(&record.report, crate::language::messages())
            );
        }
    }
    partnership.close()
}

fn choose_protocol(
    partnership: &Partnership,
    body: i64,
    name: Option<&str>,
) -> Result<i64, ApiError> {
    let current = voting::protocols(partnership, Some(body))?;
    let names = || {
        current
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (name, current.as_slice()) {
        (_, []) => Err(ApiError::new(
            ErrorCode::NotFound,
            said!("error-cli-no-protocol", body = body),
        )),
        (None, [only]) => Ok(only.id),
        (None, _) => Err(ApiError::new(
            ErrorCode::Required,
            said!("error-cli-several-protocols", body = body, names = names()),
        )),
        (Some(wanted), _) => current
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(wanted))
            .map(|p| p.id)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::NotFound,
                    said!(
                        "error-cli-no-such-protocol",
                        body = body,
                        wanted = wanted,
                        names = names()
                    ),
                )
            }),
    }
}

fn show(record: &VoteRecord) {
    println!("Vote {} — {}", record.id, record.motion);
    println!(
        "  body {}, protocol “{}” v{}, {}",
        record.body_id, record.protocol.name, record.protocol.version, record.method
    );
    println!("  closed {} by {}", record.closed_at, record.closed_by);
    if let (Some(earlier), Some(reason)) = (record.corrects, &record.correction_reason) {
        println!("  corrects vote {earlier}: {reason}");
    }
    if let Some(later) = record.corrected_by {
        println!("  corrected by vote {later}");
    }
    println!(
        "  {}",
        pacta_core::voting::explain(&record.report, crate::language::messages())
    );
}
