//! `pacta backup`, `pacta backup-info` and `pacta restore`, run as a person would.

mod common;

use common::{fails, ok, text};
use std::path::Path;

use serde_json::Value;

fn member_names(db: &Path) -> Vec<String> {
    let printed = ok(&["--db", text(db), "members", "list", "--json"]);
    let rows: Vec<Value> = serde_json::from_str(&printed).unwrap();
    rows.iter()
        .map(|row| row["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn backup_then_backup_info_then_restore_with_yes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"]);
    let at_backup = member_names(&db);

    let copy = dir.path().join("forum-backup.pacta");
    let printed = ok(&["--db", text(&db), "backup", "--out", text(&copy)]);
    assert!(printed.contains("integrity: ok"), "{printed}");
    assert!(
        printed.contains(&format!("members: {}", at_backup.len())),
        "{printed}"
    );

    let info = ok(&["backup-info", text(&copy)]);
    assert!(
        info.contains("partnership: SEA Forum for Fishers"),
        "{info}"
    );
    assert!(info.contains("taken at: "), "{info}");
    let json: Value = serde_json::from_str(&ok(&["backup-info", text(&copy), "--json"])).unwrap();
    assert_eq!(json["counts"]["members"], at_backup.len());
    assert_eq!(json["is_backup"], true);
    assert!(json["counts"]["agreements"].as_i64().unwrap() > 0);

    // A change after the backup.
    let csv = dir.path().join("new.csv");
    std::fs::write(
        &csv,
        "name,kind,country,joined_on\nHội Liên hiệp Phụ nữ Tây Ninh,civil_society,VN,2025-01-01\n",
    )
    .unwrap();
    ok(&["--db", text(&db), "import", "members", text(&csv)]);
    assert_eq!(member_names(&db).len(), at_backup.len() + 1);

    // Without --yes: the preview and what would happen, and nothing changes.
    let before = std::fs::read(&db).unwrap();
    let preview = ok(&["--db", text(&db), "restore", text(&copy)]);
    assert!(preview.contains("nothing was changed"), "{preview}");
    assert!(preview.contains("would be kept as"), "{preview}");
    assert_eq!(std::fs::read(&db).unwrap(), before);

    let restored = ok(&["--db", text(&db), "restore", text(&copy), "--yes"]);
    assert!(
        restored.contains("the replaced file was kept as"),
        "{restored}"
    );
    assert_eq!(member_names(&db), at_backup);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| text(path).contains("forum.replaced-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(member_names(&aside[0]).contains(&"Hội Liên hiệp Phụ nữ Tây Ninh".to_string()));
}

#[test]
fn backup_info_refuses_what_is_not_a_sound_backup() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.pacta");
    std::fs::write(&notes, "not a partnership").unwrap();
    let err = fails(&["backup-info", text(&notes)]);
    assert!(err.contains("is not a Pacta partnership file"), "{err}");
    let err = fails(&["backup-info", text(&dir.path().join("missing.pacta"))]);
    assert!(err.contains("does not exist"), "{err}");
    // Restoring from it leaves the partnership alone.
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "init", "--name", "Forum"]);
    let before = std::fs::read(&db).unwrap();
    fails(&["--db", text(&db), "restore", text(&notes), "--yes"]);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}
