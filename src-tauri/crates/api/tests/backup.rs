//! Backups on real files: taken beside an open writer, rotated, previewed without a change,
//! restored with the replaced file kept aside.

mod common;

use common::{code, mekong_forum, names, organisation, ACCENTED};
use std::path::Path;

use pacta_api::backup::{self, BackupPreview};
use pacta_api::{members, Clock, ErrorCode, Partnership};
use pacta_core::MemberQuery;

const NOW: &str = "2026-11-25T10:00:00Z";

fn clock() -> Clock {
    Clock::Fixed(NOW.into())
}

fn at(day: u32) -> Clock {
    Clock::Fixed(format!("2026-11-{day:02}T10:00:00Z"))
}

/// Every file in `dir`, with its bytes, to show that a refused call wrote nothing.
fn folder_snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                bytes,
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_whole_and_holds_only_what_was_committed() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    let before = backup::preview_backup(&path, None).unwrap().counts;

    let writer = pacta_store::Connection::open(&path).unwrap();
    writer
        .execute_batch(
            "BEGIN IMMEDIATE;
             UPDATE organisations SET notes = 'not yet committed';
             INSERT INTO settings (key, value) VALUES ('uncommitted', 'yes');",
        )
        .unwrap();

    let through_app = backup::backup(&partnership, &dir.path().join("app.pacta")).unwrap();
    let beside =
        backup::backup_file(&path, &dir.path().join("beside.pacta"), &clock(), None).unwrap();
    for summary in [&through_app, &beside] {
        assert!(summary.integrity_ok);
        assert_eq!(summary.counts, before);
        assert_eq!(summary.taken_at, NOW);
        let preview = backup::preview_backup(Path::new(&summary.path), None).unwrap();
        assert!(preview.integrity_ok && preview.is_backup);
        assert_eq!(preview.counts, before);
        assert_eq!(preview.taken_at, NOW);
        assert_eq!(preview.partnership_name, "SEA Forum for Fishers");
        let copy = pacta_store::Connection::open(&summary.path).unwrap();
        let uncommitted: i64 = copy
            .query_row(
                "SELECT count(*) FROM organisations WHERE notes = 'not yet committed'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(uncommitted, 0);
    }
    assert!(before.members > 1 && before.agreements > 0 && before.meetings > 0);
    assert!(before.votes > 0 && before.matrices > 0);
    writer.execute_batch("ROLLBACK").unwrap();

    // No half backups or logs are left beside the copies.
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("app") || name.starts_with("beside"))
        .collect();
    left.sort();
    assert_eq!(left, ["app.pacta", "beside.pacta"]);
    partnership.close().unwrap();
}

#[test]
fn a_backup_never_replaces_the_open_file_itself() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    assert_eq!(
        code(backup::backup(&partnership, &path)),
        ErrorCode::FileExists
    );
    assert_eq!(
        code(backup::backup_file(&path, &path, &clock(), None)),
        ErrorCode::FileExists
    );
    // Nor a file another Pacta has open.
    let other = Partnership::create(&dir.path().join("other.pacta"), "Other", clock()).unwrap();
    assert_eq!(
        code(backup::backup(&partnership, &other.path())),
        ErrorCode::FileLocked
    );
    assert_eq!(names(&other, "").len(), 0);
    other.close().unwrap();
    partnership.close().unwrap();
    assert!(Partnership::open(&path, clock()).is_ok());
}

#[test]
fn automatic_backups_are_daily_and_rotation_keeps_exactly_the_newest_n() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    let root = dir.path().join("data").join("backups");
    let folder = backup::automatic_folder(&root, &path);
    std::fs::create_dir_all(&folder).unwrap();
    // Files the user put there are never rotated away.
    std::fs::write(folder.join("notes.txt"), "keep me").unwrap();
    std::fs::write(folder.join("Mekong Forum-copy.pacta"), "keep me").unwrap();

    for day in 1..=10 {
        let taken = backup::automatic(&path, &root, 3, &at(day), None).unwrap();
        let taken = taken.expect("a day later, a backup is due");
        assert!(taken
            .path
            .ends_with(&format!("Mekong Forum-2026-11-{day:02}.pacta")));
        // A second look the same day takes nothing.
        assert_eq!(
            backup::automatic(&path, &root, 3, &at(day), None).unwrap(),
            None
        );
    }
    let kept: Vec<String> = backup::list_automatic(&root, &path)
        .unwrap()
        .into_iter()
        .map(|b| b.date)
        .collect();
    assert_eq!(kept, ["2026-11-10", "2026-11-09", "2026-11-08"]);
    assert!(folder.join("notes.txt").exists());
    assert!(folder.join("Mekong Forum-copy.pacta").exists());

    // Less than 24 hours after the last one: nothing yet.
    let early = Clock::Fixed("2026-11-11T09:59:59Z".into());
    assert_eq!(
        backup::automatic(&path, &root, 3, &early, None).unwrap(),
        None
    );

    // Keeping fewer removes the oldest at once.
    let removed = backup::rotate(&root, &path, 1).unwrap();
    assert_eq!(removed.len(), 2);
    let overview = backup::overview(1, &root, &path).unwrap();
    assert_eq!(overview.backups.len(), 1);
    assert_eq!(overview.backups[0].date, "2026-11-10");
    assert!(overview.backups[0].bytes > 0);
    partnership.close().unwrap();
}

#[test]
fn the_number_of_automatic_backups_kept_is_a_setting_of_the_file_between_1_and_90() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keep.pacta");
    let mut partnership = Partnership::create(&path, "Keep", clock()).unwrap();
    assert_eq!(backup::keep(&partnership).unwrap(), backup::DEFAULT_KEEP);
    assert_eq!(
        code(backup::set_keep(&mut partnership, 0)),
        ErrorCode::InvalidChoice
    );
    assert_eq!(
        code(backup::set_keep(&mut partnership, 91)),
        ErrorCode::InvalidChoice
    );
    backup::set_keep(&mut partnership, 30).unwrap();
    partnership.close().unwrap();
    let partnership = Partnership::open(&path, clock()).unwrap();
    assert_eq!(backup::keep(&partnership).unwrap(), 30);
    partnership.close().unwrap();
}

#[test]
fn a_damaged_foreign_or_newer_backup_is_refused_by_its_code_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    let damaged = dir.path().join("checks").join("damaged.pacta");
    std::fs::create_dir_all(damaged.parent().unwrap()).unwrap();
    backup::backup(&partnership, &damaged).unwrap();
    partnership.close().unwrap();

    // Flip the first bytes of every page but the first (which holds the header).
    let mut bytes = std::fs::read(&damaged).unwrap();
    let page = 4096;
    assert!(bytes.len() > 4 * page);
    for start in (page..bytes.len()).step_by(page) {
        for byte in &mut bytes[start..start + 8] {
            *byte ^= 0xFF;
        }
    }
    std::fs::write(&damaged, &bytes).unwrap();

    let foreign = dir.path().join("checks").join("notes.pacta");
    std::fs::write(&foreign, "Minutes of the meeting, not a partnership.").unwrap();

    let newer = dir.path().join("checks").join("newer.pacta");
    let partnership = Partnership::open(&path, clock()).unwrap();
    backup::backup(&partnership, &newer).unwrap();
    let raw = pacta_store::Connection::open(&newer).unwrap();
    raw.pragma_update(None, "user_version", 999).unwrap();
    raw.close().unwrap();

    let before = folder_snapshot(damaged.parent().unwrap());
    assert_eq!(
        code(backup::preview_backup(&damaged, None)),
        ErrorCode::Corrupted
    );
    assert_eq!(
        code(backup::preview_backup(&foreign, None)),
        ErrorCode::NotAPactaFile
    );
    assert_eq!(
        code(backup::preview_backup(&newer, None)),
        ErrorCode::SchemaTooNew
    );
    assert_eq!(
        code(backup::preview_backup(&dir.path().join("none.pacta"), None)),
        ErrorCode::FileMissing
    );
    assert_eq!(folder_snapshot(damaged.parent().unwrap()), before);

    // Restoring from any of them changes neither the backup nor the partnership file.
    partnership.close().unwrap();
    let file_before = std::fs::read(&path).unwrap();
    for (bad, expected) in [
        (&damaged, ErrorCode::Corrupted),
        (&foreign, ErrorCode::NotAPactaFile),
        (&newer, ErrorCode::SchemaTooNew),
    ] {
        assert_eq!(code(backup::restore(&path, bad, clock(), None)), expected);
    }
    assert_eq!(std::fs::read(&path).unwrap(), file_before);
    assert_eq!(folder_snapshot(damaged.parent().unwrap()), before);
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("replaced") || name.ends_with(".partial"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

#[test]
fn restoring_keeps_the_replaced_file_aside_and_brings_back_exactly_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let copy = dir
        .path()
        .join("backups")
        .join("Mekong Forum-2026-11-25.pacta");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let taken = backup::backup(&partnership, &copy).unwrap();

    // Changes after the backup: one member more, the accented one gone.
    let accented = members::list(
        &partnership,
        &MemberQuery {
            text: "Vitimas Da Nang".into(),
            limit: 10,
            ..MemberQuery::default()
        },
    )
    .unwrap()
    .rows[0]
        .id;
    members::delete(&mut partnership, accented).unwrap();
    members::create(&mut partnership, &organisation("Added after the backup")).unwrap();
    members::create(&mut partnership, &organisation("And another")).unwrap();

    // The app holds the file open: restoring is refused and nothing moves.
    assert_eq!(
        code(backup::restore(&path, &copy, clock(), None)),
        ErrorCode::FileLocked
    );
    let changed_members = names(&partnership, "").len();
    partnership.close().unwrap();

    let plan = backup::plan_restore(&path, &copy, &clock(), None).unwrap();
    let aside = dir
        .path()
        .join("Mekong Forum.replaced-2026-11-25-100000.pacta");
    assert_eq!(plan.kept_aside_as.as_deref(), Some(aside.to_str().unwrap()));
    assert_eq!(plan.backup.counts, taken.counts);
    assert!(!aside.exists(), "a plan changes nothing");

    let (restored, summary) = backup::restore(&path, &copy, clock(), None).unwrap();
    assert_eq!(summary.kept_aside_as, plan.kept_aside_as);
    assert_eq!(summary.restored.counts, taken.counts);
    assert_eq!(names(&restored, "Vitimas"), [ACCENTED]);
    assert_eq!(names(&restored, "").len() as i64, taken.counts.members);
    assert!(names(&restored, "Added after").is_empty());
    let last = &members::recent_activity(&restored, 1).unwrap()[0];
    assert_eq!(last.action, "restore");
    assert!(last
        .summary
        .contains("Mekong Forum.replaced-2026-11-25-100000.pacta"));
    restored.close().unwrap();

    // The file now holds the backup's records; it no longer claims to be a backup itself.
    let now: BackupPreview = backup::preview_backup(&path, None).unwrap();
    assert_eq!(now.counts, taken.counts);
    assert!(!now.is_backup);
    // The replaced file is whole beside it, with the changes made after the backup.
    let kept = Partnership::open(&aside, clock()).unwrap();
    assert_eq!(names(&kept, "").len(), changed_members);
    assert_eq!(names(&kept, "Added after"), ["Added after the backup"]);
    assert!(names(&kept, "Vitimas").is_empty());
    kept.close().unwrap();
    // The backup itself is unchanged.
    assert_eq!(backup::preview_backup(&copy, None).unwrap().taken_at, NOW);

    // A second restore in the same second keeps the first file aside too, under its own name.
    let (again, second) = backup::restore(&path, &copy, clock(), None).unwrap();
    again.close().unwrap();
    assert_eq!(
        second.kept_aside_as.as_deref(),
        Some(
            dir.path()
                .join("Mekong Forum.replaced-2026-11-25-100000-2.pacta")
                .to_str()
                .unwrap()
        )
    );
    assert_eq!(
        code(backup::restore(&path, &path, clock(), None)),
        ErrorCode::Io
    );
}

#[test]
fn a_file_whose_seals_do_not_verify_is_not_kept_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    let sound = dir.path().join("sound.pacta");
    backup::backup(&partnership, &sound).unwrap();

    // A seal rewritten outside the app, as someone holding the file could.
    let raw = pacta_store::Connection::open(&path).unwrap();
    raw.execute_batch(
        "DROP TRIGGER seals_are_unchanged;
         UPDATE seals SET sealed_at = '2020-01-01T00:00:00Z' WHERE id = 1;",
    )
    .unwrap();
    drop(raw);

    let out = dir.path().join("tampered.pacta");
    assert_eq!(
        code(backup::backup(&partnership, &out)),
        ErrorCode::Corrupted
    );
    assert_eq!(
        code(backup::backup_file(&path, &out, &clock(), None)),
        ErrorCode::Corrupted
    );
    assert!(!out.exists());
    assert!(!dir.path().join("tampered.pacta.partial").exists());
    // A sound backup taken earlier is still there to restore.
    assert!(backup::preview_backup(&sound, None).unwrap().integrity_ok);
    partnership.close().unwrap();
}

#[test]
fn every_backup_records_the_chain_head_which_verify_then_finds_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    let head = pacta_api::verify::chain_head(&partnership)
        .unwrap()
        .expect("the demo has sealed records");

    let out = dir.path().join("manual.pacta");
    let summary = backup::backup(&partnership, &out).unwrap();
    assert_eq!(summary.chain_head.as_ref(), Some(&head));
    let preview = backup::preview_backup(&out, None).unwrap();
    assert_eq!(preview.chain_head.as_ref(), Some(&head));

    // The head kept with the backup is what a later `verify --against` is given.
    let report = pacta_api::verify::verify(&partnership, Some(&head.chain)).unwrap();
    assert!(report.intact && report.against.unwrap().found);

    // Automatic backups also write it, one line each, beside them.
    let root = dir.path().join("data").join("backups");
    for day in 1..=2 {
        backup::automatic(&path, &root, 3, &at(day), None).unwrap();
    }
    let log = backup::automatic_folder(&root, &path).join(backup::HEADS_LOG);
    let lines: Vec<String> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[1].starts_with("2026-11-02"), "{}", lines[1]);
    assert!(lines[1].contains(&head.chain), "{}", lines[1]);
    assert!(
        lines[1].ends_with("Mekong Forum-2026-11-02.pacta"),
        "{}",
        lines[1]
    );
    partnership.close().unwrap();
}
