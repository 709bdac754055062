//! `pacta members erase-representative` as a secretariat would run it: a preview without
//! `--yes`, the erasure with it, refusals that say why, and `verify` still exiting 0.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn pacta(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env("PACTA_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PACTA_DB")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the pacta binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

const NAME: &str = "Nguyễn Thị Hương";

#[test]
fn a_representative_is_erased_after_a_preview_and_verify_still_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    assert!(pacta(&db, &["demo"]).status.success());
    let id: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT id FROM representatives WHERE name = ?1",
            [NAME],
            |row| row.get(0),
        )
        .unwrap();
    let id = id.to_string();
    let reason = "request of 2026-11-20";

    let preview = pacta(
        &db,
        &["members", "erase-representative", &id, "--reason", reason],
    );
    assert!(preview.status.success(), "{}", stderr(&preview));
    let text = stdout(&preview);
    assert!(
        text.contains("would erase the name, email of representative"),
        "{text}"
    );
    assert!(text.contains("AGR-2026-001 version 1"), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    assert!(std::fs::read(&db)
        .unwrap()
        .windows(NAME.len())
        .any(|w| w == NAME.as_bytes()));

    let erased = pacta(
        &db,
        &[
            "members",
            "erase-representative",
            &id,
            "--reason",
            reason,
            "--yes",
            "--json",
        ],
    );
    assert!(erased.status.success(), "{}", stderr(&erased));
    let report: Value = serde_json::from_str(&stdout(&erased)).unwrap();
    assert_eq!(report["fields"], serde_json::json!(["name", "email"]));
    assert!(report["records"].as_array().unwrap().len() >= 3);

    let verify = pacta(&db, &["verify"]);
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
    let text = stdout(&verify);
    assert!(text.contains("redacted"), "{text}");
    assert!(text.trim_end().ends_with("intact"), "{text}");
    assert!(!std::fs::read(&db)
        .unwrap()
        .windows(NAME.len())
        .any(|w| w == NAME.as_bytes()));

    let again = pacta(
        &db,
        &[
            "members",
            "erase-representative",
            &id,
            "--reason",
            reason,
            "--yes",
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already erased"),
        "{}",
        stderr(&again)
    );
    let nobody = pacta(
        &db,
        &[
            "members",
            "erase-representative",
            "9999",
            "--reason",
            reason,
            "--yes",
        ],
    );
    assert_eq!(nobody.status.code(), Some(1));
    assert!(
        stderr(&nobody).contains("no representative with id 9999"),
        "{}",
        stderr(&nobody)
    );
}
