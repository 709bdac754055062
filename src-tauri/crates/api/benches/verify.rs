//! `verify` — the seal chain recomputed from the records — on the demo partnership and on a
//! partnership of ten thousand members holding a thousand closed votes (each one sealed).
//!
//! Run with `cargo bench -p pacta-api --bench verify`.

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

use pacta_api::voting::{self, VoteInput};
use pacta_api::{bodies, demo, member_import, verify, Clock, Partnership};
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice, Roll, RollMember};

const MEMBERS: usize = 10_000;
const VOTES: usize = 1_000;

fn clock() -> Clock {
    Clock::Fixed("2026-11-25T10:00:00Z".into())
}

fn member_csv(path: &Path) {
    let mut csv = String::from("name,acronym,kind,country,status,joined_on,representative_name\n");
    for n in 1..=MEMBERS {
        csv.push_str(&format!(
            "Associação Nguyễn {n},N{n},civil_society,VN,active,2025-01-15,Trần Thị Hương {n}\n"
        ));
    }
    std::fs::write(path, csv).expect("write the member file");
}

/// The demo's Executive Committee votes `VOTES` times, every member present and in favour.
fn close_votes(partnership: &mut Partnership) {
    let body = bodies::list(partnership)
        .expect("bodies")
        .into_iter()
        .find(|b| b.code == "EC")
        .expect("the demo's Executive Committee");
    let protocol = voting::protocols(partnership, Some(body.id)).expect("protocols")[0].id;
    let members: Vec<i64> = bodies::detail(partnership, body.id)
        .expect("committee")
        .members
        .iter()
        .map(|m| m.organisation_id)
        .collect();
    for n in 1..=VOTES {
        let input = VoteInput {
            body_id: body.id,
            protocol_id: protocol,
            motion: format!("Motion n° {n} on the referral pathway"),
            roll: Roll {
                members: members
                    .iter()
                    .map(|id| RollMember {
                        id: id.to_string(),
                        name: String::new(),
                        chamber: None,
                        weight: 1,
                        role: pacta_core::Role::VotingMember,
                        status: pacta_core::MemberStatus::Active,
                        present: true,
                        presiding: false,
                    })
                    .collect(),
                proxies: Vec::new(),
            },
            ballots: Ballots::RollCall {
                ballots: members
                    .iter()
                    .map(|id| Ballot {
                        member: id.to_string(),
                        choice: BallotChoice::Choice(Choice::Yes),
                    })
                    .collect(),
                casting: None,
            },
        };
        voting::close(partnership, &input).expect("close a vote");
    }
}

fn verify_chain(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");

    let mut small = Partnership::create(&dir.path().join("demo.pacta"), "Demo", clock())
        .expect("create the demo file");
    demo::load(&mut small).expect("load the demo");
    let report = verify::verify(&small, None).expect("verify the demo");
    assert!(report.intact, "the demo's chain is intact");

    let csv = dir.path().join("members.csv");
    member_csv(&csv);
    let mut large = Partnership::create(&dir.path().join("large.pacta"), "Large", clock())
        .expect("create the large file");
    demo::load(&mut large).expect("load the demo");
    member_import::import(&mut large, &csv, &mut |_| {}).expect("import 10k members");
    close_votes(&mut large);
    let report = verify::verify(&large, None).expect("verify the large file");
    assert!(report.intact, "the large file's chain is intact");
    let seals = report.head.as_ref().map_or(0, |head| head.seals);
    assert!(
        seals as usize > VOTES,
        "every closed vote is sealed ({seals} seals)"
    );

    let mut group = c.benchmark_group("verify");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("the demo partnership", |b| {
        b.iter(|| verify::verify(&small, None).expect("verify"))
    });
    group.bench_function("10,000 members and 1,000 sealed votes", |b| {
        b.iter(|| verify::verify(&large, None).expect("verify"))
    });
    group.finish();
}

criterion_group!(benches, verify_chain);
criterion_main!(benches);
