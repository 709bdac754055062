//! Printed minutes read back: every attendee, vote and decision; roll calls name each
//! member's vote and secret ballots name no one; the action table's header on every page
//! it spans; fonts embedded; page 1 rendered to artifacts/pdf/minutes-p1.png to look at.

mod common;

use std::path::PathBuf;

use common::*;
use pacta_core::agreement::{AttachmentEntry, Language, Paper};
use pacta_core::date::IsoDate;
use pacta_core::field::Field;
use pacta_core::meeting::{
    ActionItem, ActionStatus, AttendeeLine, ChamberAttendance, ClockTime, Erratum, GuestLine,
    ItemKind, Meeting, MeetingKind, MinutesStatus, PrintableDecision, PrintableItem,
    PrintableMinutes, PrintableVote, ProxyLine,
};
use pacta_core::voting::VoteMethod;
use pacta_pdf::render_minutes;

const MINISTRY_VN: &str = "Bộ Lao động – Thương binh và Xã hội";
const HUONG: &str = "Nguyễn Thị Hương";
const MINISTRY_ES: &str = "Ministerio de Inclusión, Seguridad Social y Migraciones";
const JOAQUIN: &str = "Joaquín Muñoz Ibáñez";
const FOUNDATION_TH: &str = "Foundation for Labour Rights";
const PORNTHIP: &str = "Pornthip Srisuk (พรทิพย์ ศรีสุข)";
const NETWORK_MM: &str = "Migrant Workers Network Myanmar";
const KYAW: &str = "Kyaw Zin Oo (ကျော်ဇင်ဦး)";
const PROXY_PRINCIPAL: &str = "Cambodian Women’s Crisis Centre";
const APOLOGISING: &str = "Fondation Éclairée pour l’Enfance";
const ABSENT: &str = "Hội Đồng Hành";
const OBSERVER: &str = "Søren Ødegård";
const GUEST: &str = "Amélie Côté-Béland";

const PAPER: &str = "Projet de procédure – recrutement équitable (v3).pdf";
const PAPER_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

const SECRET_MOTION: &str = "Election of the chair for 2026–2027";
const ROLL_CALL_MOTION: &str = "That the General Assembly adopts the regional recruitment SOP";
const ROLL_CALL_SENTENCE: &str = "Carried: 3 yes, 1 no and 1 abstention among 5 votes cast; \
    a two-thirds majority of votes cast was required and quorum (4 of 6 members) was met.";

fn date(text: &str) -> IsoDate {
    IsoDate::parse(Field::MeetingDate, text).expect("a real date")
}

fn time(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).expect("a time of day")
}

fn attendee(organisation: &str, representative: &str, movements: &[&str]) -> AttendeeLine {
    AttendeeLine {
        organisation: organisation.into(),
        representative: representative.into(),
        movements: movements.iter().map(|m| m.to_string()).collect(),
    }
}

fn action(n: usize) -> ActionItem {
    let owners = [
        (MINISTRY_VN, HUONG),
        (MINISTRY_ES, JOAQUIN),
        (FOUNDATION_TH, ""),
        (NETWORK_MM, KYAW),
    ];
    let (owner, person) = owners[n % owners.len()];
    let statuses = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];
    ActionItem {
        id: n as i64,
        meeting_id: 7,
        body_id: 1,
        agenda_item_id: None,
        title: format!(
            "Action {n}: circulate the revised referral pathway to the provincial task forces \
             and collect their comments"
        ),
        owner_organisation_id: (n % owners.len()) as i64 + 1,
        owner_name: owner.into(),
        owner_person: person.into(),
        due_on: (!n.is_multiple_of(5)).then(|| date(&format!("2026-{:02}-15", 4 + n % 8))),
        status: statuses[n % statuses.len()],
        notes: Vec::new(),
    }
}

fn vote(motion: &str, method: VoteMethod, explanation: &str) -> PrintableVote {
    PrintableVote {
        motion: motion.into(),
        method,
        outcome: "carried".into(),
        explanation: explanation.into(),
        roll_call: Vec::new(),
    }
}

/// A draft of the third General Assembly, with every part of the minutes filled in.
fn minutes() -> PrintableMinutes {
    let roll_call = PrintableVote {
        roll_call: vec![
            (MINISTRY_VN.into(), "yes".into()),
            (MINISTRY_ES.into(), "yes".into()),
            (FOUNDATION_TH.into(), "no".into()),
            (NETWORK_MM.into(), "abstain".into()),
            (PROXY_PRINCIPAL.into(), "yes".into()),
        ],
        ..vote(ROLL_CALL_MOTION, VoteMethod::RollCall, ROLL_CALL_SENTENCE)
    };
    let secret = vote(
        SECRET_MOTION,
        VoteMethod::Secret,
        "Carried: 4 votes for the candidate among 5 papers, 1 blank; a simple majority of \
         votes cast was required and quorum was met.",
    );
    let item = |number: u32, title: &str, kind: ItemKind| PrintableItem {
        number,
        title: title.into(),
        kind,
        presenter: String::new(),
        duration_minutes: None,
        summary: String::new(),
        outcome: String::new(),
        votes: Vec::new(),
        decisions: Vec::new(),
        papers: Vec::new(),
    };
    let decision = |reference: &str, text: &str| PrintableDecision {
        reference: reference.into(),
        text: text.into(),
    };
    PrintableMinutes {
        partnership: "Mekong Partnership against Trafficking in Persons".into(),
        meeting: Meeting {
            id: 7,
            body_id: 1,
            body_code: "GA".into(),
            body_name: "General Assembly".into(),
            number: 3,
            title: "Third General Assembly".into(),
            kind: MeetingKind::Ordinary,
            date: date("2026-03-12"),
            starts_at: time("09:00"),
            ends_at: time("17:30"),
            time_zone: "Asia/Bangkok".into(),
            place: "Khách sạn Hà Nội, 1 Phố Tràng Tiền, Hà Nội".into(),
            online_link: "https://meet.example.org/ga-3".into(),
            convenor: "Secretariat of the Partnership".into(),
            minutes_status: MinutesStatus::Draft,
        },
        language: Language::En,
        present: vec![
            ChamberAttendance {
                chamber: Some("Governments".into()),
                present: vec![
                    attendee(MINISTRY_VN, HUONG, &[]),
                    attendee(MINISTRY_ES, JOAQUIN, &["arrived 10:30"]),
                ],
            },
            ChamberAttendance {
                chamber: Some("Civil society".into()),
                present: vec![
                    attendee(FOUNDATION_TH, PORNTHIP, &["left 15:00"]),
                    attendee(NETWORK_MM, KYAW, &["arrived 10:30", "left 15:00"]),
                ],
            },
        ],
        apologies: vec![APOLOGISING.into()],
        absent: vec![ABSENT.into()],
        proxies: vec![ProxyLine {
            principal: PROXY_PRINCIPAL.into(),
            holder: MINISTRY_VN.into(),
        }],
        guests: vec![
            GuestLine {
                name: OBSERVER.into(),
                organisation: "International Organization for Migration".into(),
                capacity: "observer".into(),
            },
            GuestLine {
                name: GUEST.into(),
                organisation: String::new(),
                capacity: "guest".into(),
            },
        ],
        items: vec![
            PrintableItem {
                presenter: "The Chair".into(),
                outcome: "The agenda was adopted without amendment.".into(),
                votes: vec![vote(
                    "Adoption of the agenda",
                    VoteMethod::ShowOfHands,
                    "Carried: 5 yes among 5 votes cast; a simple majority was required.",
                )],
                decisions: vec![decision("GA-2026-01", "The agenda is adopted.")],
                ..item(1, "Adoption of the agenda", ItemKind::Decision)
            },
            PrintableItem {
                presenter: JOAQUIN.into(),
                summary: "The working group presented the revised standard operating procedure \
                          on ethical recruitment, including the complaint mechanism for migrant \
                          workers and the joint monitoring visits."
                    .into(),
                outcome: "The SOP is adopted with the amendments tabled by the civil society \
                          chamber."
                    .into(),
                votes: vec![roll_call],
                decisions: vec![decision(
                    "GA-2026-02",
                    "The regional recruitment SOP is adopted as amended.",
                )],
                papers: vec![AttachmentEntry {
                    file_name: PAPER.into(),
                    media_type: "application/pdf".into(),
                    size_bytes: 482_113,
                    sha256: PAPER_SHA256.into(),
                }],
                ..item(2, "Regional recruitment SOP", ItemKind::Decision)
            },
            PrintableItem {
                summary: "One candidacy was received before the deadline.".into(),
                votes: vec![secret],
                decisions: vec![decision(
                    "GA-2026-03",
                    "The candidate nominated by the governments chamber is elected chair.",
                )],
                ..item(3, "Election of the chair", ItemKind::Decision)
            },
            PrintableItem {
                summary: "The secretariat reported on the referral pathway pilots.".into(),
                ..item(4, "Any other business", ItemKind::Information)
            },
        ],
        actions: (1..=30).map(action).collect(),
        status: MinutesStatus::Draft,
        approval: String::new(),
        errata: Vec::new(),
        chair: HUONG.into(),
        secretary: String::new(),
        printed_on: date("2026-03-20"),
    }
}

struct Printed {
    bytes: Vec<u8>,
    path: PathBuf,
    pages: u32,
}

fn print(minutes: &PrintableMinutes, name: &str) -> Printed {
    print_on(minutes, Paper::A4, name)
}

fn print_on(minutes: &PrintableMinutes, paper: Paper, name: &str) -> Printed {
    let bytes = render_minutes(minutes, paper).expect("renders");
    let path = write_temp(&bytes, name);
    let pages = page_count(&bytes);
    Printed { bytes, path, pages }
}

fn page_texts(printed: &Printed) -> Vec<String> {
    (1..=printed.pages)
        .map(|p| pdftotext_page(&printed.path, p))
        .collect()
}

#[test]
fn every_attendee_and_their_movements_are_listed() {
    let printed = print(&minutes(), "minutes-attendance");
    let text = squash(&pdftotext(&printed.path));
    for expected in [
        "Governments",
        "Civil society",
        &format!("{MINISTRY_VN} — {HUONG}"),
        &format!("{MINISTRY_ES} — {JOAQUIN} (arrived 10:30)"),
        &format!("{FOUNDATION_TH} — Pornthip Srisuk ("),
        "(left 15:00)",
        "Apologies",
        APOLOGISING,
        "Absent",
        ABSENT,
        &format!("{PROXY_PRINCIPAL}, represented by {MINISTRY_VN}"),
        "Observers and guests",
        &format!("{OBSERVER} (International Organization for Migration) — observer"),
        &format!("{GUEST} — guest"),
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    // Thai and Burmese print with their own faces (see artifacts/pdf/minutes-p1.png), and
    // read back in logical order: their runs carry /ActualText, so the vowel below ส and
    // the Burmese ေ drawn before its consonant no longer come back by position.
    for name in ["พรทิพย์ ศรีสุข", "ကျော်ဇင်ဦး"] {
        assert!(text.contains(name), "{name} in {text}");
    }
    assert!(
        text.contains(&format!(
            "{NETWORK_MM} — Kyaw Zin Oo (ကျော်ဇင်ဦး) (arrived 10:30, left 15:00)"
        )),
        "{text}"
    );
}

#[test]
fn the_heading_gives_the_meeting_and_a_draft_is_marked() {
    let printed = print(&minutes(), "minutes-heading");
    let first = squash(&pdftotext_page(&printed.path, 1));
    for expected in [
        "General Assembly",
        "MINUTES · Meeting no. 3",
        "Third General Assembly",
        "DRAFT — NOT APPROVED",
        "Kind: Ordinary meeting",
        "Date: 12 March 2026",
        "Time: 09:00–17:30 (Asia/Bangkok)",
        "Place: Khách sạn Hà Nội, 1 Phố Tràng Tiền, Hà Nội",
        "Online: https://meet.example.org/ga-3",
        "Convened by: Secretariat of the Partnership",
        "Status: Draft, not yet approved",
        &format!("Page 1 of {}", printed.pages),
    ] {
        assert!(first.contains(expected), "{expected:?} in {first}");
    }
    // Every later page carries the running header, draft mark included, and its number.
    for (n, page) in page_texts(&printed).iter().enumerate().skip(1) {
        let page = squash(page);
        assert!(page.contains("GA · Meeting no. 3 · 2026-03-12"), "{page}");
        assert!(page.contains("DRAFT — NOT APPROVED · Minutes"), "{page}");
        assert!(
            page.contains(&format!("Page {} of {}", n + 1, printed.pages)),
            "{page}"
        );
    }
    assert_eq!(
        pdfinfo(&printed.path, "Title"),
        "Minutes — General Assembly — 2026-03-12"
    );
    assert_eq!(
        pdfinfo(&printed.path, "Author"),
        "Mekong Partnership against Trafficking in Persons"
    );
}

#[test]
fn items_votes_and_decisions_are_reported() {
    let printed = print(&minutes(), "minutes-items");
    let text = squash(&pdftotext(&printed.path));
    for expected in [
        "1. Adoption of the agenda",
        "For decision · Presented by The Chair",
        "Outcome: The agenda was adopted without amendment.",
        "Method: Show of hands · Result: Carried",
        "2. Regional recruitment SOP",
        &format!("For decision · Presented by {JOAQUIN}"),
        &format!("Vote: {ROLL_CALL_MOTION}"),
        "Method: Roll call · Result: Carried",
        &squash(ROLL_CALL_SENTENCE),
        "3. Election of the chair",
        "Method: Secret ballot · Result: Carried",
        "Secret ballot: individual votes are not recorded.",
        "4. Any other business",
        "For information",
        "GA-2026-01 — The agenda is adopted.",
        "GA-2026-02 — The regional recruitment SOP is adopted as amended.",
        "GA-2026-03 — The candidate nominated by the governments chamber is elected chair.",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
}

#[test]
fn an_item_lists_its_papers_with_size_and_short_fingerprint() {
    let printed = print(&minutes(), "minutes-papers");
    let text = squash(&pdftotext(&printed.path));
    let start = text.find("2. Regional recruitment SOP").expect("item 2");
    let end = text[start..].find("Outcome:").expect("its outcome") + start;
    let item = &text[start..end];
    assert!(
        item.contains(&format!(
            "Papers: • {PAPER} — 482,113 bytes — SHA-256 ba7816bf8f01"
        )),
        "{item}"
    );
    assert!(
        !text.contains(PAPER_SHA256),
        "only the start of the fingerprint is printed"
    );
    assert_eq!(
        text.matches("Papers:").count(),
        1,
        "items without papers say nothing"
    );

    let mut minutes = minutes();
    minutes.language = Language::Fr;
    let printed = print(&minutes, "minutes-papers-fr");
    let text = squash(&pdftotext(&printed.path));
    assert!(
        text.contains(&format!(
            "Documents: • {PAPER} — 482 113 octets — SHA-256 ba7816bf8f01"
        )),
        "{text}"
    );
}

#[test]
fn a_roll_call_lists_each_member_with_its_vote() {
    let printed = print(&minutes(), "minutes-roll-call");
    let text = squash(&pdftotext(&printed.path));
    let start = text
        .find(&format!("Vote: {ROLL_CALL_MOTION}"))
        .expect("roll-call vote printed");
    let end = text[start..].find("GA-2026-02").expect("its decision") + start;
    let section = &text[start..end];
    assert!(section.contains("Member Vote"), "table header: {section}");
    for (member, vote) in [
        (MINISTRY_VN, "Yes"),
        (MINISTRY_ES, "Yes"),
        (FOUNDATION_TH, "No"),
        (NETWORK_MM, "Abstain"),
        (PROXY_PRINCIPAL, "Yes"),
    ] {
        assert!(
            section.contains(&format!("{member} {vote}")),
            "{member} voted {vote}: {section}"
        );
    }
}

/// The text of the secret vote: from its motion to the next item.
fn secret_section(text: &str) -> &str {
    let start = text
        .find(&format!("Vote: {SECRET_MOTION}"))
        .expect("secret vote printed");
    let end = text[start..]
        .find("4. Any other business")
        .expect("next item")
        + start;
    &text[start..end]
}

#[test]
fn a_secret_ballot_names_no_one() {
    let mut minutes = minutes();
    // Even if a record wrongly carried names for a secret ballot, none is printed.
    minutes.items[2].votes[0].roll_call = vec![
        (MINISTRY_VN.into(), "yes".into()),
        (NETWORK_MM.into(), "no".into()),
    ];
    for minutes in [self::minutes(), minutes] {
        let printed = print(&minutes, "minutes-secret");
        let text = squash(&pdftotext(&printed.path));
        let section = secret_section(&text);
        assert!(
            section.contains("Secret ballot: individual votes are not recorded."),
            "{section}"
        );
        for name in [
            MINISTRY_VN,
            MINISTRY_ES,
            FOUNDATION_TH,
            NETWORK_MM,
            PROXY_PRINCIPAL,
            HUONG,
            JOAQUIN,
            "Pornthip",
            "Kyaw",
        ] {
            assert!(!section.contains(name), "{name} in {section}");
        }
        assert!(!section.contains("Member Vote"), "no table: {section}");
    }
}

#[test]
fn the_action_table_header_repeats_on_every_page_it_spans() {
    let printed = print(&minutes(), "minutes-actions");
    let pages = page_texts(&printed);
    let row_page = |n: usize| {
        pages
            .iter()
            .position(|p| squash(p).contains(&format!("Action {n}: circulate")))
            .unwrap_or_else(|| panic!("action {n} printed"))
    };
    let (first, last) = (row_page(1), row_page(30));
    assert!(last > first, "30 actions run onto a second page");
    for page in &pages[first..=last] {
        let page = squash(page);
        assert!(page.contains("No. Action Owner Due Status"), "{page}");
    }
    let text = squash(&pdftotext(&printed.path));
    for expected in [
        "1 Action 1: circulate".to_string(),
        format!("{MINISTRY_ES} — {JOAQUIN} 2026-05-15 In progress"),
        format!("{MINISTRY_VN} — {HUONG} 2026-08-15 Open"),
        // No due date.
        format!("{FOUNDATION_TH} — Done"),
    ] {
        assert!(text.contains(&expected), "{expected:?} in {text}");
    }
}

#[test]
fn signature_lines_name_the_chair_and_leave_the_secretary_blank_on_one_page() {
    let printed = print(&minutes(), "minutes-signatures");
    let pages = page_texts(&printed);
    let page = pages
        .iter()
        .map(|p| squash(p))
        .find(|p| p.contains("Signatures Chair:"))
        .expect("signature block");
    assert!(
        page.contains(&format!(
            "Chair: {HUONG} Signature: Date: Secretary: Signature: Date:"
        )),
        "{page}"
    );
    assert!(page.contains("Printed on 20 March 2026"), "{page}");
}

#[test]
fn approved_minutes_in_french_carry_the_approval_and_their_errata() {
    let mut minutes = minutes();
    minutes.language = Language::Fr;
    minutes.status = MinutesStatus::Approved;
    minutes.approval = "approuvé le 2026-06-10 par la décision GA-2026-04".into();
    minutes.errata = vec![Erratum {
        recorded_on: date("2026-06-20"),
        text: "Au point 2, lire « Joaquín Muñoz Ibáñez » au lieu de « Joaquin Munoz ».".into(),
        by: "Secrétariat".into(),
    }];
    let printed = print(&minutes, "minutes-fr");
    let text = squash(&pdftotext(&printed.path));
    for expected in [
        "PROCÈS-VERBAL · Réunion n° 3",
        "Date: 12 mars 2026",
        "Statut: Approuvé: approuvé le 2026-06-10 par la décision GA-2026-04",
        "Présents",
        &format!("{PROXY_PRINCIPAL}, représenté par {MINISTRY_VN}"),
        "Mode de scrutin: Appel nominal · Résultat: Adoptée",
        &format!("{FOUNDATION_TH} Contre"),
        "Scrutin secret : les votes individuels ne sont pas consignés.",
        "N° Action Responsable Échéance Statut",
        "Errata",
        "2026-06-20 — Au point 2, lire « Joaquín Muñoz Ibáñez » au lieu de « Joaquin Munoz ». \
         (consigné par Secrétariat)",
        &format!("Page 1 sur {}", printed.pages),
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(
        !text.contains("PROJET"),
        "approved minutes are not marked draft"
    );
    assert_eq!(
        pdfinfo(&printed.path, "Title"),
        "Procès-verbal — General Assembly — 2026-03-12"
    );
}

#[test]
fn lopdf_reads_the_names_back_too() {
    let printed = print(&minutes(), "minutes-lopdf");
    let document = lopdf::Document::load_mem(&printed.bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = squash(&document.extract_text(&pages).expect("text extracted"));
    for name in [HUONG, JOAQUIN, MINISTRY_VN, OBSERVER, GUEST, "GA-2026-03"] {
        assert!(text.contains(name), "{name} in {text}");
    }
}

#[test]
fn every_font_is_embedded_and_subset() {
    let printed = print(&minutes(), "minutes-fonts");
    let report = tool("pdffonts", &[printed.path.to_str().expect("utf-8 path")]);
    let fonts: Vec<&str> = report.lines().skip(2).collect();
    assert!(fonts.len() >= 4, "{report}");
    for line in &fonts {
        let columns: Vec<&str> = line.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(&columns[n - 5..n - 2], ["yes", "yes", "yes"], "{line}");
    }
    for face in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansThai",
        "NotoSansMyanmar",
    ] {
        assert!(report.contains(face), "{face} in {report}");
    }
}

#[test]
fn the_same_minutes_print_the_same_bytes_and_letter_paper_works() {
    let once = render_minutes(&minutes(), Paper::A4).expect("renders");
    let twice = render_minutes(&minutes(), Paper::A4).expect("renders");
    assert_eq!(once, twice);
    let letter = print_on(&minutes(), Paper::Letter, "minutes-letter");
    let size = pdfinfo(&letter.path, "Page size");
    assert!(size.starts_with("612 x 792"), "{size}");
}

/// Page 1 as PNG, for a human to look at: artifacts/pdf/minutes-p1.png.
#[test]
fn page_one_is_rendered_for_review() {
    let printed = print(&minutes(), "minutes-png");
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../artifacts/pdf");
    std::fs::create_dir_all(&out).expect("artifacts directory");
    for (page, name) in [(1, "minutes-p1"), (printed.pages, "minutes-last")] {
        let p = page.to_string();
        tool(
            "pdftoppm",
            &[
                "-png",
                "-r",
                "70",
                "-f",
                &p,
                "-l",
                &p,
                "-singlefile",
                printed.path.to_str().expect("utf-8 path"),
                out.join(name).to_str().expect("utf-8 path"),
            ],
        );
        assert!(out.join(format!("{name}.png")).exists());
    }
}
