//! The printed member directory read back: names in Latin with accents, Vietnamese, Thai, Khmer
//! and Arabic exactly, each in its embedded face; a heading per group, carried to the head of
//! the pages it runs onto; the header row and "Page i of N" on every page; more members, more
//! pages; each representative's e-mail level with their name. Page 1 is rendered to
//! artifacts/pdf/directory-p1.png to look at.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use pacta_core::agreement::Paper;
use pacta_core::date::IsoDate;
use pacta_core::directory::{
    DirectoryEntry, DirectoryGroup, DirectoryGrouping, DirectoryLabels, DirectoryPerson,
    DirectoryScope, PrintableDirectory,
};
use pacta_pdf::{render_directory, render_directory_with_report};

const PARTNERSHIP: &str = "Mekong Forum against Trafficking";
const REPRESENTATIVE: &str = "Representative and title";

/// The member of each script, its representative and their title.
const SCRIPTS: [(&str, &str, &str); 6] = [
    (
        "Associação Timorense",
        "Joaquín Muñoz Ibáñez",
        "Coordenadora",
    ),
    ("Fondation Éclairée", "Amélie Côté-Béland", "Présidente"),
    ("Bộ Lao động", "Nguyễn Thị Hương", "Thứ trưởng"),
    ("มูลนิธิเพื่อสิทธิแรงงาน", "สมชาย ใจดี", "ประธาน"),
    ("ក្រសួងការងារ", "ស៊ុន ចាន់ថុល", "រដ្ឋមន្ត្រី"),
    ("جمعية حماية العمال", "فاطمة الزهراء", "الرئيسة"),
];

fn labels(count: usize) -> DirectoryLabels {
    DirectoryLabels {
        title: "Member directory".into(),
        subtitle: "Active members, by constituency".into(),
        count: format!("{count} members"),
        printed_on: "Printed on 7 December 2026".into(),
        page_of: "Page {i} of {n}".into(),
        organisation: "Organisation".into(),
        representative: REPRESENTATIVE.into(),
        email: "E-mail".into(),
        phone: "Phone".into(),
        no_representative: "No representative named".into(),
        no_members: "There are no members to list.".into(),
    }
}

fn person(name: &str, title: &str, n: usize) -> DirectoryPerson {
    DirectoryPerson {
        name: name.into(),
        title: title.into(),
        email: format!("rep{n}@forum.org"),
        phone: format!("+855 23 {n:06}"),
    }
}

fn entry(organisation: &str, people: Vec<DirectoryPerson>) -> DirectoryEntry {
    DirectoryEntry {
        organisation: organisation.into(),
        details: vec!["Cambodia".into()],
        seat: String::new(),
        status: String::new(),
        representatives: people,
    }
}

fn group(name: &str, entries: Vec<DirectoryEntry>) -> DirectoryGroup {
    DirectoryGroup {
        heading: format!("{name} — {} members", entries.len()),
        continued: format!("{name} (continued)"),
        entries,
    }
}

fn directory(groups: Vec<DirectoryGroup>) -> PrintableDirectory {
    let count = groups.iter().map(|g| g.entries.len()).sum();
    PrintableDirectory {
        partnership: PARTNERSHIP.into(),
        grouping: DirectoryGrouping::Constituency,
        scope: DirectoryScope::Active,
        member_count: count,
        groups,
        labels: labels(count),
        printed_on: IsoDate::from_ymd(2026, 12, 7).expect("a real date"),
    }
}

/// The six scripts under one heading, and `filler` numbered members under a second.
fn members(filler: usize) -> PrintableDirectory {
    let scripts = SCRIPTS
        .iter()
        .enumerate()
        .map(|(n, (organisation, name, title))| entry(organisation, vec![person(name, title, n)]))
        .collect();
    let others = (0..filler)
        .map(|n| {
            entry(
                &format!("Partner {n:03}"),
                vec![
                    person(&format!("Delegate {n:03}"), "Director", 100 + n),
                    person(&format!("Alternate {n:03}"), "Officer", 500 + n),
                ],
            )
        })
        .collect();
    directory(vec![
        group("NGO / civil society", scripts),
        group("Government ministry or agency", others),
    ])
}

struct Printed {
    path: PathBuf,
    pages: u32,
}

fn print(directory: &PrintableDirectory, paper: Paper, name: &str) -> Printed {
    let bytes = render_directory(directory, paper).expect("renders");
    Printed {
        path: write_temp(&bytes, name),
        pages: page_count(&bytes),
    }
}

/// pdftotext's text without the marks it puts around right-to-left text (U+202A–U+202E).
fn extracted(path: &Path) -> String {
    squash(&pdftotext(path))
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

#[test]
fn names_in_every_script_read_back_exactly_in_their_own_faces() {
    let rendered = render_directory_with_report(&members(3), Paper::A4).expect("renders");
    assert!(rendered.missing.is_empty(), "{:?}", rendered.missing);
    let path = write_temp(&rendered.bytes, "directory-scripts");
    let text = extracted(&path);
    for (organisation, name, title) in SCRIPTS {
        for exact in [organisation, name, title] {
            assert!(text.contains(exact), "{exact:?} in {text}");
        }
    }
    let fonts = tool("pdffonts", &[path.to_str().expect("utf-8 path")]);
    for face in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansThai-Bold",
        "NotoSansKhmer-Regular",
        "NotoSansArabic-Regular",
    ] {
        let line = fonts
            .lines()
            .find(|l| l.contains(face))
            .unwrap_or_else(|| panic!("{face} in {fonts}"));
        let columns: Vec<&str> = line.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(&columns[n - 5..n - 2], ["yes", "yes", "yes"], "{line}");
    }
}

#[test]
fn the_title_block_says_which_members_and_each_group_has_its_heading() {
    let printed = print(&members(3), Paper::A4, "directory-headings");
    assert_eq!(printed.pages, 1);
    let text = extracted(&printed.path);
    for expected in [
        PARTNERSHIP,
        "Member directory",
        "Active members, by constituency · 9 members",
        "Printed on 7 December 2026",
        "NGO / civil society — 6 members",
        "Government ministry or agency — 3 members",
        "Organisation",
        REPRESENTATIVE,
        "rep2@forum.org",
        "+855 23 000102",
        "Page 1 of 1",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    let civil = text.find("NGO / civil society").expect("first heading");
    let government = text.find("Government ministry").expect("second heading");
    assert!(civil < government, "groups print in their order");
    assert!(
        text.find("Partner 000").expect("listed") > government,
        "members print under their group's heading"
    );
}

#[test]
fn more_members_take_more_pages_each_with_the_header_row_and_its_group() {
    let few = print(&members(3), Paper::A4, "directory-few");
    let many = print(&members(150), Paper::A4, "directory-many");
    assert_eq!(few.pages, 1);
    assert!(many.pages >= 5, "150 members on {} pages", many.pages);
    let n = many.pages;
    for page in 1..=n {
        let text = squash(&pdftotext_page(&many.path, page));
        assert!(text.contains(&format!("Page {page} of {n}")), "{text}");
        assert!(text.contains(REPRESENTATIVE), "header row on page {page}");
        if page > 1 {
            assert!(
                text.contains("Government ministry or agency (continued)"),
                "the group carried to page {page}: {text}"
            );
            assert!(
                text.contains(PARTNERSHIP),
                "the running header on page {page}"
            );
        }
    }
    let all = extracted(&many.path);
    for n in [0, 75, 149] {
        let partner = format!("Partner {n:03}");
        assert_eq!(all.matches(&partner).count(), 1, "{partner} once");
    }
}

#[test]
fn letter_paper_prints_on_letter_pages() {
    let printed = print(&members(3), Paper::Letter, "directory-letter");
    assert!(pdfinfo(&printed.path, "Page size").starts_with("612 x 792"));
}

#[test]
fn an_empty_directory_says_there_is_no_one_to_list() {
    let printed = print(&directory(Vec::new()), Paper::A4, "directory-empty");
    let text = extracted(&printed.path);
    assert!(text.contains("There are no members to list."), "{text}");
    assert!(!text.contains(REPRESENTATIVE), "no table without members");
}

#[test]
fn a_member_without_representatives_says_so() {
    let printed = print(
        &directory(vec![group(
            "Academic",
            vec![entry("Sea Law Institute", Vec::new())],
        )]),
        Paper::A4,
        "directory-nobody",
    );
    let text = extracted(&printed.path);
    assert!(text.contains("Sea Law Institute"), "{text}");
    assert!(text.contains("No representative named"), "{text}");
}

/// The top of each word of `path`'s first page, from pdftotext's bounding boxes.
fn word_tops(path: &Path) -> Vec<(String, f32)> {
    let html = tool(
        "pdftotext",
        &[
            "-bbox",
            "-f",
            "1",
            "-l",
            "1",
            path.to_str().expect("utf-8 path"),
            "-",
        ],
    );
    html.lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("<word ")?;
            let top = rest
                .split("yMin=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()?;
            let word = rest.split('>').nth(1)?.split('<').next()?.to_string();
            Some((word, top))
        })
        .collect()
}

#[test]
fn each_representatives_contacts_are_level_with_their_name() {
    let long_title = "Deputy Director-General of the Department of Employment, \
                      responsible for labour migration and the protection of migrant workers";
    let people = vec![
        person("Chea Sopheap", long_title, 1),
        person("Heng Dara", "Officer", 2),
    ];
    let printed = print(
        &directory(vec![group(
            "Government",
            vec![entry("Ministry of Labour", people)],
        )]),
        Paper::A4,
        "directory-level",
    );
    let words = word_tops(&printed.path);
    let top = |wanted: &str| {
        words
            .iter()
            .find(|(word, _)| word == wanted)
            .map(|(_, top)| *top)
            .unwrap_or_else(|| panic!("{wanted} in {words:?}"))
    };
    // The first title wraps over several lines: the second person's contacts still start
    // on their own name's line, not under the first person's e-mail.
    assert!(
        top("Heng") - top("Chea") > 30.0,
        "the long title pushes Heng down"
    );
    for contact in ["rep2@forum.org", "000002"] {
        assert!(
            (top(contact) - top("Heng")).abs() < 1.5,
            "{contact} at {} beside Heng at {}",
            top(contact),
            top("Heng")
        );
    }
    assert!((top("rep1@forum.org") - top("Chea")).abs() < 1.5);
}

/// Page 1 as PNG, for a human to look at: artifacts/pdf/directory-p1.png.
#[test]
fn page_one_is_rendered_for_review() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../artifacts/pdf");
    std::fs::create_dir_all(&out).expect("artifacts directory");
    let printed = print(&members(12), Paper::A4, "directory-review");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            printed.path.to_str().expect("utf-8 path"),
            out.join("directory-p1").to_str().expect("utf-8 path"),
        ],
    );
    assert!(out.join("directory-p1.png").exists());
}
