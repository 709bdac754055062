//! `pacta activity`: the partnership-wide history from the command line, filtered like the
//! app's timeline, checked against the log read with raw SQL.

use std::path::Path;
use std::process::{Command, Output};

use rusqlite::params;
use serde_json::Value;

fn pacta(db: &Path, tz: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env("PACTA_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PACTA_DB")
        .env_remove("RUST_BACKTRACE")
        .env("TZ", tz)
        .output()
        .expect("the pacta binary runs")
}

fn entries(db: &Path, tz: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["activity", "--json"];
    all.extend_from_slice(args);
    let output = pacta(db, tz, &all);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    value.as_array().expect("a list").clone()
}

fn sql_count(db: &Path, condition: &str) -> usize {
    let conn = rusqlite::Connection::open(db).unwrap();
    let count: i64 = conn
        .query_row(
            &format!("SELECT count(*) FROM activity WHERE {condition}"),
            [],
            |row| row.get(0),
        )
        .unwrap();
    usize::try_from(count).unwrap()
}

#[test]
fn activity_filters_combine_and_bad_days_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    assert!(pacta(&db, "UTC", &["demo"]).status.success());
    {
        // Entries of earlier days by another actor; the log takes inserts (never changes).
        let conn = rusqlite::Connection::open(&db).unwrap();
        for (at, kind, summary) in [
            (
                "2026-01-15T10:00:00Z",
                "organisation",
                "Edited member Hội Phụ nữ Hà Nội",
            ),
            (
                "2026-01-16T23:59:59Z",
                "body",
                "Created the body Comité de pilotage",
            ),
            (
                "2026-01-20T08:00:00Z",
                "organisation",
                "Added member HA NOI Union",
            ),
        ] {
            conn.execute(
                "INSERT INTO activity (at, actor, action, record_kind, record_id, summary)
                 VALUES (?1, 'Élodie Durand', 'edit', ?2, 1, ?3)",
                params![at, kind, summary],
            )
            .unwrap();
        }
    }

    let all = entries(&db, "UTC", &[]);
    assert_eq!(all.len(), sql_count(&db, "1"));
    assert!(all.len() > 100);
    let ids: Vec<i64> = all.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert!(
        ids.windows(2).all(|w| w[0] > w[1]),
        "newest first, no duplicates"
    );

    let organisations = entries(&db, "UTC", &["--kind", "organisation"]);
    assert_eq!(
        organisations.len(),
        sql_count(&db, "record_kind = 'organisation'")
    );

    let elodie = entries(
        &db,
        "UTC",
        &[
            "--actor",
            "Élodie Durand",
            "--from",
            "2026-01-15",
            "--to",
            "2026-01-16",
        ],
    );
    let summaries: Vec<&str> = elodie
        .iter()
        .map(|e| e["summary"].as_str().unwrap())
        .collect();
    // Entries written without a kept message are said again from their codes.
    assert_eq!(summaries, ["Body 1: edited", "Member 1: edited"]);
    assert_eq!(
        entries(
            &db,
            "UTC",
            &[
                "--text",
                "ha noi",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31"
            ]
        )
        .len(),
        2,
        "accents and case ignored"
    );
    assert_eq!(
        entries(
            &db,
            "UTC",
            &[
                "--text",
                "HÀ NỘI",
                "--kind",
                "organisation",
                "--to",
                "2026-01-16"
            ]
        )
        .len(),
        1
    );
    // Days are this computer's: at UTC+7, 23:59:59 UTC on 16 January is 17 January.
    let plus7 = "<+07>-7";
    let seventeenth = entries(&db, plus7, &["--from", "2026-01-17", "--to", "2026-01-17"]);
    assert_eq!(seventeenth.len(), 1);
    assert_eq!(seventeenth[0]["record_kind"], "body");
    assert!(entries(&db, "UTC", &["--from", "2026-01-17", "--to", "2026-01-17"]).is_empty());

    let limited = pacta(&db, "UTC", &["activity", "--limit", "3"]);
    assert!(limited.status.success());
    let text = String::from_utf8(limited.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(
        lines[3],
        format!("3 of {} matching entries", sql_count(&db, "1"))
    );

    for (args, named) in [
        (vec!["activity", "--from", "2026-02-30"], "“from”"),
        (vec!["activity", "--to", "2026-13-01"], "“to”"),
        (
            vec!["activity", "--from", "2026-03-02", "--to", "2026-03-01"],
            "“to”",
        ),
        (vec!["activity", "--kind", "member"], "member"),
        (vec!["activity", "--limit", "0"], "0"),
    ] {
        let refused = pacta(&db, "UTC", &args);
        assert_eq!(refused.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(refused.stderr).unwrap();
        assert!(
            stderr.starts_with("error: ") && stderr.contains(named),
            "{args:?}: {stderr}"
        );
        assert!(refused.stdout.is_empty());
    }
}
