//! Unit tests of the tally's internals; the rule catalogue's cases are in tests/voting/.

use super::*;
use crate::voting::ballots::Ballot;
use crate::voting::presets::Preset;

fn member(id: &str, present: bool) -> RollMember {
    RollMember {
        id: id.into(),
        name: String::new(),
        chamber: None,
        weight: 1,
        role: Role::VotingMember,
        status: MemberStatus::Active,
        present,
        presiding: false,
    }
}

fn roll_call(choices: &[(&str, Choice)]) -> Ballots {
    Ballots::RollCall {
        ballots: choices
            .iter()
            .map(|(id, c)| Ballot {
                member: (*id).into(),
                choice: BallotChoice::Choice(*c),
            })
            .collect(),
        casting: None,
    }
}

/// Twelve members, ten present: 7 for, 2 against, 1 abstention.
fn meeting() -> (Roll, Ballots) {
    let members = (1..=12)
        .map(|n| member(&format!("M{n}"), n <= 10))
        .collect();
    let mut choices: Vec<(String, Choice)> =
        (1..=7).map(|n| (format!("M{n}"), Choice::Yes)).collect();
    choices.push(("M8".into(), Choice::No));
    choices.push(("M9".into(), Choice::No));
    choices.push(("M10".into(), Choice::Abstain));
    let refs: Vec<(&str, Choice)> = choices.iter().map(|(id, c)| (id.as_str(), *c)).collect();
    (
        Roll {
            members,
            proxies: Vec::new(),
        },
        roll_call(&refs),
    )
}

#[test]
fn the_catalogue_example_sentence() {
    let (roll, ballots) = meeting();
    let report = tally(&Preset::TwoThirds.protocol(), &roll, &ballots).unwrap();
    assert_eq!(report.outcome, Outcome::Carried);
    assert_eq!(
        report.explanation,
        "Carried: 7 for, 2 against, 1 abstention; two-thirds of votes cast required (6 of 9); quorum 10 of 12 present."
    );
}

#[test]
fn a_tie_without_a_casting_vote_is_rejected() {
    let roll = Roll {
        members: (1..=4).map(|n| member(&format!("M{n}"), true)).collect(),
        proxies: Vec::new(),
    };
    let ballots = roll_call(&[
        ("M1", Choice::Yes),
        ("M2", Choice::Yes),
        ("M3", Choice::No),
        ("M4", Choice::No),
    ]);
    let report = tally(&Preset::SimpleMajority.protocol(), &roll, &ballots).unwrap();
    assert_eq!(report.outcome, Outcome::Rejected { failed: vec![0] });
    assert!(
        report
            .explanation
            .starts_with("Rejected: 2 for, 2 against, 0 abstentions"),
        "{}",
        report.explanation
    );
}

#[test]
fn the_chair_breaks_a_tie_only_when_granted() {
    let mut members: Vec<RollMember> = (1..=5).map(|n| member(&format!("M{n}"), true)).collect();
    members[4].presiding = true;
    let roll = Roll {
        members,
        proxies: Vec::new(),
    };
    let protocol = Protocol {
        casting_vote: true,
        ..Preset::SimpleMajority.protocol()
    };
    let mut ballots = roll_call(&[
        ("M1", Choice::Yes),
        ("M2", Choice::Yes),
        ("M3", Choice::No),
        ("M4", Choice::No),
    ]);
    assert_eq!(
        tally(&protocol, &roll, &ballots).unwrap_err(),
        Invalid::CastingVoteMissing
    );
    if let Ballots::RollCall { casting, .. } = &mut ballots {
        *casting = Some(Choice::Yes);
    }
    let report = tally(&protocol, &roll, &ballots).unwrap();
    assert_eq!(report.outcome, Outcome::Carried);
    assert_eq!(report.casting_vote, Some(Choice::Yes));
    assert!(
        report.explanation.contains("casting vote in favour"),
        "{}",
        report.explanation
    );
}

#[test]
fn no_quorum_is_not_a_rejection() {
    let roll = Roll {
        members: (1..=10).map(|n| member(&format!("M{n}"), n <= 5)).collect(),
        proxies: Vec::new(),
    };
    let ballots = roll_call(&[("M1", Choice::Yes)]);
    let report = tally(&Preset::SimpleMajority.protocol(), &roll, &ballots).unwrap();
    assert_eq!(report.outcome, Outcome::NoQuorum { rule: 0 });
    assert!(
        report
            .explanation
            .starts_with("No quorum: 5 of 10 present, 6 required"),
        "{}",
        report.explanation
    );
}
