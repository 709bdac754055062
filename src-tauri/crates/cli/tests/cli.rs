//! The built `pacta` binary, run as a person or a script would, on files in temporary folders.

mod common;

use common::{fails, ok, pacta, stderr, stdout, text};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn members_json(db: &Path) -> Vec<Value> {
    let printed = ok(&["--db", text(db), "members", "list", "--json"]);
    match serde_json::from_str(&printed).expect("members list --json prints JSON") {
        Value::Array(rows) => rows,
        other => panic!("expected a JSON array, got {other}"),
    }
}

fn init(dir: &Path, file_name: &str) -> PathBuf {
    let db = dir.join(file_name);
    ok(&["--db", text(&db), "init", "--name", "Mekong Forum"]);
    db
}

fn write(dir: &Path, file_name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(file_name);
    std::fs::write(&path, contents).unwrap();
    path
}

const GOOD_CSV: &str = "name,kind,country,joined_on,representative_name\n\
    Associação Timorense,civil_society,TL,2024-03-01,Ana Gusmão\n\
    Hội Liên hiệp Phụ nữ Việt Nam,civil_society,VN,2023-01-01,Nguyễn Thị Hương\n";

const BAD_CSV: &str = "name,kind,country,joined_on\n\
    Associação Timorense,civil_society,TL,2024-03-01\n\
    Hội Liên hiệp Phụ nữ Việt Nam,civil_society,VN,2025-02-30\n";

#[test]
fn init_creates_an_empty_partnership_that_info_describes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    let printed = ok(&["--db", text(&db), "init", "--name", "Mekong Forum"]);
    assert!(printed.contains("Mekong Forum"), "{printed}");
    assert!(db.is_file());

    let info: Value =
        serde_json::from_str(&ok(&["--db", text(&db), "info", "--json"])).expect("JSON");
    assert_eq!(info["name"], "Mekong Forum");
    assert_eq!(info["members"], 0);
    assert!(members_json(&db).is_empty());
    assert!(
        !dir.path().join("forum.pacta-wal").exists(),
        "each command closes the file whole"
    );

    let err = fails(&["--db", text(&db), "init", "--name", "Another"]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn the_demo_lists_eighteen_members_as_json_each_with_an_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.pacta");
    let printed = ok(&["--db", text(&db), "demo"]);
    assert!(printed.contains("18 members"), "{printed}");

    let rows = members_json(&db);
    assert_eq!(rows.len(), 18);
    for row in &rows {
        assert!(row.is_object(), "{row}");
        assert!(row["id"].as_i64().is_some_and(|id| id > 0), "{row}");
        assert!(row["name"].as_str().is_some_and(|n| !n.is_empty()), "{row}");
    }

    let found = ok(&[
        "--db",
        text(&db),
        "members",
        "list",
        "--json",
        "--search",
        "gusmao",
    ]);
    let found: Vec<Value> = serde_json::from_str(&found).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["acronym"], "SEFOPE");

    let table = ok(&["--db", text(&db), "members", "list"]);
    assert!(table.contains("18 member(s)"), "{table}");
    let bodies = ok(&["--db", text(&db), "bodies", "list"]);
    assert!(bodies.contains("General Assembly"), "{bodies}");

    let err = fails(&["--db", text(&db), "demo"]);
    assert!(err.contains("already has members"), "{err}");
    assert_eq!(members_json(&db).len(), 18);
}

#[test]
fn a_bad_import_names_the_row_and_column_on_stderr_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = init(dir.path(), "forum.pacta");
    let bad = write(dir.path(), "bad.csv", BAD_CSV);

    let err = fails(&["--db", text(&db), "import", "members", text(&bad)]);
    assert!(
        err.contains("row 3") && err.contains("joined_on") && err.contains("2025-02-30"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(members_json(&db).is_empty(), "all rows or none");

    let err = fails(&[
        "--db",
        text(&db),
        "import",
        "members",
        text(&bad),
        "--dry-run",
    ]);
    assert!(
        err.contains("row 3"),
        "a dry run reports the same problem: {err}"
    );
}

#[test]
fn a_dry_run_shows_what_would_be_added_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = init(dir.path(), "forum.pacta");
    let good = write(dir.path(), "good.csv", GOOD_CSV);
    let before = std::fs::read(&db).unwrap();

    let printed = ok(&[
        "--db",
        text(&db),
        "import",
        "members",
        text(&good),
        "--dry-run",
    ]);
    assert!(
        printed.contains("add     Associação Timorense"),
        "{printed}"
    );
    assert!(printed.contains("2 to add, 0 to update"), "{printed}");
    assert!(!printed.contains("imported"), "{printed}");
    assert!(members_json(&db).is_empty());
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");

    let printed = ok(&["--db", text(&db), "import", "members", text(&good)]);
    assert!(
        printed.contains("imported: 2 added, 0 updated"),
        "{printed}"
    );
    let names: Vec<String> = members_json(&db)
        .iter()
        .map(|row| row["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["Associação Timorense", "Hội Liên hiệp Phụ nữ Việt Nam"]
    );
}

#[test]
fn an_export_imports_into_a_new_file_as_csv_and_as_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.pacta");
    ok(&["--db", text(&demo), "demo"]);
    let identity = |rows: Vec<Value>| -> Vec<(i64, String, String, Value)> {
        rows.into_iter()
            .map(|row| {
                (
                    row["id"].as_i64().unwrap(),
                    row["name"].as_str().unwrap().to_string(),
                    row["status"].as_str().unwrap().to_string(),
                    row["primary_representative"].clone(),
                )
            })
            .collect()
    };
    let expected = identity(members_json(&demo));

    for format in ["csv", "xlsx"] {
        let exported = dir.path().join(format!("members.{format}"));
        let printed = ok(&[
            "--db",
            text(&demo),
            "export",
            "members",
            "--out",
            text(&exported),
        ]);
        assert!(
            printed.contains("exported 18 member(s)"),
            "{format}: {printed}"
        );

        let copy = init(dir.path(), &format!("copy-{format}.pacta"));
        let printed = ok(&["--db", text(&copy), "import", "members", text(&exported)]);
        assert!(
            printed.contains("imported: 18 added, 0 updated"),
            "{format}: {printed}"
        );
        assert_eq!(
            identity(members_json(&copy)),
            expected,
            "{format}: same ids, names, statuses and representatives"
        );

        let printed = ok(&[
            "--db",
            text(&demo),
            "import",
            "members",
            text(&exported),
            "--dry-run",
        ]);
        assert!(
            printed.contains("0 to add, 18 to update, 0 with problems"),
            "{format}: back into its own file, every row updates: {printed}"
        );
    }
}

#[test]
fn errors_exit_non_zero_with_a_plain_message_and_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = init(dir.path(), "forum.pacta");
    let notes = write(dir.path(), "notes.txt", "Minutes of the General Assembly\n");
    let notes_as_db = write(
        dir.path(),
        "notes.pacta",
        "Minutes of the General Assembly\n",
    );
    let missing = dir.path().join("missing.pacta");
    let binary = write(
        dir.path(),
        "binary.csv",
        [
            b"name,kind,joined_on\n".as_slice(),
            b"\x00\xff\xfe\x00\x01,civil_society,2024-03-01\n",
        ]
        .concat(),
    );
    let no_joined_on = write(
        dir.path(),
        "columns.csv",
        "name,kind\nAssociação Timorense,civil_society\n",
    );
    // A .pdf is the member directory (tests/member_directory.rs); .ods is written by neither.
    let export_ods = dir.path().join("members.ods");
    let (db, notes, notes_as_db, missing) =
        (text(&db), text(&notes), text(&notes_as_db), text(&missing));
    let cases: &[(&str, Vec<&str>, &[&str])] = &[
        (
            "no --db and no PACTA_DB",
            vec!["members", "list"],
            &["error:", "no partnership file given", "--db"],
        ),
        (
            "a text file given as --db",
            vec!["--db", notes_as_db, "members", "list", "--json"],
            &["error:", "notes.pacta", "not a Pacta partnership file"],
        ),
        (
            "a text file with another extension given as --db",
            vec!["--db", notes, "info"],
            &["error:", "not a Pacta partnership file"],
        ),
        (
            "a --db that does not exist",
            vec!["--db", missing, "info"],
            &["error:", "missing.pacta", "does not exist"],
        ),
        (
            "importing a text file that is no member list points to the mapping",
            vec!["--db", db, "import", "members", notes],
            &["error:", "--suggest-mapping"],
        ),
        (
            "importing a file that is not text",
            vec!["--db", db, "import", "members", text(&binary)],
            &["error:", "row 2", "not text"],
        ),
        (
            "importing a file without a required column",
            vec!["--db", db, "import", "members", text(&no_joined_on)],
            &["error:", "joined_on"],
        ),
        (
            "importing a file that does not exist",
            vec!["--db", db, "import", "members", "/nonexistent/members.csv"],
            &["error:", "members.csv"],
        ),
        (
            "exporting to an unsupported format",
            vec!["--db", db, "export", "members", "--out", text(&export_ods)],
            &["error:", "only as .csv and .xlsx"],
        ),
        (
            "an unknown command is explained by clap",
            vec!["--db", db, "frobnicate"],
            &["frobnicate"],
        ),
    ];
    for (reason, args, says) in cases {
        let err = fails(args);
        for phrase in *says {
            assert!(
                err.contains(phrase),
                "{reason}: expected “{phrase}” in:\n{err}"
            );
        }
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.pacta")).unwrap(),
        "Minutes of the General Assembly\n",
        "a refused file is left untouched"
    );
    assert!(!export_ods.exists());
    assert!(members_json(Path::new(db)).is_empty());
}

#[test]
fn the_database_can_come_from_the_pacta_db_variable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.pacta");
    let output = Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env("PACTA_LANG", "en")
        .args(["demo"])
        .env("PACTA_DB", &db)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(members_json(&db).len(), 18);
}

/// Every example in docs/voting.md goes through `pacta tally` and gives the documented
/// sentence (or the documented refusal), so the page cannot drift from the program.
#[test]
fn every_documented_voting_example_gives_its_documented_result() {
    let docs_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../docs/voting.md");
    let docs = std::fs::read_to_string(&docs_path).expect("docs/voting.md is readable");
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for section in docs.split("<!-- example ").skip(1) {
        let name = section.split_whitespace().next().expect("an example name");
        let block = |label: &str| -> Option<String> {
            let start = section.find(&format!("```{label}\n"))? + label.len() + 4;
            let end = start + section[start..].find("\n```")?;
            Some(section[start..end].to_string())
        };
        let protocol = match block("json protocol") {
            Some(json) => {
                let path = dir.path().join(format!("{name}.protocol.json"));
                std::fs::write(&path, json).unwrap();
                path.display().to_string()
            }
            None => {
                let marker = "`--protocol ";
                let start = section
                    .find(marker)
                    .unwrap_or_else(|| panic!("{name}: no protocol"))
                    + marker.len();
                section[start..start + section[start..].find('`').unwrap()].to_string()
            }
        };
        let roll = dir.path().join(format!("{name}.roll.json"));
        std::fs::write(
            &roll,
            block("json roll").unwrap_or_else(|| panic!("{name}: no roll")),
        )
        .unwrap();
        let ballots = dir.path().join(format!("{name}.ballots.json"));
        std::fs::write(
            &ballots,
            block("json ballots").unwrap_or_else(|| panic!("{name}: no ballots")),
        )
        .unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_pacta"))
            .env("PACTA_LANG", "en")
            .args(["tally", "--protocol", &protocol, "--roll"])
            .arg(&roll)
            .arg("--ballots")
            .arg(&ballots)
            .arg("--explain")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).trim().to_string();
        let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
        match (block("text explanation"), block("text error")) {
            (Some(sentence), None) => {
                assert!(output.status.success(), "{name}: failed with {stderr}");
                assert_eq!(stdout, sentence.trim(), "{name}");
            }
            (None, Some(reason)) => {
                assert!(!output.status.success(), "{name}: should be refused");
                assert_eq!(
                    stderr.trim_start_matches("error: "),
                    reason.trim(),
                    "{name}"
                );
            }
            _ => panic!("{name}: the example needs exactly one expected result"),
        }
        checked += 1;
    }
    assert!(
        checked >= 14,
        "only {checked} examples found in docs/voting.md"
    );
}

#[test]
fn tally_reports_json_and_refuses_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let roll = dir.path().join("roll.json");
    std::fs::write(
        &roll,
        r#"{"members":[{"id":"A","role":"voting_member","present":true},{"id":"B","role":"voting_member","present":true}]}"#,
    )
    .unwrap();
    let ballots = dir.path().join("ballots.json");
    std::fs::write(&ballots, r#"{"kind":"roll_call","ballots":[{"member":"A","choice":"yes"},{"member":"B","choice":"yes"}]}"#).unwrap();
    let run = |protocol: &str, ballots: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pacta"))
            .env("PACTA_LANG", "en")
            .args(["tally", "--protocol", protocol, "--roll"])
            .arg(&roll)
            .arg("--ballots")
            .arg(ballots)
            .output()
            .unwrap()
    };
    let output = run("preset:simple_majority", &ballots);
    assert!(output.status.success());
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["outcome"]["result"], "carried");
    assert_eq!(report["requirements"][0]["required"], 2);

    let unknown = run("preset:majority_of_friends", &ballots);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown preset"));

    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"kind\": \"roll_call\", \"ballots\": [").unwrap();
    let output = run("preset:simple_majority", &broken);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not a valid ballots file") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn votes_are_recorded_listed_and_refused_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    let db = db.to_str().unwrap();
    ok(&["--db", db, "demo"]);
    let protocols: Value =
        serde_json::from_str(&ok(&["--db", db, "protocols", "list", "--json"])).unwrap();
    assert_eq!(protocols.as_array().unwrap().len(), 3);
    let votes: Value = serde_json::from_str(&ok(&["--db", db, "votes", "list", "--json"])).unwrap();
    assert_eq!(
        votes.as_array().unwrap().len(),
        3,
        "the demo's vote, and the two of its first General Assembly"
    );

    let committee: Value =
        serde_json::from_str(&ok(&["--db", db, "bodies", "list", "--json"])).unwrap();
    let committee = committee
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["code"] == "EC")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let roll = dir.path().join("roll.json");
    std::fs::write(&roll, r#"{"members":[{"id":"5","role":"voting_member","present":true},{"id":"6","role":"voting_member","present":true},{"id":"9","role":"voting_member","present":true}]}"#).unwrap();
    let twice = dir.path().join("twice.json");
    std::fs::write(&twice, r#"{"kind":"roll_call","ballots":[{"member":"6","choice":"yes"},{"member":"6","choice":"no"}]}"#).unwrap();
    let committee = committee.to_string();
    let refused = pacta(&[
        "--db",
        db,
        "votes",
        "record",
        "--body",
        &committee,
        "--motion",
        "M",
        "--roll",
        roll.to_str().unwrap(),
        "--ballots",
        twice.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("two ballots from 6"),
        "{}",
        stderr(&refused)
    );
    let votes: Value = serde_json::from_str(&ok(&["--db", db, "votes", "list", "--json"])).unwrap();
    assert_eq!(
        votes.as_array().unwrap().len(),
        3,
        "a refused vote stores nothing"
    );

    let good = dir.path().join("good.json");
    std::fs::write(&good, r#"{"kind":"roll_call","ballots":[{"member":"5","choice":"yes"},{"member":"6","choice":"yes"},{"member":"9","choice":"abstain"}]}"#).unwrap();
    let out = ok(&[
        "--db",
        db,
        "votes",
        "record",
        "--body",
        &committee,
        "--motion",
        "Adopt the report",
        "--roll",
        roll.to_str().unwrap(),
        "--ballots",
        good.to_str().unwrap(),
    ]);
    assert!(out.contains("Carried"), "{out}");
    let shown: Value =
        serde_json::from_str(&ok(&["--db", db, "votes", "show", "4", "--json"])).unwrap();
    assert_eq!(shown["report"]["outcome"]["result"], "carried");
    assert_eq!(shown["protocol"]["name"], "Consensus");
}

fn pdftotext(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", text(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "pdftotext read {}", pdf.display());
    String::from_utf8(output.stdout).expect("pdftotext prints UTF-8")
}

#[test]
fn agreements_are_listed_shown_and_exported_as_pdf_and_word() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.pacta");
    let db = text(&demo);
    ok(&["--db", db, "demo"]);

    let list: Value =
        serde_json::from_str(&ok(&["--db", db, "agreements", "list", "--json"])).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0]["reference"].as_str().unwrap().len(),
        "AGR-2026-001".len()
    );
    assert_eq!(list[1]["status"], "draft");
    let id = list[0]["id"].to_string();

    let shown = ok(&["--db", db, "agreements", "show", &id]);
    assert!(shown.contains("signed by Nguyễn Thị Hương"), "{shown}");
    assert!(
        shown.contains("version 2 (amendment 1), signed, frozen"),
        "{shown}"
    );
    let draft_id = list[1]["id"].to_string();
    let draft = ok(&["--db", db, "agreements", "show", &draft_id]);
    assert!(draft.contains("not signed"), "{draft}");

    let pdf = dir.path().join("Protocole signé.pdf");
    let printed = ok(&[
        "--db",
        db,
        "export",
        "agreement",
        &id,
        "--out",
        text(&pdf),
        "--version",
        "1",
        "--lang",
        "en+fr",
        "--paper",
        "letter",
    ]);
    assert!(printed.contains("exported version 1 as pdf"), "{printed}");
    let words = pdftotext(&pdf);
    assert!(words.contains("Nguyễn Thị Hương"), "{words}");
    assert!(words.contains("Page 1 of"), "{words}");
    assert!(
        words.contains("Objet et champ"),
        "the French column: {words}"
    );

    let docx = dir.path().join("draft.docx");
    ok(&[
        "--db",
        db,
        "export",
        "agreement",
        &draft_id,
        "--out",
        text(&docx),
    ]);
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));

    let err = fails(&[
        "--db",
        db,
        "export",
        "agreement",
        &id,
        "--out",
        text(&pdf),
        "--lang",
        "de",
    ]);
    assert!(
        err.contains("--lang is en, fr or nl (or en+fr for an agreement)"),
        "{err}"
    );
    let err = fails(&["--db", db, "agreements", "show", "999"]);
    assert!(err.contains("999"), "{err}");
    let err = fails(&[
        "--db",
        db,
        "export",
        "agreement",
        &id,
        "--out",
        text(&dir.path().join("a.odt")),
    ]);
    assert!(err.contains(".pdf or .docx"), "{err}");
}

#[test]
fn meetings_are_listed_shown_and_exported_as_minutes_and_invitations() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.pacta");
    let db = text(&demo);
    ok(&["--db", db, "demo"]);
    let list: Value =
        serde_json::from_str(&ok(&["--db", db, "meetings", "list", "--json"])).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    let first = list
        .iter()
        .find(|m| m["number"] == 1)
        .expect("the first assembly");
    assert_eq!(first["minutes_status"], "approved");
    let id = first["id"].to_string();

    let shown = ok(&["--db", db, "meetings", "show", &id]);
    assert!(shown.contains("decision GA-2026-02"), "{shown}");
    assert!(shown.contains("observer"), "{shown}");

    let pdf = dir.path().join("Biên bản.pdf");
    ok(&[
        "--db",
        db,
        "export",
        "minutes",
        &id,
        "--out",
        text(&pdf),
        "--lang",
        "fr",
    ]);
    let words = pdftotext(&pdf);
    for expected in [
        "GA-2026-01",
        "GA-2026-03",
        "Siriporn Chaiyasit",
        "Page 1 sur",
    ] {
        assert!(words.contains(expected), "{expected}:\n{words}");
    }
    let ics = dir.path().join("invitation.ics");
    ok(&["--db", db, "export", "ics", &id, "--out", text(&ics)]);
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.contains("DTSTART:20260312T020000Z"), "{calendar}");

    // The convocation of the upcoming assembly: the invitation letter with its agenda.
    let second = list
        .iter()
        .find(|m| m["number"] == 2)
        .expect("the second assembly")["id"]
        .to_string();
    let convocation = dir.path().join("convocation.pdf");
    let said = ok(&[
        "--db",
        db,
        "export",
        "convocation",
        &second,
        "--out",
        text(&convocation),
        "--paper",
        "letter",
    ]);
    assert!(said.contains("exported the convocation"), "{said}");
    let words = pdftotext(&convocation);
    for expected in [
        "Second General Assembly",
        "Matters arising",
        "Meeting no. 2",
        "Page 1 of",
    ] {
        assert!(words.contains(expected), "{expected}:\n{words}");
    }
    let err = fails(&[
        "--db",
        db,
        "export",
        "convocation",
        &second,
        "--out",
        text(&dir.path().join("c.docx")),
    ]);
    assert!(err.contains("exported as .pdf"), "{err}");

    let err = fails(&[
        "--db",
        db,
        "export",
        "minutes",
        &id,
        "--out",
        text(&dir.path().join("m.docx")),
    ]);
    assert!(err.contains("exported as .pdf"), "{err}");
    let err = fails(&["--db", db, "meetings", "show", "404"]);
    assert!(err.contains("404"), "{err}");
}

#[test]
fn matrices_are_listed_shown_checked_and_exported_from_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "demo"]);

    let listed: Value =
        serde_json::from_str(&ok(&["--db", text(&db), "matrices", "list", "--json"])).unwrap();
    let shelter = &listed[0];
    assert_eq!(shelter["reference"], "RM-2026-001");
    assert_eq!(shelter["findings"], 1);
    let id = shelter["id"].to_string();

    let shown = ok(&["--db", text(&db), "matrices", "show", &id]);
    assert!(shown.contains("Sheltering a large group of victims of labour exploitation"));
    assert!(shown.contains("Secretaria de Estado para a Formação Profissional e Emprego"));
    assert!(shown.contains("annexed to AGR-"), "{shown}");

    let checked = pacta(&["--db", text(&db), "matrices", "check", &id]);
    assert_eq!(
        checked.status.code(),
        Some(2),
        "findings exit 2, as verify's do"
    );
    assert!(
        stdout(&checked).contains("accountable (A)"),
        "{}",
        stdout(&checked)
    );
    assert!(stderr(&checked).contains("RM-2026-001 has 1 finding(s)"));

    let pdf = dir.path().join("shelter.pdf");
    ok(&[
        "--db",
        text(&db),
        "export",
        "matrix",
        &id,
        "--out",
        text(&pdf),
        "--lang",
        "fr",
    ]);
    let printed = pdftotext(&pdf);
    assert!(printed.contains("Hébergement"), "French row labels");
    let dutch = dir.path().join("shelter-nl.pdf");
    ok(&[
        "--db",
        text(&db),
        "export",
        "matrix",
        &id,
        "--out",
        text(&dutch),
        "--lang",
        "nl",
    ]);
    let printed = pdftotext(&dutch);
    assert!(
        printed.contains("VERANTWOORDELIJKHEDENMATRIX (RACI)"),
        "Dutch words: {printed}"
    );
    assert!(printed.contains("Accommodation"), "English row labels");
    for name in ["shelter.xlsx", "shelter.csv"] {
        let out = dir.path().join(name);
        ok(&[
            "--db",
            text(&db),
            "export",
            "matrix",
            &id,
            "--out",
            text(&out),
        ]);
        assert!(std::fs::metadata(&out).unwrap().len() > 100);
    }
    let err = fails(&[
        "--db",
        text(&db),
        "export",
        "matrix",
        &id,
        "--out",
        text(&pdf),
        "--lang",
        "vi",
    ]);
    assert!(err.contains("--lang is en, fr or nl"), "{err}");
    let err = fails(&["--db", text(&db), "matrices", "show", "999"]);
    assert!(err.contains("999"), "{err}");
}

#[test]
fn the_cli_speaks_the_language_asked_for_then_the_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let roll = dir.path().join("roll.json");
    std::fs::write(
        &roll,
        r#"{"members":[{"id":"A","role":"voting_member","present":true},{"id":"B","role":"voting_member","present":true},{"id":"C","role":"voting_member","present":true}]}"#,
    )
    .unwrap();
    let ballots = dir.path().join("ballots.json");
    std::fs::write(&ballots, r#"{"kind":"roll_call","ballots":[{"member":"A","choice":"yes"},{"member":"B","choice":"no"},{"member":"C","choice":"no"}]}"#).unwrap();
    let explain = |lang: Option<&str>, env: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pacta"));
        for name in ["PACTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(env.iter().copied());
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        command
            .args([
                "tally",
                "--protocol",
                "preset:simple_majority",
                "--explain",
                "--roll",
            ])
            .arg(&roll)
            .arg("--ballots")
            .arg(&ballots)
            .output()
            .unwrap()
    };
    let text = |output: std::process::Output| {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    };
    assert_eq!(
        text(explain(None, &[])),
        "Rejected: 1 for, 2 against, 0 abstentions; more than half of votes cast required (2 of 3): not reached; quorum 3 of 3 present."
    );
    assert_eq!(
        text(explain(Some("fr"), &[("LANG", "nl_NL.UTF-8")])),
        "Rejetée : 1 pour, 2 contre, 0 abstention ; requis : plus de la moitié des suffrages exprimés (2 sur 3), non atteint ; quorum : 3 sur 3 présents."
    );
    let dutch = text(explain(None, &[("PACTA_LANG", "nl")]));
    assert!(
        dutch.starts_with("Verworpen: 1 voor, 2 tegen, 0 onthoudingen;"),
        "{dutch}"
    );
    let from_session = text(explain(None, &[("LANG", "fr_BE.UTF-8")]));
    assert!(from_session.starts_with("Rejetée"), "{from_session}");
    let refused = explain(Some("de"), &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--lang is en, fr or nl"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
