//! Agreements from and back from Word, through the use cases: a draft made from a Word file
//! (Pacta's own export of the demo's agreement, a partner's file in practice), a partner's
//! edited copy reviewed clause by clause and taken into a new amendment of a signed agreement or
//! into an open draft, and the files that must be refused, changing nothing.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use common::{activity_count, demo_file};
use pacta_api::agreement_word::{self, RedlineChoice};
use pacta_api::{agreement_export, agreements, ErrorCode, Partnership};
use pacta_core::agreement::{AgreementText, Clause, Paper, PrintLanguage, PrintOptions};

fn export_docx(partnership: &Partnership, id: i64, path: &Path) -> PathBuf {
    let options = PrintOptions {
        paper: Paper::A4,
        language: PrintLanguage::En,
    };
    agreement_export::export(partnership, id, None, path, &options).unwrap();
    path.to_path_buf()
}

fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        parts.insert(entry.name().unwrap().to_string(), content);
    }
    parts
}

fn zipped(parts: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in parts {
        writer
            .start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// A partner's edit without Track Changes: in one clause's text, a word replaced.
fn edit_clause(file: &Path, clause: &str, word: &str, replacement: &str) {
    let mut parts = parts(&std::fs::read(file).unwrap());
    let document = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    let run = format!(">{clause}<");
    assert!(
        document.contains(&run),
        "the export holds “{clause}” as one run"
    );
    let edited = format!(">{}<", clause.replacen(word, replacement, 1));
    parts.insert(
        "word/document.xml".into(),
        document.replacen(&run, &edited, 1).into_bytes(),
    );
    std::fs::write(file, zipped(&parts)).unwrap();
}

/// A partner's comment over a clause's run, as Word writes one.
fn comment_on(file: &Path, clause: &str, author: &str, comment: &str) {
    let mut parts = parts(&std::fs::read(file).unwrap());
    let document = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    let run = format!(r#"<w:t xml:space="preserve">{clause}</w:t></w:r>"#);
    let at = document.find(&run).expect("the clause's run");
    let run_start = document[..at].rfind("<w:r>").expect("the run's start");
    let mut edited = document.clone();
    edited.insert_str(
        at + run.len(),
        r#"<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>"#,
    );
    edited.insert_str(run_start, r#"<w:commentRangeStart w:id="0"/>"#);
    parts.insert("word/document.xml".into(), edited.into_bytes());
    parts.insert(
        "word/comments.xml".into(),
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="{author}" w:date="2026-12-01T09:00:00Z"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p></w:comment></w:comments>"#
        )
        .into_bytes(),
    );
    let rels = String::from_utf8(parts["word/_rels/document.xml.rels"].clone()).unwrap();
    parts.insert(
        "word/_rels/document.xml.rels".into(),
        rels.replace(
            "</Relationships>",
            r#"<Relationship Id="rIdComments9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#,
        )
        .into_bytes(),
    );
    let types = String::from_utf8(parts["[Content_Types].xml"].clone()).unwrap();
    parts.insert(
        "[Content_Types].xml".into(),
        types
            .replace(
                "</Types>",
                r#"<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>"#,
            )
            .into_bytes(),
    );
    std::fs::write(file, zipped(&parts)).unwrap();
}

/// A clause whose text needs no escaping in XML, and a long word of it.
fn plain_clause(text: &AgreementText) -> (Clause, String) {
    let clause = text
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| !c.text.contains(['&', '<', '>', '"', '\'', '\n']))
        .expect("a plain clause")
        .clone();
    let word = clause
        .text
        .split_whitespace()
        .find(|w| w.len() > 5 && w.chars().all(char::is_alphabetic))
        .expect("a long word")
        .to_string();
    (clause, word)
}

#[test]
fn a_word_file_becomes_a_draft_with_its_clauses_parties_and_sections() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-12-07");
    let original = agreements::list(&mut partnership).unwrap()[0].clone();
    let stored = agreements::detail(&mut partnership, original.id).unwrap();
    let latest = stored.versions.last().unwrap();
    let file = export_docx(&partnership, original.id, &dir.path().join("MoU.docx"));

    let imported = agreement_word::import(&mut partnership, &file).unwrap();
    assert_ne!(imported.agreement_id, original.id);
    let draft = agreements::detail(&mut partnership, imported.agreement_id).unwrap();
    let text = &draft.versions[0].text;
    assert_eq!(text.title, latest.text.title);
    let clauses = |t: &pacta_core::agreement::AgreementText| -> Vec<String> {
        t.sections
            .iter()
            .flat_map(|s| s.clauses.iter().map(|c| c.text.clone()))
            .collect()
    };
    for clause in clauses(&latest.text) {
        assert!(
            clauses(text).contains(&clause),
            "the clause “{clause}” came back from Word"
        );
    }
    let parties: Vec<i64> = text.parties.iter().map(|p| p.organisation_id).collect();
    let expected: Vec<i64> = latest
        .text
        .parties
        .iter()
        .map(|p| p.organisation_id)
        .collect();
    assert_eq!(parties, expected, "parties recognised in the registry");
    assert_eq!(
        draft.summary.status,
        pacta_core::agreement::AgreementStatus::Draft
    );
    assert!(imported.clauses as usize >= clauses(&latest.text).len());
}

#[test]
fn a_partners_edit_of_a_signed_agreement_becomes_a_new_amendment_when_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-12-07");
    let list = agreements::list(&mut partnership).unwrap();
    let signed = list
        .iter()
        .find(|a| a.status == pacta_core::agreement::AgreementStatus::InForce)
        .expect("the demo has an agreement in force")
        .clone();
    let detail = agreements::detail(&mut partnership, signed.id).unwrap();
    let versions_before = detail.versions.len();
    let latest = detail.versions.last().unwrap().clone();
    let (clause, word) = plain_clause(&latest.text);
    let file = export_docx(
        &partnership,
        signed.id,
        &dir.path().join("copy for partner.docx"),
    );
    edit_clause(&file, &clause.text, &word, "REVISED");
    let edited = clause.text.replacen(&word, "REVISED", 1);
    comment_on(&file, &edited, "Nguyễn Thị Hoa", "Our board meets monthly.");

    let before = activity_count(&partnership);
    let review = agreement_word::review_redline(&partnership, signed.id, &file).unwrap();
    assert_eq!(
        activity_count(&partnership),
        before,
        "a review writes nothing"
    );
    assert_eq!(review.exported_version, latest.number);
    assert!(review.becomes_amendment);
    let changed: Vec<u32> = review
        .clauses
        .iter()
        .filter(|c| c.changed)
        .map(|c| c.redline.clause_id)
        .collect();
    assert_eq!(changed, vec![clause.id]);

    let version = agreement_word::apply_redline(
        &mut partnership,
        signed.id,
        &file,
        &RedlineChoice::AcceptAll,
    )
    .unwrap();
    let after = agreements::detail(&mut partnership, signed.id).unwrap();
    assert_eq!(after.versions.len(), versions_before + 1, "a new amendment");
    assert_eq!(version.number, latest.number + 1);
    let taken = version
        .text
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| c.id == clause.id)
        .unwrap();
    assert_eq!(taken.text, clause.text.replacen(&word, "REVISED", 1));
    assert_eq!(
        taken.notes,
        vec![pacta_core::agreement::ClauseNote {
            author: "Nguyễn Thị Hoa".into(),
            date: Some("2026-12-01T09:00:00Z".into()),
            text: "Our board meets monthly.".into(),
        }],
        "the partner's comment is kept as a note on its clause"
    );
    let signed_text = &after.versions[versions_before - 1].text;
    assert_eq!(
        signed_text
            .sections
            .iter()
            .flat_map(|s| &s.clauses)
            .find(|c| c.id == clause.id)
            .unwrap()
            .text,
        clause.text,
        "the signed version is untouched"
    );
}

#[test]
fn rejected_clauses_stay_and_files_of_other_agreements_or_kinds_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-12-07");
    let list = agreements::list(&mut partnership).unwrap();
    let draft = list
        .iter()
        .find(|a| a.status == pacta_core::agreement::AgreementStatus::Draft)
        .expect("the demo has a draft")
        .clone();
    let other = list.iter().find(|a| a.id != draft.id).unwrap().clone();
    let file = export_docx(&partnership, draft.id, &dir.path().join("draft.docx"));
    let text = agreements::detail(&mut partnership, draft.id)
        .unwrap()
        .versions
        .last()
        .unwrap()
        .text
        .clone();
    let (clause, word) = plain_clause(&text);
    edit_clause(&file, &clause.text, &word, "CHANGED");

    let before = activity_count(&partnership);
    let version = agreement_word::apply_redline(
        &mut partnership,
        draft.id,
        &file,
        &RedlineChoice::Accept(vec![]),
    )
    .unwrap();
    let kept = version
        .text
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| c.id == clause.id)
        .unwrap();
    assert_eq!(kept.text, clause.text, "a rejected clause stays as stored");

    let refused = agreement_word::review_redline(&partnership, other.id, &file).unwrap_err();
    assert_eq!(
        refused.code,
        ErrorCode::InvalidAgreement,
        "{}",
        refused.message
    );

    let pdf = dir.path().join("scan.docx");
    std::fs::write(&pdf, b"%PDF-1.7\n1 0 obj\n").unwrap();
    let error = agreement_word::import(&mut partnership, &pdf).unwrap_err();
    assert_eq!(error.code, ErrorCode::UnsupportedFormat);
    assert!(error.message.contains("PDF"), "{}", error.message);
    let docm = dir.path().join("macros.docm");
    std::fs::copy(&file, &docm).unwrap();
    let error = agreement_word::import(&mut partnership, &docm).unwrap_err();
    assert!(error.message.contains("macros"), "{}", error.message);
    let encrypted = dir.path().join("protected.docx");
    std::fs::write(
        &encrypted,
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
    )
    .unwrap();
    let error = agreement_word::import(&mut partnership, &encrypted).unwrap_err();
    assert!(
        matches!(
            error.code,
            ErrorCode::UnsupportedFormat | ErrorCode::ProtectedFile
        ),
        "{error:?}"
    );
    let saved = activity_count(&partnership);
    assert_eq!(saved, before + 1, "only the accepted (empty) save wrote");
}
