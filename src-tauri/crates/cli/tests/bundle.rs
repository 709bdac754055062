//! `pacta export bundle` and `pacta import bundle`, run as a person would: the demo out to a
//! zip and back into a new file, which holds the same rows in every table and verifies; an
//! existing file and a damaged bundle are refused in words.

mod common;

use common::{fails, ok, text};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Every table's rows, as SQLite gives them, in rowid order.
fn all_rows(db: &Path) -> Vec<(String, Vec<String>)> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM pragma_table_list
             WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut statement = conn
                .prepare(&format!("SELECT rowid, * FROM \"{table}\" ORDER BY rowid"))
                .unwrap();
            let width = statement.column_count();
            let rows = statement
                .query_map([], |row| {
                    let cells: Vec<String> = (0..width)
                        .map(|index| format!("{:?}", row.get_ref(index).unwrap()))
                        .collect();
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<Vec<_>, _>>()
                .unwrap();
            (table, rows)
        })
        .collect()
}

#[test]
fn the_demo_goes_out_as_a_bundle_and_back_into_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"]);
    let zip = dir.path().join("forum-bundle.zip");

    let printed = ok(&["--db", text(&db), "export", "bundle", "--out", text(&zip)]);
    for words in [
        "tables:",
        "rows)",
        "PDFs:",
        "attachments:",
        "size:",
        "chain head:",
    ] {
        assert!(printed.contains(words), "{words} in {printed}");
    }
    let size = std::fs::metadata(&zip).unwrap().len();
    assert!(
        printed.contains(&format!("size: {size} bytes")),
        "{printed}"
    );

    let copy = dir.path().join("handed-over.pacta");
    let printed = ok(&["--db", text(&copy), "import", "bundle", text(&zip)]);
    assert!(
        printed.contains("partnership: SEA Forum for Fishers"),
        "{printed}"
    );
    assert!(printed.contains("seals: intact"), "{printed}");

    let before = all_rows(&db);
    let after = all_rows(&copy);
    assert_eq!(
        before.iter().map(|(t, _)| t).collect::<Vec<_>>(),
        after.iter().map(|(t, _)| t).collect::<Vec<_>>()
    );
    for ((table, left), (_, right)) in before.iter().zip(&after) {
        assert_eq!(left, right, "the rows of {table}");
    }
    let verified = ok(&["--db", text(&copy), "verify", "--json"]);
    let report: Value = serde_json::from_str(&verified).unwrap();
    assert_eq!(report["intact"], true);

    // JSON summaries, for scripts.
    let again = dir.path().join("again.zip");
    let summary: Value = serde_json::from_str(&ok(&[
        "--db",
        text(&db),
        "export",
        "bundle",
        "--out",
        text(&again),
        "--json",
    ]))
    .unwrap();
    assert_eq!(summary["protected"], false);
    assert!(summary["pdfs"].as_u64().unwrap() >= 3);
    let imported: Value = serde_json::from_str(&ok(&[
        "--db",
        text(&dir.path().join("third.pacta")),
        "import",
        "bundle",
        text(&again),
        "--json",
    ]))
    .unwrap();
    assert_eq!(imported["rows"], summary["rows"]);
    assert_eq!(imported["chain_head"], summary["chain_head"]);

    // Only into a new file.
    let err = fails(&["--db", text(&db), "import", "bundle", text(&zip)]);
    assert!(err.contains("already exists"), "{err}");

    // A damaged bundle: refused, nothing created.
    let mut bytes = std::fs::read(&zip).unwrap();
    bytes.truncate(bytes.len() - 100);
    let damaged = dir.path().join("damaged.zip");
    std::fs::write(&damaged, &bytes).unwrap();
    let target = dir.path().join("never.pacta");
    let err = fails(&["--db", text(&target), "import", "bundle", text(&damaged)]);
    assert!(err.contains("damaged or not a zip"), "{err}");
    assert!(!target.exists());
}

#[test]
fn a_protected_files_bundle_is_protected_with_the_same_passphrase() {
    const SECRET: &str = "Vinte e cinco de Abril, sempre";
    let with = |args: &[&str], passphrase: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pacta"));
        command.env("PACTA_LANG", "en");
        command
            .args(args)
            .env_remove("PACTA_DB")
            .env_remove("PACTA_PASSPHRASE")
            .env_remove("PACTA_NEW_PASSPHRASE")
            .env_remove("RUST_BACKTRACE");
        if let Some(passphrase) = passphrase {
            command.env("PACTA_PASSPHRASE", passphrase);
        }
        command.output().expect("the pacta binary runs")
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"]);
    let protected = Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env("PACTA_LANG", "en")
        .args(["--db", text(&db), "protect"])
        .env_remove("PACTA_PASSPHRASE")
        .env("PACTA_NEW_PASSPHRASE", SECRET)
        .output()
        .unwrap();
    assert!(protected.status.success(), "{protected:?}");

    let zip = dir.path().join("protected.zip");
    let exported = with(
        &["--db", text(&db), "export", "bundle", "--out", text(&zip)],
        Some(SECRET),
    );
    assert!(exported.status.success(), "{exported:?}");
    let printed = String::from_utf8(exported.stdout).unwrap();
    assert!(printed.contains("protected: yes"), "{printed}");
    assert!(!printed.contains(SECRET));

    let copy = dir.path().join("copy.pacta");
    let refused = with(&["--db", text(&copy), "import", "bundle", text(&zip)], None);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("protected by a passphrase"), "{err}");
    assert!(!copy.exists());
    let wrong = with(
        &["--db", text(&copy), "import", "bundle", text(&zip)],
        Some("not the passphrase"),
    );
    assert!(!wrong.status.success());
    assert!(!copy.exists());
    let imported = with(
        &["--db", text(&copy), "import", "bundle", text(&zip)],
        Some(SECRET),
    );
    assert!(imported.status.success(), "{imported:?}");
    let printed = String::from_utf8(imported.stdout).unwrap();
    assert!(printed.contains("seals: intact"), "{printed}");
    assert!(printed.contains("protected: yes"), "{printed}");
    assert!(!std::fs::read(&copy)
        .unwrap()
        .starts_with(b"SQLite format 3"));
}
