//! `pacta verify` as a script would run it: exit status 0 only when the record is intact, 2
//! when something was found, 1 when the check could not run.

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

fn status(output: &Output) -> i32 {
    output.status.code().expect("pacta exits by itself")
}

#[test]
fn verify_exits_0_only_when_the_record_is_intact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    assert!(pacta(&db, &["demo"]).status.success());

    let intact = pacta(&db, &["verify"]);
    assert_eq!(status(&intact), 0, "{}", stdout(&intact));
    assert!(stdout(&intact).trim_end().ends_with("intact"));

    let report: Value = serde_json::from_str(&stdout(&pacta(&db, &["verify", "--json"]))).unwrap();
    assert_eq!(report["intact"], true);
    let head = report["head"]["chain"].as_str().unwrap().to_string();
    let short = report["head"]["short"].as_str().unwrap().to_string();
    assert_eq!(short.len(), 12);

    let found = pacta(&db, &["verify", "--against", &short]);
    assert_eq!(status(&found), 0, "{}", stdout(&found));
    assert!(stdout(&found).contains("in the chain"));
    let unknown = pacta(&db, &["verify", "--against", "0123456789abcdef"]);
    assert_eq!(status(&unknown), 2);
    assert!(stdout(&unknown).contains("NOT in the chain"));
    let malformed = pacta(&db, &["verify", "--against", "0123"]);
    assert_eq!(status(&malformed), 1, "a malformed hash is a usage error");

    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "DROP TRIGGER closed_votes_are_immutable;
             UPDATE votes SET outcome = 'rejected' WHERE id = (SELECT min(id) FROM votes);",
        )
        .unwrap();
    }
    let changed = pacta(&db, &["verify"]);
    assert_eq!(status(&changed), 2);
    let printed = stdout(&changed);
    assert!(
        printed.contains("changed") && printed.contains("vote") && printed.contains("NOT INTACT"),
        "{printed}"
    );
    let report: Value = serde_json::from_str(&stdout(&pacta(
        &db,
        &["verify", "--json", "--against", &head],
    )))
    .unwrap();
    assert_eq!(report["intact"], false);
    assert_eq!(
        report["against"]["found"], true,
        "the seals themselves are untouched"
    );
    assert_eq!(report["records"][0]["state"], "changed");
    assert_eq!(report["records"][0]["kind"], "vote");

    let missing = pacta(&dir.path().join("missing.pacta"), &["verify"]);
    assert_eq!(status(&missing), 1);
}
