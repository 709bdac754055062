//! `pacta import agreement FILE.docx` and `pacta import redline AGREEMENT_ID FILE.docx`.

use std::path::Path;

use pacta_api::agreement_word::{self, RedlineChoice};
use pacta_api::ApiError;
use pacta_docx::{ImportNote, SegmentKind};

use crate::protection;

pub fn import(db: &Path, file: &Path, json: bool) -> Result<(), ApiError> {
    let mut partnership = protection::open(db)?;
    let imported = agreement_word::import(&mut partnership, file)?;
    if json {
        crate::print_json(&imported);
    } else {
        println!(
            "agreement {}: “{}” — {} clause(s) in {} section(s)",
            imported.agreement_id, imported.title, imported.clauses, imported.sections
        );
        for party in &imported.parties {
            println!("  party: {party}");
        }
        for party in &imported.unmatched_parties {
            println!("  named but not in the registry: {party}");
        }
        for note in &imported.report {
            println!("  {}", describe(note));
        }
    }
    partnership.close()
}

pub fn redline(
    db: &Path,
    agreement_id: i64,
    file: &Path,
    accept_all: bool,
    accept: Vec<u32>,
    json: bool,
) -> Result<(), ApiError> {
    let mut partnership = protection::open(db)?;
    let review = agreement_word::review_redline(&partnership, agreement_id, file)?;
    if json {
        crate::print_json(&review);
    } else {
        println!(
            "copy of version {} — {} clause(s) changed",
            review.exported_version,
            review.clauses.iter().filter(|c| c.changed).count()
        );
        for clause in review
            .clauses
            .iter()
            .filter(|c| c.changed || !c.redline.comments.is_empty())
        {
            println!("clause {}:", clause.redline.clause_id);
            let marked: String = clause
                .redline
                .segments
                .iter()
                .map(|s| match s.kind {
                    SegmentKind::Unchanged => s.text.clone(),
                    SegmentKind::Inserted => format!("[+{}+]", s.text),
                    SegmentKind::Deleted => format!("[-{}-]", s.text),
                })
                .collect();
            println!("  {marked}");
            for change in &clause.redline.changes {
                println!("  {:?} by {}: {}", change.kind, change.author, change.text);
            }
            for comment in &clause.redline.comments {
                println!("  comment by {}: {}", comment.author, comment.text);
            }
        }
        for paragraph in &review.unplaced {
            println!("added outside any clause: {}", paragraph.text);
        }
    }
    let choice = if accept_all {
        Some(RedlineChoice::AcceptAll)
    } else if !accept.is_empty() {
        Some(RedlineChoice::Accept(accept))
    } else {
        None
    };
    if let Some(choice) = choice {
        let version = agreement_word::apply_redline(&mut partnership, agreement_id, file, &choice)?;
        if !json {
            println!(
                "saved into version {}{}",
                version.number,
                if review.becomes_amendment {
                    " (a new amendment: the agreement is signed)"
                } else {
                    ""
                }
            );
        }
    } else if !json {
        println!("nothing written: add --accept-all or --accept IDS to take the changes");
    }
    partnership.close()
}

fn describe(note: &ImportNote) -> String {
    match note {
        ImportNote::Title { text } => format!("title: “{text}”"),
        ImportNote::Language {
            language,
            english_words,
            french_words,
            dutch_words,
        } => format!(
            "language: {language} ({english_words} English, {french_words} French and \
             {dutch_words} Dutch marker words)"
        ),
        ImportNote::Kind { kind, named } => format!(
            "kind: {kind}{}",
            if *named {
                " (named in the document)"
            } else {
                " (by default)"
            }
        ),
        ImportNote::Preamble { clauses } => {
            format!("preamble: {clauses} clause(s) placed in purpose_and_scope")
        }
        ImportNote::Section {
            heading,
            section,
            clauses,
        } => {
            format!("“{heading}” → {section}: {clauses} clause(s)")
        }
        ImportNote::UnplacedHeading {
            heading,
            section,
            clauses,
        } => format!("“{heading}” matches no section: its {clauses} clause(s) went to {section}"),
        ImportNote::AutomaticNumbering { number, clause_id } => {
            format!("clause {number} (Word's automatic numbering) → clause id {clause_id}")
        }
        ImportNote::PartyMatched {
            name,
            organisation_id,
        } => {
            format!("party “{name}” → member {organisation_id}")
        }
        ImportNote::Table { title, rows } => format!("table “{title}” → annex ({rows} rows)"),
        ImportNote::KeptAsNote { text, .. } => format!("kept as a note: “{text}”"),
        ImportNote::TrackedChangesAccepted {
            insertions,
            deletions,
        } => {
            format!("tracked changes accepted: {insertions} insertion(s), {deletions} deletion(s)")
        }
        ImportNote::FootnotesIgnored { count } => format!("{count} footnote(s) not imported"),
        ImportNote::CommentsIgnored { count } => format!("{count} comment(s) not imported"),
        ImportNote::TextBoxesIgnored { count } => format!("{count} text box(es) not imported"),
        ImportNote::TableOfContentsSkipped { entries } => {
            format!("table of contents skipped ({entries} entries)")
        }
    }
}
