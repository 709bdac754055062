//! A name in a script no bundled font draws (Chinese, here) still prints — as a box — and the
//! export says which character of which text, and which package to install.

use pacta_api::agreements::{self, NewAgreement};
use pacta_api::{agreement_export, members, Clock, Partnership};
use pacta_core::agreement::{AgreementKind, Language, Paper, PrintLanguage, PrintOptions};
use pacta_core::OrganisationDraft;

fn member(name: &str) -> OrganisationDraft {
    OrganisationDraft {
        name: name.into(),
        kind: "international".into(),
        joined_on: "2024-01-01".into(),
        ..Default::default()
    }
}

#[test]
fn a_character_no_font_draws_is_reported_and_the_pdf_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = Partnership::create(
        &dir.path().join("forum.pacta"),
        "Forum",
        Clock::Fixed("2026-12-07T09:00:00Z".into()),
    )
    .unwrap();
    let chinese = members::create(&mut partnership, &member("中国渔业协会")).unwrap();
    let khmer = members::create(&mut partnership, &member("ក្រសួងការងារ")).unwrap();
    let id = agreements::create(
        &mut partnership,
        &NewAgreement {
            template: None,
            kind: AgreementKind::Mou,
            title: "Memorandum on fishers' welfare".into(),
            language: Language::En,
            bilingual: false,
            party_ids: vec![chinese.id, khmer.id],
        },
    )
    .unwrap();
    let out = dir.path().join("mou.pdf");
    let options = PrintOptions {
        paper: Paper::A4,
        language: PrintLanguage::En,
    };
    let exported = agreement_export::export(&partnership, id, None, &out, &options).unwrap();
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"%PDF"),
        "the PDF is written"
    );
    let characters: Vec<&str> = exported
        .missing_characters
        .iter()
        .map(|m| m.character.as_str())
        .collect();
    for character in ["中", "国", "渔", "业", "协", "会"] {
        assert!(
            characters.contains(&character),
            "{character} in {characters:?}"
        );
    }
    assert!(exported
        .missing_characters
        .iter()
        .all(|m| m.package == "fonts-noto-cjk" && m.context.contains("中国渔业协会")));
    assert!(
        !characters
            .iter()
            .any(|c| c.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c))),
        "Khmer has its bundled face: {characters:?}"
    );
}
