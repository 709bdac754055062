//! `pacta export members --out F.pdf` writes the member directory: grouped by constituency or
//! by body, active members unless `--all`, its words and its line on standard output in
//! `--lang`; a grouping it does not know is refused and nothing written.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("forum.pacta");
    ok(&["--db", text(&db), "demo"]);
    db
}

fn pdftotext(pdf: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8(output.stdout).expect("UTF-8 text")
}

fn squashed(pdf: &Path) -> String {
    pdftotext(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_pdf_out_is_the_directory_grouped_by_constituency() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = dir.path().join("F.pdf");
    let said = ok(&[
        "--db",
        text(&db),
        "--lang",
        "en",
        "export",
        "members",
        "--out",
        text(&out),
    ]);
    assert!(
        said.starts_with("Wrote the member directory (17 members) to "),
        "{said}"
    );
    assert!(said.contains("F.pdf"), "{said}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    let printed = squashed(&out);
    for expected in [
        "SEA Forum for Fishers",
        "Member directory",
        "Active members, by constituency · 17 members",
        "Government ministry or agency — ",
        "Sok Chanthy (សុខ ចន្ធី)",
        "chanthy.sok@mlvt.gov.kh",
        "Page 1 of ",
    ] {
        assert!(printed.contains(expected), "{expected:?} in {printed}");
    }
    assert!(!dir.path().join("F.pdf.partial").exists());
}

#[test]
fn by_body_with_all_members_in_french_on_letter_paper() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = dir.path().join("annuaire.PDF");
    let said = ok(&[
        "--db",
        text(&db),
        "--lang",
        "fr",
        "export",
        "members",
        "--out",
        text(&out),
        "--group-by",
        "body",
        "--all",
        "--paper",
        "letter",
    ]);
    assert!(
        said.starts_with("Annuaire des membres (18 membres) écrit dans "),
        "{said}"
    );
    let printed = squashed(&out);
    for expected in [
        "Annuaire des membres",
        "Tous les membres, quel que soit leur statut, par instance · 18 membres",
        "General Assembly (GA) — 18 membres",
        "Executive Committee (EC) — 5 membres",
        "Membre votant · Présidence",
        "Suspendu",
        "Page 1 sur ",
    ] {
        assert!(printed.contains(expected), "{expected:?} in {printed}");
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(&out)
        .output()
        .expect("pdfinfo runs");
    assert!(
        String::from_utf8_lossy(&info.stdout).contains("612 x 792 pts (letter)"),
        "letter pages"
    );
}

#[test]
fn a_grouping_it_does_not_know_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = dir.path().join("F.pdf");
    let err = fails(&[
        "--db",
        text(&db),
        "--lang",
        "nl",
        "export",
        "members",
        "--out",
        text(&out),
        "--group-by",
        "country",
    ]);
    assert!(err.contains("--group-by"), "{err}");
    assert!(err.contains("“country”"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_spreadsheet_out_is_still_the_member_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = dir.path().join("members.csv");
    ok(&["--db", text(&db), "export", "members", "--out", text(&out)]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("id,name,"), "{csv}");
}
