//! The printed responsibility matrix read back: every activity and organisation printed
//! exactly, letters under their organisation's column, the legend and the checks; a wide
//! matrix on landscape pages with its header row on every page, a very wide one split into
//! column sets that each repeat the activities; French prints; the matrix as an agreement
//! annex. Pages rendered to artifacts/pdf/matrix-*.png to look at.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{Paper, PrintOptions};
use pacta_core::date::IsoDate;
use pacta_core::matrix::{
    check, Activity, DurationUnit, MatrixContent, MatrixParty, PrintableMatrix, Raci, RowLanguage,
    WorkDuration,
};
use pacta_pdf::{render_agreement, render_matrix};

const MOLISA: &str = "Bộ Lao động – Thương binh và Xã hội";
const APAV: &str = "Associação de Apoio à Vítima";
const FONDATION: &str = "Fondation Hélène Lefèvre-Ngô";
const AUTHOR: &str = "National Coordinating Body";

/// Organisations in column order; an empty acronym prints the full name as the header.
const PARTIES: [(&str, &str); 12] = [
    (MOLISA, "MOLISA"),
    (APAV, "APAV"),
    (FONDATION, "FHLN"),
    ("International Organization for Migration", "IOM"),
    ("Cambodian Women’s Crisis Centre", "CWCC"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", ""),
    (
        "Ministerio de Inclusión, Seguridad Social y Migraciones",
        "MISSM",
    ),
    ("Foundation for Labour Rights", "FLR"),
    ("Migrant Workers Network Myanmar", "MWNM"),
    ("Søren Ødegård Rådgivning", "SØR"),
    ("United Nations Office on Drugs and Crime", "UNODC"),
    ("Trung tâm Phát triển và Hội nhập", "CDI"),
];

const HEADINGS: [(&str, &str); 4] = [
    ("Prevention", "awareness sessions in sending villages"),
    ("Protection", "safe accommodation for identified victims"),
    ("Prosecution", "joint case files with the police"),
    ("Partnership", "quarterly review of the referral pathway"),
];

fn party(n: usize) -> MatrixParty {
    let (name, short) = PARTIES
        .get(n)
        .map(|(name, short)| (name.to_string(), short.to_string()))
        .unwrap_or_else(|| {
            (
                format!("Partner organisation {}", n + 1),
                format!("P{}", n + 1),
            )
        });
    MatrixParty {
        organisation_id: n as i64 + 1,
        name,
        short_name: short,
    }
}

fn heading(n: usize, activities: usize) -> (&'static str, &'static str) {
    HEADINGS[n * HEADINGS.len() / activities.max(1)]
}

fn label(n: usize, activities: usize) -> String {
    format!("Task {}: {}", n + 1, heading(n, activities).1)
}

fn label_fr(n: usize) -> String {
    format!("Tâche {} : activité planifiée en français", n + 1)
}

/// `activities` rows under four headings with letters moving across the columns; every
/// fifth row has no Accountable, so the checks have something to say.
fn matrix(parties: usize, activities: usize, language: RowLanguage) -> PrintableMatrix {
    let mut content = MatrixContent::empty("Referral of presumed victims of trafficking");
    content.title_fr = "Orientation des victimes présumées de la traite".into();
    content.parties = (0..parties).map(party).collect();
    content.activities = (0..activities)
        .map(|n| {
            let mut activity = Activity {
                id: n as u32 + 1,
                heading: heading(n, activities).0.into(),
                label: label(n, activities),
                label_fr: if n % 2 == 0 {
                    label_fr(n)
                } else {
                    String::new()
                },
                cells: Vec::new(),
                needs_funding: n % 3 == 0,
                funder: if n % 6 == 0 {
                    FONDATION.into()
                } else {
                    String::new()
                },
                duration: (n % 4 == 1).then_some(WorkDuration {
                    amount: 3,
                    unit: DurationUnit::Weeks,
                }),
                note: if n == 2 {
                    "Names of victims are never shared outside the case team.".into()
                } else {
                    String::new()
                },
            };
            for (offset, raci) in Raci::ALL.into_iter().enumerate() {
                if raci == Raci::Accountable && n % 5 == 4 {
                    continue;
                }
                let column = (n + offset) % parties;
                if activity.raci_of(column as i64 + 1).is_none() {
                    activity.set(column as i64 + 1, Some(raci));
                }
            }
            activity
        })
        .collect();
    content.validate().expect("a valid matrix");
    PrintableMatrix {
        reference: "RM-2026-004".into(),
        version: 3,
        frozen: false,
        printed_on: IsoDate::from_ymd(2026, 3, 12).expect("a real date"),
        author: AUTHOR.into(),
        findings: check(&content),
        content,
        language,
    }
}

struct Printed {
    path: PathBuf,
    pages: u32,
    bytes: Vec<u8>,
}

fn print(matrix: &PrintableMatrix, paper: Paper, name: &str) -> Printed {
    let bytes = render_matrix(matrix, paper).expect("renders");
    Printed {
        path: write_temp(&bytes, name),
        pages: page_count(&bytes),
        bytes,
    }
}

fn page_texts(printed: &Printed) -> Vec<String> {
    (1..=printed.pages)
        .map(|p| pdftotext_page(&printed.path, p))
        .collect()
}

/// Width and height in points, from pdfinfo's "842 x 595 pts (A4)".
fn page_size(path: &Path) -> (f32, f32) {
    let size = pdfinfo(path, "Page size");
    let mut numbers = size
        .split_whitespace()
        .filter_map(|w| w.parse::<f32>().ok());
    (
        numbers.next().expect("a width"),
        numbers.next().expect("a height"),
    )
}

/// Non-overlapping occurrences of `needle` as a whole word.
fn count_word(text: &str, needle: &str) -> usize {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| *w == needle)
        .count()
}

#[test]
fn every_activity_and_organisation_prints_exactly_with_the_legend() {
    let matrix = matrix(12, 40, RowLanguage::En);
    let printed = print(&matrix, Paper::A4, "matrix-en");
    let text = squash(&pdftotext(&printed.path));
    for activity in &matrix.content.activities {
        assert!(
            text.contains(&activity.label),
            "{} in {text}",
            activity.label
        );
    }
    for party in &matrix.content.parties {
        assert!(
            text.contains(&party.name),
            "{} not printed exactly",
            party.name
        );
    }
    for exact in [MOLISA, APAV, FONDATION] {
        assert!(text.contains(exact), "{exact}");
    }
    for heading in HEADINGS.map(|(h, _)| h) {
        assert!(text.contains(heading), "{heading}");
    }
    for expected in [
        "RESPONSIBILITY MATRIX (RACI)",
        "Referral of presumed victims of trafficking",
        "Reference: RM-2026-004 · Version 3 · Printed on 12 March 2026",
        "Working version: it may still change.",
        "R = Responsible · A = Accountable · C = Consulted · I = Informed",
        "Legend",
        "Responsible (does the work)",
        "Accountable (answers for the work being done; exactly one per activity)",
        "Consulted (asked before; two-way)",
        "Informed (told after; one-way)",
        "Note: Names of victims are never shared outside the case team.",
        "3 weeks",
        "Checks",
        "“Task 5: awareness sessions in sending villages” has no one accountable (A)",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(!text.contains("Frozen"));
    // Every finding is listed.
    for finding in &matrix.findings {
        assert!(text.contains(&finding.to_string()), "{finding}");
    }

    // lopdf reads the same text through the ToUnicode maps.
    let doc = lopdf::Document::load_mem(&printed.bytes).expect("lopdf reads it");
    let first = squash(&doc.extract_text(&[1]).expect("page 1 text"));
    assert!(
        first.contains(MOLISA) || first.contains("MOLISA"),
        "{first}"
    );
    assert!(first.contains("Task 1: awareness sessions"), "{first}");
    let all: Vec<u32> = (1..=printed.pages).collect();
    let whole = squash(&doc.extract_text(&all).expect("text"));
    for exact in [MOLISA, APAV, FONDATION] {
        assert!(whole.contains(exact), "lopdf: {exact}");
    }

    assert_eq!(
        pdfinfo(&printed.path, "Title"),
        "Referral of presumed victims of trafficking"
    );
    assert_eq!(pdfinfo(&printed.path, "Author"), AUTHOR);
    let fonts = tool("pdffonts", &[printed.path.to_str().expect("utf-8 path")]);
    for line in fonts.lines().skip(2) {
        assert!(line.contains(" yes yes "), "embedded and subset: {line}");
    }
}

#[test]
fn letters_sit_under_their_organisations_columns() {
    let mut matrix = matrix(5, 8, RowLanguage::En);
    // One line per row, so a row is one line of pdftotext's layout.
    for activity in &mut matrix.content.activities {
        activity.needs_funding = false;
        activity.funder.clear();
        activity.note.clear();
    }
    let printed = print(&matrix, Paper::A4, "matrix-letters");
    let layout = tool(
        "pdftotext",
        &[
            "-layout",
            "-enc",
            "UTF-8",
            printed.path.to_str().expect("utf-8 path"),
            "-",
        ],
    );
    let header = layout
        .lines()
        .find(|l| l.contains("MOLISA") && l.contains("CWCC"))
        .expect("header row");
    for activity in &matrix.content.activities {
        let line = layout
            .lines()
            .find(|l| l.contains(&activity.label))
            .unwrap_or_else(|| panic!("{} on one line", activity.label));
        let letters: String = matrix
            .content
            .parties
            .iter()
            .filter_map(|p| activity.raci_of(p.organisation_id))
            .map(|r| format!(" {}", r.letter()))
            .collect();
        let after =
            squash(&line[line.find(&activity.label).expect("label") + activity.label.len()..]);
        assert!(
            format!(" {after}").starts_with(&letters),
            "{:?}: {letters:?} in {after:?}",
            activity.label
        );
        // Each letter is drawn under its column's header, give or take a character.
        for party in &matrix.content.parties {
            let Some(raci) = activity.raci_of(party.organisation_id) else {
                continue;
            };
            let column = header.find(party.header()).expect("header") as i64;
            let centre = column + party.header().chars().count() as i64 / 2;
            let hit = line
                .char_indices()
                .map(|(at, c)| (line[..at].chars().count() as i64, c))
                .filter(|(_, c)| *c == raci.letter())
                .any(|(at, _)| (at - centre).abs() <= 3);
            assert!(
                hit,
                "{} of {} under {}:\n{header}\n{line}",
                raci.letter(),
                activity.label,
                party.header()
            );
        }
    }
}

#[test]
fn a_wide_matrix_is_landscape_with_its_header_row_on_every_page() {
    let matrix = matrix(12, 40, RowLanguage::En);
    let printed = print(&matrix, Paper::A4, "matrix-wide");
    let (width, height) = page_size(&printed.path);
    assert!(width > height, "landscape: {width} x {height}");
    assert!(printed.pages >= 3, "{} pages", printed.pages);
    let pages = page_texts(&printed);
    // The checks name activities too; the first page naming the last one is the grid's.
    let last_row = pages
        .iter()
        .position(|p| p.contains("Task 40:"))
        .expect("last row printed");
    assert!(last_row > 0, "the grid runs onto a second page");
    for (n, text) in pages[..=last_row].iter().enumerate() {
        // The header row, once, with each acronym; on the grid's last page the key to the
        // columns may follow and name them again.
        let molisa = count_word(text, "MOLISA");
        if n < last_row {
            assert_eq!(molisa, 1, "page {}: {text}", n + 1);
        } else {
            assert!(molisa >= 1, "page {}: {text}", n + 1);
        }
        for header in ["Activity", "APAV", "UNODC", "CDI", "Funding", "Duration"] {
            assert!(text.contains(header), "{header} on page {}", n + 1);
        }
        // A page opening inside a group names the group again under the header row.
        let first_task: usize = text
            .split("Task ")
            .nth(1)
            .and_then(|rest| rest.split(':').next())
            .and_then(|n| n.parse().ok())
            .expect("a task on the page");
        let (group, _) = heading(first_task - 1, 40);
        let opens_group = first_task == 1 || heading(first_task - 2, 40).0 != group;
        let continued = format!("{group} (continued)");
        assert_eq!(
            text.contains(&continued),
            n > 0 && !opens_group,
            "{continued:?} on page {}: {text}",
            n + 1
        );
    }
}

#[test]
fn a_narrow_matrix_is_portrait() {
    let printed = print(&matrix(5, 12, RowLanguage::En), Paper::A4, "matrix-narrow");
    let (width, height) = page_size(&printed.path);
    assert!(width < height, "portrait: {width} x {height}");
    let printed = print(&matrix(6, 12, RowLanguage::En), Paper::Letter, "matrix-six");
    assert!(pdfinfo(&printed.path, "Page size").starts_with("612 x 792"));
}

#[test]
fn pages_are_numbered_page_i_of_n() {
    let printed = print(&matrix(12, 40, RowLanguage::En), Paper::A4, "matrix-pages");
    let pages = page_texts(&printed);
    let n = printed.pages;
    assert!(pages[0].contains(&format!("Page 1 of {n}")), "{}", pages[0]);
    assert!(pages[n as usize - 1].contains(&format!("Page {n} of {n}")));
    // The running header is on every page but the first, which has the title block.
    let title = "Referral of presumed victims of trafficking";
    assert_eq!(pages[0].matches(title).count(), 1);
    assert!(pages[0].contains("Reference: RM-2026-004 · Version 3"));
    for page in &pages[1..] {
        assert!(page.contains("RM-2026-004 · Version 3"), "{page}");
        assert!(page.contains(title) && !page.contains("Reference:"));
    }
}

#[test]
fn a_french_print_uses_the_french_labels_and_legend() {
    let matrix = matrix(12, 40, RowLanguage::Fr);
    let printed = print(&matrix, Paper::A4, "matrix-fr");
    let text = squash(&pdftotext(&printed.path));
    for activity in &matrix.content.activities {
        let label = activity.label_in(true);
        assert!(text.contains(label), "{label}");
        if !activity.label_fr.is_empty() {
            assert!(
                !text.contains(&activity.label),
                "{} in English",
                activity.label
            );
        }
    }
    for expected in [
        "MATRICE DES RESPONSABILITÉS (RACI)",
        "Orientation des victimes présumées de la traite",
        "Référence: RM-2026-004 · Version 3 · Imprimée le 12 mars 2026",
        "R = Responsable · A = Approbateur · C = Consulté · I = Informé",
        "Légende",
        "Responsable (réalise le travail)",
        "Approbateur (répond de la réalisation ; un seul par activité)",
        "Activité",
        "Financement",
        "Oui",
        "Durée",
        "3 semaines",
        "Remarque: Names of victims",
        "Vérifications",
        "« Tâche 5 : activité planifiée en français » n’a aucun approbateur (A)",
        &format!("Page 1 sur {}", printed.pages),
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(!text.contains("Legend") && !text.contains("3 weeks"));
    assert_eq!(
        pdfinfo(&printed.path, "Title"),
        "Orientation des victimes présumées de la traite"
    );
}

#[test]
fn a_dutch_print_uses_the_dutch_words_and_the_english_rows() {
    let mut matrix = matrix(12, 40, RowLanguage::Nl);
    matrix.content.activities[1].duration = Some(WorkDuration {
        amount: 1,
        unit: DurationUnit::Months,
    });
    let printed = print(&matrix, Paper::A4, "matrix-nl");
    let text = squash(&pdftotext(&printed.path));
    // Rows are kept in English and French only; Dutch prints the English.
    for activity in &matrix.content.activities {
        assert!(text.contains(&activity.label), "{}", activity.label);
    }
    assert!(!text.contains("Tâche"), "no French rows");
    for expected in [
        "VERANTWOORDELIJKHEDENMATRIX (RACI)",
        "Referral of presumed victims of trafficking",
        "Referentie: RM-2026-004 · Versie 3 · Afgedrukt op 12 maart 2026",
        "Werkversie: deze kan nog wijzigen.",
        "R = Verantwoordelijk (uitvoerend) · A = Eindverantwoordelijk · C = Geraadpleegd · \
         I = Geïnformeerd",
        "Activiteit",
        "Financiering",
        "Ja",
        "Duur",
        "3 weken",
        "1 maand",
        "Opmerking: Names of victims",
        "Legenda",
        "Letter",
        "Betekenis",
        "Verantwoordelijk (uitvoerend): voert het werk uit",
        "Eindverantwoordelijk: staat in voor het resultaat; precies één per activiteit",
        "Geraadpleegd: vooraf om advies gevraagd; in twee richtingen",
        "Geïnformeerd: achteraf op de hoogte gebracht; in één richting",
        "Kolom",
        "Organisatie",
        "Controles",
        "“Task 5: awareness sessions in sending villages” heeft geen eindverantwoordelijke (A)",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    for finding in &matrix.findings {
        let sentence = matrix.finding_text(finding);
        assert!(text.contains(&sentence), "{sentence}");
    }
    for english in [
        "Meaning",
        "Checks",
        "3 weeks",
        "Working version",
        "Funding",
        "Printed on",
        "March",
        "Page 1",
    ] {
        assert!(!text.contains(english), "{english:?} in {text}");
    }
    // Later pages name the group again, in Dutch.
    let pages = page_texts(&printed);
    let n = printed.pages;
    assert!(
        pages[0].contains(&format!("Pagina 1 van {n}")),
        "{}",
        pages[0]
    );
    assert!(pages[1].contains("RM-2026-004 · Versie 3"), "{}", pages[1]);
    assert!(
        pages[1..].iter().any(|page| page.contains("(vervolg)")),
        "a continued group"
    );
    assert_eq!(
        pdfinfo(&printed.path, "Title"),
        "Referral of presumed victims of trafficking"
    );
    assert_eq!(
        pdfinfo(&printed.path, "Subject"),
        "Verantwoordelijkhedenmatrix (RACI) RM-2026-004, versie 3"
    );
}

#[test]
fn a_dutch_print_too_wide_for_one_page_names_its_column_sets_in_dutch() {
    let printed = print(
        &matrix(26, 12, RowLanguage::Nl),
        Paper::Letter,
        "matrix-nl-split",
    );
    let text = squash(&pdftotext(&printed.path));
    assert!(text.contains("Organisaties 1–"), "{text}");
    assert!(text.contains("–26 van 26"), "{text}");
    assert!(!text.contains("Organisations"));
}

#[test]
fn an_empty_dutch_matrix_has_no_findings_in_dutch() {
    let mut matrix = matrix(3, 0, RowLanguage::Nl);
    matrix.content.parties.clear();
    matrix.findings.clear();
    let printed = print(&matrix, Paper::A4, "matrix-nl-empty");
    assert!(squash(&pdftotext(&printed.path)).contains(
        "Geen bevindingen: elke activiteit heeft precies één eindverantwoordelijke en ten \
         minste één verantwoordelijke organisatie."
    ));
}

#[test]
fn a_frozen_matrix_says_so() {
    let mut matrix = matrix(4, 4, RowLanguage::En);
    matrix.frozen = true;
    let printed = print(&matrix, Paper::A4, "matrix-frozen");
    let first = squash(&pdftotext_page(&printed.path, 1));
    assert!(
        first.contains("Frozen: annexed to a signed agreement; any change makes a new version."),
        "{first}"
    );
    assert!(!first.contains("Working version"));
}

#[test]
fn a_matrix_too_wide_for_one_page_repeats_the_activities_on_each_column_set() {
    let matrix = matrix(26, 12, RowLanguage::En);
    let printed = print(&matrix, Paper::Letter, "matrix-split");
    let (width, height) = page_size(&printed.path);
    assert!(width > height);
    let pages = page_texts(&printed);
    let page_of = |needle: &str| {
        pages
            .iter()
            .position(|p| count_word(p, needle) > 0)
            .unwrap_or_else(|| panic!("{needle} printed"))
    };
    let (first_set, second_set) = (page_of("MOLISA"), page_of("P26"));
    assert!(second_set > first_set, "the last columns on later pages");
    let legend = page_of("Legend");
    // Each column set lists every activity, with the header row on each of its pages.
    for set in [first_set..second_set, second_set..legend + 1] {
        let text = squash(&pages[set.clone()].join("\n"));
        for activity in &matrix.content.activities {
            assert!(
                text.contains(&activity.label),
                "{} in {set:?}",
                activity.label
            );
        }
        for page in set.clone() {
            assert!(pages[page].contains("Activity"), "page {}", page + 1);
        }
    }
    let first = squash(&pages[first_set]);
    let second = squash(&pages[second_set]);
    // Balanced by width: the last set also carries funding and duration.
    let split: usize = first
        .split("Organisations 1–")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a caption in {first}"));
    assert!((11..=15).contains(&split), "{split} in the first set");
    assert!(first.contains(&format!("Organisations 1–{split} of 26")));
    let caption = format!("Organisations {}–26 of 26", split + 1);
    assert!(second.contains(&caption), "{caption} in {second}");
    for (n, page) in pages.iter().enumerate().take(second_set).skip(first_set) {
        assert_eq!(count_word(page, "MOLISA"), 1, "page {}", n + 1);
        assert_eq!(count_word(page, "P26"), 0);
    }
    // Funding and duration come with the last organisations.
    assert!(!first.contains("Funding") && second.contains("Funding"));
    assert_eq!(count_word(&pages[second_set], "MOLISA"), 0);
}

#[test]
fn an_empty_matrix_still_prints() {
    let mut matrix = matrix(3, 0, RowLanguage::En);
    matrix.content.parties.clear();
    matrix.findings.clear();
    let printed = print(&matrix, Paper::A4, "matrix-empty");
    assert_eq!(printed.pages, 1);
    assert!(squash(&pdftotext(&printed.path)).contains("No findings"));
}

#[test]
fn the_matrix_prints_as_an_agreement_annex() {
    let matrix = matrix(8, 12, RowLanguage::En);
    let mut agreement = large_agreement();
    agreement.annexes = vec![matrix.as_annex()];
    let bytes = render_agreement(&agreement, &PrintOptions::default()).expect("renders");
    let path = write_temp(&bytes, "matrix-annex");
    let text = squash(&pdftotext(&path));
    assert!(
        text.contains(
            "Annex 1 — Referral of presumed victims of trafficking (RM-2026-004, version 3)"
        ),
        "{text}"
    );
    for expected in ["MOLISA", "APAV", "Prevention", "Funding", "Task 12:"] {
        assert!(text.contains(expected), "{expected}");
    }
}

/// Pages as PNG, for a human to look at: artifacts/pdf/matrix-*.png.
#[test]
fn pages_are_rendered_for_review() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../artifacts/pdf");
    std::fs::create_dir_all(&out).expect("artifacts directory");
    let mut frozen = matrix(12, 40, RowLanguage::En);
    frozen.frozen = true;
    for (matrix, paper, name, page) in [
        (frozen, Paper::A4, "matrix-p1", 1),
        (matrix(5, 12, RowLanguage::Fr), Paper::A4, "matrix-fr-p1", 1),
        (
            matrix(26, 12, RowLanguage::En),
            Paper::Letter,
            "matrix-split-p2",
            2,
        ),
    ] {
        let printed = print(&matrix, paper, name);
        let page = page.min(printed.pages).to_string();
        tool(
            "pdftoppm",
            &[
                "-png",
                "-r",
                "80",
                "-f",
                &page,
                "-l",
                &page,
                "-singlefile",
                printed.path.to_str().expect("utf-8 path"),
                out.join(name).to_str().expect("utf-8 path"),
            ],
        );
        assert!(out.join(format!("{name}.png")).exists());
    }
}
