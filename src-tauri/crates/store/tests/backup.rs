//! Backup copies at the store level: whole or absent, one file, never migrated when read.

mod common;

use common::stamp;
use pacta_store::backup;
use pacta_store::{migrations, PartnershipFile, StoreError};

fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_copy_that_fails_its_last_check_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let file = PartnershipFile::create(&dir.path().join("forum.pacta"), "Forum", &stamp()).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("forum-backup.pacta");

    let refused = backup::take(
        file.connection(),
        &out,
        "2026-11-25T10:00:00Z",
        None,
        |partial| {
            assert!(partial.exists(), "the check sees the finished copy");
            Err(StoreError::Corrupted {
                path: partial.display().to_string(),
                detail: "refused by the check".into(),
            })
        },
    );
    assert!(matches!(refused, Err(StoreError::Corrupted { .. })));
    assert!(names_in(&out_dir).is_empty());

    // An earlier backup under that name stays as it was when a new one is refused.
    backup::take(
        file.connection(),
        &out,
        "2026-11-24T10:00:00Z",
        None,
        |_| Ok::<(), StoreError>(()),
    )
    .unwrap();
    let earlier = std::fs::read(&out).unwrap();
    let _ = backup::take(
        file.connection(),
        &out,
        "2026-11-25T10:00:00Z",
        None,
        |_| Err(StoreError::Migration("no".into())),
    );
    assert_eq!(std::fs::read(&out).unwrap(), earlier);
    assert_eq!(names_in(&out_dir), ["forum-backup.pacta"]);
    file.close().unwrap();
}

#[test]
fn a_backup_is_one_file_that_reading_does_not_migrate() {
    let dir = tempfile::tempdir().unwrap();
    // A file of an older schema, as an earlier release wrote it.
    let old = dir.path().join("old.pacta");
    {
        let mut conn = pacta_store::Connection::open(&old).unwrap();
        conn.pragma_update(
            None,
            "application_id",
            pacta_store::file::header::APPLICATION_ID,
        )
        .unwrap();
        migrations::migrate_to(&mut conn, 2).unwrap();
        conn.execute(
            "INSERT INTO partnership (id, name, created_at) VALUES (1, 'Forum', '2024-01-01')",
            [],
        )
        .unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    }
    let reader = backup::open_reader(&old, None).unwrap();
    let out = dir.path().join("copy.pacta");
    backup::take(&reader, &out, "2026-11-25T10:00:00Z", None, |_| {
        Ok::<(), StoreError>(())
    })
    .unwrap();
    drop(reader);

    let before = std::fs::read(&out).unwrap();
    let facts = backup::inspect(&out, None).unwrap();
    assert_eq!(facts.schema_version, 2);
    assert_eq!(facts.name, "Forum");
    assert_eq!(facts.taken_at.as_deref(), Some("2026-11-25T10:00:00Z"));
    // Tables the older schema lacks count as none.
    assert_eq!(facts.counts, backup::Counts::default());
    assert_eq!(std::fs::read(&out).unwrap(), before);
    let journal: String = pacta_store::Connection::open(&out)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(journal, "delete");
    assert!(names_in(dir.path())
        .iter()
        .all(|name| !name.starts_with("copy.pacta-")));
}
