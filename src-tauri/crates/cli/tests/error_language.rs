//! `pacta` says why it refused in its reader's language: `--lang`, else `PACTA_LANG`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{fails, ok, text};

/// Runs `pacta` with only `PACTA_LANG` choosing the language.
fn pacta_in(lang: &str, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pacta"));
    for name in [
        "PACTA_DB",
        "RUST_BACKTRACE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
    ] {
        command.env_remove(name);
    }
    command
        .env("PACTA_LANG", lang)
        .args(args)
        .output()
        .expect("the pacta binary runs")
}

fn members_with_an_impossible_date(dir: &Path) -> String {
    let file = dir.join("members.csv");
    std::fs::write(
        &file,
        "name,kind,joined_on\n\
         Lao Women's Union,civil_society,2024-03-01\n\
         Hội Liên hiệp Phụ nữ Việt Nam,civil_society,2025-02-30\n",
    )
    .unwrap();
    text(&file).to_owned()
}

#[test]
fn a_refused_import_reads_in_dutch_and_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    ok(&["--db", text(&db), "init", "--name", "Mekong Forum"]);
    let file = members_with_an_impossible_date(dir.path());

    let dutch = fails(&[
        "--lang",
        "nl",
        "--db",
        text(&db),
        "import",
        "members",
        &file,
    ]);
    assert!(
        dutch.contains(
            "rij 3, kolom “joined_on”: “2025-02-30” is geen bestaande datum in de vorm JJJJ-MM-DD"
        ),
        "{dutch}"
    );
    assert!(
        dutch.contains("fout: 1 rij heeft problemen; er is niets geïmporteerd"),
        "{dutch}"
    );

    let output = pacta_in("fr", &["--db", text(&db), "import", "members", &file]);
    assert!(!output.status.success());
    let french = String::from_utf8(output.stderr).unwrap();
    assert!(
        french.contains("erreur : 1 ligne présente des problèmes ; rien n’a été importé"),
        "{french}"
    );
    assert!(!french.contains("nothing was imported"), "{french}");
}

#[test]
fn a_file_that_does_not_exist_is_said_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.pacta");
    let output = pacta_in("fr", &["--db", text(&missing), "info"]);
    assert!(!output.status.success());
    let french = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        french.trim_end(),
        format!("erreur : {} n’existe pas", missing.display())
    );
}
