//! Responsibility matrices through the use cases, on the demo partnership in a real file:
//! created from a template, saved with refusals that change nothing, annexed to an agreement
//! (whose checks then list the matrix's findings), frozen by the agreement's signature,
//! versioned, turned into action items, listed on a member's page, exported and imported.

mod common;

use common::{activity_count, demo_file, id_of, pdf_text};

use pacta_api::agreements::{self, NewAgreement};
use pacta_api::matrices::{self, NewMatrix};
use pacta_api::{matrix_export, ErrorCode};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{AgreementKind, AgreementStatus, Finding, Language, Paper, Signature};
use pacta_core::matrix::{MatrixFinding, MatrixParty, MatrixTemplateCode, Raci, RowLanguage};
use pacta_core::IsoDate;

const MINISTRY: &str =
    "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
const NGO: &str = "Trung tâm Phát triển và Hội nhập";

#[test]
fn the_demo_annexes_the_shelter_matrix_to_the_draft_agreement_with_one_finding_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let list = matrices::list(&partnership).unwrap();
    assert_eq!(list.len(), 1);
    let shelter = &list[0];
    assert_eq!(shelter.reference, "RM-2026-001");
    assert_eq!(shelter.parties, 3);
    assert_eq!(shelter.findings, 1, "one deliberate finding");
    assert_eq!(shelter.annexed_to.len(), 1);
    let detail = matrices::detail(&partnership, shelter.id).unwrap();
    assert!(matches!(
        detail.findings[0],
        MatrixFinding::SeveralAccountable { .. }
    ));

    let draft = agreements::list(&mut demo_file(
        tempfile::tempdir().unwrap().path(),
        "2026-11-25",
    ))
    .unwrap()
    .into_iter()
    .find(|a| a.status == AgreementStatus::Draft)
    .unwrap();
    let agreement = agreements::detail(&mut partnership, draft.id).unwrap();
    assert!(
        agreement.findings.iter().any(
            |f| matches!(f, Finding::AnnexedMatrix { reference, .. } if reference == "RM-2026-001")
        ),
        "the agreement's checks list the matrix's finding: {:?}",
        agreement.findings
    );
    assert!(
        !agreement
            .findings
            .iter()
            .any(|f| matches!(f, Finding::ResponsibilitiesReferenceNoMatrix { .. })),
        "annexing added a clause that references the matrix"
    );
}

#[test]
fn a_matrix_is_saved_whole_or_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let ministry = id_of(&partnership, MINISTRY);
    let ngo = id_of(&partnership, NGO);
    let id = matrices::create(
        &mut partnership,
        &NewMatrix {
            title: String::new(),
            template: Some(MatrixTemplateCode::RaidDay),
            party_ids: vec![ministry, ngo],
            french: false,
        },
    )
    .unwrap();
    let detail = matrices::detail(&partnership, id).unwrap();
    assert_eq!(detail.version.reference, "RM-2026-002");
    assert_eq!(detail.version.content.parties[0].name, MINISTRY);
    let mut content = detail.version.content.clone();
    for activity in &mut content.activities {
        activity.set(ministry, Some(Raci::Accountable));
        activity.set(ngo, Some(Raci::Responsible));
        activity.needs_funding = false;
    }
    let findings = matrices::save(&mut partnership, detail.version.id, &content).unwrap();
    assert!(
        matches!(
            findings.as_slice(),
            [MatrixFinding::OverloadedParty { organisation_id, rows, threshold: 8, .. }]
                if *organisation_id == ngo && *rows as usize == content.activities.len()
        ),
        "one A and one R on every row; the NGO does all the work: {findings:?}"
    );

    let before = activity_count(&partnership);
    let mut stranger = content.clone();
    stranger.parties.push(MatrixParty {
        organisation_id: 999_999,
        name: "Nobody Foundation".into(),
        short_name: String::new(),
    });
    let refused = matrices::save(&mut partnership, detail.version.id, &stranger).unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidMatrix);
    assert!(
        refused.message.contains("Nobody Foundation"),
        "{}",
        refused.message
    );

    let mut twice = content.clone();
    let copy = twice.activities[0].clone();
    twice.activities.push(pacta_core::matrix::Activity {
        id: twice.next_activity_id(),
        ..copy
    });
    let refused = matrices::save(&mut partnership, detail.version.id, &twice).unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidMatrix);
    assert_eq!(
        refused.details[0].row,
        Some(twice.activities.len() as u32),
        "the detail names the row"
    );
    assert_eq!(
        activity_count(&partnership),
        before,
        "refusals change nothing"
    );
    assert_eq!(
        matrices::detail(&partnership, id).unwrap().version.content,
        content
    );
}

#[test]
fn a_matrix_annexed_to_a_signed_agreement_is_frozen_and_editing_starts_a_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let ministry = id_of(&partnership, MINISTRY);
    let ngo = id_of(&partnership, NGO);
    let matrix_id = matrices::create(
        &mut partnership,
        &NewMatrix {
            title: "Shelter for the Songkhla group".into(),
            template: Some(MatrixTemplateCode::Shelter),
            party_ids: vec![ministry, ngo],
            french: false,
        },
    )
    .unwrap();
    let version = matrices::detail(&partnership, matrix_id).unwrap().version;
    let mut content = version.content.clone();
    for activity in &mut content.activities {
        activity.set(ministry, Some(Raci::Accountable));
        activity.set(ngo, Some(Raci::Responsible));
        if activity.needs_funding {
            activity.funder = "Ministry budget line 4.2".into();
        }
    }
    content.overload_threshold = 50;
    matrices::save(&mut partnership, version.id, &content).unwrap();

    let agreement_id = agreements::create(
        &mut partnership,
        &NewAgreement {
            template: Some(TemplateCode::ShelterServices),
            kind: AgreementKind::Mou,
            title: String::new(),
            language: Language::En,
            bilingual: false,
            party_ids: vec![ministry, ngo],
        },
    )
    .unwrap();
    let signed_refused = matrices::attach(&mut partnership, 1, matrix_id).unwrap_err();
    assert_eq!(
        signed_refused.code,
        ErrorCode::Immutable,
        "the demo's first agreement is signed"
    );
    matrices::attach(&mut partnership, agreement_id, matrix_id).unwrap();
    let detail = agreements::detail(&mut partnership, agreement_id).unwrap();
    let text = &detail.versions[0].text;
    assert!(
        text.clauses(pacta_core::agreement::Section::Responsibilities)
            .iter()
            .any(|c| c.text.contains("RM-2026-002")),
        "annexing adds a clause that references the matrix"
    );

    let mut text = text.clone();
    text.effective_on = IsoDate::from_ymd(2027, 1, 1);
    agreements::save_text(&mut partnership, detail.versions[0].id, &text).unwrap();
    agreements::move_to(
        &mut partnership,
        agreement_id,
        AgreementStatus::Negotiation,
        None,
        "",
    )
    .unwrap();
    let version_id = detail.versions[0].id;
    for (organisation_id, signatory) in [(ministry, "Nguyễn Thị Hương"), (ngo, "Lê Quang Bình")]
    {
        agreements::sign(
            &mut partnership,
            version_id,
            &Signature {
                organisation_id,
                signatory: signatory.into(),
                title: String::new(),
                place: "Hà Nội".into(),
                signed_on: IsoDate::from_ymd(2026, 11, 25).unwrap(),
            },
        )
        .unwrap();
    }

    let frozen = matrices::detail(&partnership, matrix_id).unwrap();
    assert!(frozen.version.frozen, "signed with the agreement");
    assert!(frozen.annexed_to[0].signed);
    let before = activity_count(&partnership);
    let refused = matrices::save(&mut partnership, frozen.version.id, &content).unwrap_err();
    assert_eq!(refused.code, ErrorCode::Immutable);
    assert_eq!(activity_count(&partnership), before);

    let next = matrices::new_version(&mut partnership, matrix_id).unwrap();
    assert_eq!(next.version.number, 2);
    assert!(!next.version.frozen);
    assert!(
        next.annexed_to.is_empty(),
        "the signed agreement keeps version 1"
    );
    content.activities[0].note = "Night shifts: two social workers".into();
    matrices::save(&mut partnership, next.version.id, &content).unwrap();
    let first = matrices::version(&partnership, matrix_id, 1).unwrap();
    assert_eq!(first.content.activities[0].note, "");

    // The frozen version prints its seal and the chain head; the editable one does not.
    let head = pacta_api::verify::chain_head(&partnership)
        .unwrap()
        .unwrap();
    let frozen_pdf = dir.path().join("frozen.pdf");
    matrix_export::export(
        &partnership,
        matrix_id,
        Some(1),
        &frozen_pdf,
        Paper::A4,
        RowLanguage::Fr,
    )
    .unwrap();
    let printed = pdf_text(&frozen_pdf);
    assert!(
        printed.contains(&format!("tête de chaîne {}", head.short)),
        "{printed}"
    );
    let draft_pdf = dir.path().join("draft.pdf");
    matrix_export::export(
        &partnership,
        matrix_id,
        Some(2),
        &draft_pdf,
        Paper::A4,
        RowLanguage::En,
    )
    .unwrap();
    assert!(!pdf_text(&draft_pdf).contains("chain head"));
}

#[test]
fn duties_and_action_items_come_from_the_grid() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let shelter = matrices::list(&partnership).unwrap()[0].id;
    let detail = matrices::detail(&partnership, shelter).unwrap();
    let first = &detail.version.content.activities[0];
    let responsible: Vec<i64> = first.holders(Raci::Responsible).collect();
    let duties = matrices::duties_of(&partnership, responsible[0]).unwrap();
    assert!(duties
        .iter()
        .any(|d| d.activity_id == first.id && d.raci == Raci::Responsible));
    assert!(duties
        .iter()
        .all(|d| matches!(d.raci, Raci::Responsible | Raci::Accountable)));

    let meeting = pacta_api::meetings::list(&partnership, None)
        .unwrap()
        .into_iter()
        .find(|m| m.minutes_status == pacta_core::meeting::MinutesStatus::Draft)
        .expect("the demo's upcoming assembly");
    let action = matrices::action_from_activity(
        &mut partnership,
        shelter,
        first.id,
        meeting.id,
        None,
        "2027-01-15",
    )
    .unwrap();
    assert_eq!(action.owner_organisation_id, responsible[0]);
    assert!(action.title.contains(&first.label));
    assert!(action.title.contains("RM-2026-001"));

    let refused = matrices::action_from_activity(
        &mut partnership,
        shelter,
        first.id,
        meeting.id,
        None,
        "2027-02-30",
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::ImpossibleDate);
}

#[test]
fn a_matrix_exports_as_pdf_spreadsheet_and_csv_and_a_csv_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let shelter = matrices::list(&partnership).unwrap()[0].id;
    for (name, magic) in [
        ("shelter.pdf", &b"%PDF"[..]),
        ("shelter.xlsx", &b"PK"[..]),
        ("shelter.csv", &b"\xef\xbb\xbf"[..]),
    ] {
        let out = dir.path().join(name);
        let exported = matrix_export::export(
            &partnership,
            shelter,
            None,
            &out,
            Paper::A4,
            RowLanguage::En,
        )
        .unwrap();
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(exported.bytes, bytes.len() as u64);
        assert!(bytes.starts_with(magic), "{name}");
    }
    let refused = matrix_export::export(
        &partnership,
        shelter,
        None,
        &dir.path().join("shelter.odt"),
        Paper::A4,
        RowLanguage::En,
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::UnsupportedFormat);
    assert!(!dir.path().join("shelter.odt").exists());

    let original = matrices::detail(&partnership, shelter)
        .unwrap()
        .version
        .content;
    let preview =
        matrix_export::preview_import(&partnership, &dir.path().join("shelter.csv"), "Copy")
            .unwrap();
    assert_eq!(preview.content.activities.len(), original.activities.len());
    let imported = matrix_export::import(
        &mut partnership,
        &dir.path().join("shelter.csv"),
        "Copy",
        None,
    )
    .unwrap();
    let copy = matrices::detail(&partnership, imported)
        .unwrap()
        .version
        .content;
    assert_eq!(copy.parties, original.parties);
    for (a, b) in copy.activities.iter().zip(&original.activities) {
        assert_eq!((&a.label, &a.cells.len()), (&b.label, &b.cells.len()));
        for party in &original.parties {
            assert_eq!(
                a.raci_of(party.organisation_id),
                b.raci_of(party.organisation_id)
            );
        }
    }

    std::fs::write(
        dir.path().join("bad.csv"),
        format!("heading,activity,{NGO}\nShelter,Food,X\n"),
    )
    .unwrap();
    let before = matrices::list(&partnership).unwrap().len();
    let refused = matrix_export::import(&mut partnership, &dir.path().join("bad.csv"), "Bad", None)
        .unwrap_err();
    assert!(
        refused
            .details
            .iter()
            .any(|d| d.row == Some(2) && d.value.as_deref() == Some("X")),
        "{refused:?}"
    );
    assert_eq!(matrices::list(&partnership).unwrap().len(), before);
}
