//! A meeting's convocation read back: the heading facts, the invitation sentence, each agenda
//! item with its number, kind, presenter and expected duration, the request to confirm
//! attendance, "Page i of N" — and nothing that only the minutes hold (attendance, summaries,
//! outcomes, votes, decisions, actions). Page 1 rendered to artifacts/pdf/convocation-p1.png.

mod common;

use std::path::PathBuf;

use common::*;
use pacta_core::agreement::{Language, Paper};
use pacta_core::date::IsoDate;
use pacta_core::field::Field;
use pacta_core::meeting::{
    ActionItem, ActionStatus, AttendeeLine, ChamberAttendance, ClockTime, GuestLine, ItemKind,
    Meeting, MeetingKind, MinutesStatus, PrintableDecision, PrintableItem, PrintableMinutes,
    PrintableVote, ProxyLine,
};
use pacta_core::voting::VoteMethod;
use pacta_pdf::render_convocation;

const ATTENDEE: &str = "Ministry of Labour, Invalids and Social Affairs";
const REPRESENTATIVE: &str = "Nguyễn Thị Hương";
const APOLOGISING: &str = "Fondation Éclairée pour l’Enfance";
const ABSENT: &str = "Hội Đồng Hành";
const PROXY: &str = "Cambodian Women’s Crisis Centre";
const GUEST: &str = "Søren Ødegård";
const SUMMARY: &str = "The working group presented the revised procedure.";
const OUTCOME: &str = "The budget is adopted as tabled.";
const MOTION: &str = "That the General Assembly adopts the 2027 budget";
const DECISION: &str = "GA-2027-01";
const ACTION: &str = "Circulate the adopted budget";

fn date(text: &str) -> IsoDate {
    IsoDate::parse(Field::MeetingDate, text).expect("a real date")
}

fn time(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).expect("a time of day")
}

fn item(
    number: u32,
    title: &str,
    kind: ItemKind,
    presenter: &str,
    duration: Option<u32>,
) -> PrintableItem {
    PrintableItem {
        number,
        title: title.into(),
        kind,
        presenter: presenter.into(),
        duration_minutes: duration,
        summary: String::new(),
        outcome: String::new(),
        votes: Vec::new(),
        decisions: Vec::new(),
        papers: Vec::new(),
    }
}

const AGENDA: [(&str, ItemKind, &str, Option<u32>); 6] = [
    (
        "Adoption of the agenda",
        ItemKind::Decision,
        "The Chair",
        Some(5),
    ),
    (
        "Approval of the minutes of the previous meeting",
        ItemKind::Decision,
        "",
        Some(10),
    ),
    (
        "Matters arising (open action items)",
        ItemKind::Discussion,
        "Secretariat of the Forum",
        None,
    ),
    (
        "Report on the referral of fishers under the Viet Nam MoU",
        ItemKind::Information,
        REPRESENTATIVE,
        Some(45),
    ),
    (
        "Adoption of the 2027 budget",
        ItemKind::Decision,
        "Ministry of Labour",
        Some(60),
    ),
    ("Any other business", ItemKind::Information, "", None),
];

/// The second General Assembly, with minutes-only data filled in that must not print.
fn minutes(language: Language) -> PrintableMinutes {
    let mut items: Vec<PrintableItem> = AGENDA
        .iter()
        .enumerate()
        .map(|(n, (title, kind, presenter, duration))| {
            item(n as u32 + 1, title, *kind, presenter, *duration)
        })
        .collect();
    items[4].summary = SUMMARY.into();
    items[4].outcome = OUTCOME.into();
    items[4].votes = vec![PrintableVote {
        motion: MOTION.into(),
        method: VoteMethod::RollCall,
        outcome: "carried".into(),
        explanation: "Carried: 5 yes among 5 votes cast.".into(),
        roll_call: vec![(ATTENDEE.into(), "yes".into())],
    }];
    items[4].decisions = vec![PrintableDecision {
        reference: DECISION.into(),
        text: "The 2027 budget is adopted.".into(),
    }];
    PrintableMinutes {
        partnership: "SEA Forum for Fishers".into(),
        meeting: Meeting {
            id: 2,
            body_id: 1,
            body_code: "GA".into(),
            body_name: "General Assembly".into(),
            number: 2,
            title: "Second General Assembly of the SEA Forum for Fishers".into(),
            kind: MeetingKind::Ordinary,
            date: date("2027-03-11"),
            starts_at: time("09:00"),
            ends_at: time("16:30"),
            time_zone: "Asia/Ho_Chi_Minh".into(),
            place: "Trung tâm Hội nghị Quốc gia, Hà Nội".into(),
            online_link: "https://meet.example.org/sea-forum-ga2".into(),
            convenor: "Secretariat of the Forum".into(),
            minutes_status: MinutesStatus::Draft,
        },
        language,
        present: vec![ChamberAttendance {
            chamber: Some("Governments".into()),
            present: vec![AttendeeLine {
                organisation: ATTENDEE.into(),
                representative: REPRESENTATIVE.into(),
                movements: vec!["arrived 10:30".into()],
            }],
        }],
        apologies: vec![APOLOGISING.into()],
        absent: vec![ABSENT.into()],
        proxies: vec![ProxyLine {
            principal: PROXY.into(),
            holder: ATTENDEE.into(),
        }],
        guests: vec![GuestLine {
            name: GUEST.into(),
            organisation: String::new(),
            capacity: "observer".into(),
        }],
        items,
        actions: vec![ActionItem {
            id: 1,
            meeting_id: 2,
            body_id: 1,
            agenda_item_id: None,
            title: ACTION.into(),
            owner_organisation_id: 1,
            owner_name: ATTENDEE.into(),
            owner_person: String::new(),
            due_on: None,
            status: ActionStatus::Open,
            notes: Vec::new(),
        }],
        status: MinutesStatus::Draft,
        approval: String::new(),
        errata: Vec::new(),
        chair: "Ministry of Labour".into(),
        secretary: String::new(),
        printed_on: date("2027-02-11"),
    }
}

fn print(minutes: &PrintableMinutes, paper: Paper, name: &str) -> (PathBuf, u32) {
    let bytes = render_convocation(minutes, paper).expect("renders");
    let pages = page_count(&bytes);
    (write_temp(&bytes, name), pages)
}

#[test]
fn the_convocation_gives_the_meeting_and_its_numbered_agenda() {
    let (path, pages) = print(&minutes(Language::En), Paper::A4, "convocation-en");
    let text = squash(&pdftotext(&path));
    let first = squash(&pdftotext_page(&path, 1));
    for expected in [
        "General Assembly",
        "CONVOCATION · Meeting no. 2",
        "Second General Assembly of the SEA Forum for Fishers",
        "Kind: Ordinary meeting",
        "Date: 11 March 2027",
        "Time: 09:00–16:30 (Asia/Ho_Chi_Minh)",
        "Place: Trung tâm Hội nghị Quốc gia, Hà Nội",
        "Online: https://meet.example.org/sea-forum-ga2",
        "Convened by: Secretariat of the Forum",
        "The members of the General Assembly are invited to attend",
        "Agenda",
        &format!("Page 1 of {pages}"),
    ] {
        assert!(first.contains(expected), "{expected:?} in {first}");
    }
    for (n, (title, _, _, _)) in AGENDA.iter().enumerate() {
        let numbered = format!("{}. {title}", n + 1);
        assert!(text.contains(&numbered), "{numbered:?} in {text}");
    }
    for expected in [
        "For decision · Presented by The Chair · Expected duration: 5 min",
        "For decision · Expected duration: 10 min",
        "For discussion · Presented by Secretariat of the Forum",
        &format!("For information · Presented by {REPRESENTATIVE} · Expected duration: 45 min"),
        "Please confirm your attendance, or send your apologies, to Secretariat of the Forum",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert_eq!(
        pdfinfo(&path, "Title"),
        "Convocation — General Assembly — 2027-03-11"
    );
}

#[test]
fn nothing_only_the_minutes_hold_is_printed() {
    let (path, _) = print(&minutes(Language::En), Paper::A4, "convocation-private");
    let text = squash(&pdftotext(&path));
    for absent in [
        ATTENDEE,
        "arrived 10:30",
        APOLOGISING,
        ABSENT,
        PROXY,
        GUEST,
        "Attendance",
        "Apologies",
        SUMMARY,
        OUTCOME,
        MOTION,
        "Vote",
        "Carried",
        DECISION,
        ACTION,
        "Action items",
        "DRAFT",
        "Minutes",
        "Signature",
    ] {
        assert!(!text.contains(absent), "{absent:?} must not print: {text}");
    }
}

#[test]
fn a_french_convocation_speaks_french() {
    let (path, pages) = print(&minutes(Language::Fr), Paper::Letter, "convocation-fr");
    let text = squash(&pdftotext(&path));
    for expected in [
        "CONVOCATION · Réunion n° 2",
        "Date: 11 mars 2027",
        "Les membres de General Assembly sont invités à participer",
        "Ordre du jour",
        "1. Adoption of the agenda",
        "Pour décision · Présenté par The Chair · Durée prévue : 5 min",
        "Merci de confirmer votre participation",
        &format!("Page 1 sur {pages}"),
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(pdfinfo(&path, "Page size").starts_with("612 x 792"));
}

/// Page 1 as PNG, for a human to look at: artifacts/pdf/convocation-p1.png.
#[test]
fn page_one_is_rendered_for_review() {
    let (path, _) = print(&minutes(Language::En), Paper::A4, "convocation-png");
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../artifacts/pdf");
    std::fs::create_dir_all(&out).expect("artifacts directory");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            path.to_str().expect("utf-8 path"),
            out.join("convocation-p1").to_str().expect("utf-8 path"),
        ],
    );
    assert!(out.join("convocation-p1.png").exists());
}

#[test]
fn the_agenda_lists_the_papers_to_read_before_the_meeting() {
    let mut minutes = minutes(Language::En);
    let paper = "Dự thảo ngân sách 2027 (draft budget).xlsx";
    minutes.items[4].papers = vec![pacta_core::agreement::AttachmentEntry {
        file_name: paper.into(),
        media_type: "application/octet-stream".into(),
        size_bytes: 1_234,
        sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".into(),
    }];
    let (path, _) = print(&minutes, Paper::A4, "convocation-papers");
    let text = squash(&pdftotext(&path));
    let start = text.find("5. Adoption of the 2027 budget").expect("item 5");
    let end = text[start..].find("6. Any other business").expect("item 6") + start;
    let item = &text[start..end];
    assert!(item.contains("Papers: •"), "{item}");
    assert!(
        item.contains("— 1,234 bytes — SHA-256 ba7816bf8f01"),
        "{item}"
    );
    assert!(item.contains(paper), "{item}");
    assert_eq!(text.matches("Papers:").count(), 1);
}
