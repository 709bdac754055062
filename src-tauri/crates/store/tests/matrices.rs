//! Responsibility matrices against a real partnership file: versions, annexing to agreements,
//! and the freeze that comes with a signature.

mod common;

use common::{new_file, stamp, stamp_at};
use pacta_core::agreement::{
    AgreementKind, AgreementText, Language, Party, Section, SectionText, Signature,
};
use pacta_core::matrix::{Activity, DurationUnit, MatrixContent, MatrixParty, Raci, WorkDuration};
use pacta_core::IsoDate;
use pacta_store::matrices::{self, AnnexLink};
use pacta_store::{activity, agreements, Connection, PartnershipFile, StoreError};

fn party(organisation_id: i64, name: &str, short_name: &str) -> MatrixParty {
    MatrixParty {
        organisation_id,
        name: name.into(),
        short_name: short_name.into(),
    }
}

fn row(id: u32, heading: &str, label: &str, label_fr: &str) -> Activity {
    Activity {
        id,
        heading: heading.into(),
        label: label.into(),
        label_fr: label_fr.into(),
        cells: Vec::new(),
        needs_funding: false,
        funder: String::new(),
        duration: None,
        note: String::new(),
    }
}

fn shelter_matrix(title: &str) -> MatrixContent {
    let mut content = MatrixContent::empty(title);
    content.title_fr = "Hébergement d’urgence des victimes".into();
    content.parties = vec![
        party(1, "Bộ Lao động – Thương binh và Xã hội", "MOLISA"),
        party(
            2,
            "Ministère de la Femme, de la Famille et de l’Enfance",
            "",
        ),
    ];
    let mut accommodation = row(1, "Protection", "Accommodation", "Hébergement");
    accommodation.set(1, Some(Raci::Accountable));
    accommodation.set(2, Some(Raci::Responsible));
    accommodation.needs_funding = true;
    accommodation.funder = "Fondation Saint-Éloi".into();
    accommodation.duration = Some(WorkDuration {
        amount: 3,
        unit: DurationUnit::Months,
    });
    let mut interpreting = row(2, "Protection", "Interpreting", "Interprétation");
    interpreting.set(2, Some(Raci::Consulted));
    interpreting.note = "Never a relative of the person assisted.".into();
    content.activities = vec![accommodation, interpreting];
    content
}

fn agreement_text() -> AgreementText {
    AgreementText {
        language: Language::En,
        title: "Protocole d’accord sur l’hébergement".into(),
        kind: AgreementKind::Mou,
        parties: vec![
            Party {
                organisation_id: 1,
                name: "Bộ Lao động – Thương binh và Xã hội".into(),
                signatory: Some("Nguyễn Thị Hương".into()),
                signatory_title: "Thứ trưởng".into(),
                address: String::new(),
            },
            Party {
                organisation_id: 2,
                name: "Ministère de la Femme, de la Famille et de l’Enfance".into(),
                signatory: Some("Amira Ben Salah".into()),
                signatory_title: "Ministre".into(),
                address: String::new(),
            },
        ],
        sections: vec![SectionText {
            section: Section::PurposeAndScope,
            clauses: vec![pacta_core::agreement::Clause {
                id: 1,
                text: "Shelter victims for as long as the annexed matrix says.".into(),
                notes: Vec::new(),
            }],
        }],
        effective_on: IsoDate::from_ymd(2026, 12, 1),
        expires_on: None,
        translation: None,
        annexes: Vec::new(),
    }
}

/// A draft agreement; returns its first version's id.
fn draft_agreement(conn: &Connection) -> i64 {
    let id = agreements::create(conn, &stamp(), &agreement_text()).unwrap();
    agreements::latest(conn, id).unwrap().id
}

/// Every party signs, which freezes the agreement version.
fn sign_all(conn: &Connection, agreement_version_id: i64) {
    for (organisation_id, signatory) in [(1, "Nguyễn Thị Hương"), (2, "Amira Ben Salah")] {
        agreements::sign(
            conn,
            &stamp(),
            agreement_version_id,
            &Signature {
                organisation_id,
                signatory: signatory.into(),
                title: String::new(),
                place: "Hà Nội".into(),
                signed_on: IsoDate::from_ymd(2026, 11, 30).unwrap(),
            },
        )
        .unwrap();
    }
    assert!(
        agreements::version(conn, agreement_version_id)
            .unwrap()
            .frozen
    );
}

fn immutable<T: std::fmt::Debug>(result: Result<T, StoreError>) -> String {
    match result {
        Err(StoreError::Immutable(message)) => message,
        other => panic!("expected the file to refuse, got {other:?}"),
    }
}

fn annexed_ids(conn: &Connection, agreement_version_id: i64) -> Vec<i64> {
    matrices::annexed_to_agreement_version(conn, agreement_version_id)
        .unwrap()
        .iter()
        .map(|version| version.id)
        .collect()
}

#[test]
fn matrices_are_numbered_per_year_and_listed_by_reference_with_their_latest_version() {
    let (_dir, file) = new_file("matrices.pacta");
    let conn = file.connection();
    let shelter = matrices::create(
        conn,
        &stamp(),
        Some("shelter"),
        &shelter_matrix("Emergency shelter"),
    )
    .unwrap();
    let raid = matrices::create(
        conn,
        &stamp(),
        None,
        &MatrixContent::empty("Raid-day coordination"),
    )
    .unwrap();
    let next_year = matrices::create(
        conn,
        &stamp_at("2027-01-04T08:00:00Z"),
        None,
        &MatrixContent::empty("Referral"),
    )
    .unwrap();

    let first = matrices::latest(conn, shelter).unwrap();
    assert_eq!(
        (first.reference.as_str(), first.number, first.frozen),
        ("RM-2026-001", 1, false)
    );
    assert_eq!(first.created_at, "2026-11-25T10:00:00Z");
    assert_eq!(
        matrices::latest(conn, raid).unwrap().reference,
        "RM-2026-002"
    );
    assert_eq!(
        matrices::latest(conn, next_year).unwrap().reference,
        "RM-2027-001"
    );
    assert_eq!(
        matrices::template(conn, shelter).unwrap().as_deref(),
        Some("shelter")
    );
    assert_eq!(matrices::template(conn, raid).unwrap(), None);

    let second = matrices::new_version(conn, &stamp(), shelter).unwrap();
    let numbers: Vec<u32> = matrices::versions(conn, shelter)
        .unwrap()
        .iter()
        .map(|v| v.number)
        .collect();
    assert_eq!(numbers, vec![1, 2]);

    let listed: Vec<(String, u32)> = matrices::list_latest(conn)
        .unwrap()
        .into_iter()
        .map(|v| (v.reference, v.number))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("RM-2026-001".to_string(), 2),
            ("RM-2026-002".to_string(), 1),
            ("RM-2027-001".to_string(), 1),
        ]
    );
    assert_eq!(matrices::latest(conn, shelter).unwrap().id, second.id);

    assert!(matches!(
        matrices::versions(conn, 999),
        Err(StoreError::NotFound {
            kind: "matrix",
            id: 999
        })
    ));
    assert!(matches!(
        matrices::latest(conn, 999),
        Err(StoreError::NotFound { kind: "matrix", .. })
    ));
    assert!(matches!(
        matrices::version(conn, 999),
        Err(StoreError::NotFound { id: 999, .. })
    ));
    let logged = activity::recent(conn, Some(("matrix", shelter)), 10).unwrap();
    let actions: Vec<&str> = logged.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, vec!["new_version", "create"]);
}

#[test]
fn a_saved_matrix_reads_back_exactly_after_the_file_is_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reopened.pacta");
    let file = PartnershipFile::create(&path, "Partners", &stamp()).unwrap();
    let conn = file.connection();
    let id = matrices::create(conn, &stamp(), None, &MatrixContent::empty("Draft")).unwrap();
    let version = matrices::latest(conn, id).unwrap().id;
    let content = shelter_matrix("Hébergement d’urgence — Nguyễn & Ben Salah");
    matrices::save(conn, &stamp_at("2026-11-26T09:30:00Z"), version, &content).unwrap();
    let (updated_at, updated_by): (String, String) = conn
        .query_row(
            "SELECT updated_at, updated_by FROM matrix_versions WHERE id = ?1",
            [version],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(updated_at, "2026-11-26T09:30:00Z");
    assert_eq!(updated_by, "Secretariat");
    let edit = &activity::recent(conn, Some(("matrix", id)), 1).unwrap()[0];
    assert_eq!(edit.action, "edit");
    assert!(edit.changes.contains("activities"), "{}", edit.changes);
    file.close().unwrap();

    let file = PartnershipFile::open(&path).unwrap();
    let back = matrices::version(file.connection(), version).unwrap();
    assert_eq!(back.content, content);
    assert_eq!(
        back.content.parties[0].name,
        "Bộ Lao động – Thương binh và Xã hội"
    );
    assert_eq!(back.content.activities[0].funder, "Fondation Saint-Éloi");
    assert_eq!(
        back.content.activities[0].raci_of(1),
        Some(Raci::Accountable)
    );
    assert_eq!((back.number, back.frozen), (1, false));
    assert!(matches!(
        matrices::save(file.connection(), &stamp(), 999, &content),
        Err(StoreError::NotFound { id: 999, .. })
    ));
}

#[test]
fn signing_an_agreement_freezes_its_annexed_matrix_and_the_file_keeps_it_so() {
    let (_dir, mut file) = new_file("matrices.pacta");
    let (matrix, first, agreement_version, second_agreement) = {
        let conn = file.connection();
        let matrix = matrices::create(
            conn,
            &stamp(),
            Some("shelter"),
            &shelter_matrix("Emergency shelter"),
        )
        .unwrap();
        let first = matrices::latest(conn, matrix).unwrap();
        let agreement_version = draft_agreement(conn);
        let second_agreement = draft_agreement(conn);
        matrices::attach(conn, &stamp(), agreement_version, first.id).unwrap();
        matrices::attach(conn, &stamp(), second_agreement, first.id).unwrap();
        (matrix, first, agreement_version, second_agreement)
    };
    let conn = file.connection();
    sign_all(conn, agreement_version);
    let frozen = matrices::version(conn, first.id).unwrap();
    assert!(frozen.frozen, "annexed to a signed agreement version");
    assert_eq!(frozen.content, first.content);

    // The second agreement's signature meets a matrix version already frozen.
    sign_all(conn, second_agreement);
    let links = matrices::agreements_of_matrix_version(conn, first.id).unwrap();
    assert_eq!(
        links,
        vec![
            AnnexLink {
                agreement_id: agreements::version(conn, agreement_version)
                    .unwrap()
                    .agreement_id,
                agreement_reference: "AGR-2026-001".into(),
                agreement_version_id: agreement_version,
                agreement_version_number: 1,
                frozen: true,
            },
            AnnexLink {
                agreement_id: agreements::version(conn, second_agreement)
                    .unwrap()
                    .agreement_id,
                agreement_reference: "AGR-2026-002".into(),
                agreement_version_id: second_agreement,
                agreement_version_number: 1,
                frozen: true,
            },
        ]
    );

    let logged_before = activity::count(conn).unwrap();
    let message = immutable(file.write(|conn| {
        matrices::save(conn, &stamp(), first.id, &MatrixContent::empty("Rewritten"))
    }));
    assert!(message.contains("start a new version"), "{message}");
    let conn = file.connection();
    for sql in [
        "UPDATE matrix_versions SET content = '{}' WHERE id = ?1",
        "UPDATE matrix_versions SET frozen = 0 WHERE id = ?1",
        "DELETE FROM matrix_versions WHERE id = ?1",
    ] {
        let error = conn.execute(sql, [first.id]).unwrap_err();
        assert!(
            error.to_string().contains("signed agreement"),
            "{sql}: {error}"
        );
    }
    let kept = matrices::version(conn, first.id).unwrap();
    assert_eq!(kept.content, first.content);
    assert!(kept.frozen);
    assert_eq!(matrices::versions(conn, matrix).unwrap().len(), 1);
    assert_eq!(activity::count(conn).unwrap(), logged_before);
}

#[test]
fn a_new_version_copies_the_content_and_drafts_follow_it_while_signed_agreements_keep_theirs() {
    let (_dir, file) = new_file("matrices.pacta");
    let conn = file.connection();
    let matrix =
        matrices::create(conn, &stamp(), None, &shelter_matrix("Emergency shelter")).unwrap();
    let first = matrices::latest(conn, matrix).unwrap();
    let signed = draft_agreement(conn);
    let draft = draft_agreement(conn);
    matrices::attach(conn, &stamp(), signed, first.id).unwrap();
    matrices::attach(conn, &stamp(), draft, first.id).unwrap();
    sign_all(conn, signed);

    let second = matrices::new_version(conn, &stamp_at("2026-12-02T14:00:00Z"), matrix).unwrap();
    assert_eq!(
        (second.number, second.frozen, second.matrix_id),
        (2, false, matrix)
    );
    assert_eq!(second.reference, "RM-2026-001");
    assert_eq!(second.content, first.content);
    assert_eq!(second.created_at, "2026-12-02T14:00:00Z");

    let mut changed = second.content.clone();
    changed.activities[1].set(1, Some(Raci::Informed));
    matrices::save(conn, &stamp(), second.id, &changed).expect("a new version is editable");
    assert_eq!(matrices::version(conn, second.id).unwrap().content, changed);
    assert_eq!(
        matrices::version(conn, first.id).unwrap().content,
        first.content
    );

    assert_eq!(annexed_ids(conn, signed), vec![first.id]);
    assert_eq!(annexed_ids(conn, draft), vec![second.id]);
    let of = |id| -> Vec<(i64, bool)> {
        matrices::agreements_of_matrix_version(conn, id)
            .unwrap()
            .into_iter()
            .map(|link| (link.agreement_version_id, link.frozen))
            .collect()
    };
    assert_eq!(of(first.id), vec![(signed, true)]);
    assert_eq!(of(second.id), vec![(draft, false)]);

    let logged = &activity::recent(conn, Some(("matrix", matrix)), 2).unwrap()[1];
    assert_eq!(logged.action, "new_version");
    assert!(
        logged.changes.contains(&format!("[{draft}]")),
        "{}",
        logged.changes
    );
}

#[test]
fn the_annexes_of_a_signed_agreement_version_cannot_be_added_removed_or_replaced() {
    let (_dir, file) = new_file("matrices.pacta");
    let conn = file.connection();
    let shelter =
        matrices::create(conn, &stamp(), None, &shelter_matrix("Emergency shelter")).unwrap();
    let raid = matrices::create(conn, &stamp(), None, &MatrixContent::empty("Raid day")).unwrap();
    let shelter_first = matrices::latest(conn, shelter).unwrap().id;
    let raid_first = matrices::latest(conn, raid).unwrap().id;
    let signed = draft_agreement(conn);
    matrices::attach(conn, &stamp(), signed, shelter_first).unwrap();
    sign_all(conn, signed);
    let shelter_second = matrices::new_version(conn, &stamp(), shelter).unwrap().id;
    let logged_before = activity::count(conn).unwrap();

    let message = immutable(matrices::attach(conn, &stamp(), signed, raid_first));
    assert!(message.contains("signed agreement"), "{message}");
    immutable(matrices::attach(conn, &stamp(), signed, shelter_second));
    immutable(matrices::detach(conn, &stamp(), signed, shelter_first));
    for sql in [
        "UPDATE agreement_matrices SET position = 7 WHERE agreement_version_id = ?1",
        "DELETE FROM agreement_matrices WHERE agreement_version_id = ?1",
    ] {
        let error = conn.execute(sql, [signed]).unwrap_err();
        assert!(
            error.to_string().contains("signed agreement"),
            "{sql}: {error}"
        );
    }
    // A link may not be moved into a signed version either.
    let draft = draft_agreement(conn);
    matrices::attach(conn, &stamp(), draft, raid_first).unwrap();
    assert!(conn
        .execute(
            "UPDATE agreement_matrices SET agreement_version_id = ?1 WHERE agreement_version_id = ?2",
            [signed, draft],
        )
        .is_err());

    // Nothing to change, so nothing to refuse.
    let logged_after = activity::count(conn).unwrap();
    matrices::attach(conn, &stamp(), signed, shelter_first).unwrap();
    assert_eq!(activity::count(conn).unwrap(), logged_after);
    assert_eq!(annexed_ids(conn, signed), vec![shelter_first]);
    // One draft and one attach were logged since; the refusals logged nothing.
    assert_eq!(logged_after, logged_before + 2);
}

#[test]
fn annexes_keep_their_order_and_an_agreement_version_holds_one_version_of_each_matrix() {
    let (_dir, file) = new_file("matrices.pacta");
    let conn = file.connection();
    let ids: Vec<i64> = ["Shelter", "Raid day", "Referral"]
        .into_iter()
        .map(|title| {
            let matrix =
                matrices::create(conn, &stamp(), None, &MatrixContent::empty(title)).unwrap();
            matrices::latest(conn, matrix).unwrap().id
        })
        .collect();
    let (shelter, raid, referral) = (ids[0], ids[1], ids[2]);
    let draft = draft_agreement(conn);
    for id in [shelter, raid, referral] {
        matrices::attach(conn, &stamp(), draft, id).unwrap();
    }
    assert_eq!(annexed_ids(conn, draft), vec![shelter, raid, referral]);

    let logged = activity::count(conn).unwrap();
    matrices::attach(conn, &stamp(), draft, raid).expect("attaching twice changes nothing");
    assert_eq!(activity::count(conn).unwrap(), logged);
    assert_eq!(annexed_ids(conn, draft), vec![shelter, raid, referral]);

    matrices::detach(conn, &stamp(), draft, raid).unwrap();
    assert_eq!(annexed_ids(conn, draft), vec![shelter, referral]);
    matrices::attach(conn, &stamp(), draft, raid).unwrap();
    assert_eq!(annexed_ids(conn, draft), vec![shelter, referral, raid]);
    assert!(matches!(
        matrices::detach(conn, &stamp(), draft_agreement(conn), raid),
        Err(StoreError::NotFound { id, .. }) if id == raid
    ));

    // The draft follows the matrix; going back to an older version takes the newer one's place.
    let shelter_matrix_id = matrices::version(conn, shelter).unwrap().matrix_id;
    matrices::new_version(conn, &stamp(), shelter_matrix_id).unwrap();
    let shelter_third = matrices::new_version(conn, &stamp(), shelter_matrix_id)
        .unwrap()
        .id;
    assert_eq!(
        annexed_ids(conn, draft),
        vec![shelter_third, referral, raid]
    );
    matrices::attach(conn, &stamp(), draft, shelter).unwrap();
    assert_eq!(annexed_ids(conn, draft), vec![shelter, referral, raid]);
    let replaced = &activity::recent(conn, None, 1).unwrap()[0];
    assert!(
        replaced
            .summary
            .contains("Version 1 of RM-2026-001 replaces version 3"),
        "{}",
        replaced.summary
    );

    assert!(matches!(
        matrices::attach(conn, &stamp(), 999, raid),
        Err(StoreError::NotFound {
            kind: "agreement version",
            id: 999
        })
    ));
    assert!(matches!(
        matrices::attach(conn, &stamp(), draft, 999),
        Err(StoreError::NotFound {
            kind: "matrix version",
            id: 999
        })
    ));
    assert!(matrices::annexed_to_agreement_version(conn, 999)
        .unwrap()
        .is_empty());
}
