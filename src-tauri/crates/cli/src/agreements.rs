//! `pacta agreements …` and `pacta export agreement …`.

use std::path::Path;

use pacta_api::{agreement_export, agreements, said, ApiError, ErrorCode};
use pacta_core::agreement::{Paper, PrintLanguage, PrintOptions, Section};

use crate::print_json;
use clap::Subcommand;

#[derive(Subcommand)]
pub(crate) enum AgreementsCommand {
    /// Every agreement with its status and parties.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One agreement: its versions, signatures, checks before signature and papers.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn agreements(db: &Path, command: AgreementsCommand) -> Result<(), ApiError> {
    let mut partnership = crate::protection::open(db)?;
    match command {
        AgreementsCommand::List { json } => {
            let list = agreements::list(&mut partnership)?;
            if json {
                print_json(&list);
            } else {
                for a in &list {
                    println!(
                        "{:>4}  {}  {:<11} v{}  {}\n      {}",
                        a.id,
                        a.reference,
                        a.status.code(),
                        a.versions,
                        a.title,
                        a.parties.join(" · ")
                    );
                }
                println!("{} agreement(s)", list.len());
            }
        }
        AgreementsCommand::Show { id, json } => {
            let detail = agreements::detail(&mut partnership, id)?;
            if json {
                print_json(&detail);
            } else {
                let s = &detail.summary;
                println!(
                    "{} — {}\n  status: {}",
                    s.reference,
                    s.title,
                    s.status.code()
                );
                if let Some(on) = s.effective_on {
                    println!("  effective: {on}");
                }
                if let Some(on) = s.expires_on {
                    println!("  expires: {on}");
                }
                for v in &detail.versions {
                    let what = if v.amendment == 0 {
                        "agreement".to_string()
                    } else {
                        format!("amendment {}", v.amendment)
                    };
                    let state = if v.frozen { "signed, frozen" } else { "open" };
                    println!("  version {} ({what}), {state}", v.number);
                    for party in &v.text.parties {
                        match v
                            .signatures
                            .iter()
                            .find(|sig| sig.organisation_id == party.organisation_id)
                        {
                            Some(sig) => println!(
                                "    {} — signed by {} ({}), {}, {}",
                                party.name, sig.signatory, sig.title, sig.place, sig.signed_on
                            ),
                            None => println!("    {} — not signed", party.name),
                        }
                    }
                }
                if !detail.findings.is_empty() {
                    println!("  before signature:");
                    for finding in &detail.findings {
                        println!("    - {finding}");
                    }
                }
                for paper in &detail.attachments {
                    println!(
                        "  attached: {} ({} bytes, SHA-256 {})",
                        paper.file_name, paper.size_bytes, paper.sha256
                    );
                }
                let clauses: usize = detail
                    .versions
                    .last()
                    .map(|v| Section::ALL.iter().map(|s| v.text.clauses(*s).len()).sum())
                    .unwrap_or(0);
                println!("  {clauses} clause(s) in the latest version");
            }
        }
    }
    partnership.close()
}

/// The `--paper` option of the exports.
pub(crate) fn paper_size(text: &str) -> Result<Paper, ApiError> {
    Paper::parse(text).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!("error-cli-paper", given = text),
        )
    })
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
    let language = PrintLanguage::parse(lang).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!("error-cli-lang-agreement", given = lang),
        )
    })?;
    let partnership = crate::protection::open(db)?;
    let exported = agreement_export::export(
        &partnership,
        id,
        version,
        out,
        &PrintOptions { paper, language },
    )?;
    println!(
        "exported version {} as {} to {} ({} bytes)",
        exported.version, exported.format, exported.path, exported.bytes
    );
    crate::missing_characters::warn(&exported.missing_characters);
    partnership.close()
}
