//! The member directory from a real partnership file: grouped by body with each member's role
//! and office, only active members unless all are asked for, names in accent-blind order, the
//! PDF written in French and Dutch, and a file that is not a .pdf refused.

mod common;

use common::*;
use pacta_api::member_directory::{self, DirectoryOptions};
use pacta_api::{members, ErrorCode, Partnership};
use pacta_core::agreement::Paper;
use pacta_core::directory::{
    DirectoryEntry, DirectoryGrouping, DirectoryScope, PrintableDirectory,
};
use pacta_core::OrganisationDraft;
use pacta_messages::Locale;

const SUSPENDED: &str = "Migrant Workers Rights Network";

fn printable(
    partnership: &Partnership,
    grouping: DirectoryGrouping,
    scope: DirectoryScope,
    language: Locale,
) -> PrintableDirectory {
    member_directory::printable_directory(partnership, grouping, scope, language).unwrap()
}

fn entries<'a>(directory: &'a PrintableDirectory, heading: &str) -> &'a [DirectoryEntry] {
    &directory
        .groups
        .iter()
        .find(|g| g.heading.starts_with(heading))
        .unwrap_or_else(|| panic!("a group {heading}"))
        .entries
}

fn listed(directory: &PrintableDirectory) -> Vec<&str> {
    directory
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .map(|e| e.organisation.as_str())
        .collect()
}

#[test]
fn by_body_each_body_lists_its_members_with_their_role_and_office() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path(), "2026-12-07");
    let directory = printable(
        &partnership,
        DirectoryGrouping::Body,
        DirectoryScope::Active,
        Locale::En,
    );
    let headings: Vec<&str> = directory
        .groups
        .iter()
        .map(|g| g.heading.split(" — ").next().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "General Assembly (GA)",
            "Executive Committee (EC)",
            "Technical Working Group on Recruitment and Working Conditions (TWG)"
        ],
        "the plenary, then committees, then working groups"
    );
    let committee = entries(&directory, "Executive Committee");
    let seats: Vec<(&str, &str)> = committee
        .iter()
        .map(|e| (e.organisation.as_str(), e.seat.as_str()))
        .collect();
    assert!(
        seats.contains(&("Ministry of Labour", "Voting member · Chair")),
        "{seats:?}"
    );
    assert!(
        seats.contains(&(
            "Department of Labor and Employment",
            "Voting member · Vice-chair"
        )),
        "{seats:?}"
    );
    assert_eq!(committee.len(), 5);
    let mlvt = entries(&directory, "General Assembly")
        .iter()
        .find(|e| e.organisation == "Ministry of Labour and Vocational Training")
        .expect("in the assembly");
    assert_eq!(
        mlvt.details,
        [
            "MLVT",
            "Cambodia",
            "Governments",
            "Government ministry or agency"
        ]
    );
    let people: Vec<&str> = mlvt
        .representatives
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        people,
        ["Sok Chanthy (សុខ ចន្ធី)", "Chea Bopha"],
        "the primary first"
    );
    assert_eq!(mlvt.representatives[0].email, "chanthy.sok@mlvt.gov.kh");
    for group in &directory.groups {
        let names: Vec<&str> = group
            .entries
            .iter()
            .map(|e| e.organisation.as_str())
            .collect();
        let mut sorted = names.clone();
        sorted.sort_by(|a, b| pacta_core::directory::name_order(a, b));
        assert_eq!(names, sorted, "{} in name order", group.heading);
    }
}

#[test]
fn only_active_members_unless_all_are_asked_for_marked_with_their_status() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path(), "2026-12-07");
    let active = printable(
        &partnership,
        DirectoryGrouping::Constituency,
        DirectoryScope::Active,
        Locale::En,
    );
    assert!(!listed(&active).contains(&SUSPENDED));
    assert_eq!(active.labels.subtitle, "Active members, by constituency");
    let all = printable(
        &partnership,
        DirectoryGrouping::Constituency,
        DirectoryScope::All,
        Locale::En,
    );
    assert_eq!(all.member_count, active.member_count + 1);
    let network = all
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .find(|e| e.organisation == SUSPENDED)
        .expect("listed with all members");
    assert_eq!(network.status, "Suspended");
    assert_eq!(
        all.labels.subtitle,
        "All members, whatever their status, by constituency"
    );
}

#[test]
fn accented_names_sort_among_their_letters_not_after_z() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-12-07");
    for name in [
        "Zeta Fishers’ Aid",
        "Éclat des Mers",
        "ecpat Sea",
        "Ærø Havn Fonden",
        "Fiskernes Hus",
    ] {
        members::create(&mut partnership, &organisation(name)).unwrap();
    }
    let directory = printable(
        &partnership,
        DirectoryGrouping::Constituency,
        DirectoryScope::Active,
        Locale::En,
    );
    let civil: Vec<&str> = entries(&directory, "NGO / civil society")
        .iter()
        .map(|e| e.organisation.as_str())
        .collect();
    let at = |name: &str| {
        civil
            .iter()
            .position(|n| *n == name)
            .unwrap_or_else(|| panic!("{name} in {civil:?}"))
    };
    assert!(at("Ærø Havn Fonden") < at("Éclat des Mers"), "{civil:?}");
    assert!(at("Éclat des Mers") < at("ecpat Sea"), "{civil:?}");
    assert!(at("ecpat Sea") < at("Fiskernes Hus"), "{civil:?}");
    assert_eq!(civil.last(), Some(&"Zeta Fishers’ Aid"), "{civil:?}");
}

fn export(partnership: &Partnership, name: &str, options: DirectoryOptions) -> String {
    let out = partnership
        .info()
        .map(|info| std::path::PathBuf::from(info.path))
        .unwrap()
        .with_file_name(name);
    let written = member_directory::export(partnership, &out, &options).unwrap();
    assert!(
        written.missing_characters.is_empty(),
        "{:?}",
        written.missing_characters
    );
    assert_eq!(written.bytes, std::fs::metadata(&out).unwrap().len());
    pdf_text(&out)
}

#[test]
fn the_pdf_is_written_in_french_and_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path(), "2026-12-07");
    let french = export(
        &partnership,
        "annuaire.pdf",
        DirectoryOptions {
            grouping: DirectoryGrouping::Body,
            scope: DirectoryScope::Active,
            paper: Paper::A4,
            language: Locale::Fr,
        },
    );
    for expected in [
        "Annuaire des membres",
        "Membres actifs, par instance",
        "Imprimé le 7 décembre 2026",
        "Représentant et fonction",
        "Courriel",
        "Membre votant · Présidence",
        "Page 1 sur",
    ] {
        assert!(french.contains(expected), "{expected:?} in {french}");
    }
    assert!(!french.contains(SUSPENDED), "only active members");
    let dutch = export(
        &partnership,
        "ledenlijst.pdf",
        DirectoryOptions {
            grouping: DirectoryGrouping::Constituency,
            scope: DirectoryScope::All,
            paper: Paper::Letter,
            language: Locale::Nl,
        },
    );
    for expected in [
        "Ledenlijst",
        "Alle leden, ongeacht hun status, per geleding",
        "Afgedrukt op 7 december 2026",
        "Vertegenwoordiger en functie",
        "Telefoon",
        "Ministerie of overheidsinstantie",
        "Geschorst",
        "Pagina 1 van",
        // The suspended network's representative: its name wraps in its column.
        "Phyo Phyo Thant",
    ] {
        assert!(dutch.contains(expected), "{expected:?} in {dutch}");
    }
}

#[test]
fn a_file_that_is_not_a_pdf_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = demo_file(dir.path(), "2026-12-07");
    let out = dir.path().join("directory.docx");
    let options = DirectoryOptions {
        grouping: DirectoryGrouping::Constituency,
        scope: DirectoryScope::Active,
        paper: Paper::A4,
        language: Locale::En,
    };
    assert_eq!(
        code(member_directory::export(&partnership, &out, &options)),
        ErrorCode::UnsupportedFormat
    );
    assert!(!out.exists());
}

/// A member with no representative still prints, saying so.
#[test]
fn a_member_without_representatives_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = demo_file(dir.path(), "2026-12-07");
    let draft = OrganisationDraft {
        kind: "academic".into(),
        ..organisation("Institut de Droit de la Mer")
    };
    members::create(&mut partnership, &draft).unwrap();
    let text = export(
        &partnership,
        "directory.pdf",
        DirectoryOptions {
            grouping: DirectoryGrouping::Constituency,
            scope: DirectoryScope::Active,
            paper: Paper::A4,
            language: Locale::En,
        },
    );
    assert!(text.contains("Institut de Droit de la Mer"), "{text}");
    assert!(text.contains("No representative named"), "{text}");
}
