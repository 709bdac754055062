//! A partnership's meetings at scale: with 200 meetings of 15 items and 30 attendees in the
//! file, opening a meeting (its whole detail) and rendering its minutes PDF — target under
//! 100 ms together.
//!
//! Run with `cargo bench -p pacta-api --bench meetings`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};

use pacta_api::meetings::{self, MotionInput};
use pacta_api::{bodies, meeting_export, members, voting, Clock, Partnership};
use pacta_core::agreement::{Language, Paper};
use pacta_core::meeting::{AgendaItemDraft, Attendance, AttendanceStatus, ClockTime, MeetingDraft};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice};
use pacta_core::{BodyDraft, Field, MembershipDraft, OrganisationDraft, RepresentativeDraft};

const MEETINGS: usize = 200;
const ITEMS: usize = 15;
const ATTENDEES: usize = 30;

fn filled(dir: &std::path::Path) -> (Partnership, i64) {
    let mut p = Partnership::create(
        &dir.join("meetings.pacta"),
        "Benchmark Forum",
        Clock::Fixed("2026-11-25T10:00:00Z".into()),
    )
    .expect("create");
    let body = bodies::create(
        &mut p,
        &BodyDraft {
            name: "General Assembly".into(),
            code: "GA".into(),
            kind: "plenary".into(),
        },
    )
    .expect("body");
    let mut seats = Vec::new();
    for n in 0..ATTENDEES {
        let organisation = members::create(
            &mut p,
            &OrganisationDraft {
                name: format!("Hội Nghề cá số {n} — Associação {n}"),
                acronym: String::new(),
                kind: "civil_society".into(),
                country: "VN".into(),
                chamber: ["Governments", "Employers", "Workers"][n % 3].into(),
                pillars: vec!["protection".into()],
                joined_on: "2024-01-01".into(),
                notes: String::new(),
            },
        )
        .expect("member");
        members::add_representative(
            &mut p,
            organisation.id,
            &RepresentativeDraft {
                name: format!("Nguyễn Thị Hương {n}"),
                title: "Đại diện".into(),
                email: format!("huong{n}@example.org"),
                phone: String::new(),
                primary: true,
            },
        )
        .expect("representative");
        bodies::seat(
            &mut p,
            body.id,
            organisation.id,
            &MembershipDraft::default(),
        )
        .expect("seat");
        seats.push(organisation.id);
    }
    let protocol = voting::adopt_protocol(
        &mut p,
        body.id,
        "Ordinary decisions",
        Some(Preset::SimpleMajority),
        &Preset::SimpleMajority.protocol(),
    )
    .expect("protocol");
    let mut last = 0;
    for m in 0..MEETINGS {
        let meeting = meetings::schedule(
            &mut p,
            body.id,
            &MeetingDraft {
                title: format!("Meeting {m} of the General Assembly"),
                kind: "ordinary".into(),
                date: format!("{}-{:02}-{:02}", 2010 + m / 12, m % 12 + 1, 10),
                starts_at: "09:00".into(),
                ends_at: "17:00".into(),
                time_zone: "Asia/Ho_Chi_Minh".into(),
                place: "Hà Nội".into(),
                online_link: String::new(),
                convenor: "Secretariat".into(),
            },
        )
        .expect("meeting");
        let attendance: Vec<Attendance> = seats
            .iter()
            .enumerate()
            .map(|(n, id)| Attendance {
                organisation_id: *id,
                status: if n % 10 == 9 {
                    AttendanceStatus::Apologies
                } else {
                    AttendanceStatus::Present
                },
                representative: if n % 10 == 9 {
                    String::new()
                } else {
                    format!("Nguyễn Thị Hương {n}")
                },
                proxy_holder_id: None,
                movements: Vec::new(),
            })
            .collect();
        meetings::set_attendance(&mut p, meeting.id, &attendance, &[]).expect("attendance");
        for i in 0..ITEMS {
            let item = meetings::add_item(
                &mut p,
                meeting.id,
                &AgendaItemDraft {
                    title: format!(
                        "Item {i}: referral of fishers, shelter capacity and data sharing"
                    ),
                    kind: "decision".into(),
                    presenter: "Secretariat".into(),
                    ..Default::default()
                },
            )
            .expect("item");
            meetings::set_item_minutes(
                &mut p,
                item.id,
                &"The members discussed the referrals of the quarter and the capacity of the shelters. ".repeat(6),
                "Agreed.",
            )
            .expect("minutes");
            if i == 0 {
                let ballots = seats
                    .iter()
                    .enumerate()
                    .filter(|(n, _)| n % 10 != 9)
                    .map(|(_, id)| Ballot {
                        member: id.to_string(),
                        choice: BallotChoice::Choice(Choice::Yes),
                    })
                    .collect();
                let vote = meetings::put_to_vote(
                    &mut p,
                    &MotionInput {
                        item_id: item.id,
                        protocol_id: protocol.id,
                        motion: "That the report is adopted".into(),
                        at: ClockTime::parse(Field::At, "10:00").expect("a time"),
                        presiding_id: None,
                        ballots: Ballots::RollCall {
                            ballots,
                            casting: None,
                        },
                        secret: false,
                    },
                )
                .expect("vote");
                meetings::record_decision(
                    &mut p,
                    item.id,
                    "The report is adopted.",
                    Some(vote.id),
                    &[],
                )
                .expect("decision");
            }
        }
        last = meeting.id;
    }
    (p, last)
}

fn open_and_print(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (partnership, meeting) = filled(dir.path());
    let mut group = c.benchmark_group("meetings");
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("open a meeting (200 in the file)", |b| {
        b.iter(|| black_box(meetings::detail(&partnership, meeting).expect("detail")))
    });
    group.bench_function("open a meeting and render its minutes PDF", |b| {
        b.iter(|| {
            let minutes = meeting_export::printable_minutes(&partnership, meeting, Language::En)
                .expect("minutes");
            black_box(pacta_pdf::render_minutes(&minutes, Paper::A4).expect("pdf"))
        })
    });
    group.finish();
}

criterion_group!(benches, open_and_print);
criterion_main!(benches);
