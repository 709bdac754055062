//! What several test files of the use cases share: the demo partnership in a real file, a
//! demo member's id by name, the activity count, and the text of a written PDF.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use pacta_api::{demo, members, ApiResult, Clock, ErrorCode, Partnership};
use pacta_core::{MemberQuery, OrganisationDraft};

/// A member name full of accents, for what must come back exactly.
pub const ACCENTED: &str = "Associação Timorense de Apoio às Vítimas — Đà Nẵng";

/// The demo partnership in `<dir>/forum.pacta`, its clock fixed at 09:00 UTC on `day`.
pub fn demo_file(dir: &Path, day: &str) -> Partnership {
    let mut partnership = Partnership::create(
        &dir.join("forum.pacta"),
        "Forum",
        Clock::Fixed(format!("{day}T09:00:00Z")),
    )
    .unwrap();
    demo::load(&mut partnership).unwrap();
    partnership
}

/// The id of the demo member called `name`.
pub fn id_of(partnership: &Partnership, name: &str) -> i64 {
    members::list(
        partnership,
        &pacta_core::MemberQuery {
            limit: 100,
            ..Default::default()
        },
    )
    .unwrap()
    .rows
    .into_iter()
    .find(|m| m.name == name)
    .unwrap_or_else(|| panic!("{name} is a demo member"))
    .id
}

/// How many activity rows the file holds: a refused change adds none.
pub fn activity_count(partnership: &Partnership) -> usize {
    members::recent_activity(partnership, u32::MAX)
        .unwrap()
        .len()
}

/// The laid-out text of a PDF (`pdftotext -layout`).
pub fn pdf_text(path: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8(output.stdout).unwrap()
}

/// A civil-society organisation called `name`.
pub fn organisation(name: &str) -> OrganisationDraft {
    OrganisationDraft {
        name: name.into(),
        acronym: String::new(),
        kind: "civil_society".into(),
        country: "TL".into(),
        chamber: "Civil society".into(),
        pillars: vec!["protection".into()],
        joined_on: "2024-03-01".into(),
        notes: String::new(),
    }
}

/// The demo partnership (members, agreements, meetings, votes, matrices) in
/// `<dir>/Mekong Forum.pacta`, plus one member whose name is full of accents.
pub fn mekong_forum(dir: &Path, clock: Clock) -> (Partnership, PathBuf) {
    let path = dir.join("Mekong Forum.pacta");
    let mut partnership = Partnership::create(&path, "Mekong Forum", clock).unwrap();
    demo::load(&mut partnership).unwrap();
    members::create(&mut partnership, &organisation(ACCENTED)).unwrap();
    (partnership, path)
}

/// The names of the members a search for `text` finds.
pub fn names(partnership: &Partnership, text: &str) -> Vec<String> {
    let query = MemberQuery {
        text: text.into(),
        limit: 1000,
        ..MemberQuery::default()
    };
    members::list(partnership, &query)
        .unwrap()
        .rows
        .into_iter()
        .map(|row| row.name)
        .collect()
}

/// The code a refused call returned.
pub fn code<T>(result: ApiResult<T>) -> ErrorCode {
    match result {
        Ok(_) => panic!("should have been refused"),
        Err(error) => error.code,
    }
}
