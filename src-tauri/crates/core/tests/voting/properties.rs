//! Properties the catalogue and the issue state for every input, on generated valid inputs.

use std::collections::BTreeMap;

use pacta_core::voting::Base::{Membership, Present, VotesCast, WithAbstentions, YesNo};
use pacta_core::voting::Choice::{Abstain, Invalid as Spoilt, No, Yes};
use pacta_core::voting::{
    tally, BallotChoice, Ballots, Base, Choice, Counting, Measure, Outcome, ParticipationCounts,
    Protocol, ProxyRule, QuorumRule, Requirement, RequirementCheck, Roll, Scope, TallyReport,
    Threshold,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

use super::dsl::*;
use super::harness::consistent;

const CHAMBERS: [&str; 3] = ["A", "B", "C"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Observer,
    Absent,
    /// Absent, and member 0 holds their proxy.
    Represented,
    Present,
}

/// One generated roll member and the ballot they cast in two alternative votes.
#[derive(Debug, Clone)]
struct Seat {
    chamber: Option<&'static str>,
    weight: u32,
    kind: Kind,
    choice: Option<Choice>,
    other: Option<Choice>,
}

fn arb_choice() -> impl Strategy<Value = Choice> {
    prop_oneof![4 => Just(Yes), 3 => Just(No), 2 => Just(Abstain), 1 => Just(Spoilt)]
}

fn arb_kind() -> impl Strategy<Value = Kind> {
    prop_oneof![1 => Just(Kind::Observer), 2 => Just(Kind::Absent), 1 => Just(Kind::Represented), 6 => Just(Kind::Present)]
}

fn arb_seat(max_weight: u32) -> impl Strategy<Value = Seat> {
    (
        prop::option::weighted(0.85, prop::sample::select(&CHAMBERS[..])),
        1..=max_weight,
        arb_kind(),
        prop::option::weighted(0.85, arb_choice()),
        prop::option::weighted(0.85, arb_choice()),
    )
        .prop_map(|(chamber, weight, kind, choice, other)| Seat {
            chamber,
            weight,
            kind,
            choice,
            other,
        })
}

/// 1 to 14 members; member 0 is present, entitled and in chamber A, so the roll always has
/// an entitled member, chamber A exists, and member 0 can hold proxies.
fn arb_seats(max_weight: u32) -> impl Strategy<Value = Vec<Seat>> {
    prop::collection::vec(arb_seat(max_weight), 1..15).prop_map(|mut seats| {
        seats[0].kind = Kind::Present;
        seats[0].chamber = Some("A");
        seats
    })
}

fn id(i: usize) -> String {
    format!("m{i}")
}

fn roll_of(seats: &[Seat]) -> Roll {
    let mut roll = roll(vec![seats
        .iter()
        .enumerate()
        .map(|(i, seat)| {
            let mut m = member(&id(i)).weight(seat.weight);
            if let Some(chamber) = seat.chamber {
                m = m.chamber(chamber);
            }
            match seat.kind {
                Kind::Observer => m.observer(),
                Kind::Absent | Kind::Represented => m.absent(),
                Kind::Present => m,
            }
        })
        .collect()]);
    for (i, seat) in seats.iter().enumerate() {
        if seat.kind == Kind::Represented {
            roll = roll.proxy(&id(i), &id(0));
        }
    }
    roll
}

/// Roll-call ballots of every present or represented entitled member who votes.
fn ballots_of(seats: &[Seat], other: bool) -> Vec<pacta_core::voting::Ballot> {
    seats
        .iter()
        .enumerate()
        .filter(|(_, seat)| matches!(seat.kind, Kind::Present | Kind::Represented))
        .filter_map(|(i, seat)| {
            if other { seat.other } else { seat.choice }.map(|c| vote(&id(i), c))
        })
        .collect()
}

fn arb_more_than() -> impl Strategy<Value = Threshold> {
    (1..=6u32)
        .prop_flat_map(|q| (0..q, Just(q)))
        .prop_map(|(p, q)| more_than(p, q))
}

fn arb_at_least() -> impl Strategy<Value = Threshold> {
    (1..=6u32)
        .prop_flat_map(|q| (1..=q, Just(q)))
        .prop_map(|(p, q)| at_least(p, q))
}

fn arb_threshold() -> BoxedStrategy<Threshold> {
    prop_oneof![
        arb_more_than(),
        arb_at_least(),
        Just(Threshold::Unanimity),
        Just(Threshold::Consensus)
    ]
    .boxed()
}

fn arb_base() -> impl Strategy<Value = Base> {
    prop::sample::select(vec![VotesCast, YesNo, WithAbstentions, Present, Membership])
}

fn arb_counting() -> impl Strategy<Value = Counting> {
    prop::sample::select(vec![
        Counting::Heads,
        Counting::Weighted,
        Counting::ChambersEqual,
    ])
}

fn arb_scope() -> impl Strategy<Value = Scope> {
    prop_oneof![
        Just(Scope::Body),
        Just(Scope::EachChamber),
        Just(Scope::Chamber("A".into()))
    ]
}

/// A valid requirement: consensus on votes cast, chambers counted equally over the body.
fn arb_requirement(threshold: BoxedStrategy<Threshold>) -> impl Strategy<Value = Requirement> {
    (arb_scope(), arb_base(), threshold, arb_counting()).prop_map(
        |(mut scope, mut base, threshold, counting)| {
            if threshold == Threshold::Consensus {
                base = VotesCast;
            }
            if counting == Counting::ChambersEqual {
                scope = Scope::Body;
            }
            Requirement {
                scope,
                base,
                threshold,
                counting,
            }
        },
    )
}

fn arb_positive_fraction() -> impl Strategy<Value = pacta_core::voting::Fraction> {
    (1..=6u32)
        .prop_flat_map(|q| (1..=q, Just(q)))
        .prop_map(|(p, q)| frac(p, q))
}

fn arb_measure() -> impl Strategy<Value = Measure> {
    prop_oneof![Just(Measure::Heads), Just(Measure::Weight)]
}

/// Quorum rules on presence only (no participation).
fn arb_presence_rule() -> impl Strategy<Value = QuorumRule> {
    prop_oneof![
        (0..8u32).prop_map(QuorumRule::PresentCount),
        (arb_positive_fraction(), any::<bool>(), arb_measure()).prop_map(
            |(fraction, strict, by)| QuorumRule::PresentFraction {
                fraction,
                strict,
                by
            }
        ),
        (arb_positive_fraction(), any::<bool>(), arb_measure()).prop_map(
            |(fraction, strict, by)| QuorumRule::PerChamber {
                fraction,
                strict,
                by
            }
        ),
    ]
}

fn arb_quorum_rule() -> impl Strategy<Value = QuorumRule> {
    prop_oneof![
        3 => arb_presence_rule(),
        1 => (arb_positive_fraction(), prop_oneof![Just(ParticipationCounts::Cast), Just(ParticipationCounts::CastAndAbstentions)])
            .prop_map(|(fraction, counts)| QuorumRule::Participation { fraction, counts }),
    ]
}

fn with_proxies(mut protocol: Protocol, counts_for_quorum: bool) -> Protocol {
    protocol.proxies = Some(ProxyRule {
        max_per_holder: 20,
        counts_for_quorum,
    });
    protocol
}

fn arb_protocol() -> impl Strategy<Value = Protocol> {
    (
        prop::collection::vec(arb_quorum_rule(), 0..3),
        prop::collection::vec(arb_requirement(arb_threshold()), 1..3),
        any::<bool>(),
    )
        .prop_map(|(quorum, requirements, counts)| {
            with_proxies(protocol(quorum, requirements), counts)
        })
}

fn run(protocol: &Protocol, roll: &Roll, ballots: &Ballots) -> Result<TallyReport, TestCaseError> {
    tally(protocol, roll, ballots)
        .map_err(|e| TestCaseError::fail(format!("a valid input was refused: {e:?} ({e})")))
}

/// The figures of a check that do not depend on how it was labelled.
#[derive(Debug, PartialEq)]
struct Figures {
    passed: bool,
    empty_base: bool,
    yes: u64,
    no: u64,
    base_value: u64,
    required: Option<u64>,
    chambers: Vec<Figures>,
    chamber: Option<String>,
}

fn figures(check: &RequirementCheck) -> Figures {
    Figures {
        passed: check.passed,
        empty_base: check.empty_base,
        yes: check.yes,
        no: check.no,
        base_value: check.base_value,
        required: check.required,
        chambers: check.chambers.iter().map(figures).collect(),
        chamber: check.chamber.clone(),
    }
}

fn one_requirement(requirement: Requirement) -> Protocol {
    with_proxies(protocol(Vec::new(), vec![requirement]), true)
}

/// Turning one `no` into `yes` never turns Carried into Rejected, with the quorum held (no
/// quorum rule) and the given kind of threshold.
fn monotone(requirement: Requirement, seats: Vec<Seat>, pick: Index) -> Result<(), TestCaseError> {
    let protocol = one_requirement(requirement);
    let roll = roll_of(&seats);
    let before = roll_call_of(ballots_of(&seats, false));
    let Ballots::RollCall { ballots, .. } = &before else {
        unreachable!()
    };
    let noes: Vec<usize> = ballots
        .iter()
        .enumerate()
        .filter(|(_, b)| b.choice == BallotChoice::Choice(No))
        .map(|(i, _)| i)
        .collect();
    if noes.is_empty() {
        return Ok(());
    }
    let mut flipped = ballots.clone();
    flipped[*pick.get(&noes)] = vote(&flipped[*pick.get(&noes)].member, Yes);
    let was = run(&protocol, &roll, &before)?;
    let now = run(&protocol, &roll, &roll_call_of(flipped))?;
    if was.outcome == Outcome::Carried {
        prop_assert_eq!(
            now.outcome,
            Outcome::Carried,
            "before: {}\nafter: {}",
            was.explanation,
            now.explanation
        );
    }
    Ok(())
}

/// The same ballots as anonymous papers and as hand counts.
fn as_secret_and_hands(roll: &Roll, ballots: &[pacta_core::voting::Ballot]) -> (Ballots, Ballots) {
    let mut papers = Vec::new();
    let mut voted = Vec::new();
    let mut groups: BTreeMap<(Option<String>, u32, Choice), u32> = BTreeMap::new();
    for ballot in ballots {
        let member = roll.member(&ballot.member).expect("a ballot from the roll");
        let BallotChoice::Choice(choice) = ballot.choice else {
            unreachable!()
        };
        papers.push(pacta_core::voting::Paper {
            chamber: member.chamber.clone(),
            weight: member.weight,
            choice,
        });
        voted.push(member.id.clone());
        *groups
            .entry((member.chamber.clone(), member.weight, choice))
            .or_insert(0) += 1;
    }
    let counts = groups
        .into_iter()
        .map(
            |((chamber, weight, choice), count)| pacta_core::voting::HandCount {
                chamber,
                weight,
                choice,
                count,
            },
        )
        .collect();
    (
        Ballots::Secret {
            papers,
            voted,
            casting: None,
        },
        Ballots::ShowOfHands {
            counts,
            casting: None,
        },
    )
}

proptest! {
    #[test]
    fn permuting_roll_call_ballots_never_changes_the_outcome(
        (protocol, seats, shuffled) in (arb_protocol(), arb_seats(3)).prop_flat_map(|(protocol, seats)| {
            let ballots = ballots_of(&seats, false);
            (Just(protocol), Just(seats), Just(ballots).prop_shuffle())
        })
    ) {
        let roll = roll_of(&seats);
        let original = run(&protocol, &roll, &roll_call_of(ballots_of(&seats, false)))?;
        let permuted = run(&protocol, &roll, &roll_call_of(shuffled))?;
        prop_assert_eq!(&original.outcome, &permuted.outcome);
        prop_assert_eq!(original.counts, permuted.counts);
        prop_assert_eq!(original.presence, permuted.presence);
        prop_assert_eq!(&original.requirements, &permuted.requirements);
        prop_assert_eq!(&original.quorum, &permuted.quorum);
    }

    #[test]
    fn every_report_agrees_with_its_own_checks(protocol in arb_protocol(), seats in arb_seats(3)) {
        let report = run(&protocol, &roll_of(&seats), &roll_call_of(ballots_of(&seats, false)))?;
        consistent(&protocol, &report).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn monotone_more_than(requirement in arb_requirement(arb_more_than().boxed()), seats in arb_seats(3), pick in any::<Index>()) {
        monotone(requirement, seats, pick)?;
    }

    #[test]
    fn monotone_at_least(requirement in arb_requirement(arb_at_least().boxed()), seats in arb_seats(3), pick in any::<Index>()) {
        monotone(requirement, seats, pick)?;
    }

    #[test]
    fn monotone_unanimity(requirement in arb_requirement(Just(Threshold::Unanimity).boxed()), seats in arb_seats(3), pick in any::<Index>()) {
        monotone(requirement, seats, pick)?;
    }

    #[test]
    fn monotone_consensus(requirement in arb_requirement(Just(Threshold::Consensus).boxed()), seats in arb_seats(3), pick in any::<Index>()) {
        monotone(requirement, seats, pick)?;
    }

    #[test]
    fn weighted_with_all_weights_one_equals_heads(
        requirement in arb_requirement(arb_threshold()),
        seats in arb_seats(1),
    ) {
        let heads = one_requirement(Requirement { counting: Counting::Heads, ..requirement.clone() });
        let weighted = one_requirement(Requirement { counting: Counting::Weighted, ..requirement });
        let roll = roll_of(&seats);
        let ballots = roll_call_of(ballots_of(&seats, false));
        let by_heads = run(&heads, &roll, &ballots)?;
        let by_weight = run(&weighted, &roll, &ballots)?;
        prop_assert_eq!(&by_heads.outcome, &by_weight.outcome);
        prop_assert_eq!(figures(&by_heads.requirements[0]), figures(&by_weight.requirements[0]));
    }

    #[test]
    fn chambers_equal_with_a_single_chamber_equals_heads(
        base in arb_base(),
        threshold in arb_threshold(),
        seats in arb_seats(3).prop_map(|seats| seats.into_iter().map(|s| Seat { chamber: Some("A"), ..s }).collect::<Vec<_>>()),
    ) {
        let base = if threshold == Threshold::Consensus { VotesCast } else { base };
        let heads = one_requirement(body(base, threshold, Counting::Heads));
        let equal = one_requirement(body(base, threshold, Counting::ChambersEqual));
        let roll = roll_of(&seats);
        let ballots = roll_call_of(ballots_of(&seats, false));
        let by_heads = run(&heads, &roll, &ballots)?;
        let by_chambers = run(&equal, &roll, &ballots)?;
        prop_assert_eq!(&by_heads.outcome, &by_chambers.outcome, "heads: {}\nchambers equal: {}", by_heads.explanation, by_chambers.explanation);
    }

    #[test]
    fn no_quorum_does_not_depend_on_ballots_without_a_participation_rule(
        rules in prop::collection::vec(arb_presence_rule(), 1..4),
        requirement in arb_requirement(arb_threshold()),
        counts_for_quorum in any::<bool>(),
        seats in arb_seats(3),
    ) {
        let protocol = with_proxies(protocol(rules, vec![requirement]), counts_for_quorum);
        let roll = roll_of(&seats);
        let first = run(&protocol, &roll, &roll_call_of(ballots_of(&seats, false)))?;
        let second = run(&protocol, &roll, &roll_call_of(ballots_of(&seats, true)))?;
        let no_quorum = |report: &TallyReport| match report.outcome {
            Outcome::NoQuorum { rule } => Some(rule),
            _ => None,
        };
        prop_assert_eq!(no_quorum(&first), no_quorum(&second), "first: {}\nsecond: {}", first.explanation, second.explanation);
    }

    #[test]
    fn roll_call_secret_papers_and_hands_agree(protocol in arb_protocol(), seats in arb_seats(3)) {
        let roll = roll_of(&seats);
        let ballots = ballots_of(&seats, false);
        let (papers, hands) = as_secret_and_hands(&roll, &ballots);
        let by_name = run(&protocol, &roll, &roll_call_of(ballots))?;
        let secretly = run(&protocol, &roll, &papers)?;
        let by_hands = run(&protocol, &roll, &hands)?;
        prop_assert_eq!(&by_name.outcome, &secretly.outcome, "secret: {}", secretly.explanation);
        prop_assert_eq!(&by_name.outcome, &by_hands.outcome, "hands: {}", by_hands.explanation);
        prop_assert_eq!(by_name.counts, secretly.counts);
        prop_assert_eq!(by_name.counts, by_hands.counts);
    }

    #[test]
    fn generated_inputs_survive_a_json_round_trip(protocol in arb_protocol(), seats in arb_seats(3)) {
        let roll = roll_of(&seats);
        let ballots = roll_call_of(ballots_of(&seats, false));
        let again: Protocol = serde_json::from_str(&serde_json::to_string(&protocol).unwrap()).unwrap();
        prop_assert_eq!(&again, &protocol);
        let again: Roll = serde_json::from_str(&serde_json::to_string(&roll).unwrap()).unwrap();
        prop_assert_eq!(&again, &roll);
        let again: Ballots = serde_json::from_str(&serde_json::to_string(&ballots).unwrap()).unwrap();
        prop_assert_eq!(&again, &ballots);
    }
}
