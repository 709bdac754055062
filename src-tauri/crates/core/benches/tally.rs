//! The tally of 10,000 ballots across 4 chambers, with weights and proxies (target ≤ 1 ms).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use pacta_core::voting::{
    presets::Preset, tally, Ballot, BallotChoice, Ballots, Choice, Fraction, Protocol, Proxy,
    ProxyRule, Roll, RollMember,
};
use pacta_core::{MemberStatus, Role};

const CHAMBERS: [&str; 4] = ["Governments", "Employers", "Workers", "Civil society"];

fn assembly(size: usize) -> (Roll, Ballots) {
    let members: Vec<RollMember> = (0..size)
        .map(|n| RollMember {
            id: format!("M{n}"),
            name: format!("Member {n}"),
            chamber: Some(CHAMBERS[n % 4].to_string()),
            weight: if n % 4 == 0 { 2 } else { 1 },
            role: Role::VotingMember,
            status: MemberStatus::Active,
            // One member in twenty is absent and gives a proxy to the next member.
            present: n % 20 != 0,
            presiding: false,
        })
        .collect();
    let proxies = (0..size)
        .filter(|n| n % 20 == 0 && n + 1 < size)
        .map(|n| Proxy {
            principal: format!("M{n}"),
            holder: format!("M{}", n + 1),
        })
        .collect();
    let choices = [
        Choice::Yes,
        Choice::Yes,
        Choice::No,
        Choice::Abstain,
        Choice::Yes,
        Choice::Invalid,
        Choice::Yes,
    ];
    let ballots = (0..size)
        .filter(|n| n + 1 < size || n % 20 != 0)
        .map(|n| Ballot {
            member: format!("M{n}"),
            choice: BallotChoice::Choice(choices[n % choices.len()]),
        })
        .collect();
    (
        Roll { members, proxies },
        Ballots::RollCall {
            ballots,
            casting: None,
        },
    )
}

fn bench(c: &mut Criterion) {
    let (roll, ballots) = assembly(10_000);
    let mut protocol: Protocol = Preset::FscChambers.protocol();
    protocol.proxies = Some(ProxyRule {
        max_per_holder: 1,
        counts_for_quorum: true,
    });
    protocol.requirements.push(pacta_core::voting::Requirement {
        scope: pacta_core::voting::Scope::Body,
        base: pacta_core::voting::Base::VotesCast,
        threshold: pacta_core::voting::Threshold::AtLeast(Fraction::TWO_THIRDS),
        counting: pacta_core::voting::Counting::Weighted,
    });
    assert!(
        tally(&protocol, &roll, &ballots).is_ok(),
        "the benchmark's inputs are valid"
    );
    c.bench_function(
        "tally 10,000 ballots, 4 chambers, weights and proxies",
        |b| b.iter(|| tally(black_box(&protocol), black_box(&roll), black_box(&ballots)).unwrap()),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
