//! `pacta matrices …` and `pacta export matrix …`.

use std::path::Path;

use clap::Subcommand;

use crate::agreements::paper_size;
use crate::print_json;
use pacta_api::{matrices, matrix_export, said, ApiError, ErrorCode};
use pacta_core::matrix::{MatrixVersion, RowLanguage};

#[derive(Subcommand)]
pub(crate) enum MatricesCommand {
    /// Every responsibility matrix with its size and number of findings.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One matrix: the grid, row by row, and what it is annexed to.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// The matrix's findings; exits with status 2 when there are any.
    Check {
        id: i64,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn matrices(db: &Path, command: MatricesCommand) -> Result<(), ApiError> {
    let partnership = crate::protection::open(db)?;
    match command {
        MatricesCommand::List { json } => {
            let list = matrices::list(&partnership)?;
            if json {
                print_json(&list);
            } else {
                for m in &list {
                    let frozen = if m.frozen { ", frozen" } else { "" };
                    println!(
                        "{:>4}  {}  v{}{frozen}  {}\n      {} activities × {} parties, {} finding(s){}",
                        m.id,
                        m.reference,
                        m.version,
                        m.title,
                        m.activities,
                        m.parties,
                        m.findings,
                        if m.annexed_to.is_empty() {
                            String::new()
                        } else {
                            format!(", annexed to {}", m.annexed_to.join(", "))
                        }
                    );
                }
                println!(
                    "{} {}",
                    list.len(),
                    if list.len() == 1 {
                        "matrix"
                    } else {
                        "matrices"
                    }
                );
            }
        }
        MatricesCommand::Show { id, json } => {
            let detail = matrices::detail(&partnership, id)?;
            if json {
                print_json(&detail);
            } else {
                print_grid(&detail.version);
                for annex in &detail.annexed_to {
                    let state = if annex.signed { "signed" } else { "draft" };
                    println!(
                        "annexed to {} version {} ({state})",
                        annex.reference, annex.version
                    );
                }
                println!("{} finding(s)", detail.findings.len());
            }
        }
        MatricesCommand::Check { id, json } => {
            let detail = matrices::detail(&partnership, id)?;
            if json {
                print_json(&detail.findings);
            } else {
                for finding in &detail.findings {
                    println!("- {}", finding.text(crate::language::messages()));
                }
            }
            if !detail.findings.is_empty() {
                partnership.close()?;
                crate::exit_status::exit_with_findings(&format!(
                    "{} has {} finding(s)",
                    detail.version.reference,
                    detail.findings.len()
                ));
            }
            println!("{}: no findings", detail.version.reference);
        }
    }
    partnership.close()
}

fn print_grid(version: &MatrixVersion) {
    let content = &version.content;
    let frozen = if version.frozen { ", frozen" } else { "" };
    println!(
        "{} — {} (version {}{frozen})",
        version.reference, content.title, version.number
    );
    for (column, party) in content.parties.iter().enumerate() {
        println!("  [{}] {}", column + 1, party.name);
    }
    let mut heading = None;
    for activity in &content.activities {
        if heading != Some(&activity.heading) && !activity.heading.is_empty() {
            println!("  {}", activity.heading);
        }
        heading = Some(&activity.heading);
        let letters: String = content
            .parties
            .iter()
            .map(|p| {
                activity
                    .raci_of(p.organisation_id)
                    .map_or('.', |raci| raci.letter())
            })
            .collect();
        let funding = if activity.needs_funding {
            format!("  funding: {}", non_empty(&activity.funder, "none"))
        } else {
            String::new()
        };
        println!("    {letters}  {}{funding}", activity.label);
    }
}

fn non_empty<'a>(text: &'a str, otherwise: &'a str) -> &'a str {
    if text.trim().is_empty() {
        otherwise
    } else {
        text
    }
}

pub(crate) fn export(
    db: &Path,
    id: i64,
    out: &Path,
    version: Option<u32>,
    paper: &str,
    lang: &str,
) -> Result<(), ApiError> {
    let paper = paper_size(paper)?;
    let language = RowLanguage::parse(lang).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!("error-cli-lang-en-fr", given = lang),
        )
    })?;
    let partnership = crate::protection::open(db)?;
    let exported = matrix_export::export(&partnership, id, version, out, paper, language)?;
    println!(
        "exported version {} as {} ({} bytes) to {}",
        exported.version, exported.format, exported.bytes, exported.path
    );
    crate::missing_characters::warn(&exported.missing_characters);
    partnership.close()
}
