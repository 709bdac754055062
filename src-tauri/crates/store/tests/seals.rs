//! Seals against a real partnership file: what is sealed and when, and what `verify` reports
//! when someone holding the file rewrites it with plain SQL, dropping the triggers first as
//! anyone with the file can.

mod common;

use common::{new_file, stamp, stamp_at};
use pacta_core::agreement::{
    AgreementKind, AgreementText, Language, Party, Section, SectionText, Signature,
};
use pacta_core::matrix::MatrixContent;
use pacta_core::meeting::{ActionDraft, AgendaItemDraft, MeetingDraft, MinutesStatus};
use pacta_core::seal::{ChainProblem, RecordCheck, RecordState, SealKind, VerifyReport};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{tally, Ballots, Roll, RollMember};
use pacta_core::{BodyDraft, IsoDate, MemberStatus, OrganisationDraft, Role};
use pacta_store::{
    actions, agenda, agreements, bodies, matrices, meetings, organisations, protocols, seals,
    votes, Connection, PartnershipFile,
};

fn body(conn: &Connection, code: &str) -> i64 {
    bodies::insert(
        conn,
        &stamp(),
        &BodyDraft {
            name: format!("Body {code}"),
            code: code.into(),
            kind: "plenary".into(),
        }
        .validate()
        .unwrap(),
    )
    .unwrap()
}

/// A closed vote of the body coded `PL`, at `at`.
fn close_vote(conn: &Connection, body: i64, at: &str) -> i64 {
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
    votes::insert(
        conn,
        &stamp_at(at),
        &votes::ClosedVote {
            body_id: body,
            protocol_id: version.id,
            motion: "Adopt the regional recruitment SOP",
            roll: &roll,
            ballots: &ballots,
            report: &report,
            corrects: None,
        },
    )
    .unwrap()
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
                name: "Ministère de la Femme".into(),
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

/// An agreement with a matrix annexed, signed by both parties at `at`:
/// (agreement version, matrix version).
fn sign_agreement_with_a_matrix(conn: &Connection, at: &str) -> (i64, i64) {
    let matrix = matrices::create(conn, &stamp(), None, &MatrixContent::empty("Shelter")).unwrap();
    let matrix_version = matrices::latest(conn, matrix).unwrap().id;
    let agreement = agreements::create(conn, &stamp(), &agreement_text()).unwrap();
    let version = agreements::latest(conn, agreement).unwrap().id;
    matrices::attach(conn, &stamp(), version, matrix_version).unwrap();
    for (organisation_id, signatory) in [(1, "Nguyễn Thị Hương"), (2, "Amira Ben Salah")] {
        agreements::sign(
            conn,
            &stamp_at(at),
            version,
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
    (version, matrix_version)
}

/// A meeting of `body` with one item and one action item, its minutes approved at `at`:
/// (meeting, item, action).
fn approve_minutes(conn: &Connection, body: i64, at: &str) -> (i64, i64, i64) {
    let owner = organisations::insert(
        conn,
        &stamp(),
        &OrganisationDraft {
            name: "Associação Timorense".into(),
            kind: "civil_society".into(),
            country: "TL".into(),
            joined_on: "2024-03-01".into(),
            ..Default::default()
        }
        .validate()
        .unwrap(),
        MemberStatus::Active,
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
    agenda::set_minutes(conn, &stamp(), item, "Discussed at length.", "Adopted.").unwrap();
    let action = actions::add(
        conn,
        &stamp(),
        meeting,
        Some(item),
        &ActionDraft {
            title: "Circulate the SOP".into(),
            owner_organisation_id: Some(owner),
            owner_person: String::new(),
            due_on: "2026-04-30".into(),
        }
        .validate()
        .unwrap(),
    )
    .unwrap();
    meetings::set_minutes_status(
        conn,
        &stamp(),
        meeting,
        MinutesStatus::Circulated,
        "2026-03-20",
        &[],
        "",
    )
    .unwrap();
    meetings::set_minutes_status(
        conn,
        &stamp_at(at),
        meeting,
        MinutesStatus::Approved,
        &at[..10],
        &[],
        "the chair",
    )
    .unwrap();
    (meeting, item, action)
}

/// One of each kind: (vote, agreement version, matrix version, meeting).
fn one_of_each(conn: &Connection) -> (i64, i64, i64, i64) {
    let plenary = body(conn, "PL");
    let vote = close_vote(conn, plenary, "2026-03-01T09:00:00Z");
    let (agreement, matrix) = sign_agreement_with_a_matrix(conn, "2026-03-02T09:00:00Z");
    let assembly = body(conn, "GA");
    let (meeting, _, _) = approve_minutes(conn, assembly, "2026-03-03T09:00:00Z");
    (vote, agreement, matrix, meeting)
}

fn problems(report: &VerifyReport) -> Vec<(SealKind, &str, RecordState)> {
    report
        .records
        .iter()
        .map(|check| (check.kind, check.reference.as_str(), check.state))
        .collect()
}

fn drop_trigger(conn: &Connection, name: &str) {
    conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
}

#[test]
fn each_record_is_sealed_when_it_becomes_final_in_one_chain() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (vote, agreement, matrix, meeting) = one_of_each(conn);

    let chain = seals::all(conn).unwrap();
    let sealed: Vec<(&str, i64, &str)> = chain
        .iter()
        .map(|seal| (seal.kind.as_str(), seal.record_id, seal.reference.as_str()))
        .collect();
    assert_eq!(
        sealed,
        vec![
            ("vote", vote, "PL vote 1"),
            ("matrix_version", matrix, "RM-2026-001 version 1"),
            ("agreement_version", agreement, "AGR-2026-001 version 1"),
            ("minutes", meeting, "GA meeting of 2026-03-12"),
        ],
        "the matrix is sealed before the text that annexes it"
    );
    assert_eq!(chain[0].previous, seals::GENESIS);
    for pair in chain.windows(2) {
        assert_eq!(pair[1].previous, pair[0].chain);
    }
    assert_eq!(chain[0].sealed_at, "2026-03-01T09:00:00Z");
    assert_eq!(chain[3].sealed_at, "2026-03-03T09:00:00Z");

    let report = seals::verify(conn, None).unwrap();
    assert!(report.intact, "{report:?}");
    let head = report.head.unwrap();
    assert_eq!(head.chain, chain[3].chain);
    assert_eq!(head.short, &chain[3].chain[..12]);
    assert_eq!(head.seals, 4);
    assert!(report.kinds.iter().all(|count| count.sealed == 1));

    // Drafts are not final: a new amendment, a draft matrix version, another meeting.
    agreements::amend(conn, &stamp(), 1, &agreement_text()).unwrap();
    matrices::new_version(conn, &stamp(), 1).unwrap();
    assert_eq!(seals::all(conn).unwrap().len(), 4);

    // The file refuses to rewrite the chain.
    for sql in [
        "UPDATE seals SET reference = 'x' WHERE id = 1",
        "DELETE FROM seals WHERE id = 4",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql}");
    }
}

#[test]
fn what_goes_on_after_a_record_is_final_does_not_count_as_a_change() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (_, _, _, meeting) = one_of_each(conn);
    let action: i64 = conn
        .query_row(
            "SELECT id FROM action_items WHERE meeting_id = ?1",
            [meeting],
            |row| row.get(0),
        )
        .unwrap();
    actions::update_status(
        conn,
        &stamp(),
        action,
        pacta_core::meeting::ActionStatus::Done,
        IsoDate::from_ymd(2026, 4, 2).unwrap(),
        "Sent to every member.",
    )
    .unwrap();
    meetings::add_erratum(conn, &stamp(), meeting, "The SOP is version 3, not 2.").unwrap();
    agreements::set_status(
        conn,
        &stamp(),
        1,
        pacta_core::agreement::AgreementStatus::InForce,
        None,
    )
    .unwrap();
    conn.execute("UPDATE bodies SET code = 'AG' WHERE code = 'GA'", [])
        .unwrap();
    let report = seals::verify(conn, None).unwrap();
    assert!(report.intact, "{report:?}");
}

#[test]
fn a_closed_vote_rewritten_with_sql_is_reported_changed_by_kind_and_reference() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (vote, _, _, _) = one_of_each(conn);
    drop_trigger(conn, "closed_votes_are_immutable");
    conn.execute(
        "UPDATE votes SET outcome = 'rejected', explanation = 'Rejected.' WHERE id = ?1",
        [vote],
    )
    .unwrap();

    let report = seals::verify(conn, None).unwrap();
    assert!(!report.intact);
    assert_eq!(
        report.records,
        vec![RecordCheck {
            kind: SealKind::Vote,
            record_id: vote,
            reference: "PL vote 1".into(),
            state: RecordState::Changed,
            seal: Some(1),
        }]
    );
    assert!(report.breaks.is_empty(), "the chain itself is whole");
}

#[test]
fn each_kind_rewritten_is_reported_changed() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (_, agreement, matrix, meeting) = one_of_each(conn);
    conn.execute_batch(
        "DROP TRIGGER signatures_of_signed_versions_are_unchanged;
         DROP TRIGGER frozen_matrix_versions_are_unchanged;
         DROP TRIGGER approved_items_are_frozen;",
    )
    .unwrap();
    conn.execute(
        "UPDATE agreement_signatures SET place = 'Huế' WHERE version_id = ?1 AND organisation_id = 2",
        [agreement],
    )
    .unwrap();
    conn.execute(
        "UPDATE matrix_versions SET content = json_set(content, '$.title', 'Shelters') WHERE id = ?1",
        [matrix],
    )
    .unwrap();
    conn.execute(
        "UPDATE agenda_items SET outcome = 'Rejected.' WHERE meeting_id = ?1",
        [meeting],
    )
    .unwrap();
    let report = seals::verify(conn, None).unwrap();
    assert_eq!(
        problems(&report),
        vec![
            (
                SealKind::MatrixVersion,
                "RM-2026-001 version 1",
                RecordState::Changed
            ),
            (
                SealKind::AgreementVersion,
                "AGR-2026-001 version 1",
                RecordState::Changed
            ),
            (
                SealKind::Minutes,
                "GA meeting of 2026-03-12",
                RecordState::Changed
            ),
        ]
    );
}

#[test]
fn json_written_differently_is_judged_by_the_value_it_holds() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (vote, _, _, _) = one_of_each(conn);
    drop_trigger(conn, "closed_votes_are_immutable");
    // The same JSON with its keys in another order and spaces: the content is unchanged.
    conn.execute(
        "UPDATE votes SET roll = json_pretty(roll) WHERE id = ?1",
        [vote],
    )
    .unwrap();
    assert!(seals::verify(conn, None).unwrap().intact);
    // A member marked absent inside the same JSON is a change.
    conn.execute(
        "UPDATE votes SET roll = json_set(roll, '$.members[0].present', json('false')) WHERE id = ?1",
        [vote],
    )
    .unwrap();
    assert_eq!(
        problems(&seals::verify(conn, None).unwrap()),
        vec![(SealKind::Vote, "PL vote 1", RecordState::Changed)]
    );
}

#[test]
fn a_sealed_record_deleted_with_sql_is_reported_removed() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (vote, _, _, meeting) = one_of_each(conn);
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         DROP TRIGGER closed_votes_are_kept;
         DROP TRIGGER approved_meetings_are_kept;
         DROP TRIGGER approved_items_are_kept;",
    )
    .unwrap();
    conn.execute("DELETE FROM votes WHERE id = ?1", [vote])
        .unwrap();
    conn.execute("DELETE FROM meetings WHERE id = ?1", [meeting])
        .unwrap();
    let report = seals::verify(conn, None).unwrap();
    assert!(!report.intact);
    assert_eq!(
        problems(&report),
        vec![
            (SealKind::Vote, "PL vote 1", RecordState::Removed),
            (
                SealKind::Minutes,
                "GA meeting of 2026-03-12",
                RecordState::Removed
            ),
        ]
    );
}

#[test]
fn a_final_record_written_outside_the_app_is_reported_inserted() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let (vote, _, _, _) = one_of_each(conn);
    conn.execute(
        "INSERT INTO votes (body_id, protocol_id, motion, method, roll, ballots, report, outcome, explanation, closed_at, closed_by)
         SELECT body_id, protocol_id, 'Approve the budget', method, roll, ballots, report, outcome, explanation, closed_at, closed_by
         FROM votes WHERE id = ?1",
        [vote],
    )
    .unwrap();
    let inserted = conn.last_insert_rowid();
    let report = seals::verify(conn, None).unwrap();
    assert!(!report.intact);
    assert_eq!(
        report.records,
        vec![RecordCheck {
            kind: SealKind::Vote,
            record_id: inserted,
            reference: format!("PL vote {inserted}"),
            state: RecordState::Inserted,
            seal: None,
        }]
    );
}

#[test]
fn an_edited_or_deleted_seal_breaks_the_chain() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    one_of_each(conn);
    conn.execute_batch("DROP TRIGGER seals_are_unchanged; DROP TRIGGER seals_are_kept;")
        .unwrap();

    conn.execute(
        "UPDATE seals SET sealed_at = '2026-01-01T00:00:00Z' WHERE id = 2",
        [],
    )
    .unwrap();
    let report = seals::verify(conn, None).unwrap();
    assert!(!report.intact);
    let breaks: Vec<(i64, ChainProblem)> =
        report.breaks.iter().map(|b| (b.seal, b.problem)).collect();
    assert_eq!(breaks, vec![(2, ChainProblem::Altered)]);
    assert_eq!(report.breaks[0].reference, "RM-2026-001 version 1");
    assert!(report.records.is_empty(), "the record itself is unchanged");

    conn.execute("DELETE FROM seals WHERE id = 3", []).unwrap();
    let report = seals::verify(conn, None).unwrap();
    let breaks: Vec<(i64, ChainProblem)> =
        report.breaks.iter().map(|b| (b.seal, b.problem)).collect();
    assert_eq!(
        breaks,
        vec![(2, ChainProblem::Altered), (4, ChainProblem::Broken)],
        "the seal after the missing one no longer follows its predecessor"
    );
    assert_eq!(
        problems(&report),
        vec![(
            SealKind::AgreementVersion,
            "AGR-2026-001 version 1",
            RecordState::Inserted
        )],
        "the agreement version has lost its seal"
    );
}

#[test]
fn a_head_kept_outside_the_file_is_found_until_the_chain_is_rewritten() {
    let (_dir, file) = new_file("sealed.pacta");
    let conn = file.connection();
    let plenary = body(conn, "PL");
    let first = close_vote(conn, plenary, "2026-03-01T09:00:00Z");
    let printed = seals::head(conn).unwrap().unwrap();
    sign_agreement_with_a_matrix(conn, "2026-03-02T09:00:00Z");

    let report = seals::verify(conn, Some(&printed.short)).unwrap();
    assert!(report.intact, "{report:?}");
    let against = report.against.unwrap();
    assert!(against.found);
    assert_eq!(against.seal, Some(1));
    assert_eq!(against.sealed_at.as_deref(), Some("2026-03-01T09:00:00Z"));
    assert_eq!(against.later_seals, 2);
    assert!(
        seals::verify(conn, Some(&printed.chain))
            .unwrap()
            .against
            .unwrap()
            .found
    );

    let random = "9f2c4e1a7b3d5f60";
    let report = seals::verify(conn, Some(random)).unwrap();
    assert!(!report.intact, "an unknown head is not intact");
    assert!(!report.against.unwrap().found);
    assert!(report.records.is_empty() && report.breaks.is_empty());

    // Someone holding the file changes the vote and recomputes every seal after it: the
    // chain inside the file is whole again, but the printed head is no longer in it.
    let rewritten: Vec<seals::Seal> = seals::all(conn).unwrap();
    conn.execute_batch(
        "DROP TRIGGER closed_votes_are_immutable;
         DROP TRIGGER seals_are_kept;
         DELETE FROM seals;",
    )
    .unwrap();
    conn.execute(
        "UPDATE votes SET outcome = 'rejected' WHERE id = ?1",
        [first],
    )
    .unwrap();
    for seal in &rewritten {
        let kind = SealKind::parse(&seal.kind).unwrap();
        seals::seal(conn, kind, seal.record_id, &seal.sealed_at).unwrap();
    }
    assert!(seals::verify(conn, None).unwrap().intact);
    let report = seals::verify(conn, Some(&printed.short)).unwrap();
    assert!(!report.intact);
    assert!(!report.against.unwrap().found);
}

#[test]
fn a_file_from_before_seals_gains_a_chain_in_the_order_its_records_became_final() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("older.pacta");
    {
        let file = PartnershipFile::create(&path, "Partners", &stamp()).unwrap();
        let conn = file.connection();
        // Made final in this order: minutes, then a vote, then an agreement.
        let assembly = body(conn, "GA");
        approve_minutes(conn, assembly, "2026-02-01T09:00:00Z");
        let plenary = body(conn, "PL");
        close_vote(conn, plenary, "2026-02-02T09:00:00Z");
        sign_agreement_with_a_matrix(conn, "2026-02-03T09:00:00Z");
        // As the file was before it knew of seals (and of erasure, whose migration replaced
        // some triggers; they are put back in a simpler form, which migration 0009 replaces).
        conn.execute_batch(
            "DROP TRIGGER seals_are_kept; DROP TRIGGER seals_are_unchanged; DROP TABLE seals;
             DROP TRIGGER activity_is_append_only_update;
             CREATE TRIGGER activity_is_append_only_update BEFORE UPDATE ON activity
             BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;
             DROP TRIGGER signatures_of_signed_versions_are_unchanged;
             CREATE TRIGGER signatures_of_signed_versions_are_unchanged BEFORE UPDATE ON agreement_signatures
             BEGIN SELECT RAISE(ABORT, 'no'); END;
             DROP TRIGGER approved_meetings_are_frozen;
             CREATE TRIGGER approved_meetings_are_frozen BEFORE UPDATE ON meetings
             BEGIN SELECT RAISE(ABORT, 'no'); END;
             DROP TRIGGER minuted_actions_keep_their_terms;
             CREATE TRIGGER minuted_actions_keep_their_terms BEFORE UPDATE ON action_items
             BEGIN SELECT RAISE(ABORT, 'no'); END;
             DROP TRIGGER approved_items_are_frozen;
             CREATE TRIGGER approved_items_are_frozen BEFORE UPDATE ON agenda_items
             BEGIN SELECT RAISE(ABORT, 'no'); END;
             DROP TRIGGER signed_versions_are_frozen;
             CREATE TRIGGER signed_versions_are_frozen BEFORE UPDATE ON agreement_versions
             WHEN OLD.frozen = 1 BEGIN SELECT RAISE(ABORT, 'no'); END;
             DROP TABLE personal_salts; DROP TABLE seal_people; DROP TABLE redactions;
             DROP TABLE attestations; DROP TABLE erasures; DROP TABLE erasing;
             ALTER TABLE representatives DROP COLUMN erased_at;
             PRAGMA user_version = 7;",
        )
        .unwrap();
        file.close().unwrap();
    }
    let file = PartnershipFile::open(&path).unwrap();
    let conn = file.connection();
    let kinds: Vec<String> = seals::all(conn)
        .unwrap()
        .into_iter()
        .map(|seal| seal.kind)
        .collect();
    assert_eq!(
        kinds,
        ["minutes", "vote", "matrix_version", "agreement_version"]
    );
    let report = seals::verify(conn, None).unwrap();
    assert!(report.intact, "{report:?}");
    let logged = pacta_store::activity::recent(conn, None, 1).unwrap();
    assert_eq!(logged[0].action, "seal");
    assert!(
        logged[0].summary.contains("4 records"),
        "{}",
        logged[0].summary
    );

    // Opening it again seals nothing twice.
    drop(file);
    let file = PartnershipFile::open(&path).unwrap();
    assert_eq!(seals::all(file.connection()).unwrap().len(), 4);
}
