//! Verifying the demo partnership: every kind of final record is sealed, the record is intact,
//! and a head kept outside the file is checked against the chain.

use pacta_api::{demo, verify, Clock, ErrorCode, Partnership};
use pacta_core::seal::{RecordState, SealKind};

fn demo_file(dir: &std::path::Path) -> Partnership {
    let mut partnership = Partnership::create(
        &dir.join("forum.pacta"),
        "Forum",
        Clock::Fixed("2026-11-25T09:00:00Z".into()),
    )
    .unwrap();
    demo::load(&mut partnership).unwrap();
    partnership
}

#[test]
fn the_demo_is_sealed_throughout_and_intact() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path());
    let report = verify::verify(&partnership, None).unwrap();
    assert!(report.intact, "{report:?}");
    // The demo's matrices are annexed to drafts only, so none is frozen.
    for count in &report.kinds {
        assert_eq!(
            count.sealed > 0,
            count.kind != SealKind::MatrixVersion,
            "{count:?}"
        );
    }
    let head = verify::chain_head(&partnership).unwrap().unwrap();
    assert_eq!(report.head.as_ref(), Some(&head));
    assert_eq!(
        head.seals,
        report.kinds.iter().map(|count| count.sealed).sum::<u32>()
    );

    let against = verify::verify(&partnership, Some(&head.short.to_uppercase())).unwrap();
    assert!(against.intact);
    assert_eq!(against.against.unwrap().later_seals, 0);
    let unknown = verify::verify(&partnership, Some("0123456789abcdef")).unwrap();
    assert!(!unknown.intact);

    for not_a_hash in ["3fa9c1", "not-a-hash-at-all"] {
        let error = verify::verify(&partnership, Some(not_a_hash)).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidChoice, "{not_a_hash}");
        assert_eq!(error.details[0].value.as_deref(), Some(not_a_hash));
    }
    assert!(
        verify::verify(&partnership, Some("  "))
            .unwrap()
            .against
            .is_none(),
        "a blank head means no head"
    );
}

#[test]
fn signed_text_rewritten_outside_the_app_is_named_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.pacta");
    demo_file(dir.path()).close().unwrap();
    {
        let conn = pacta_store::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TRIGGER signed_versions_are_frozen;
             UPDATE agreement_versions SET text = json_set(text, '$.title', 'Rewritten') WHERE frozen = 1;",
        )
        .unwrap();
    }
    let partnership = Partnership::open(&path, Clock::System).unwrap();
    let report = verify::verify(&partnership, None).unwrap();
    assert!(!report.intact);
    assert!(!report.records.is_empty());
    for check in &report.records {
        assert_eq!(check.kind, SealKind::AgreementVersion);
        assert_eq!(check.state, RecordState::Changed);
        assert!(check.reference.starts_with("AGR-"), "{}", check.reference);
    }
}

fn pdf_text(path: &std::path::Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn printed_sealed_records_carry_their_seal_and_the_chain_head_in_the_footer() {
    use pacta_api::{agreement_export, meeting_export};
    use pacta_core::agreement::{Language, Paper, PrintOptions};

    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path());
    let head = verify::chain_head(&partnership).unwrap().unwrap();
    let signed = dir.path().join("signed.pdf");
    agreement_export::export(&partnership, 1, Some(1), &signed, &PrintOptions::default()).unwrap();
    let text = pdf_text(&signed);
    assert!(
        text.contains(&format!("chain head {} on 2026-11-25", head.short)),
        "{text}"
    );
    let printed_seal = text
        .split("Seal ")
        .nth(1)
        .and_then(|rest| rest.get(..12))
        .expect("the footer names the seal")
        .to_string();
    let found = verify::verify(&partnership, Some(&printed_seal)).unwrap();
    assert!(found.intact && found.against.unwrap().found);

    let draft = dir.path().join("draft.pdf");
    agreement_export::export(&partnership, 2, None, &draft, &PrintOptions::default()).unwrap();
    assert!(
        !pdf_text(&draft).contains("chain head"),
        "a draft is not sealed"
    );

    let minutes = dir.path().join("minutes.pdf");
    meeting_export::export_minutes(&partnership, 1, &minutes, Paper::A4, Language::Fr).unwrap();
    assert!(
        pdf_text(&minutes).contains(&format!("tête de chaîne {}", head.short)),
        "approved minutes are sealed"
    );
}
