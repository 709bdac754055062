//! `pacta protect`, `pacta change-passphrase`, `pacta unprotect`, and every command on a
//! protected file with the passphrase from `PACTA_PASSPHRASE` or `--passphrase-file`, run as
//! a person would.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const SECRET: &str = "Vinte e cinco de Abril, sempre";
const NEW_SECRET: &str = "Mekong at dawn, 2027";

/// Runs `pacta` with exactly the passphrase variables given (none inherited).
fn pacta(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pacta"));
    command.env("PACTA_LANG", "en");
    command
        .args(args)
        .env_remove("PACTA_DB")
        .env_remove("PACTA_PASSPHRASE")
        .env_remove("PACTA_NEW_PASSPHRASE")
        .env_remove("RUST_BACKTRACE");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("the pacta binary runs");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    for secret in [SECRET, NEW_SECRET] {
        assert!(
            !printed.contains(secret),
            "pacta {args:?} printed a passphrase"
        );
    }
    output
}

fn ok(args: &[&str], env: &[(&str, &str)]) -> String {
    let output = pacta(args, env);
    assert!(
        output.status.success(),
        "pacta {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Fails with exit status 1 and one line of error, and nothing from SQLCipher's own log.
fn fails(args: &[&str], env: &[(&str, &str)]) -> String {
    let output = pacta(args, env);
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "pacta {args:?}: {err}");
    assert!(!err.contains("panicked"), "pacta {args:?} panicked:\n{err}");
    assert!(!err.contains("hmac") && !err.contains("CORE"), "{err}");
    err
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn info(db: &Path, env: &[(&str, &str)]) -> Value {
    serde_json::from_str(&ok(&["--db", text(db), "info", "--json"], env)).unwrap()
}

#[test]
fn a_protected_file_opens_with_the_variable_or_the_passphrase_file_and_not_without() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"], &[]);
    let plain = info(&db, &[]);
    assert_eq!(plain["protected"], false);

    // No new passphrase: refused, nothing changed.
    let err = fails(&["--db", text(&db), "protect"], &[]);
    assert!(
        err.contains(
            "no new passphrase given: set PACTA_NEW_PASSPHRASE or pass --new-passphrase-file"
        ),
        "{err}"
    );
    let err = fails(
        &["--db", text(&db), "protect"],
        &[("PACTA_NEW_PASSPHRASE", "short")],
    );
    assert!(err.contains("at least 8 characters"), "{err}");
    let printed = ok(
        &["--db", text(&db), "protect"],
        &[("PACTA_NEW_PASSPHRASE", SECRET)],
    );
    assert!(printed.contains("now protected"), "{printed}");
    assert!(!std::fs::read(&db)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));

    // Without the passphrase: the way to give it, exit status 1.
    for args in [
        vec!["--db", text(&db), "info"],
        vec!["--db", text(&db), "members", "list"],
        vec!["--db", text(&db), "verify"],
        vec!["--db", text(&db), "backup", "--out", "never.pacta"],
    ] {
        let err = fails(&args, &[]);
        assert_eq!(
            err.trim_end(),
            format!(
                "error: {} is protected with a passphrase: set PACTA_PASSPHRASE or pass --passphrase-file",
                db.display()
            ),
            "pacta {args:?}"
        );
    }
    let err = fails(
        &["--db", text(&db), "info"],
        &[("PACTA_PASSPHRASE", "Vinte e cinco de Abril")],
    );
    assert!(err.contains("The passphrase does not open"), "{err}");

    // With the variable.
    let env = [("PACTA_PASSPHRASE", SECRET)];
    let opened = info(&db, &env);
    assert_eq!(opened["protected"], true);
    assert_eq!(opened["members"], plain["members"]);
    assert_eq!(opened["representatives"], plain["representatives"]);
    let found = ok(
        &["--db", text(&db), "members", "list", "--search", "nguyen"],
        &env,
    );
    assert!(found.contains("1 member(s)"), "{found}");
    let verified = ok(&["--db", text(&db), "verify"], &env);
    assert!(verified.trim_end().ends_with("intact"), "{verified}");

    // With a passphrase file: its first line only, whatever the line ending; the file wins
    // over the variable.
    let file = dir.path().join("passphrase.txt");
    std::fs::write(&file, format!("{SECRET}\r\nthe second line is not read\n")).unwrap();
    let with_file = ["--db", text(&db), "--passphrase-file", text(&file), "info"];
    let printed = ok(&with_file, &[("PACTA_PASSPHRASE", "not this one")]);
    assert!(
        printed.contains("protected with a passphrase: yes"),
        "{printed}"
    );
    let printed = ok(
        &["info", "--db", text(&db), "--passphrase-file", text(&file)],
        &[],
    );
    assert!(printed.contains("members:"), "{printed}");
    let missing = dir.path().join("no such file.txt");
    let err = fails(
        &[
            "--db",
            text(&db),
            "--passphrase-file",
            text(&missing),
            "info",
        ],
        &[],
    );
    assert!(err.contains("cannot read the passphrase file"), "{err}");
}

#[test]
fn backups_change_of_passphrase_and_unprotect_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"], &[]);
    let members = info(&db, &[])["members"].clone();
    ok(
        &["--db", text(&db), "protect"],
        &[("PACTA_NEW_PASSPHRASE", SECRET)],
    );
    let env = [("PACTA_PASSPHRASE", SECRET)];

    let copy = dir.path().join("forum-backup.pacta");
    let printed = ok(&["--db", text(&db), "backup", "--out", text(&copy)], &env);
    assert!(printed.contains("integrity: ok"), "{printed}");
    assert!(!std::fs::read(&copy)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
    let err = fails(&["backup-info", text(&copy)], &[]);
    assert!(err.contains("is protected with a passphrase"), "{err}");
    let preview: Value =
        serde_json::from_str(&ok(&["backup-info", text(&copy), "--json"], &env)).unwrap();
    assert_eq!(preview["protected"], true);
    assert_eq!(preview["counts"]["members"], members);

    // The new passphrase from a file; the current one from the variable.
    let new_file = dir.path().join("new.txt");
    std::fs::write(&new_file, format!("{NEW_SECRET}\n")).unwrap();
    let err = fails(
        &[
            "--db",
            text(&db),
            "change-passphrase",
            "--new-passphrase-file",
            text(&new_file),
        ],
        &[],
    );
    assert!(err.contains("give the current passphrase"), "{err}");
    ok(
        &[
            "--db",
            text(&db),
            "change-passphrase",
            "--new-passphrase-file",
            text(&new_file),
        ],
        &env,
    );
    let err = fails(&["--db", text(&db), "info"], &env);
    assert!(err.contains("The passphrase does not open"), "{err}");
    let new_env = [("PACTA_PASSPHRASE", NEW_SECRET)];
    assert_eq!(info(&db, &new_env)["members"], members);

    // The backup taken before still opens with the old passphrase, and restores with it.
    ok(&["--db", text(&db), "restore", text(&copy), "--yes"], &env);
    assert_eq!(info(&db, &env)["members"], members);

    ok(&["--db", text(&db), "unprotect"], &env);
    assert!(std::fs::read(&db)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
    let plain = info(&db, &[]);
    assert_eq!(plain["protected"], false);
    assert_eq!(plain["members"], members);
    // A passphrase given for a plain file is not needed and does no harm.
    assert_eq!(info(&db, &env)["protected"], false);
}
