//! A Dutch secretariat prints in Dutch: agreements drafted from a starter text, minutes and
//! convocations, their fixed words from the Dutch catalogue and their figures grouped the
//! Dutch way; bilingual printing pairs Dutch with English.

use std::path::Path;

use pacta_api::{agreement_export, agreements, demo, meeting_export, meetings, Clock, Partnership};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{AgreementKind, Language, Paper, PrintLanguage, PrintOptions};

fn pdf_text(path: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(
        output.status.success(),
        "pdftotext reads {}",
        path.display()
    );
    String::from_utf8(output.stdout).unwrap()
}

fn demo() -> Partnership {
    let mut partnership = Partnership::in_memory(
        "Nationale NGO-strategiegroep",
        Clock::Fixed("2026-12-08T09:00:00Z".into()),
    )
    .unwrap();
    demo::load(&mut partnership).unwrap();
    partnership
}

#[test]
fn an_agreement_drafted_in_dutch_prints_in_dutch_alone_and_beside_english() {
    let mut partnership = demo();
    let id = agreements::create(
        &mut partnership,
        &agreements::NewAgreement {
            template: Some(TemplateCode::ShelterServices),
            kind: AgreementKind::Mou,
            title: String::new(),
            language: Language::Nl,
            bilingual: true,
            party_ids: Vec::new(),
        },
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();

    let dutch = dir.path().join("memorandum.pdf");
    agreement_export::export(
        &partnership,
        id,
        None,
        &dutch,
        &PrintOptions {
            paper: Paper::A4,
            language: PrintLanguage::Nl,
        },
    )
    .unwrap();
    let text = pdf_text(&dutch);
    for words in [
        "Memorandum van overeenstemming",
        "Doel en reikwijdte",
        "Pagina 1 van",
        "opvang",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }
    for english in ["Purpose and scope", "Page 1 of", "Signature"] {
        assert!(!text.contains(english), "{english:?} in the Dutch PDF");
    }

    let side_by_side = dir.path().join("memorandum-en-nl.pdf");
    agreement_export::export(
        &partnership,
        id,
        None,
        &side_by_side,
        &PrintOptions {
            paper: Paper::A4,
            language: PrintLanguage::EnNl,
        },
    )
    .unwrap();
    let text = pdf_text(&side_by_side);
    assert!(text.contains("Purpose and scope"), "{text}");
    assert!(text.contains("Doel en reikwijdte"), "{text}");

    let word = dir.path().join("memorandum.docx");
    agreement_export::export(
        &partnership,
        id,
        None,
        &word,
        &PrintOptions {
            paper: Paper::A4,
            language: PrintLanguage::Nl,
        },
    )
    .unwrap();
    assert!(std::fs::metadata(&word).unwrap().len() > 0);
}

#[test]
fn minutes_and_convocations_print_in_dutch() {
    let partnership = demo();
    let meeting = meetings::list(&partnership, None)
        .unwrap()
        .into_iter()
        .find(|m| {
            meetings::detail(&partnership, m.id)
                .unwrap()
                .items
                .iter()
                .any(|i| !i.votes.is_empty())
        })
        .expect("the demo has a meeting with a vote");
    let dir = tempfile::tempdir().unwrap();
    let minutes = dir.path().join("notulen.pdf");
    meeting_export::export_minutes(&partnership, meeting.id, &minutes, Paper::A4, Language::Nl)
        .unwrap();
    let text = pdf_text(&minutes);
    for words in [
        "Notulen",
        "Aanwezig",
        "Verloop van de vergadering",
        "Actiepunten",
        "Pagina 1 van",
        "door de voorzitter, Ministry of Labour",
        "Afgedrukt op 8 december 2026",
    ] {
        assert!(
            text.contains(words),
            "{words:?} missing from the minutes:\n{text}"
        );
    }
    for english in [
        "Minutes",
        "Present",
        "Proceedings",
        "Page 1 of",
        "door the chair",
    ] {
        assert!(
            !text.contains(english),
            "{english:?} in the Dutch minutes:\n{text}"
        );
    }

    let convocation = dir.path().join("uitnodiging.pdf");
    meeting_export::export_convocation(
        &partnership,
        meeting.id,
        &convocation,
        Paper::A4,
        Language::Nl,
    )
    .unwrap();
    let text = pdf_text(&convocation);
    assert!(text.contains("UITNODIGING"), "{text}");
    assert!(text.contains("Agenda"), "{text}");
}
