//! Agreements through the use cases, on the demo partnership and on real files: drafting from
//! a template, the checks before signature, signatures that freeze a version, amendments,
//! the calendar's status changes, reminders, papers and exports.

mod common;

use common::{activity_count, demo_file, id_of};

use pacta_api::agreements::{self, NewAgreement};
use pacta_api::{agreement_export, agreement_papers, Clock, ErrorCode, Partnership};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{
    AgreementKind, AgreementStatus, ClauseChangeKind, Finding, Language, PrintLanguage,
    PrintOptions, ReminderKind, Section, Signature,
};
use pacta_core::IsoDate;

const MINISTRY: &str =
    "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
const NGO: &str = "Trung tâm Phát triển và Hội nhập";

fn at(day: &str) -> Clock {
    Clock::Fixed(format!("{day}T09:00:00Z"))
}

fn date(text: &str) -> IsoDate {
    IsoDate::parse(pacta_core::Field::EffectiveOn, text).unwrap()
}

fn signature(organisation_id: i64, signatory: &str) -> Signature {
    Signature {
        organisation_id,
        signatory: signatory.into(),
        title: String::new(),
        place: "Hà Nội".into(),
        signed_on: date("2026-12-01"),
    }
}

#[test]
fn the_demo_has_a_signed_and_amended_mou_and_a_draft_among_three_members() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let list = agreements::list(&mut partnership).unwrap();
    assert_eq!(list.len(), 2);
    let referral = &list[0];
    assert_eq!(referral.status, AgreementStatus::InForce);
    assert_eq!((referral.versions, referral.latest_amendment), (2, 1));
    assert!(referral.latest_frozen);
    assert_eq!(
        referral.parties,
        vec![MINISTRY.to_string(), NGO.to_string()]
    );
    let detail = agreements::detail(&mut partnership, referral.id).unwrap();
    let signatories: Vec<&str> = detail.versions[1]
        .signatures
        .iter()
        .map(|s| s.signatory.as_str())
        .collect();
    assert_eq!(signatories, vec!["Nguyễn Thị Hương", "Lê Quang Bình"]);
    let changes =
        agreements::compare_versions(&partnership, detail.versions[0].id, detail.versions[1].id)
            .unwrap();
    assert_eq!(changes.len(), 1, "the amendment adds one clause");
    assert_eq!(changes[0].kind, ClauseChangeKind::Added);
    assert_eq!(changes[0].section, Section::Responsibilities);

    let draft = &list[1];
    assert_eq!(draft.status, AgreementStatus::Draft);
    assert_eq!(draft.kind, AgreementKind::BindingAgreement);
    assert_eq!(draft.parties.len(), 3);

    let reminders = agreements::reminders_due(&mut partnership).unwrap();
    assert_eq!(reminders.len(), 1);
    assert_eq!(
        reminders[0].reminder,
        ReminderKind::Expiring {
            expires_on: date("2027-01-31"),
            days_left: 67
        }
    );
}

#[test]
fn an_mou_is_checked_negotiated_signed_by_each_party_then_frozen() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let ministry = id_of(&partnership, MINISTRY);
    let ngo = id_of(&partnership, NGO);
    let id = agreements::create(
        &mut partnership,
        &NewAgreement {
            template: Some(TemplateCode::NationalReferralMechanism),
            kind: AgreementKind::Mou,
            title: String::new(),
            language: Language::Fr,
            bilingual: false,
            party_ids: vec![ministry, ngo],
        },
    )
    .unwrap();
    let detail = agreements::detail(&mut partnership, id).unwrap();
    assert_eq!(detail.findings, vec![Finding::NoEffectiveDate]);
    assert_eq!(detail.summary.reference, "AGR-2026-003");
    let version = detail.versions[0].clone();
    assert_eq!(
        version.text.parties[0].signatory.as_deref(),
        Some("Nguyễn Thị Hương"),
        "the primary representative is proposed as signatory"
    );

    let before = activity_count(&partnership);
    let refused = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ministry, "Nguyễn Thị Hương"),
    )
    .unwrap_err();
    assert_eq!(
        refused.code,
        ErrorCode::LifecycleRefused,
        "a draft is negotiated first"
    );
    agreements::move_to(&mut partnership, id, AgreementStatus::Negotiation, None, "").unwrap();
    let refused = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ministry, "Nguyễn Thị Hương"),
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::NotReadyToSign);
    assert_eq!(refused.details.len(), 1);
    assert_eq!(
        activity_count(&partnership),
        before + 1,
        "only the move was recorded"
    );

    let mut text = version.text.clone();
    text.effective_on = Some(date("2027-01-01"));
    text.expires_on = Some(date("2026-12-31"));
    agreements::save_text(&mut partnership, version.id, &text).unwrap();
    assert_eq!(
        agreements::detail(&mut partnership, id).unwrap().findings,
        vec![Finding::ExpiryBeforeEffective {
            effective_on: date("2027-01-01"),
            expires_on: date("2026-12-31")
        }]
    );
    text.expires_on = Some(date("2029-12-31"));
    agreements::save_text(&mut partnership, version.id, &text).unwrap();

    let before = activity_count(&partnership);
    let stranger = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ministry, "Someone Else"),
    )
    .unwrap_err();
    assert_eq!(
        stranger.code,
        ErrorCode::InvalidChoice,
        "{}",
        stranger.message
    );
    let outsider = id_of(&partnership, "Thai Frozen Foods Association");
    let not_party = agreements::sign(
        &mut partnership,
        version.id,
        &signature(outsider, "Pornthip Srisuk (พรทิพย์ ศรีสุข)"),
    )
    .unwrap_err();
    assert_eq!(not_party.code, ErrorCode::NotAParty);
    assert_eq!(
        activity_count(&partnership),
        before,
        "refused signatures change nothing"
    );

    // The name as typed with other case and spacing still names the representative.
    let half = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ministry, "nguyễn  thị hương"),
    )
    .unwrap();
    assert!(!half.frozen);
    let again = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ministry, "Trần Văn Đức"),
    )
    .unwrap_err();
    assert_eq!(again.code, ErrorCode::Immutable, "one signature per party");
    let signed = agreements::sign(
        &mut partnership,
        version.id,
        &signature(ngo, "Lê Quang Bình"),
    )
    .unwrap();
    assert!(signed.frozen);
    let detail = agreements::detail(&mut partnership, id).unwrap();
    assert_eq!(detail.summary.status, AgreementStatus::Signed);
    assert!(detail.findings.is_empty());

    let frozen = agreements::save_text(&mut partnership, version.id, &text).unwrap_err();
    assert_eq!(frozen.code, ErrorCode::Immutable);
    let back =
        agreements::move_to(&mut partnership, id, AgreementStatus::Draft, None, "").unwrap_err();
    assert_eq!(back.code, ErrorCode::LifecycleRefused);

    let amendment = agreements::amend(&mut partnership, id).unwrap();
    assert_eq!(
        (amendment.number, amendment.amendment, amendment.frozen),
        (2, 1, false)
    );
    let mut amended = amendment.text.clone();
    let funding = amended
        .sections
        .iter_mut()
        .find(|s| s.section == Section::Funding)
        .unwrap();
    funding.clauses[0]
        .text
        .push_str(" Le financement est révisé chaque année.");
    agreements::save_text(&mut partnership, amendment.id, &amended).unwrap();
    let changes = agreements::compare_versions(&partnership, version.id, amendment.id).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, ClauseChangeKind::Changed);
    assert_eq!(changes[0].section, Section::Funding);
    let twice = agreements::amend(&mut partnership, id).unwrap_err();
    assert_eq!(
        twice.code,
        ErrorCode::LifecycleRefused,
        "one open amendment at a time"
    );
}

#[test]
fn the_calendar_brings_a_signed_agreement_into_force_then_to_its_expiry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.pacta");
    demo_file(dir.path(), "2024-06-25").close().unwrap();
    let mut partnership = Partnership::open(&path, at("2024-06-30")).unwrap();
    // The demo records its own history; its MoU starts in force, so move back in time by
    // checking the draft instead: nothing is due for it.
    assert_eq!(agreements::apply_calendar(&mut partnership).unwrap(), 0);
    partnership.close().unwrap();
    let mut partnership = Partnership::open(&path, at("2027-02-01")).unwrap();
    assert_eq!(agreements::apply_calendar(&mut partnership).unwrap(), 1);
    let list = agreements::list(&mut partnership).unwrap();
    assert_eq!(list[0].status, AgreementStatus::Expired);
    assert_eq!(
        agreements::apply_calendar(&mut partnership).unwrap(),
        0,
        "applied once"
    );
}

#[test]
fn terminating_needs_a_date_and_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let id = agreements::list(&mut partnership).unwrap()[0].id;
    let before = activity_count(&partnership);
    let no_reason = agreements::move_to(
        &mut partnership,
        id,
        AgreementStatus::Terminated,
        Some("2026-12-31"),
        " ",
    )
    .unwrap_err();
    assert_eq!(no_reason.code, ErrorCode::Required);
    let bad_date = agreements::move_to(
        &mut partnership,
        id,
        AgreementStatus::Terminated,
        Some("2026-02-30"),
        "Replaced by the regional SOP",
    )
    .unwrap_err();
    assert_eq!(bad_date.code, ErrorCode::ImpossibleDate);
    assert_eq!(activity_count(&partnership), before);
    agreements::move_to(
        &mut partnership,
        id,
        AgreementStatus::Terminated,
        Some("2026-12-31"),
        "Replaced by the regional SOP",
    )
    .unwrap();
    assert_eq!(
        agreements::list(&mut partnership).unwrap()[0].status,
        AgreementStatus::Terminated
    );
}

#[test]
fn papers_are_stored_with_their_fingerprint_and_come_back_identical() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let id = agreements::list(&mut partnership).unwrap()[0].id;
    let scan = dir.path().join("Biên bản ký kết.pdf");
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&scan, &bytes).unwrap();
    let paper = agreement_papers::attach_file(&mut partnership, id, None, &scan).unwrap();
    assert_eq!(paper.file_name, "Biên bản ký kết.pdf");
    assert_eq!(paper.media_type, "application/pdf");
    assert_eq!(paper.size_bytes, 100_000);
    let copy = dir.path().join("copy.pdf");
    agreement_papers::save_attachment(&partnership, paper.id, &copy).unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    let printed = agreement_export::printable(&partnership, id, None).unwrap();
    assert_eq!(printed.attachments[0].sha256, paper.sha256);
}

#[test]
fn exports_follow_the_extension_and_refuse_a_language_the_text_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let list = agreements::list(&mut partnership).unwrap();
    let id = list[0].id;
    let options = PrintOptions {
        paper: pacta_core::agreement::Paper::A4,
        language: PrintLanguage::EnFr,
    };
    let pdf = agreement_export::export(
        &partnership,
        id,
        Some(1),
        &dir.path().join("v1.pdf"),
        &options,
    )
    .unwrap();
    assert_eq!((pdf.format.as_str(), pdf.version), ("pdf", 1));
    let bytes = std::fs::read(dir.path().join("v1.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let docx = agreement_export::export(
        &partnership,
        id,
        None,
        &dir.path().join("latest.docx"),
        &options,
    )
    .unwrap();
    assert_eq!((docx.format.as_str(), docx.version), ("docx", 2));
    assert!(std::fs::read(dir.path().join("latest.docx"))
        .unwrap()
        .starts_with(b"PK"));

    let odt = agreement_export::export(&partnership, id, None, &dir.path().join("x.odt"), &options)
        .unwrap_err();
    assert_eq!(odt.code, ErrorCode::UnsupportedFormat);
    let missing = agreement_export::export(
        &partnership,
        id,
        Some(9),
        &dir.path().join("x.pdf"),
        &options,
    )
    .unwrap_err();
    assert_eq!(missing.code, ErrorCode::NotFound);

    let ministry = id_of(&partnership, MINISTRY);
    let ngo = id_of(&partnership, NGO);
    let english_only = agreements::create(
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
    let french = agreement_export::export(
        &partnership,
        english_only,
        None,
        &dir.path().join("fr.pdf"),
        &PrintOptions {
            paper: pacta_core::agreement::Paper::Letter,
            language: PrintLanguage::Fr,
        },
    )
    .unwrap_err();
    assert_eq!(french.code, ErrorCode::MissingTranslation);
    assert!(
        !dir.path().join("fr.pdf").exists(),
        "a refused export writes nothing"
    );
}

#[test]
fn a_party_named_twice_or_missing_from_the_registry_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-11-25");
    let ministry = id_of(&partnership, MINISTRY);
    let new = |party_ids: Vec<i64>| NewAgreement {
        template: None,
        kind: AgreementKind::Sop,
        title: "Standard operating procedures for joint inspections at sea".into(),
        language: Language::En,
        bilingual: false,
        party_ids,
    };
    let before = activity_count(&partnership);
    let twice = agreements::create(&mut partnership, &new(vec![ministry, ministry])).unwrap_err();
    assert_eq!(twice.code, ErrorCode::InvalidAgreement);
    let missing = agreements::create(&mut partnership, &new(vec![ministry, 9999])).unwrap_err();
    assert_eq!(missing.code, ErrorCode::NotFound);
    let untitled = agreements::create(
        &mut partnership,
        &NewAgreement {
            title: "  ".into(),
            ..new(vec![ministry])
        },
    )
    .unwrap_err();
    assert_eq!(untitled.code, ErrorCode::Required);
    assert_eq!(activity_count(&partnership), before);
    assert_eq!(agreements::list(&mut partnership).unwrap().len(), 2);
}
