//! Erasing a representative on request (issue 7), on real files: the seals of the records that
//! named them still check and `verify` says "redacted", not "changed"; tampering elsewhere is
//! still found; the name leaves the file's bytes; printed records say "[redacted]".

use std::path::{Path, PathBuf};

use pacta_api::{demo, erasure, meeting_export, members, verify, Clock, ErrorCode, Partnership};
use pacta_core::agreement::{Language, Paper, PrintOptions};
use pacta_core::seal::{RecordState, SealKind};
use pacta_store::Connection;

const NAME: &str = "Nguyễn Thị Hương";
const EMAIL: &str = "huong.nt@molisa.gov.vn";
const REASON: &str = "Erasure request of 2026-11-20 (DPO ref. 7)";

fn clock() -> Clock {
    Clock::Fixed("2026-11-25T09:00:00Z".into())
}

fn demo_file(dir: &Path) -> (PathBuf, Partnership) {
    let path = dir.join("forum.pacta");
    let mut partnership = Partnership::create(&path, "Forum", clock()).unwrap();
    demo::load(&mut partnership).unwrap();
    (path, partnership)
}

/// The id of the demo's representative of MOLISA who signed both versions of AGR 1 and
/// attended the approved minutes.
fn representative_named(path: &Path, name: &str) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.query_row(
        "SELECT id FROM representatives WHERE name = ?1",
        [name],
        |row| row.get(0),
    )
    .unwrap()
}

fn pdf_text(path: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8(output.stdout).unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn an_erased_signatory_leaves_the_seals_checkable_and_the_file_without_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let id = representative_named(&path, NAME);
    {
        let bytes = std::fs::read(&path).unwrap();
        assert!(contains(&bytes, NAME), "the demo names her before");
    }

    let mut partnership = Partnership::open(&path, clock()).unwrap();
    assert!(verify::verify(&partnership, None).unwrap().intact);
    let started = std::time::Instant::now();
    let report = erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    let took = started.elapsed();
    eprintln!("erasure (with VACUUM) took {took:?}: {report:#?}");
    assert_eq!(report.fields, ["name", "email"]);
    let sealed: Vec<(SealKind, i64)> = report
        .records
        .iter()
        .filter(|record| record.sealed)
        .map(|record| (record.kind, record.record_id))
        .collect();
    assert!(
        sealed.contains(&(SealKind::AgreementVersion, 1))
            && sealed.contains(&(SealKind::AgreementVersion, 2))
            && sealed.contains(&(SealKind::Minutes, 1)),
        "{sealed:?}"
    );
    assert!(report
        .records
        .iter()
        .all(|r| !r.attested && !r.already_changed));
    assert!(report.activity_entries >= 1, "{report:?}");

    // verify: intact, each record that named her is redacted, not changed.
    let checked = verify::verify(&partnership, None).unwrap();
    assert!(checked.intact, "{checked:#?}");
    let redacted: Vec<(SealKind, i64)> = checked
        .records
        .iter()
        .map(|record| {
            assert_eq!(record.state, RecordState::Redacted, "{record:?}");
            (record.kind, record.record_id)
        })
        .collect();
    assert_eq!(redacted, sealed);

    // Printed records say "[redacted]" where her name was.
    let agreement = dir.path().join("agreement.pdf");
    pacta_api::agreement_export::export(
        &partnership,
        1,
        Some(1),
        &agreement,
        &PrintOptions::default(),
    )
    .unwrap();
    let text = pdf_text(&agreement);
    assert!(text.contains("[redacted]"), "{text}");
    assert!(!text.contains(NAME) && !text.contains("Hương"), "{text}");
    let minutes = dir.path().join("minutes.pdf");
    meeting_export::export_minutes(&partnership, 1, &minutes, Paper::A4, Language::En).unwrap();
    let text = pdf_text(&minutes);
    assert!(text.contains("[redacted]"), "{text}");
    assert!(!text.contains(NAME) && !text.contains("Hương"), "{text}");

    // The registry and the history keep no trace; search no longer finds her.
    let history = members::recent_activity(&partnership, 1_000).unwrap();
    assert!(history
        .iter()
        .all(|entry| !entry.summary.contains(NAME) && !entry.changes.contains(NAME)));
    assert_eq!(history[0].action, "erase");
    assert!(!history[0].summary.contains(NAME));
    let found = members::list(
        &partnership,
        &pacta_core::MemberQuery {
            text: "Hương".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found.total, 0, "{found:?}");
    partnership.close().unwrap();

    // The bytes: neither the name (as stored, or as the search index folds it) nor the address.
    let bytes = std::fs::read(&path).unwrap();
    for trace in [NAME, EMAIL, "Hương", "huong.nt"] {
        assert!(!contains(&bytes, trace), "“{trace}” is still in the file");
    }
    for side in ["forum.pacta-wal", "forum.pacta-journal"] {
        if let Ok(side) = std::fs::read(dir.path().join(side)) {
            assert!(!contains(&side, NAME), "{side:?}");
        }
    }
}

#[test]
fn tampering_elsewhere_is_still_reported_changed_after_an_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let id = representative_named(&path, NAME);
    let mut partnership = Partnership::open(&path, clock()).unwrap();
    erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    partnership.close().unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TRIGGER signatures_of_signed_versions_are_unchanged;
             UPDATE agreement_signatures SET place = 'Elsewhere' WHERE version_id = 1;
             DROP TRIGGER approved_meetings_are_frozen;
             UPDATE meetings SET place = 'Rewritten' WHERE id = 1;",
        )
        .unwrap();
    }
    let partnership = Partnership::open(&path, clock()).unwrap();
    let report = verify::verify(&partnership, None).unwrap();
    assert!(!report.intact);
    let states: Vec<(SealKind, i64, RecordState)> = report
        .records
        .iter()
        .map(|record| (record.kind, record.record_id, record.state))
        .collect();
    assert!(states.contains(&(SealKind::AgreementVersion, 1, RecordState::Changed)));
    assert!(states.contains(&(SealKind::AgreementVersion, 2, RecordState::Redacted)));
    assert!(states.contains(&(SealKind::Minutes, 1, RecordState::Changed)));
}

#[test]
fn putting_a_name_back_where_it_was_erased_is_reported_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let id = representative_named(&path, NAME);
    let mut partnership = Partnership::open(&path, clock()).unwrap();
    erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    partnership.close().unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "DROP TRIGGER signatures_of_signed_versions_are_unchanged;
             UPDATE agreement_signatures SET signatory = '{NAME}' WHERE version_id = 2 AND signatory = '[redacted]';"
        ))
        .unwrap();
    }
    let partnership = Partnership::open(&path, clock()).unwrap();
    let report = verify::verify(&partnership, None).unwrap();
    assert!(!report.intact);
    assert!(report
        .records
        .iter()
        .any(|record| record.kind == SealKind::AgreementVersion
            && record.record_id == 2
            && record.state == RecordState::Changed));
}

#[test]
fn frozen_rows_accept_only_the_redaction_of_a_value_being_erased() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let conn = Connection::open(&path).unwrap();
    let refused = |sql: &str| {
        let error = conn.execute_batch(sql).unwrap_err().to_string();
        conn.execute_batch("DELETE FROM erasing").unwrap();
        error
    };
    // Without a value being erased, nothing moves.
    for sql in [
        "UPDATE agreement_signatures SET signatory = '[redacted]' WHERE version_id = 1",
        "UPDATE activity SET summary = '[redacted]' WHERE id = 1",
        "UPDATE meetings SET attendance = json_set(attendance, '$[1].representative', '[redacted]') WHERE id = 1",
    ] {
        assert!(refused(sql).contains("cannot be changed") || refused(sql).contains("append-only"), "{sql}");
    }
    // With one, only that value, and only to "[redacted]".
    let erasing = format!("INSERT INTO erasing (value) VALUES ('{NAME}');");
    for sql in [
        format!("{erasing} UPDATE agreement_signatures SET signatory = 'Someone else' WHERE signatory = '{NAME}'"),
        format!("{erasing} UPDATE agreement_signatures SET signatory = '[redacted]', place = 'x' WHERE signatory = '{NAME}'"),
        format!("{erasing} UPDATE agreement_signatures SET signatory = '[redacted]' WHERE signatory <> '{NAME}' AND version_id = 1"),
        format!("{erasing} UPDATE meetings SET attendance = json_set(attendance, '$[0].status', 'absent') WHERE id = 1"),
        format!("{erasing} UPDATE meetings SET place = 'x' WHERE id = 1"),
        format!("{erasing} UPDATE activity SET summary = 'gone' WHERE id = 1"),
        format!("{erasing} UPDATE agreement_versions SET text = json_set(text, '$.title', 'x') WHERE id = 1"),
        format!("{erasing} UPDATE agreement_versions SET text = json_set(text, '$.parties[0].signatory', 'x') WHERE id = 1"),
        format!("{erasing} UPDATE agenda_items SET title = 'x' WHERE meeting_id = 1"),
    ] {
        let error = refused(&sql);
        assert!(
            error.contains("cannot be changed") || error.contains("append-only"),
            "{sql}: {error}"
        );
    }
    let allowed = format!(
        "{erasing} UPDATE agreement_signatures SET signatory = '[redacted]' WHERE signatory = '{NAME}';
         DELETE FROM erasing;"
    );
    conn.execute_batch(&allowed).unwrap();
}

#[test]
fn erasing_is_refused_twice_for_no_one_and_without_a_reason_and_a_preview_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let id = representative_named(&path, NAME);
    let mut partnership = Partnership::open(&path, clock()).unwrap();

    let preview = erasure::preview_erasure(&partnership, id).unwrap();
    assert!(preview.records.len() >= 3);
    assert_eq!(
        representative_named(&path, NAME),
        id,
        "a preview changes nothing"
    );
    assert!(verify::verify(&partnership, None)
        .unwrap()
        .records
        .is_empty());

    let blank = erasure::erase_representative(&mut partnership, id, "  ").unwrap_err();
    assert_eq!(blank.code, ErrorCode::Required);
    let missing = erasure::erase_representative(&mut partnership, 9_999, REASON).unwrap_err();
    assert_eq!(missing.code, ErrorCode::NotFound);
    assert!(missing.message.contains("9999"), "{}", missing.message);

    erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    let again = erasure::erase_representative(&mut partnership, id, REASON).unwrap_err();
    assert_eq!(again.code, ErrorCode::AlreadyErased);
    assert!(
        again.message.contains("already erased"),
        "{}",
        again.message
    );
    let edit = members::update_representative(
        &mut partnership,
        id,
        &pacta_core::RepresentativeDraft {
            name: "Someone New".into(),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(edit.code, ErrorCode::AlreadyErased);
}

#[test]
fn records_sealed_before_erasure_existed_are_checked_then_attested() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/tests/fixtures/schema-8.pacta");
    let path = dir.path().join("older.pacta");
    std::fs::copy(fixture, &path).unwrap();
    let mut partnership = Partnership::open(&path, clock()).unwrap();
    assert!(verify::verify(&partnership, None).unwrap().intact);
    let id = representative_named(&path, NAME);
    let report = erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    let sealed: Vec<_> = report.records.iter().filter(|r| r.sealed).collect();
    assert!(sealed.len() >= 3, "{report:#?}");
    assert!(sealed.iter().all(|r| r.attested && !r.already_changed));

    let checked = verify::verify(&partnership, None).unwrap();
    assert!(checked.intact, "{checked:#?}");
    assert!(checked
        .records
        .iter()
        .all(|record| record.state == RecordState::RedactedAttested));
    partnership.close().unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TRIGGER signed_versions_are_frozen;
             UPDATE agreement_versions SET created_by = 'Someone' WHERE id = 1;",
        )
        .unwrap();
    }
    let partnership = Partnership::open(&path, clock()).unwrap();
    let checked = verify::verify(&partnership, None).unwrap();
    assert!(!checked.intact);
    assert!(checked.records.iter().any(|record| record.record_id == 1
        && record.kind == SealKind::AgreementVersion
        && record.state == RecordState::Changed));
}

#[test]
fn a_representative_renamed_after_signing_is_still_found_and_erased_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let (path, partnership) = demo_file(dir.path());
    partnership.close().unwrap();
    let id = representative_named(&path, NAME);
    let mut partnership = Partnership::open(&path, clock()).unwrap();
    members::update_representative(
        &mut partnership,
        id,
        &pacta_core::RepresentativeDraft {
            name: "Hương Nguyễn-Thị".into(),
            title: "Director".into(),
            email: "h.nguyen@example.org".into(),
            phone: "+84 24 3826 9541".into(),
            primary: true,
        },
    )
    .unwrap();
    // The seals hashed the name as signed, for her id: a rename changes nothing sealed.
    assert!(verify::verify(&partnership, None)
        .unwrap()
        .records
        .is_empty());

    let report = erasure::erase_representative(&mut partnership, id, REASON).unwrap();
    assert_eq!(report.fields, ["name", "email", "phone"]);
    assert!(
        report
            .records
            .iter()
            .filter(|r| r.sealed && r.kind == SealKind::AgreementVersion)
            .count()
            == 2,
        "{report:#?}"
    );
    let checked = verify::verify(&partnership, None).unwrap();
    assert!(checked.intact, "{checked:#?}");
    assert!(checked
        .records
        .iter()
        .all(|r| r.state == RecordState::Redacted));
    partnership.close().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    for trace in [
        NAME,
        "Hương Nguyễn-Thị",
        "h.nguyen@example.org",
        "3826 9541",
        EMAIL,
    ] {
        assert!(!contains(&bytes, trace), "“{trace}” is still in the file");
    }
}
