//! An exported agreement, edited by a partner with Track Changes and comments, read back.

use std::collections::BTreeMap;

use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{
    AgreementStatus, Language, PrintLanguage, PrintOptions, PrintableAgreement, Section,
};
use pacta_core::date::IsoDate;
use pacta_docx::{
    agreement_token, read_redline, render_agreement, ChangeKind, DocxReadError, RedlineComment,
    Segment, SegmentKind, TextChange, UnplacedParagraph,
};

use crate::word::{escape, rezip, unzip};

pub const PARTNER: &str = "Nguyễn Thị Hoa";
pub const DATE: &str = "2026-03-02T10:15:00Z";

pub fn template_agreement(bilingual: bool) -> PrintableAgreement {
    PrintableAgreement {
        reference: "SEA-MOU-2026-001".into(),
        version: 2,
        amendment: 0,
        status: AgreementStatus::Negotiation,
        printed_on: IsoDate::from_ymd(2026, 3, 1).expect("a date"),
        author: "Regional Coordination Body".into(),
        text: TemplateCode::ShelterServices.agreement_text(Language::En, bilingual),
        signatures: Vec::new(),
        annexes: Vec::new(),
        attachments: Vec::new(),
    }
}

pub fn export(agreement: &PrintableAgreement, language: PrintLanguage) -> Vec<u8> {
    render_agreement(
        agreement,
        &PrintOptions {
            language,
            ..PrintOptions::default()
        },
    )
    .expect("exported")
}

pub fn token(agreement: &PrintableAgreement) -> String {
    agreement_token(&agreement.reference, agreement.version)
}

/// The partner's edit: in the clause's run, `word` deleted and `replacement` inserted with
/// Track Changes, a comment over the whole clause text, and a paragraph of their own typed
/// after the clause.
pub fn redline(bytes: &[u8], clause_text: &str, word: &str, replacement: &str) -> Vec<u8> {
    let mut parts: BTreeMap<String, Vec<u8>> = unzip(bytes);
    let document = String::from_utf8(parts["word/document.xml"].clone()).expect("UTF-8");
    let escaped = escape(clause_text);
    let original_run = format!(r#"<w:r><w:rPr /><w:t xml:space="preserve">{escaped}</w:t></w:r>"#);
    assert!(
        document.contains(&original_run),
        "the clause's run as exported"
    );
    let (before, after) = clause_text
        .split_once(word)
        .expect("the word in the clause");
    let edited = format!(
        concat!(
            r#"<w:commentRangeStart w:id="0"/>"#,
            r#"<w:r><w:t xml:space="preserve">{before}</w:t></w:r>"#,
            r#"<w:del w:id="901" w:author="{author}" w:date="{date}"><w:r><w:delText>{word}</w:delText></w:r></w:del>"#,
            r#"<w:ins w:id="902" w:author="{author}" w:date="{date}"><w:r><w:t>{replacement}</w:t></w:r></w:ins>"#,
            r#"<w:r><w:t xml:space="preserve">{after}</w:t></w:r>"#,
            r#"<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>"#,
        ),
        before = escape(before),
        after = escape(after),
        word = escape(word),
        replacement = escape(replacement),
        author = PARTNER,
        date = DATE,
    );
    let mut document = document.replacen(&original_run, &edited, 1);
    // The partner's own paragraph, right after the edited clause's paragraph.
    let at = document.find(&edited).expect("edited") + edited.len();
    let paragraph_end =
        at + document[at..].find("</w:p>").expect("the paragraph's end") + "</w:p>".len();
    document.insert_str(
        paragraph_end,
        &format!(
            r#"<w:p><w:ins w:id="903" w:author="{PARTNER}" w:date="{DATE}"><w:r><w:t>The shelter shall admit children with a guardian.</w:t></w:r></w:ins></w:p>"#
        ),
    );
    parts.insert("word/document.xml".into(), document.into_bytes());
    parts.insert(
        "word/comments.xml".into(),
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="{PARTNER}" w:date="{DATE}" w:initials="NTH"><w:p><w:r><w:t>Our board meets monthly;</w:t></w:r></w:p><w:p><w:r><w:t>quarterly is too slow.</w:t></w:r></w:p></w:comment></w:comments>"#
        )
        .into_bytes(),
    );
    let rels = String::from_utf8(parts["word/_rels/document.xml.rels"].clone()).expect("UTF-8");
    parts.insert(
        "word/_rels/document.xml.rels".into(),
        rels.replace(
            "</Relationships>",
            r#"<Relationship Id="rIdComments9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#,
        )
        .into_bytes(),
    );
    let types = String::from_utf8(parts["[Content_Types].xml"].clone()).expect("UTF-8");
    parts.insert(
        "[Content_Types].xml".into(),
        types
            .replace(
                "</Types>",
                r#"<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>"#,
            )
            .into_bytes(),
    );
    rezip(&parts)
}

/// The clause the tests edit: the first of the reporting section, which every template has.
pub fn edited_clause(agreement: &PrintableAgreement) -> (u32, String) {
    let clause = &agreement.text.clauses(Section::Reporting)[0];
    (clause.id, clause.text.clone())
}

/// A word of the clause to replace, present once.
pub fn word_in(text: &str) -> &str {
    text.split_whitespace()
        .find(|w| {
            w.len() > 5 && w.chars().all(char::is_alphabetic) && text.matches(*w).count() == 1
        })
        .expect("a word to replace")
}

#[test]
fn every_clause_is_read_back_by_its_bookmark_with_its_stored_text() {
    let agreement = template_agreement(false);
    let redline =
        read_redline(&export(&agreement, PrintLanguage::En), &token(&agreement)).expect("read");
    let stored: Vec<(u32, &str)> = Section::ALL
        .iter()
        .flat_map(|s| agreement.text.clauses(*s))
        .map(|c| (c.id, c.text.as_str()))
        .collect();
    let read: Vec<(u32, &str)> = redline
        .clauses
        .iter()
        .map(|c| (c.clause_id, c.proposed.as_str()))
        .collect();
    assert_eq!(read, stored);
    for clause in &redline.clauses {
        assert_eq!(clause.original, clause.proposed);
        assert!(clause.changes.is_empty() && clause.comments.is_empty());
        assert_eq!(clause.translation, None);
        assert_eq!(
            clause.segments,
            vec![Segment {
                kind: SegmentKind::Unchanged,
                text: clause.proposed.clone(),
                author: None,
                date: None
            }]
        );
    }
    assert!(redline.unplaced.is_empty(), "{:?}", redline.unplaced);
    assert!(redline.other_comments.is_empty());
}

#[test]
fn tracked_changes_and_comments_are_read_into_their_clause() {
    let agreement = template_agreement(false);
    let (id, text) = edited_clause(&agreement);
    let word = word_in(&text);
    let bytes = redline(
        &export(&agreement, PrintLanguage::En),
        &text,
        word,
        "monthly",
    );
    let read = read_redline(&bytes, &token(&agreement)).expect("read");
    let clause = read
        .clauses
        .iter()
        .find(|c| c.clause_id == id)
        .expect("the edited clause");
    let (before, after) = text.split_once(word).unwrap();
    assert_eq!(clause.original, text);
    assert_eq!(clause.proposed, format!("{before}monthly{after}"));
    assert_eq!(
        clause.changes,
        vec![
            TextChange {
                kind: ChangeKind::Deleted,
                author: PARTNER.into(),
                date: Some(DATE.into()),
                text: word.into()
            },
            TextChange {
                kind: ChangeKind::Inserted,
                author: PARTNER.into(),
                date: Some(DATE.into()),
                text: "monthly".into()
            },
        ]
    );
    let kinds: Vec<SegmentKind> = clause.segments.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            SegmentKind::Unchanged,
            SegmentKind::Deleted,
            SegmentKind::Inserted,
            SegmentKind::Unchanged
        ]
    );
    assert_eq!(clause.segments[1].author.as_deref(), Some(PARTNER));
    assert_eq!(
        clause.comments,
        vec![RedlineComment {
            author: PARTNER.into(),
            date: Some(DATE.into()),
            text: "Our board meets monthly;\nquarterly is too slow.".into(),
        }]
    );
    assert_eq!(
        read.unplaced,
        vec![UnplacedParagraph {
            after_clause: Some(id),
            text: "The shelter shall admit children with a guardian.".into()
        }]
    );
    // Every other clause is as exported.
    for other in read.clauses.iter().filter(|c| c.clause_id != id) {
        assert!(other.changes.is_empty() && other.comments.is_empty());
        assert_eq!(other.original, other.proposed);
    }
}

#[test]
fn an_edit_without_track_changes_shows_in_proposed() {
    let agreement = template_agreement(false);
    let (id, text) = edited_clause(&agreement);
    let mut parts = unzip(&export(&agreement, PrintLanguage::En));
    let document = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    let edited = document.replacen(&escape(&text), "Reports are due every month.", 1);
    parts.insert("word/document.xml".into(), edited.into_bytes());
    let read = read_redline(&rezip(&parts), &token(&agreement)).expect("read");
    let clause = read.clauses.iter().find(|c| c.clause_id == id).unwrap();
    assert_eq!(clause.proposed, "Reports are due every month.");
    assert_eq!(
        clause.original, clause.proposed,
        "nothing tracked: the caller compares with the stored text"
    );
    assert!(clause.changes.is_empty());
}

#[test]
fn a_bilingual_export_reads_both_columns() {
    let agreement = template_agreement(true);
    let read =
        read_redline(&export(&agreement, PrintLanguage::EnFr), &token(&agreement)).expect("read");
    let translation = agreement.text.translation.as_ref().unwrap();
    let english = read
        .clauses
        .iter()
        .filter(|c| c.translation.is_none())
        .count();
    let french: Vec<_> = read
        .clauses
        .iter()
        .filter(|c| c.translation == Some(Language::Fr))
        .collect();
    let stored_count: usize = agreement
        .text
        .sections
        .iter()
        .map(|s| s.clauses.len())
        .sum();
    assert_eq!(english, stored_count);
    assert_eq!(
        french.len(),
        translation
            .sections
            .iter()
            .map(|s| s.clauses.len())
            .sum::<usize>()
    );
    for clause in french {
        let stored = translation
            .sections
            .iter()
            .flat_map(|s| &s.clauses)
            .find(|c| c.id == clause.clause_id)
            .unwrap();
        assert_eq!(clause.proposed, stored.text);
    }
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}

#[test]
fn another_agreement_or_version_is_refused() {
    let agreement = template_agreement(false);
    let bytes = export(&agreement, PrintLanguage::En);
    assert_eq!(token(&agreement), "SEA_MOU_2026_001_v2");
    match read_redline(&bytes, "SEA_MOU_2026_001_v1") {
        Err(DocxReadError::NotThisAgreement { found }) => {
            assert_eq!(found.as_deref(), Some("SEA_MOU_2026_001_v2"));
        }
        other => panic!("expected NotThisAgreement, got {other:?}"),
    }
    let not_exported = crate::word::WordFile::new(crate::word::p("A letter")).bytes();
    assert_eq!(
        read_redline(&not_exported, "SEA_MOU_2026_001_v2"),
        Err(DocxReadError::NotThisAgreement { found: None })
    );
}
