//! Rendering the minutes of a full meeting — 15 agenda items, 30 member organisations
//! present across three chambers, a roll-call vote under every other item, decisions and
//! 45 action items — on A4 in English. "Open a meeting and render its minutes PDF" must
//! take under 100 ms in release; this is the rendering part.

use criterion::{criterion_group, criterion_main, Criterion};
use pacta_core::agreement::{Language, Paper};
use pacta_core::date::IsoDate;
use pacta_core::field::Field;
use pacta_core::meeting::{
    ActionItem, ActionStatus, AttendeeLine, ChamberAttendance, ClockTime, GuestLine, ItemKind,
    Meeting, MeetingKind, MinutesStatus, PrintableDecision, PrintableItem, PrintableMinutes,
    PrintableVote, ProxyLine,
};
use pacta_core::voting::VoteMethod;

const PEOPLE: [&str; 6] = [
    "Nguyễn Thị Hương",
    "Joaquín Muñoz Ibáñez",
    "Pornthip Srisuk (พรทิพย์ ศรีสุข)",
    "Kyaw Zin Oo (ကျော်ဇင်ဦး)",
    "Jean-François Lévêque",
    "Søren Ødegård",
];

fn date(text: &str) -> IsoDate {
    IsoDate::parse(Field::MeetingDate, text).expect("a real date")
}

fn organisation(n: usize) -> String {
    let kinds = [
        "Ministry of Labour and Social Welfare",
        "Foundation for Migrant Workers’ Rights",
        "Provincial Anti-Trafficking Task Force",
    ];
    format!("{} no. {n}", kinds[n % kinds.len()])
}

fn large_minutes() -> PrintableMinutes {
    let chambers = [
        "Governments",
        "Civil society",
        "International organisations",
    ];
    let present = chambers
        .iter()
        .enumerate()
        .map(|(c, chamber)| ChamberAttendance {
            chamber: Some(chamber.to_string()),
            present: (0..10)
                .map(|n| {
                    let n = c * 10 + n;
                    AttendeeLine {
                        organisation: organisation(n),
                        representative: PEOPLE[n % PEOPLE.len()].to_string(),
                        movements: match n % 7 {
                            0 => vec!["arrived 10:30".into()],
                            3 => vec!["arrived 10:30".into(), "left 15:00".into()],
                            _ => Vec::new(),
                        },
                    }
                })
                .collect(),
        })
        .collect();
    let items = (1..=15u32)
        .map(|number| {
            let roll_call = number % 2 == 0;
            PrintableItem {
                number,
                title: format!("Item {number}: review of the referral pathway for survivors"),
                kind: if roll_call {
                    ItemKind::Decision
                } else {
                    ItemKind::Discussion
                },
                presenter: PEOPLE[number as usize % PEOPLE.len()].to_string(),
                duration_minutes: Some(30),
                summary: "The working group presented its report on the quarter: identification \
                          of presumed victims at border crossings, shelter capacity in the \
                          provinces, and the joint training of labour inspectors and police. \
                          Members asked about the funding of the hotline and the data shared \
                          between the national referral mechanisms."
                    .into(),
                outcome: "The report is noted; the secretariat will circulate the revised \
                          pathway before the next meeting."
                    .into(),
                votes: vec![PrintableVote {
                    motion: format!(
                        "That the assembly adopts the recommendations of item {number}"
                    ),
                    method: if roll_call {
                        VoteMethod::RollCall
                    } else {
                        VoteMethod::Secret
                    },
                    outcome: "carried".into(),
                    explanation: "Carried: 24 yes, 3 no and 3 abstentions among 30 votes cast; \
                                  a two-thirds majority of votes cast was required and quorum \
                                  (16 of 30 members) was met."
                        .into(),
                    roll_call: if roll_call {
                        (0..30)
                            .map(|n| {
                                let vote = ["yes", "yes", "no", "abstain"][n % 4];
                                (organisation(n), vote.to_string())
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                }],
                decisions: vec![PrintableDecision {
                    reference: format!("GA-2026-{number:02}"),
                    text: "The recommendations are adopted and the secretariat is asked to \
                           report on their implementation."
                        .into(),
                }],
                papers: Vec::new(),
            }
        })
        .collect();
    let actions = (1..=45)
        .map(|n| ActionItem {
            id: n,
            meeting_id: 1,
            body_id: 1,
            agenda_item_id: None,
            title: format!("Action {n}: circulate the revised pathway to the task forces"),
            owner_organisation_id: n,
            owner_name: organisation(n as usize),
            owner_person: PEOPLE[n as usize % PEOPLE.len()].to_string(),
            due_on: Some(date("2026-06-30")),
            status: ActionStatus::Open,
            notes: Vec::new(),
        })
        .collect();
    PrintableMinutes {
        partnership: "Mekong Partnership against Trafficking in Persons".into(),
        meeting: Meeting {
            id: 1,
            body_id: 1,
            body_code: "GA".into(),
            body_name: "General Assembly".into(),
            number: 3,
            title: "Third General Assembly".into(),
            kind: MeetingKind::Ordinary,
            date: date("2026-03-12"),
            starts_at: ClockTime::parse(Field::At, "09:00").expect("time"),
            ends_at: ClockTime::parse(Field::At, "17:30").expect("time"),
            time_zone: "Asia/Bangkok".into(),
            place: "Khách sạn Hà Nội, Hà Nội".into(),
            online_link: "https://meet.example.org/ga-3".into(),
            convenor: "Secretariat".into(),
            minutes_status: MinutesStatus::Circulated,
        },
        language: Language::En,
        present,
        apologies: vec!["Fondation Éclairée pour l’Enfance".into()],
        absent: vec!["Hội Đồng Hành".into()],
        proxies: vec![ProxyLine {
            principal: "Cambodian Women’s Crisis Centre".into(),
            holder: organisation(1),
        }],
        guests: vec![GuestLine {
            name: "Amélie Côté-Béland".into(),
            organisation: "International Organization for Migration".into(),
            capacity: "observer".into(),
        }],
        items,
        actions,
        status: MinutesStatus::Circulated,
        approval: String::new(),
        errata: Vec::new(),
        chair: PEOPLE[0].into(),
        secretary: PEOPLE[1].into(),
        printed_on: date("2026-03-20"),
    }
}

fn render_large_minutes(c: &mut Criterion) {
    let minutes = large_minutes();
    let bytes = pacta_pdf::render_minutes(&minutes, Paper::A4).expect("renders");
    let pages = lopdf::Document::load_mem(&bytes)
        .expect("reads back")
        .get_pages()
        .len();
    eprintln!("large minutes: {pages} pages, {} bytes", bytes.len());
    c.bench_function("render_minutes 15 items x 30 attendees A4 en", |b| {
        b.iter(|| pacta_pdf::render_minutes(&minutes, Paper::A4).expect("renders"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = render_large_minutes
}
criterion_main!(benches);
