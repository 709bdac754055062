//! The store against real SQLite files and in-memory databases.

mod common;

use common::stamp;
use pacta_core::{
    BodyDraft, MemberQuery, MemberSort, MemberStatus, MembershipDraft, OrganisationDraft,
    RepresentativeDraft, Role, StatusChangeDraft,
};
use pacta_store::{
    activity, bodies, member_search, organisations, partnership, representatives, PartnershipFile,
    StoreError,
};

fn organisation(
    name: &str,
    kind: &str,
    country: &str,
    chamber: &str,
) -> pacta_core::ValidOrganisation {
    OrganisationDraft {
        name: name.into(),
        acronym: String::new(),
        kind: kind.into(),
        country: country.into(),
        chamber: chamber.into(),
        pillars: vec!["protection".into()],
        joined_on: "2024-03-01".into(),
        notes: String::new(),
    }
    .validate()
    .unwrap()
}

fn add(file: &PartnershipFile, name: &str) -> i64 {
    organisations::insert(
        file.connection(),
        &stamp(),
        &organisation(name, "civil_society", "TL", "Civil society"),
        MemberStatus::Active,
    )
    .unwrap()
}

#[test]
fn a_created_file_reopens_with_its_content_and_leaves_no_wal_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.pacta");
    let file = PartnershipFile::create(&path, "SEA Forum for Fishers", &stamp()).unwrap();
    add(&file, "Associação Timorense");
    file.close().unwrap();
    assert!(
        !dir.path().join("forum.pacta-wal").exists(),
        "the WAL is folded back on close"
    );

    let reopened = PartnershipFile::open(&path).unwrap();
    assert_eq!(
        partnership::name(reopened.connection()).unwrap(),
        "SEA Forum for Fishers"
    );
    assert_eq!(
        partnership::counts(reopened.connection())
            .unwrap()
            .organisations,
        1
    );
}

#[test]
fn create_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pacta");
    std::fs::write(&path, b"precious").unwrap();
    assert!(matches!(
        PartnershipFile::create(&path, "X", &stamp()),
        Err(StoreError::FileExists { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
}

#[test]
fn foreign_and_damaged_files_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.pacta");
    std::fs::write(&text, "name,kind\nA,ngo\n").unwrap();
    assert!(matches!(
        PartnershipFile::open(&text),
        Err(StoreError::NotAPactaFile { .. })
    ));
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "name,kind\nA,ngo\n"
    );

    let empty = dir.path().join("empty.pacta");
    std::fs::write(&empty, b"").unwrap();
    assert!(matches!(
        PartnershipFile::open(&empty),
        Err(StoreError::NotAPactaFile { .. })
    ));

    let other_sqlite = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other_sqlite)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    assert!(matches!(
        PartnershipFile::open(&other_sqlite),
        Err(StoreError::NotAPactaFile { .. })
    ));

    let damaged = dir.path().join("damaged.pacta");
    let file = PartnershipFile::create(&damaged, "D", &stamp()).unwrap();
    for n in 0..200 {
        add(&file, &format!("Member {n}"));
    }
    file.close().unwrap();
    let mut bytes = std::fs::read(&damaged).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0x5a);
    std::fs::write(&damaged, &bytes).unwrap();
    let error = PartnershipFile::open(&damaged)
        .err()
        .expect("damage is detected");
    assert!(
        matches!(
            error,
            StoreError::Corrupted { .. } | StoreError::NotAPactaFile { .. }
        ),
        "{error}"
    );
    assert_eq!(
        std::fs::read(&damaged).unwrap(),
        bytes,
        "a damaged file is not rewritten"
    );

    assert!(matches!(
        PartnershipFile::open(&dir.path().join("nope.pacta")),
        Err(StoreError::FileMissing { .. })
    ));
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.pacta");
    PartnershipFile::create(&path, "Future", &stamp())
        .unwrap()
        .close()
        .unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    match PartnershipFile::open(&path) {
        Err(StoreError::SchemaTooNew {
            found, supported, ..
        }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, pacta_store::migrations::latest_version());
        }
        other => panic!("expected SchemaTooNew, got {:?}", other.err()),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_old_file_is_backed_up_then_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.pacta");
    // A file stamped as Pacta's but at schema 0: what an interrupted creation leaves behind.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(
        None,
        "application_id",
        pacta_store::file::header::APPLICATION_ID,
    )
    .unwrap();
    conn.execute_batch("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1);")
        .unwrap();
    drop(conn);

    let file = PartnershipFile::open(&path).unwrap();
    assert_eq!(
        pacta_store::migrations::current_version(file.connection()).unwrap(),
        pacta_store::migrations::latest_version()
    );
    let backup = dir.path().join("old.pacta.schema-0.bak");
    assert!(backup.exists(), "a copy is taken before migrating");
    let kept: i64 = rusqlite::Connection::open(&backup)
        .unwrap()
        .query_row("SELECT x FROM scratch", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 1);
}

#[test]
fn a_failing_migration_leaves_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clash.pacta");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(
        None,
        "application_id",
        pacta_store::file::header::APPLICATION_ID,
    )
    .unwrap();
    // A table the first migration also creates: the migration fails half-way.
    conn.execute_batch("CREATE TABLE bodies (x); INSERT INTO bodies VALUES (7);")
        .unwrap();
    drop(conn);
    assert!(matches!(
        PartnershipFile::open(&path),
        Err(StoreError::Migration(_))
    ));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1, "no table of the failed migration remains");
    assert_eq!(pacta_store::migrations::current_version(&conn).unwrap(), 0);
}

#[test]
fn a_second_opener_is_refused_while_the_file_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.pacta");
    let first = PartnershipFile::create(&path, "Busy", &stamp()).unwrap();
    assert!(matches!(
        PartnershipFile::open(&path),
        Err(StoreError::FileLocked { .. })
    ));
    first.close().unwrap();
    PartnershipFile::open(&path).expect("free again once closed");
}

#[test]
fn save_copy_writes_a_complete_partnership() {
    let dir = tempfile::tempdir().unwrap();
    let file = PartnershipFile::create(&dir.path().join("a.pacta"), "A", &stamp()).unwrap();
    add(&file, "Ação Solidária");
    let copy = dir.path().join("copy.pacta");
    file.save_copy(&copy).unwrap();
    assert!(matches!(
        file.save_copy(&copy),
        Err(StoreError::FileExists { .. })
    ));
    let opened = PartnershipFile::open(&copy).unwrap();
    assert_eq!(
        partnership::counts(opened.connection())
            .unwrap()
            .organisations,
        1
    );
}

#[test]
fn names_are_unique_ignoring_case_and_spacing() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    add(&file, "Ministry of Labour");
    let again = organisations::insert(
        file.connection(),
        &stamp(),
        &organisation("ministry  of LABOUR", "government", "KH", ""),
        MemberStatus::Active,
    );
    assert!(matches!(again, Err(StoreError::DuplicateName { .. })));
}

fn query(text: &str) -> MemberQuery {
    MemberQuery {
        text: text.into(),
        ..MemberQuery::default()
    }
}

#[test]
fn search_ignores_accents_and_case_and_finds_representatives() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    let timor = add(&file, "Secretaria de Estado para a Igualdade");
    add(&file, "Hội Liên hiệp Phụ nữ Việt Nam");
    add(&file, "Fishers' Rights Network");
    add(&file, "Bộ Lao động – Thương binh và Xã hội");
    let person = RepresentativeDraft {
        name: "Xanana Gusmão".into(),
        primary: true,
        ..Default::default()
    };
    representatives::insert(conn, &stamp(), timor, &person.validate().unwrap()).unwrap();

    let names = |text: &str| -> Vec<String> {
        member_search::search(conn, &query(text))
            .unwrap()
            .rows
            .into_iter()
            .map(|r| r.name)
            .collect()
    };
    assert_eq!(
        names("gusmao"),
        vec!["Secretaria de Estado para a Igualdade"]
    );
    assert_eq!(names("GUSM"), vec!["Secretaria de Estado para a Igualdade"]);
    assert_eq!(
        names("lien hiep phu nu"),
        vec!["Hội Liên hiệp Phụ nữ Việt Nam"]
    );
    assert_eq!(names("viet"), vec!["Hội Liên hiệp Phụ nữ Việt Nam"]);
    assert_eq!(names("fishers rights"), vec!["Fishers' Rights Network"]);
    assert!(names("nobody").is_empty());
    assert_eq!(
        names("lao dong"),
        vec!["Bộ Lao động – Thương binh và Xã hội"],
        "đ is found as d"
    );
    assert_eq!(
        names("LAO ĐỘNG"),
        vec!["Bộ Lao động – Thương binh và Xã hội"],
        "and as itself"
    );
    assert_eq!(names("").len(), 4, "no text lists everyone");
    assert_eq!(
        names("\"*)(").len(),
        4,
        "FTS syntax typed by a user is harmless"
    );

    let row = &member_search::search(conn, &query("gusmao")).unwrap().rows[0];
    assert_eq!(row.primary_representative.as_deref(), Some("Xanana Gusmão"));
}

#[test]
fn filters_sorting_and_paging_are_answered_by_sqlite() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    for (name, kind, chamber) in [
        (
            "Ministry of Labour and Vocational Training",
            "government",
            "Governments",
        ),
        (
            "Cambodian Federation of Employers",
            "employers",
            "Employers",
        ),
        ("Thai Fishers Union", "trade_union", "Workers"),
        ("Stella Maris", "civil_society", "Civil society"),
    ] {
        organisations::insert(
            conn,
            &stamp(),
            &organisation(name, kind, "KH", chamber),
            MemberStatus::Active,
        )
        .unwrap();
    }
    let plenary = bodies::insert(
        conn,
        &stamp(),
        &BodyDraft {
            name: "Plenary".into(),
            code: "PL".into(),
            kind: "plenary".into(),
        }
        .validate()
        .unwrap(),
    )
    .unwrap();
    let union = organisations::id_by_name(conn, "thai fishers union")
        .unwrap()
        .unwrap();
    let observer = MembershipDraft {
        role: "observer".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    bodies::set_membership(conn, &stamp(), plenary, union, &observer).unwrap();

    let page = |q: MemberQuery| member_search::search(conn, &q).unwrap();
    let by_chamber = page(MemberQuery {
        chamber: Some("Workers".into()),
        ..query("")
    });
    assert_eq!(by_chamber.total, 1);
    assert_eq!(by_chamber.rows[0].name, "Thai Fishers Union");
    let by_role = page(MemberQuery {
        role: Some(Role::Observer),
        ..query("")
    });
    assert_eq!(by_role.rows[0].roles, vec![Role::Observer]);
    assert_eq!(by_role.total, 1);
    let sorted = page(MemberQuery {
        sort: MemberSort::Chamber,
        descending: true,
        ..query("")
    });
    let chambers: Vec<_> = sorted
        .rows
        .iter()
        .map(|r| r.chamber.clone().unwrap())
        .collect();
    assert_eq!(
        chambers,
        vec!["Workers", "Governments", "Employers", "Civil society"]
    );
    let window = page(MemberQuery {
        offset: 1,
        limit: 2,
        ..query("")
    });
    assert_eq!((window.total, window.rows.len(), window.offset), (4, 2, 1));
    assert_eq!(
        window.rows[0].name,
        "Ministry of Labour and Vocational Training"
    );
}

#[test]
fn status_changes_keep_a_dated_history_and_every_write_is_logged() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    let id = add(&file, "Hope for Justice");
    let logged_before = activity::count(conn).unwrap();
    let change = StatusChangeDraft {
        status: "suspended".into(),
        effective_on: "2025-07-01".into(),
        reason: "Dues unpaid for 2024".into(),
    }
    .validate(
        MemberStatus::Active,
        pacta_core::IsoDate::from_ymd(2024, 3, 1).unwrap(),
    )
    .unwrap();
    organisations::change_status(conn, &stamp(), id, &change).unwrap();
    let history = organisations::status_history(conn, id).unwrap();
    let statuses: Vec<_> = history
        .iter()
        .map(|h| (h.status, h.effective_on.to_string(), h.reason.as_str()))
        .collect();
    assert_eq!(
        statuses,
        vec![
            (MemberStatus::Active, "2024-03-01".to_string(), "Joined"),
            (
                MemberStatus::Suspended,
                "2025-07-01".to_string(),
                "Dues unpaid for 2024"
            )
        ]
    );
    assert_eq!(
        organisations::get(conn, id).unwrap().status,
        MemberStatus::Suspended
    );
    let latest = &activity::recent(conn, Some(("organisation", id)), 1).unwrap()[0];
    assert_eq!(
        (latest.action.as_str(), latest.actor.as_str()),
        ("status", "Secretariat")
    );
    assert_eq!(activity::count(conn).unwrap(), logged_before + 1);
    assert!(
        conn.execute("DELETE FROM activity", []).is_err(),
        "the log is append-only"
    );
}

#[test]
fn updates_record_what_changed_and_keep_search_in_step() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    let id = add(&file, "Old Name");
    organisations::update(
        conn,
        &stamp(),
        id,
        &organisation(
            "Nouvelle Association",
            "civil_society",
            "TL",
            "Civil society",
        ),
    )
    .unwrap();
    let entry = &activity::recent(conn, Some(("organisation", id)), 1).unwrap()[0];
    assert!(
        entry.changes.contains("Nouvelle Association") && entry.changes.contains("Old Name"),
        "{}",
        entry.changes
    );
    assert_eq!(
        member_search::search(conn, &query("nouvelle"))
            .unwrap()
            .total,
        1
    );
    assert_eq!(member_search::search(conn, &query("old")).unwrap().total, 0);
    organisations::delete(conn, &stamp(), id).unwrap();
    assert_eq!(
        member_search::search(conn, &query("nouvelle"))
            .unwrap()
            .total,
        0
    );
}

#[test]
fn saving_an_unchanged_representative_logs_nothing() {
    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    let id = add(&file, "Hội Liên hiệp Phụ nữ Việt Nam");
    let person = RepresentativeDraft {
        name: "Nguyễn Thị Hương".into(),
        primary: true,
        ..Default::default()
    }
    .validate()
    .unwrap();
    let rep = representatives::insert(conn, &stamp(), id, &person).unwrap();
    let logged = activity::count(conn).unwrap();
    representatives::update(conn, &stamp(), rep, &person).unwrap();
    assert_eq!(
        activity::count(conn).unwrap(),
        logged,
        "no change, no entry"
    );
    let renamed = RepresentativeDraft {
        name: "Trần Thị Hương".into(),
        primary: true,
        ..Default::default()
    }
    .validate()
    .unwrap();
    representatives::update(conn, &stamp(), rep, &renamed).unwrap();
    let entry = &activity::recent(conn, Some(("representative", rep)), 1).unwrap()[0];
    assert!(
        entry.changes.contains("Trần Thị Hương") && !entry.changes.contains("email"),
        "{}",
        entry.changes
    );
}

#[test]
fn closed_votes_and_protocol_versions_cannot_be_changed_or_deleted() {
    use pacta_core::voting::presets::Preset;
    use pacta_core::voting::{tally, Ballots, Roll, RollMember};
    use pacta_store::{protocols, votes};

    let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
    let conn = file.connection();
    let body = bodies::insert(
        conn,
        &stamp(),
        &BodyDraft {
            name: "Plenary".into(),
            code: "PL".into(),
            kind: "plenary".into(),
        }
        .validate()
        .unwrap(),
    )
    .unwrap();
    let version = protocols::save(
        conn,
        &stamp(),
        body,
        "Ordinary",
        Some(Preset::SimpleMajority),
        &Preset::SimpleMajority.protocol(),
    )
    .unwrap();
    let roll = Roll {
        members: vec![RollMember {
            id: "1".into(),
            name: String::new(),
            chamber: None,
            weight: 1,
            role: Role::VotingMember,
            status: MemberStatus::Active,
            present: true,
            presiding: false,
        }],
        proxies: Vec::new(),
    };
    let ballots: Ballots =
        serde_json::from_str(r#"{"kind":"roll_call","ballots":[{"member":"1","choice":"yes"}]}"#)
            .unwrap();
    let report = tally(&version.protocol, &roll, &ballots).unwrap();
    let vote = votes::ClosedVote {
        body_id: body,
        protocol_id: version.id,
        motion: "Adopt",
        roll: &roll,
        ballots: &ballots,
        report: &report,
        corrects: None,
    };
    let id = votes::insert(conn, &stamp(), &vote).unwrap();

    for sql in [
        "UPDATE votes SET motion = 'Changed' WHERE id = ?1",
        "UPDATE votes SET outcome = 'rejected' WHERE id = ?1",
        "DELETE FROM votes WHERE id = ?1",
    ] {
        let error = conn.execute(sql, [id]).unwrap_err();
        assert!(error.to_string().contains("closed vote"), "{sql}: {error}");
    }
    for sql in [
        "UPDATE protocols SET definition = '{}' WHERE id = ?1",
        "DELETE FROM protocols WHERE id = ?1",
    ] {
        assert!(conn.execute(sql, [version.id]).is_err(), "{sql}");
    }
    assert_eq!(votes::get(conn, id).unwrap().motion, "Adopt");
    let next = protocols::save(
        conn,
        &stamp(),
        body,
        "Ordinary",
        None,
        &Preset::TwoThirds.protocol(),
    )
    .unwrap();
    assert_eq!(next.version, 2);
    assert_eq!(protocols::current(conn, Some(body)).unwrap()[0].id, next.id);
    assert_eq!(protocols::history(conn, body, "Ordinary").unwrap().len(), 2);
}

#[test]
fn a_file_of_the_first_release_keeps_its_members_and_gains_voting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("release-1.pacta");
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(
        None,
        "application_id",
        pacta_store::file::header::APPLICATION_ID,
    )
    .unwrap();
    pacta_store::migrations::migrate_to(&mut conn, 1).unwrap();
    conn.execute_batch(
        "INSERT INTO partnership (id, name, created_at) VALUES (1, 'Namibia NCB', '2026-01-01T00:00:00Z');
         INSERT INTO organisations (name, name_key, kind, status, joined_on, created_at, updated_at)
         VALUES ('Ministry of Home Affairs', 'ministry of home affairs', 'government', 'active', '2020-05-01', 'x', 'x');",
    )
    .unwrap();
    drop(conn);

    let file = PartnershipFile::open(&path).unwrap();
    let conn = file.connection();
    assert_eq!(
        pacta_store::migrations::current_version(conn).unwrap(),
        pacta_store::migrations::latest_version()
    );
    assert_eq!(partnership::name(conn).unwrap(), "Namibia NCB");
    assert_eq!(
        organisations::all(conn).unwrap()[0].name,
        "Ministry of Home Affairs"
    );
    assert_eq!(
        pacta_store::votes::list(
            conn,
            None,
            pacta_messages::Messages::of(pacta_messages::Locale::En)
        )
        .unwrap()
        .len(),
        0,
        "the voting tables exist"
    );
    let backup = dir.path().join("release-1.pacta.schema-1.bak");
    let kept = rusqlite::Connection::open(&backup).unwrap();
    assert_eq!(
        pacta_store::migrations::current_version(&kept).unwrap(),
        1,
        "the copy is the file as it was"
    );
}

mod agreements {
    use super::stamp;
    use pacta_core::agreement::{
        compare, AgreementKind, AgreementText, Clause, ClauseChangeKind, Language, Party, Section,
        SectionText, Signature,
    };
    use pacta_core::IsoDate;
    use pacta_store::{agreements, PartnershipFile, StoreError};

    fn text(shelter_days: u32) -> AgreementText {
        AgreementText {
            language: Language::En,
            title: "Protocole d’accord sur le mécanisme national d’orientation".into(),
            kind: AgreementKind::Mou,
            parties: vec![
                Party {
                    organisation_id: 1,
                    name: "Ministry of Gender Equality".into(),
                    signatory: Some("Doreen Sioka".into()),
                    signatory_title: "Minister".into(),
                    address: String::new(),
                },
                Party {
                    organisation_id: 2,
                    name: "Hội Liên hiệp Phụ nữ Việt Nam".into(),
                    signatory: Some("Nguyễn Thị Hương".into()),
                    signatory_title: "Chủ tịch".into(),
                    address: String::new(),
                },
            ],
            sections: vec![
                SectionText {
                    section: Section::PurposeAndScope,
                    clauses: vec![Clause {
                        id: 1,
                        text: "Identify and refer victims.".into(),
                        notes: Vec::new(),
                    }],
                },
                SectionText {
                    section: Section::Funding,
                    clauses: vec![Clause {
                        id: 2,
                        text: format!("Shelter is funded for {shelter_days} days."),
                        notes: Vec::new(),
                    }],
                },
            ],
            effective_on: IsoDate::from_ymd(2026, 12, 1),
            expires_on: None,
            translation: None,
            annexes: Vec::new(),
        }
    }

    fn signature(organisation_id: i64, name: &str) -> Signature {
        Signature {
            organisation_id,
            signatory: name.into(),
            title: String::new(),
            place: "Windhoek".into(),
            signed_on: IsoDate::from_ymd(2026, 11, 30).unwrap(),
        }
    }

    #[test]
    fn a_version_is_frozen_when_the_last_party_signs_and_the_file_keeps_it_so() {
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let id = agreements::create(conn, &stamp(), &text(30)).unwrap();
        let first = agreements::latest(conn, id).unwrap();
        assert_eq!((first.number, first.amendment, first.frozen), (1, 0, false));
        agreements::update_text(conn, &stamp(), first.id, &text(45)).expect("a draft can change");

        let half =
            agreements::sign(conn, &stamp(), first.id, &signature(1, "Doreen Sioka")).unwrap();
        assert!(!half.frozen, "one party of two has signed");
        assert_eq!(half.awaiting_signature(), vec![2]);
        let signed =
            agreements::sign(conn, &stamp(), first.id, &signature(2, "Nguyễn Thị Hương")).unwrap();
        assert!(signed.frozen);
        assert_eq!(signed.signatures[1].signatory, "Nguyễn Thị Hương");

        assert!(matches!(
            agreements::update_text(conn, &stamp(), first.id, &text(90)),
            Err(StoreError::Immutable(_))
        ));
        for sql in [
            "UPDATE agreement_versions SET text = '{}' WHERE id = ?1",
            "DELETE FROM agreement_versions WHERE id = ?1",
            "DELETE FROM agreement_signatures WHERE version_id = ?1",
            "UPDATE agreement_signatures SET signatory = 'Someone else' WHERE version_id = ?1",
        ] {
            assert!(conn.execute(sql, [first.id]).is_err(), "{sql}");
        }
        assert_eq!(agreements::version(conn, first.id).unwrap().text, text(45));
    }

    #[test]
    fn an_amendment_is_the_next_version_and_compares_clause_by_clause() {
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let id = agreements::create(conn, &stamp(), &text(30)).unwrap();
        let version = agreements::latest(conn, id).unwrap().id;
        agreements::sign(conn, &stamp(), version, &signature(1, "Doreen Sioka")).unwrap();
        agreements::sign(conn, &stamp(), version, &signature(2, "Nguyễn Thị Hương")).unwrap();
        agreements::amend(conn, &stamp(), id, &text(90)).unwrap();

        let all = agreements::versions(conn, id).unwrap();
        let numbers: Vec<(u32, u32, bool)> = all
            .iter()
            .map(|v| (v.number, v.amendment, v.frozen))
            .collect();
        assert_eq!(numbers, vec![(1, 0, true), (2, 1, false)]);
        let changes = compare(&all[0].text, &all[1].text);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].section, changes[0].clause_id, changes[0].kind),
            (Section::Funding, 2, ClauseChangeKind::Changed)
        );
        let listed = agreements::list(conn).unwrap();
        assert_eq!(listed[0].reference, "AGR-2026-001");
        assert_eq!(listed[0].versions, 2);
    }

    #[test]
    fn papers_keep_their_fingerprint_and_those_of_signed_versions_stay() {
        use pacta_store::attachments;
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let id = agreements::create(conn, &stamp(), &text(30)).unwrap();
        let version = agreements::latest(conn, id).unwrap().id;
        let draft_note = attachments::add(
            conn,
            &stamp(),
            id,
            Some(version),
            "note.txt",
            "text/plain",
            b"abc",
        )
        .unwrap();
        // The SHA-256 of "abc" (FIPS 180-2 test vector).
        assert_eq!(
            draft_note.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(draft_note.size_bytes, 3);
        attachments::remove(conn, &stamp(), draft_note.id).expect("a draft's paper may go");

        let scan = "scan-signé.pdf";
        let kept = attachments::add(
            conn,
            &stamp(),
            id,
            Some(version),
            scan,
            "application/pdf",
            b"%PDF-1.7",
        )
        .unwrap();
        agreements::sign(conn, &stamp(), version, &signature(1, "Doreen Sioka")).unwrap();
        agreements::sign(conn, &stamp(), version, &signature(2, "Nguyễn Thị Hương")).unwrap();
        assert!(matches!(
            attachments::remove(conn, &stamp(), kept.id),
            Err(StoreError::Immutable(_))
        ));
        assert!(conn
            .execute(
                "UPDATE agreement_attachments SET content = x'00' WHERE id = ?1",
                [kept.id]
            )
            .is_err());
        assert_eq!(attachments::content(conn, kept.id).unwrap(), b"%PDF-1.7");
        assert_eq!(
            attachments::of_agreement(conn, id).unwrap()[0].file_name,
            scan
        );
        assert!(matches!(
            attachments::add(
                conn,
                &stamp(),
                id,
                Some(version + 99),
                "x",
                "text/plain",
                b"x"
            ),
            Err(StoreError::NotFound { .. })
        ));
    }

    #[test]
    fn the_clause_library_refuses_a_second_clause_of_the_same_title() {
        use pacta_core::agreement::Language;
        use pacta_store::clause_library;
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let saved = clause_library::save(
            conn,
            &stamp(),
            "Pas de médias",
            Section::Media,
            Language::Fr,
            "Aucune couverture médiatique des opérations impliquant des victimes.",
        )
        .unwrap();
        assert!(matches!(
            clause_library::save(
                conn,
                &stamp(),
                "Pas de médias",
                Section::Media,
                Language::Fr,
                "x"
            ),
            Err(StoreError::DuplicateName { .. })
        ));
        assert_eq!(clause_library::all(conn).unwrap(), vec![saved]);
    }
}

mod meetings {
    use super::stamp;
    use pacta_core::meeting::{
        AgendaItemDraft, MeetingDraft, MinutesRules, MinutesStatus, Recipient,
    };
    use pacta_core::BodyDraft;
    use pacta_store::{agenda, bodies, meeting_papers, meetings, PartnershipFile, StoreError};
    use rusqlite::Connection;

    /// A body with one meeting of one item: (body, meeting, item).
    fn meeting_with_an_item(conn: &Connection) -> (i64, i64, i64) {
        let body = bodies::insert(
            conn,
            &stamp(),
            &BodyDraft {
                name: "General Assembly".into(),
                code: "GA".into(),
                kind: "plenary".into(),
            }
            .validate()
            .unwrap(),
        )
        .unwrap();
        let meeting = meetings::create(
            conn,
            &stamp(),
            body,
            &MeetingDraft {
                title: "Third General Assembly".into(),
                kind: "ordinary".into(),
                date: "2026-03-12".into(),
                starts_at: "09:00".into(),
                ends_at: "17:00".into(),
                time_zone: "Asia/Bangkok".into(),
                ..Default::default()
            }
            .validate()
            .unwrap(),
        )
        .unwrap();
        let item = agenda::add(
            conn,
            &stamp(),
            meeting,
            &AgendaItemDraft {
                title: "Regional recruitment SOP".into(),
                kind: "decision".into(),
                ..Default::default()
            }
            .validate()
            .unwrap(),
        )
        .unwrap();
        (body, meeting, item)
    }

    #[test]
    fn papers_keep_their_fingerprint_and_those_of_approved_minutes_stay() {
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let (_, meeting, item) = meeting_with_an_item(conn);
        let note =
            meeting_papers::add(conn, &stamp(), item, "note.txt", "text/plain", b"abc").unwrap();
        // The SHA-256 of "abc" (FIPS 180-2 test vector).
        assert_eq!(
            note.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!((note.size_bytes, note.meeting_id), (3, meeting));
        meeting_papers::remove(conn, &stamp(), note.id).expect("a draft's paper may go");

        let draft_sop = "Projet de procédure – recrutement.pdf";
        let kept = meeting_papers::add(
            conn,
            &stamp(),
            item,
            draft_sop,
            "application/pdf",
            b"%PDF-1.7",
        )
        .unwrap();
        assert!(
            conn.execute(
                "UPDATE meeting_papers SET content = x'00' WHERE id = ?1",
                [kept.id]
            )
            .is_err(),
            "a paper is never rewritten, even in a draft"
        );
        for (status, on) in [
            (MinutesStatus::Circulated, "2026-03-20"),
            (MinutesStatus::Approved, "2026-04-02"),
        ] {
            meetings::set_minutes_status(conn, &stamp(), meeting, status, on, &[], "the chair")
                .unwrap();
        }
        assert!(matches!(
            meeting_papers::remove(conn, &stamp(), kept.id),
            Err(StoreError::Immutable(_))
        ));
        assert!(
            conn.execute("DELETE FROM meeting_papers WHERE id = ?1", [kept.id])
                .is_err(),
            "the file itself refuses, not only the store"
        );
        assert!(matches!(
            meeting_papers::add(conn, &stamp(), item, "late.pdf", "application/pdf", b"x"),
            Err(StoreError::Immutable(_))
        ));
        assert_eq!(meeting_papers::content(conn, kept.id).unwrap(), b"%PDF-1.7");
        let listed = meeting_papers::of_meeting(conn, meeting).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].file_name, draft_sop);
    }

    #[test]
    fn an_item_keeps_the_matrix_it_concerns() {
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let (_, _, item) = meeting_with_an_item(conn);
        conn.execute(
            "INSERT INTO matrices (reference, created_at, created_by) VALUES ('RACI-2026-001', ?1, ?2)",
            [&stamp().at, &stamp().actor],
        )
        .unwrap();
        let matrix = conn.last_insert_rowid();
        let stored = agenda::get(conn, item).unwrap();
        let mut draft = AgendaItemDraft {
            title: stored.title,
            kind: stored.kind.code().into(),
            matrix_id: Some(matrix),
            ..Default::default()
        };
        agenda::update(conn, &stamp(), item, &draft.validate().unwrap()).unwrap();
        assert_eq!(agenda::get(conn, item).unwrap().matrix_id, Some(matrix));
        draft.matrix_id = Some(matrix + 1);
        assert!(matches!(
            agenda::update(conn, &stamp(), item, &draft.validate().unwrap()),
            Err(StoreError::NotFound { kind: "matrix", .. })
        ));
        assert_eq!(agenda::get(conn, item).unwrap().matrix_id, Some(matrix));
    }

    #[test]
    fn a_body_keeps_its_distribution_list_in_order_and_its_approval_rule() {
        let file = PartnershipFile::in_memory("T", &stamp()).unwrap();
        let conn = file.connection();
        let (body, _, _) = meeting_with_an_item(conn);
        assert_eq!(
            bodies::minutes_rules(conn, body).unwrap(),
            MinutesRules::default(),
            "no list, and the chair does not approve minutes, by default"
        );
        let list = vec![
            Recipient {
                name: "Nguyễn Thị Hương".into(),
                email: "huong@molisa.gov.vn".into(),
            },
            Recipient {
                name: String::new(),
                email: "secretariat@seaforum.org".into(),
            },
        ];
        bodies::set_distribution(conn, &stamp(), body, &list).unwrap();
        bodies::set_chair_approves_minutes(conn, &stamp(), body, true).unwrap();
        let rules = bodies::minutes_rules(conn, body).unwrap();
        assert_eq!(rules.distribution, list);
        assert!(rules.chair_approves);

        let reversed: Vec<Recipient> = list.iter().rev().cloned().collect();
        bodies::set_distribution(conn, &stamp(), body, &reversed[..1]).unwrap();
        assert_eq!(
            bodies::minutes_rules(conn, body).unwrap().distribution,
            reversed[..1]
        );
        assert!(matches!(
            bodies::minutes_rules(conn, body + 99),
            Err(StoreError::NotFound { .. })
        ));
    }
}
