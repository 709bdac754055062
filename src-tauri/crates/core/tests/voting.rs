//! The voting tally engine against the rule catalogue (shared/design/voting.md):
//! a table of named cases, properties on generated inputs, and the JSON input formats.
//!
//! Expectations come from the catalogue, not from the implementation; where the two disagree
//! the case says so in its reason.

#[path = "voting/dsl.rs"]
mod dsl;
#[path = "voting/harness.rs"]
mod harness;

#[path = "voting/cases.rs"]
mod cases;
#[path = "voting/json.rs"]
mod json;
#[path = "voting/properties.rs"]
mod properties;

use std::collections::BTreeSet;

use pacta_core::voting::presets::{Preset, GOVERNMENTS};
use pacta_core::voting::Base::{Membership, VotesCast, YesNo};
use pacta_core::voting::Counting::{ChambersEqual, Heads, Weighted};
use pacta_core::voting::Measure::{Heads as ByHeads, Weight as ByWeight};
use pacta_core::voting::{Invalid, QuorumRule, Threshold};

use dsl::*;
use harness::{run_group, Expect};

#[test]
fn table_quorum() {
    run_group("quorum", cases::quorum_cases());
}

#[test]
fn table_bases() {
    run_group("bases", cases::base_cases());
}

#[test]
fn table_thresholds() {
    run_group("thresholds", cases::threshold_cases());
}

#[test]
fn table_counting() {
    run_group("counting", cases::counting_cases());
}

#[test]
fn table_scopes() {
    run_group("scopes", cases::scope_cases());
}

#[test]
fn table_proxies() {
    run_group("proxies", cases::proxy_cases());
}

#[test]
fn table_split_votes() {
    run_group("split votes", cases::split_cases());
}

#[test]
fn table_casting_vote() {
    run_group("casting vote", cases::casting_cases());
}

#[test]
fn table_show_of_hands() {
    run_group("show of hands", cases::hands_cases());
}

#[test]
fn table_secret_ballots() {
    run_group("secret ballots", cases::secret_cases());
}

#[test]
fn table_refused_rolls_and_ballots() {
    run_group("refused rolls and ballots", cases::refused_input_cases());
}

#[test]
fn table_protocol_errors() {
    run_group("protocol errors", cases::protocol_cases());
}

#[test]
fn table_presets() {
    run_group("presets", cases::preset_cases());
}

#[test]
fn the_table_has_enough_named_cases_each_with_a_reason() {
    let groups = cases::all_groups();
    let total: usize = groups.iter().map(|(_, cases)| cases.len()).sum();
    assert!(total >= 70, "{total} cases");
    let mut names = BTreeSet::new();
    for (group, cases) in &groups {
        for case in cases {
            assert!(
                names.insert(case.name),
                "{group}: the name {:?} is used twice",
                case.name
            );
            assert!(
                !case.reason.trim().is_empty(),
                "{group}: {:?} has no reason",
                case.name
            );
        }
    }
}

/// `Protocol::validate` refuses exactly the protocols the table expects refused, and accepts
/// every other protocol of the table.
#[test]
fn validate_agrees_with_the_table() {
    let mut disagreements = Vec::new();
    for (group, cases) in cases::all_groups() {
        for case in cases {
            let expected = match &case.expect {
                Expect::Fails(Invalid::Protocol(error)) => Err(error.clone()),
                _ => Ok(()),
            };
            let actual = case.protocol.validate();
            if actual != expected {
                disagreements.push(format!(
                    "  {group} / {}: expected {expected:?}, got {actual:?}",
                    case.name
                ));
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "validate() disagrees:\n{}",
        disagreements.join("\n")
    );
}

/// The presets are the real bodies exactly as the catalogue defines them.
#[test]
fn presets_are_the_catalogue_bodies() {
    let majority_of_members = present_fraction(1, 2, true, ByHeads);
    assert_eq!(
        Preset::SimpleMajority.protocol(),
        protocol(
            vec![majority_of_members],
            vec![body(VotesCast, more_than(1, 2), Heads)]
        ),
        "Robert's Rules default: present_fraction(1/2, strict, heads); votes_cast, more_than(1/2)"
    );
    assert_eq!(
        Preset::TwoThirds.protocol().requirements,
        vec![body(VotesCast, at_least(2, 3), Heads)],
        "two-thirds vote: votes_cast, at_least(2/3)"
    );
    assert_eq!(
        Preset::AbsoluteMajority.protocol().requirements,
        vec![body(Membership, more_than(1, 2), Heads)]
    );
    assert_eq!(
        Preset::Consensus.protocol().requirements,
        vec![body(VotesCast, Threshold::Consensus, Heads)]
    );

    let ilo = Preset::IloDecision.protocol();
    assert_eq!(
        ilo.requirements,
        vec![body(VotesCast, more_than(1, 2), Weighted)],
        "ILO: simple majority of votes cast, weighted"
    );
    assert!(
        ilo.split_votes,
        "ILO: a government's two delegates may split"
    );
    assert_eq!(
        Preset::IloConvention.protocol().requirements,
        vec![body(VotesCast, at_least(2, 3), Weighted)]
    );
    assert_eq!(
        Preset::IloAdmission.protocol().requirements,
        vec![
            body(VotesCast, at_least(2, 3), Weighted),
            in_chamber(GOVERNMENTS, VotesCast, at_least(2, 3), Weighted)
        ],
        "ILO admission: a double majority"
    );

    let fsc = Preset::FscChambers.protocol();
    assert_eq!(
        fsc.requirements,
        vec![each_chamber(YesNo, more_than(1, 2), Heads), body(YesNo, at_least(2, 3), ChambersEqual)],
        "FSC: each_chamber / yes_no / more_than(1/2) / heads AND body / yes_no / at_least(2/3) / chambers_equal"
    );
    assert_eq!(fsc.quorum, vec![per_chamber(1, 2, true, ByWeight)]);

    let eiti = Preset::EitiBalanced.protocol();
    assert!(
        eiti.requirements
            .iter()
            .all(|r| r.counting == ChambersEqual),
        "EITI: constituencies equally balanced"
    );
    let fractions: Vec<_> = eiti
        .quorum
        .iter()
        .map(|rule| match rule {
            QuorumRule::PresentFraction {
                fraction, strict, ..
            } => ("present_fraction", fraction.to_string(), *strict),
            QuorumRule::PerChamber {
                fraction, strict, ..
            } => ("per_chamber", fraction.to_string(), *strict),
            other => panic!("EITI has no {other:?} quorum"),
        })
        .collect();
    assert_eq!(
        fractions,
        vec![
            ("present_fraction", "1/2".to_string(), false),
            ("per_chamber", "1/3".to_string(), false)
        ],
        "EITI: present_fraction(1/2, non-strict) AND per_chamber(1/3, non-strict)"
    );
    for preset in Preset::ALL {
        assert_eq!(preset.protocol().validate(), Ok(()), "{preset}");
        assert!(
            !preset.protocol().casting_vote,
            "{preset}: casting vote is off by default"
        );
        assert!(
            preset.protocol().proxies.is_none(),
            "{preset}: proxies are off by default"
        );
    }
}
