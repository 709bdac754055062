//! Round trips through LibreOffice, the editor many partners use: an exported agreement
//! opened and saved again as .docx keeps its agreement and clause bookmarks, so its redline
//! is still read clause by clause.

use std::path::{Path, PathBuf};
use std::process::Command;

use pacta_core::agreement::{PrintLanguage, Section};
use pacta_docx::{read_redline, ChangeKind};

use crate::redline::{edited_clause, export, redline, template_agreement, token, word_in, PARTNER};

fn soffice() -> &'static str {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "LibreOffice (soffice) is not on PATH: run scripts/install-deps.sh, which installs libreoffice-writer-nogui"
    );
    "soffice"
}

/// The file saved again by LibreOffice as Word 2007–365 .docx.
fn through_libreoffice(dir: &Path, name: &str, bytes: &[u8]) -> Vec<u8> {
    let input_dir = dir.join("in");
    let output_dir = dir.join("out");
    std::fs::create_dir_all(&input_dir).expect("a folder");
    let input: PathBuf = input_dir.join(name);
    std::fs::write(&input, bytes).expect("written");
    let profile = format!(
        "-env:UserInstallation=file://{}/profile-{name}",
        dir.display()
    );
    let output = Command::new(soffice())
        .arg(profile)
        .args([
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
        ])
        .arg(&output_dir)
        .arg(&input)
        .output()
        .expect("LibreOffice runs");
    assert!(output.status.success(), "{output:?}");
    std::fs::read(output_dir.join(name))
        .unwrap_or_else(|e| panic!("LibreOffice wrote {name}: {e}; {output:?}"))
}

#[test]
fn libreoffice_keeps_every_clause_bookmark_and_the_agreement_token() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let agreement = template_agreement(true);
    for (name, language) in [
        ("en.docx", PrintLanguage::En),
        ("en-fr.docx", PrintLanguage::EnFr),
    ] {
        let saved = through_libreoffice(dir.path(), name, &export(&agreement, language));
        let read = read_redline(&saved, &token(&agreement)).expect("the token survives");
        let stored: Vec<(u32, &str)> = Section::ALL
            .iter()
            .flat_map(|s| agreement.text.clauses(*s))
            .map(|c| (c.id, c.text.as_str()))
            .collect();
        let main: Vec<(u32, &str)> = read
            .clauses
            .iter()
            .filter(|c| c.translation.is_none())
            .map(|c| (c.clause_id, c.proposed.as_str()))
            .collect();
        assert_eq!(main, stored, "{name}");
        assert!(read.clauses.iter().all(|c| c.changes.is_empty()), "{name}");
        assert!(read.unplaced.is_empty(), "{name}: {:?}", read.unplaced);
        if language == PrintLanguage::EnFr {
            let french = read
                .clauses
                .iter()
                .filter(|c| c.translation.is_some())
                .count();
            assert_eq!(french, stored.len());
        }
    }
}

#[test]
fn libreoffice_keeps_a_partners_tracked_changes_and_comment() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let agreement = template_agreement(false);
    let (id, text) = edited_clause(&agreement);
    let word = word_in(&text);
    let edited = redline(
        &export(&agreement, PrintLanguage::En),
        &text,
        word,
        "monthly",
    );
    let saved = through_libreoffice(dir.path(), "redline.docx", &edited);
    let read = read_redline(&saved, &token(&agreement)).expect("read");
    let clause = read
        .clauses
        .iter()
        .find(|c| c.clause_id == id)
        .expect("the clause");
    let (before, after) = text.split_once(word).unwrap();
    assert_eq!(clause.original, text);
    assert_eq!(clause.proposed, format!("{before}monthly{after}"));
    let changes: Vec<(ChangeKind, &str, &str)> = clause
        .changes
        .iter()
        .map(|c| (c.kind, c.author.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        changes,
        vec![
            (ChangeKind::Deleted, PARTNER, word),
            (ChangeKind::Inserted, PARTNER, "monthly")
        ]
    );
    assert_eq!(clause.comments.len(), 1, "{read:#?}");
    assert_eq!(clause.comments[0].author, PARTNER);
}
