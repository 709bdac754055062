//! The table: one row per named case, each with the reason it exists. Expectations come
//! from the rule catalogue (shared/design/voting.md) and the semantics the engine's
//! implementer fixed where the catalogue is silent.

use pacta_core::voting::presets::{Preset, GOVERNMENTS};
use pacta_core::voting::Base::{Membership, Present, VotesCast, WithAbstentions, YesNo};
use pacta_core::voting::Choice::{Abstain, Invalid as Spoilt, No, Yes};
use pacta_core::voting::Counting::{ChambersEqual, Heads, Weighted};
use pacta_core::voting::Measure::{Heads as ByHeads, Weight as ByWeight};
use pacta_core::voting::ParticipationCounts::{Cast, CastAndAbstentions};
use pacta_core::voting::{Invalid, Protocol, ProtocolError, Threshold};
use pacta_core::{MemberStatus, Role};

use super::dsl::*;
use super::harness::Expect::{Carried, Fails, NoQuorum, Rejected};
use super::harness::*;

fn v<T>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    items.into_iter().collect()
}

fn quorum(rules: Vec<pacta_core::voting::QuorumRule>) -> Protocol {
    protocol(rules, vec![body(VotesCast, more_than(1, 2), Heads)])
}

fn protocol_error(error: ProtocolError) -> super::harness::Expect {
    Fails(Invalid::Protocol(error))
}

// ---------------------------------------------------------------------------------------------

pub fn quorum_cases() -> Vec<Case> {
    v([
        case(
            "present_count met exactly",
            quorum(vec![present_count(7)]),
            roll(vec![members("m", 7), absentees("x", 3)]),
            roll_call_of(votes("m", &[(Yes, 4), (No, 3)])),
            Carried,
            "present_count(n) means at least n entitled members present: n itself holds",
        )
        .check(presence(10, 7, 0)),
        case(
            "present_count one short gives no quorum, even with every present member in favour",
            quorum(vec![present_count(7)]),
            roll(vec![members("m", 6), absentees("x", 4)]),
            roll_call_of(votes("m", &[(Yes, 6)])),
            NoQuorum(0),
            "failing the quorum gives NoQuorum, never a decision",
        ),
        case(
            "present_count ignores observers in the room",
            quorum(vec![present_count(7)]),
            roll(vec![members("m", 6), members("o", 3).into_iter().map(|m| m.observer()).collect(), absentees("x", 1)]),
            roll_call_of(votes("m", &[(Yes, 6)])),
            NoQuorum(0),
            "only entitled members count towards presence; observers never vote",
        )
        .check(presence(7, 6, 0)),
        case(
            "majority of members (strict): exactly half present is no quorum",
            quorum(vec![present_fraction(1, 2, true, ByHeads)]),
            roll(vec![members("m", 5), absentees("x", 5)]),
            roll_call_of(votes("m", &[(Yes, 5)])),
            NoQuorum(0),
            "\"a majority of members\" is present_fraction(1/2, strict): 5 of 10 is not more than half",
        ),
        case(
            "majority of members (strict): 6 of 10 present holds",
            quorum(vec![present_fraction(1, 2, true, ByHeads)]),
            roll(vec![members("m", 6), absentees("x", 4)]),
            roll_call_of(votes("m", &[(Yes, 4), (No, 2)])),
            Carried,
            "6 of 10 is more than half",
        ),
        case(
            "present_fraction non-strict: exactly half present holds",
            quorum(vec![present_fraction(1, 2, false, ByHeads)]),
            roll(vec![members("m", 5), absentees("x", 5)]),
            roll_call_of(votes("m", &[(Yes, 3), (No, 2)])),
            Carried,
            "non-strict means at least p/q",
        ),
        case(
            "present_fraction by weight holds where heads would not",
            quorum(vec![present_fraction(1, 2, true, ByWeight)]),
            roll(vec![vec![member("BIG").weight(6)], absentees("s", 5)]),
            roll_call(&[("BIG", Yes)]),
            Carried,
            "by weight: 6 of 11 weight present is more than half, though 1 of 6 heads is not",
        ),
        case(
            "present_fraction by heads on the same roll fails",
            quorum(vec![present_fraction(1, 2, true, ByHeads)]),
            roll(vec![vec![member("BIG").weight(6)], absentees("s", 5)]),
            roll_call(&[("BIG", Yes)]),
            NoQuorum(0),
            "the same roll by heads: 1 of 6 present",
        ),
        case(
            "present_fraction by weight (strict): exactly half the weight fails",
            quorum(vec![present_fraction(1, 2, true, ByWeight)]),
            roll(vec![vec![member("BIG").weight(5)], absentees("s", 5)]),
            roll_call(&[("BIG", Yes)]),
            NoQuorum(0),
            "5 of 10 weight is not more than half",
        ),
        case(
            "per_chamber: every chamber holds",
            quorum(vec![per_chamber(1, 2, true, ByHeads)]),
            roll(vec![chamber("A", "a", 2), vec![member("a3").chamber("A").absent()], chamber("B", "b", 2)]),
            roll_call(&[("a1", Yes), ("a2", Yes), ("b1", Yes), ("b2", No)]),
            Carried,
            "2 of 3 in A and 2 of 2 in B are both more than half",
        ),
        case(
            "per_chamber: one chamber short gives no quorum though the body as a whole is there",
            quorum(vec![per_chamber(1, 2, true, ByHeads)]),
            roll(vec![chamber("A", "a", 1), v([member("a2").chamber("A").absent(), member("a3").chamber("A").absent()]), chamber("B", "b", 4)]),
            roll_call(&[("a1", Yes), ("b1", Yes), ("b2", Yes)]),
            NoQuorum(0),
            "1 of 3 in chamber A fails, though 5 of 7 overall are present",
        )
        .check(quorum_chamber(0, "A")),
        case(
            "per_chamber ignores a chamber without entitled members and members without a chamber",
            quorum(vec![per_chamber(1, 2, true, ByHeads)]),
            roll(vec![chamber("A", "a", 2), v([member("obs").chamber("Observers").observer().absent(), member("loose").absent()])]),
            roll_call(&[("a1", Yes), ("a2", Yes)]),
            Carried,
            "per_chamber applies within every chamber that has at least one entitled member",
        ),
        case(
            "per_chamber by weight (FSC: voting power)",
            quorum(vec![per_chamber(1, 2, true, ByWeight)]),
            roll(vec![v([member("e1").chamber("E").weight(3), member("e2").chamber("E")]), v([member("e3").chamber("E").absent(), member("e4").chamber("E").absent()])]),
            roll_call(&[("e1", Yes), ("e2", Yes)]),
            Carried,
            "4 of 6 weight present is more than half, though 2 of 4 heads is not",
        ),
        case(
            "participation (cast): abstentions do not count toward the quorum",
            quorum(vec![participation(1, 2, Cast)]),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 3), (No, 1), (Abstain, 6)])),
            NoQuorum(0),
            "ILO art. 17(3): 4 votes cast of 10 attending is fewer than half",
        ),
        case(
            "participation (cast_and_abstentions): the same ballots hold",
            quorum(vec![participation(1, 2, CastAndAbstentions)]),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 3), (No, 1), (Abstain, 6)])),
            Carried,
            "with abstentions counted, 10 of 10 took part; 3 for and 1 against carries",
        ),
        case(
            "participation (cast) counts invalid ballots, and exactly the fraction holds",
            quorum(vec![participation(1, 2, Cast)]),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 1), (Spoilt, 2), (Abstain, 5)])),
            Rejected(vec![0]),
            "cast = yes + no + invalid = 5 ≥ 1/2 of 10; then 2 of 5 votes cast is not a majority",
        ),
        case(
            "participation counts proxy ballots and represented members",
            protocol(vec![participation(1, 2, Cast)], vec![body(VotesCast, more_than(1, 2), Heads)]).proxies(1, false),
            roll(vec![members("m", 4), absentees("x", 2)]).proxy("x1", "m1").proxy("x2", "m2"),
            roll_call(&[("x1", Yes), ("x2", Yes), ("m3", No)]),
            Carried,
            "a represented member counts as present for participation: 3 ballots of 6 present or represented",
        )
        .check(presence(6, 4, 2))
        .check(voted(3)),
        case(
            "proxy_counts_for_quorum = true: represented members make the quorum",
            quorum(vec![present_fraction(1, 2, true, ByHeads)]).proxies(1, true),
            roll(vec![members("h", 2), absentees("p", 3)]).proxy("p1", "h1"),
            roll_call(&[("h1", Yes), ("p1", Yes), ("h2", No)]),
            Carried,
            "2 present + 1 represented = 3 of 5 is more than half",
        )
        .check(presence(5, 2, 1)),
        case(
            "proxy_counts_for_quorum = false: the same roll has no quorum",
            quorum(vec![present_fraction(1, 2, true, ByHeads)]).proxies(1, false),
            roll(vec![members("h", 2), absentees("p", 3)]).proxy("p1", "h1"),
            roll_call(&[("h1", Yes), ("p1", Yes), ("h2", No)]),
            NoQuorum(0),
            "only the 2 physically present count: 2 of 5",
        ),
        case(
            "the first failing quorum rule is reported",
            quorum(vec![present_count(1), present_fraction(1, 2, true, ByHeads), present_count(100)]),
            roll(vec![members("m", 3), absentees("x", 7)]),
            roll_call_of(votes("m", &[(Yes, 3)])),
            NoQuorum(1),
            "rules 1 and 2 both fail; NoQuorum names the first, by index",
        ),
        case(
            "no quorum rule: one member present can decide",
            majority(),
            roll(vec![members("m", 1), absentees("x", 9)]),
            roll_call(&[("m1", Yes)]),
            Carried,
            "an empty quorum list means no quorum",
        ),
        case(
            "a quorum fraction of 1/1 is allowed and holds when everyone is there",
            quorum(vec![present_fraction(1, 1, false, ByHeads)]),
            roll(vec![members("m", 3)]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 1)])),
            Carried,
            "quorum fractions range over 0 < p/q ≤ 1",
        ),
        case(
            "present_count counts represented members when proxies count for quorum",
            quorum(vec![present_count(3)]).proxies(1, true),
            roll(vec![members("m", 2), absentees("x", 1)]).proxy("x1", "m1"),
            roll_call(&[("m1", Yes)]),
            Carried,
            "proxy_counts_for_quorum decides whether a represented member counts for the presence quorum: 2 + 1",
        ),
        case(
            "present_count without proxy_counts_for_quorum",
            quorum(vec![present_count(3)]).proxies(1, false),
            roll(vec![members("m", 2), absentees("x", 1)]).proxy("x1", "m1"),
            roll_call(&[("m1", Yes)]),
            NoQuorum(0),
            "only the 2 physically present count",
        ),
        case(
            "per_chamber by weight counts a represented member's weight when proxies count",
            quorum(vec![per_chamber(1, 2, true, ByWeight)]).proxies(1, true),
            roll(vec![chamber("A", "a", 1), v([member("a2").chamber("A").weight(3).absent()])]).proxy("a2", "a1"),
            roll_call(&[("a1", Yes)]),
            Carried,
            "(1 + 3) of 4 weight present or represented in chamber A",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn base_cases() -> Vec<Case> {
    let mixed = || roll_call_of(votes("m", &[(Yes, 4), (No, 3), (Spoilt, 2), (Abstain, 5)]));
    v([
        case(
            "votes_cast counts invalid ballots and leaves out abstentions",
            only(body(VotesCast, more_than(1, 2), Heads)),
            roll(vec![members("m", 14)]),
            mixed(),
            Rejected(vec![0]),
            "Robert's Rules: spoiled ballots by entitled voters count as cast; 4 of 9 is not a majority",
        )
        .check(figures(0, 4, 9, Some(5)))
        .check(counts(4, 3, 5, 2)),
        case(
            "yes_no leaves out invalid ballots too",
            only(body(YesNo, more_than(1, 2), Heads)),
            roll(vec![members("m", 14)]),
            mixed(),
            Carried,
            "the same ballots on yes + no: 4 of 7",
        )
        .check(figures(0, 4, 7, Some(4))),
        case(
            "with_abstentions: an abstention weighs like a no",
            only(body(WithAbstentions, more_than(1, 2), Heads)),
            roll(vec![members("m", 11)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 2), (Abstain, 4)])),
            Rejected(vec![0]),
            "5 of 11 is not more than half",
        )
        .check(figures(0, 5, 11, Some(6))),
        case(
            "votes_cast on the same ballots carries",
            only(body(VotesCast, more_than(1, 2), Heads)),
            roll(vec![members("m", 11)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 2), (Abstain, 4)])),
            Carried,
            "contrast with with_abstentions: 5 of 7",
        ),
        case(
            "present: not voting weighs like a no",
            only(body(Present, more_than(1, 2), Heads)),
            roll(vec![members("m", 10), absentees("x", 2)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 2)])),
            Rejected(vec![0]),
            "base = 10 present (3 not voting, the 2 absent left out); 5 of 10 is not more than half",
        )
        .check(figures(0, 5, 10, Some(6))),
        case(
            "present counts represented members",
            only(body(Present, more_than(1, 2), Heads)).proxies(1, false),
            roll(vec![members("m", 3), absentees("x", 2)]).proxy("x1", "m3").proxy("x2", "m2"),
            roll_call(&[("m1", Yes), ("x1", Yes), ("m2", No), ("x2", No)]),
            Rejected(vec![0]),
            "a represented member counts as present for the present base: 2 of 5, not 2 of 3",
        )
        .check(figures(0, 2, 5, Some(3)))
        .check(presence(5, 3, 2)),
        case(
            "membership: the absent count against",
            only(body(Membership, more_than(1, 2), Heads)),
            roll(vec![members("m", 8), absentees("x", 4)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 2)])),
            Rejected(vec![0]),
            "an absolute majority of 12 members needs 7",
        )
        .check(figures(0, 6, 12, Some(7))),
        case(
            "membership: 7 of 12 carries",
            only(body(Membership, more_than(1, 2), Heads)),
            roll(vec![members("m", 8), absentees("x", 4)]),
            roll_call_of(votes("m", &[(Yes, 7), (No, 1)])),
            Carried,
            "7 of 12 is more than half",
        ),
        case(
            "membership counts entitled members only",
            only(body(Membership, more_than(1, 2), Heads)),
            roll(vec![
                members("m", 5),
                members("o", 3).into_iter().map(|m| m.observer()).collect(),
                v([member("s").status(MemberStatus::Suspended)]),
            ]),
            roll_call_of(votes("m", &[(Yes, 3), (No, 2)])),
            Carried,
            "observers and suspended members are not members for the base: 3 of 5, not 3 of 9",
        )
        .check(figures(0, 3, 5, Some(3)))
        .check(presence(5, 5, 0)),
        case(
            "membership weighted counts the weight of absent members",
            only(body(Membership, more_than(1, 2), Weighted)),
            roll(vec![v([member("A").weight(4), member("B"), member("C").weight(2).absent()])]),
            roll_call(&[("A", Yes), ("B", No)]),
            Carried,
            "4 of 7 weight is more than half (by heads it would be 1 of 3)",
        )
        .check(figures(0, 4, 7, Some(4))),
        case(
            "nobody votes: the votes_cast base is empty and the requirement fails",
            majority(),
            roll(vec![members("m", 5)]),
            no_ballots(),
            Rejected(vec![0]),
            "a requirement whose base is 0 fails (EmptyBase)",
        )
        .check(empty_base(0)),
        case(
            "nobody present and no quorum rule: the present base is empty",
            only(body(Present, more_than(0, 1), Heads)),
            roll(vec![absentees("x", 5)]),
            no_ballots(),
            Rejected(vec![0]),
            "an empty base fails even a threshold of more than nothing",
        )
        .check(empty_base(0)),
        case(
            "only abstentions: empty base even for yes_no",
            only(body(YesNo, at_least(1, 2), Heads)),
            roll(vec![members("m", 3)]),
            roll_call_of(votes("m", &[(Abstain, 3)])),
            Rejected(vec![0]),
            "abstentions are outside yes + no",
        )
        .check(empty_base(0)),
        case(
            "present base, weighted, counts the represented member's weight",
            only(body(Present, more_than(1, 2), Weighted)).proxies(1, false),
            roll(vec![members("m", 1), v([member("x1").weight(3).absent()])]).proxy("x1", "m1"),
            roll_call(&[("m1", Yes)]),
            Rejected(vec![0]),
            "base = 1 present + 3 represented; 1 of 4 (x1's proxy is held but not used)",
        )
        .check(figures(0, 1, 4, Some(3))),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn threshold_cases() -> Vec<Case> {
    let heads = |t: Threshold| only(body(VotesCast, t, Heads));
    v([
        case(
            "more than half: 5 of 10 fails (a tie)",
            heads(more_than(1, 2)),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 5)])),
            Rejected(vec![0]),
            "a tie fails a simple majority",
        )
        .check(figures(0, 5, 10, Some(6))),
        case(
            "more than half: 6 of 10 passes",
            heads(more_than(1, 2)),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 4)])),
            Carried,
            "6/10 > 1/2",
        ),
        case(
            "at least two-thirds: 6 of 9 passes",
            heads(at_least(2, 3)),
            roll(vec![members("m", 9)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 3)])),
            Carried,
            "6/9 = 2/3 exactly, and at_least is non-strict",
        )
        .check(figures(0, 6, 9, Some(6))),
        case(
            "at least two-thirds: 5 of 8 fails",
            heads(at_least(2, 3)),
            roll(vec![members("m", 8)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 3)])),
            Rejected(vec![0]),
            "5/8 < 2/3; 6 are required",
        )
        .check(figures(0, 5, 8, Some(6))),
        case(
            "at least two-thirds: 2 of 3 passes",
            heads(at_least(2, 3)),
            roll(vec![members("m", 3)]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 1)])),
            Carried,
            "the catalogue's third example",
        )
        .check(figures(0, 2, 3, Some(2))),
        case(
            "more than two-thirds is strict: 6 of 9 fails",
            heads(more_than(2, 3)),
            roll(vec![members("m", 9)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 3)])),
            Rejected(vec![0]),
            "more_than is strict for any fraction, not only 1/2",
        )
        .check(figures(0, 6, 9, Some(7))),
        case(
            "at least half: 5 of 10 passes",
            heads(at_least(1, 2)),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 5)])),
            Carried,
            "contrast with more than half",
        ),
        case(
            "more than 0: a single yes suffices",
            heads(more_than(0, 1)),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 1), (No, 9)])),
            Carried,
            "more_than(0) is in range (0 ≤ p/q < 1)",
        )
        .check(figures(0, 1, 10, Some(1))),
        case(
            "more than 0: no yes fails",
            heads(more_than(0, 1)),
            roll(vec![members("m", 3)]),
            roll_call_of(votes("m", &[(No, 3)])),
            Rejected(vec![0]),
            "0/3 is not more than 0",
        ),
        case(
            "at least 1/1: one no is enough to fail",
            heads(at_least(1, 1)),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 4), (No, 1)])),
            Rejected(vec![0]),
            "at_least(1) is in range (0 < p/q ≤ 1) and needs everyone in the base",
        )
        .check(figures(0, 4, 5, Some(5))),
        case(
            "unanimity: everyone in favour",
            heads(Threshold::Unanimity),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 5)])),
            Carried,
            "yes = base > 0",
        )
        .check(figures(0, 5, 5, Some(5))),
        case(
            "unanimity on votes_cast: an abstention is outside the base",
            heads(Threshold::Unanimity),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 4), (Abstain, 1)])),
            Carried,
            "abstentions are not votes cast",
        ),
        case(
            "unanimity on votes_cast: an invalid ballot breaks it",
            heads(Threshold::Unanimity),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 4), (Spoilt, 1)])),
            Rejected(vec![0]),
            "an invalid ballot inside the base breaks unanimity",
        ),
        case(
            "unanimity on yes_no: an invalid ballot is outside the base",
            only(body(YesNo, Threshold::Unanimity, Heads)),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 4), (Spoilt, 1)])),
            Carried,
            "contrast: yes_no leaves invalid ballots out",
        ),
        case(
            "unanimity on with_abstentions: an abstention breaks it",
            only(body(WithAbstentions, Threshold::Unanimity, Heads)),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 4), (Abstain, 1)])),
            Rejected(vec![0]),
            "an abstention weighs like a no in this base",
        ),
        case(
            "unanimity on membership: an absent member breaks it",
            only(body(Membership, Threshold::Unanimity, Heads)),
            roll(vec![members("m", 4), absentees("x", 1)]),
            roll_call_of(votes("m", &[(Yes, 4)])),
            Rejected(vec![0]),
            "4 of 5 members",
        ),
        case(
            "consensus: abstentions and invalid ballots stand aside",
            heads(Threshold::Consensus),
            roll(vec![members("m", 7)]),
            roll_call_of(votes("m", &[(Yes, 3), (Abstain, 2), (Spoilt, 1)])),
            Carried,
            "yes ≥ 1 and no = 0",
        ),
        case(
            "consensus: a single objection blocks",
            heads(Threshold::Consensus),
            roll(vec![members("m", 6)]),
            roll_call_of(votes("m", &[(Yes, 5), (No, 1)])),
            Rejected(vec![0]),
            "no must be 0",
        ),
        case(
            "consensus: nobody in favour fails",
            heads(Threshold::Consensus),
            roll(vec![members("m", 4)]),
            roll_call_of(votes("m", &[(Spoilt, 1), (Abstain, 3)])),
            Rejected(vec![0]),
            "yes must be at least 1",
        ),
        case(
            "a tie without a casting vote is rejected (yes_no)",
            only(body(YesNo, more_than(1, 2), Heads)),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 2), (Abstain, 1)])),
            Rejected(vec![0]),
            "without a casting vote a tie is Rejected",
        ),
        case(
            "huge weights do not overflow",
            only(body(VotesCast, at_least(2, 3), Weighted)),
            roll(vec![members("m", 3)
                .into_iter()
                .map(|m| m.weight(u32::MAX))
                .collect()]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 1)])),
            Carried,
            "exact integer arithmetic: 2 of 3 times 4294967295",
        )
        .check(figures(
            0,
            2 * u64::from(u32::MAX),
            3 * u64::from(u32::MAX),
            Some(2 * u64::from(u32::MAX)),
        )),
        case(
            "a threshold just below one in huge terms",
            heads(more_than(u32::MAX - 1, u32::MAX)),
            roll(vec![members("m", 10)]),
            roll_call_of(votes("m", &[(Yes, 9), (No, 1)])),
            Rejected(vec![0]),
            "9/10 is not more than 4294967294/4294967295; cross-multiplication in i128 is exact",
        )
        .check(figures(0, 9, 10, Some(10))),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn counting_cases() -> Vec<Case> {
    let weights = || {
        roll(vec![v([
            member("A").weight(4),
            member("B"),
            member("C"),
            member("D"),
        ])])
    };
    let ballots = || roll_call(&[("A", Yes), ("B", No), ("C", No), ("D", No)]);
    v([
        case(
            "weighted: one heavy member outweighs three",
            only(body(VotesCast, more_than(1, 2), Weighted)),
            weights(),
            ballots(),
            Carried,
            "sums of weights: 4 of 7",
        )
        .check(figures(0, 4, 7, Some(4)))
        .check(weighted_counts(4, 3))
        .check(counts(1, 3, 0, 0)),
        case(
            "heads on the same ballots",
            only(body(VotesCast, more_than(1, 2), Heads)),
            weights(),
            ballots(),
            Rejected(vec![0]),
            "by heads: 1 of 4",
        )
        .check(figures(0, 1, 4, Some(3))),
        case(
            "weighted tie fails",
            only(body(VotesCast, more_than(1, 2), Weighted)),
            roll(vec![v([member("A").weight(3), member("B"), member("C"), member("D")])]),
            ballots(),
            Rejected(vec![0]),
            "3 against 3 weight is a tie",
        ),
        case(
            "chambers_equal: an empty chamber is left out and the rest re-averaged",
            only(body(VotesCast, at_least(2, 3), ChambersEqual)),
            roll(vec![chamber("A", "a", 2), chamber("B", "b", 2), chamber("C", "c", 2)]),
            roll_call(&[("a1", Yes), ("a2", Yes), ("b1", Yes), ("b2", No), ("c1", Abstain), ("c2", Abstain)]),
            Carried,
            "(1 + 1/2) / 2 = 3/4 ≥ 2/3; counting C as 0 would give 1/2",
        )
        .check(score(0, "3/4")),
        case(
            "chambers_equal: members without a chamber are left out and listed",
            only(body(VotesCast, more_than(1, 2), ChambersEqual)),
            roll(vec![chamber("A", "a", 4), chamber("B", "b", 2), members("x", 3)]),
            roll_call(&[
                ("a1", Yes),
                ("a2", Yes),
                ("a3", No),
                ("a4", No),
                ("b1", Yes),
                ("b2", No),
                ("x1", Yes),
                ("x2", Yes),
                ("x3", Yes),
            ]),
            Rejected(vec![0]),
            "score (2/4 + 1/2) / 2 = 1/2 (reduced), not more than half; the unchambered yeses do not count",
        )
        .check(score(0, "1/2"))
        .check(unchambered(&["x1", "x2", "x3"])),
        case(
            "chambers_equal counts heads within a chamber, not weights",
            only(body(VotesCast, at_least(2, 3), ChambersEqual)),
            roll(vec![v([member("a1").chamber("A").weight(5)]), chamber("A", "a", 3).split_off(1), chamber("B", "b", 1)]),
            roll_call(&[("a1", No), ("a2", Yes), ("a3", Yes), ("b1", Yes)]),
            Carried,
            "A's share is 2/3 by heads (by weight it would be 2/7); (2/3 + 1) / 2 = 5/6",
        )
        .check(score(0, "5/6")),
        case(
            "chambers_equal on membership: each chamber's own membership",
            only(body(Membership, more_than(1, 2), ChambersEqual)),
            roll(vec![chamber("A", "a", 1), v([member("a2").chamber("A").absent()]), chamber("B", "b", 1)]),
            roll_call(&[("a1", Yes), ("b1", Yes)]),
            Carried,
            "(1/2 + 1) / 2 = 3/4",
        )
        .check(score(0, "3/4")),
        case(
            "chambers_equal: every chamber's base empty fails",
            only(body(VotesCast, more_than(1, 2), ChambersEqual)),
            roll(vec![chamber("A", "a", 1), chamber("B", "b", 1)]),
            roll_call(&[("a1", Abstain), ("b1", Abstain)]),
            Rejected(vec![0]),
            "no chamber has a base: the score is undefined, and an empty base fails",
        )
        .check(empty_base(0)),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn scope_cases() -> Vec<Case> {
    let workers_and_employers = || {
        roll(vec![
            chamber("Workers", "w", 3),
            chamber("Employers", "e", 3),
        ])
    };
    v([
        case(
            "a named chamber decides on its own members only",
            only(in_chamber("Workers", VotesCast, more_than(1, 2), Heads)),
            workers_and_employers(),
            roll_call(&[
                ("w1", Yes),
                ("w2", No),
                ("w3", No),
                ("e1", Yes),
                ("e2", Yes),
                ("e3", Yes),
            ]),
            Rejected(vec![0]),
            "1 of 3 workers; the employers' yeses are out of scope",
        )
        .check(requirement_chamber(0, "Workers"))
        .check(figures(0, 1, 3, Some(2))),
        case(
            "a named chamber passes while the body would not",
            only(in_chamber("Workers", VotesCast, more_than(1, 2), Heads)),
            workers_and_employers(),
            roll_call(&[
                ("w1", Yes),
                ("w2", Yes),
                ("w3", No),
                ("e1", No),
                ("e2", No),
                ("e3", No),
            ]),
            Carried,
            "2 of 3 workers, though 2 of 6 overall",
        ),
        case(
            "a protocol naming an unknown chamber is refused",
            only(in_chamber("Farmers", VotesCast, more_than(1, 2), Heads)),
            workers_and_employers(),
            roll_call(&[("w1", Yes)]),
            Fails(Invalid::UnknownChamber {
                chamber: "Farmers".into(),
            }),
            "a protocol with an unknown chamber is Invalid",
        ),
        case(
            "each_chamber: every chamber passes; members without a chamber are ignored",
            only(each_chamber(VotesCast, more_than(1, 2), Heads)),
            roll(vec![
                chamber("A", "a", 2),
                chamber("B", "b", 3),
                members("x", 5),
            ]),
            roll_call(&[
                ("a1", Yes),
                ("a2", Yes),
                ("b1", Yes),
                ("b2", Yes),
                ("b3", No),
                ("x1", No),
                ("x2", No),
                ("x3", No),
                ("x4", No),
                ("x5", No),
            ]),
            Carried,
            "A 2/2 and B 2/3; five unchambered noes do not count",
        )
        .check(sub_checks(0, &[("A", true), ("B", true)]))
        .check(chamber_counts("B", 2, 1)),
        case(
            "each_chamber: one chamber failing rejects",
            only(each_chamber(VotesCast, more_than(1, 2), Heads)),
            roll(vec![chamber("A", "a", 2), chamber("B", "b", 3)]),
            roll_call(&[
                ("a1", Yes),
                ("a2", Yes),
                ("b1", Yes),
                ("b2", No),
                ("b3", No),
            ]),
            Rejected(vec![0]),
            "B: 1 of 3; every chamber must pass on its own",
        )
        .check(sub_checks(0, &[("A", true), ("B", false)])),
        case(
            "each_chamber: a chamber whose base is empty fails",
            only(each_chamber(VotesCast, more_than(1, 2), Heads)),
            roll(vec![chamber("A", "a", 2), chamber("B", "b", 2)]),
            roll_call(&[("a1", Yes), ("a2", Yes), ("b1", Abstain), ("b2", Abstain)]),
            Rejected(vec![0]),
            "every chamber with an entitled member must pass, and an empty base fails",
        )
        .check(sub_check_empty(0, "B")),
        case(
            "each_chamber skips a chamber with no entitled member",
            only(each_chamber(VotesCast, more_than(1, 2), Heads)),
            roll(vec![
                chamber("A", "a", 2),
                v([member("o1").chamber("Observers").observer()]),
            ]),
            roll_call(&[("a1", Yes), ("a2", Yes)]),
            Carried,
            "only chambers with at least one entitled member are judged",
        )
        .check(sub_checks(0, &[("A", true)])),
        case(
            "body and each_chamber both failing are both listed",
            protocol(
                vec![],
                vec![
                    body(VotesCast, more_than(1, 2), Heads),
                    each_chamber(VotesCast, more_than(1, 2), Heads),
                ],
            ),
            roll(vec![chamber("A", "a", 3), chamber("B", "b", 3)]),
            roll_call(&[
                ("a1", Yes),
                ("a2", No),
                ("a3", No),
                ("b1", Yes),
                ("b2", No),
                ("b3", No),
            ]),
            Rejected(vec![0, 1]),
            "Rejected lists every failed requirement by index",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn proxy_cases() -> Vec<Case> {
    let allowed = || majority().proxies(1, true);
    v([
        case(
            "a proxy ballot carries the principal's weight and chamber",
            only(body(VotesCast, more_than(1, 2), Weighted)).proxies(1, true),
            roll(vec![
                v([member("a1").chamber("A").weight(4).absent(), member("a2").chamber("A")]),
                chamber("B", "b", 2),
            ])
            .proxy("a1", "b1"),
            roll_call(&[("a1", Yes), ("b1", No), ("a2", No), ("b2", No)]),
            Carried,
            "a proxy ballot is the principal's ballot: weight 4 in chamber A, though cast by b1 of B",
        )
        .check(weighted_counts(4, 3))
        .check(chamber_counts("A", 1, 1))
        .check(chamber_counts("B", 0, 2))
        .check(presence(4, 3, 1))
        .check(represented_weight(4)),
        case(
            "a holder votes for themself and for their principal",
            allowed(),
            roll(vec![members("m", 2), absentees("x", 1)]).proxy("x1", "m1"),
            roll_call(&[("m1", Yes), ("x1", Yes), ("m2", No)]),
            Carried,
            "two ballots, one each, from the same hand",
        )
        .check(counts(2, 1, 0, 0)),
        case(
            "a proxy over the cap is refused",
            allowed(),
            roll(vec![members("h", 1), absentees("x", 2)]).proxy("x1", "h1").proxy("x2", "h1"),
            roll_call(&[("h1", Yes)]),
            Fails(Invalid::ProxyOverCap { holder: "h1".into(), held: 2, cap: 1 }),
            "max_per_holder caps how many absent members one present member represents",
        ),
        case(
            "two proxies under a cap of 2 are fine",
            majority().proxies(2, true),
            roll(vec![members("h", 1), absentees("x", 2)]).proxy("x1", "h1").proxy("x2", "h1"),
            roll_call(&[("h1", Yes), ("x1", Yes), ("x2", No)]),
            Carried,
            "the cap is inclusive",
        ),
        case(
            "a proxy held by an absent member is refused",
            allowed(),
            roll(vec![members("m", 1), absentees("x", 2)]).proxy("x1", "x2"),
            roll_call(&[("m1", Yes)]),
            Fails(Invalid::ProxyHolderAbsent { holder: "x2".into(), member: "x1".into() }),
            "the holder must be present",
        ),
        case(
            "a proxy held by an observer is refused",
            allowed(),
            roll(vec![members("m", 1), absentees("x", 1), v([member("o1").observer()])]).proxy("x1", "o1"),
            roll_call(&[("m1", Yes)]),
            Fails(Invalid::ProxyHolderNotEntitled { holder: "o1".into(), member: "x1".into() }),
            "the holder must be entitled",
        ),
        case(
            "a proxy chain is refused",
            majority().proxies(5, true),
            roll(vec![members("h", 1), absentees("x", 2)]).proxy("x1", "x2").proxy("x2", "h1"),
            roll_call(&[("h1", Yes)]),
            Fails(Invalid::ProxyChain { holder: "x2".into() }),
            "one level deep: x2 holds x1's proxy and passes their own on (x2 is also absent; the chain is the root fault)",
        ),
        case(
            "proxies are refused when the protocol does not allow them",
            majority(),
            roll(vec![members("m", 1), absentees("x", 1)]).proxy("x1", "m1"),
            roll_call(&[("m1", Yes)]),
            Fails(Invalid::ProxiesNotAllowed),
            "proxies are forbidden unless the protocol allows them",
        ),
        case(
            "a present member cannot be represented",
            allowed(),
            roll(vec![members("m", 2)]).proxy("m2", "m1"),
            roll_call(&[("m1", Yes)]),
            Fails(Invalid::ProxyForPresentMember { member: "m2".into() }),
            "a proxy is for an absent member",
        ),
        case(
            "one member giving two proxies is refused",
            majority().proxies(3, true),
            roll(vec![members("m", 2), absentees("x", 1)]).proxy("x1", "m1").proxy("x1", "m2"),
            roll_call(&[("m1", Yes)]),
            Fails(Invalid::DuplicateProxy { member: "x1".into() }),
            "whose ballot would x1's be?",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn split_cases() -> Vec<Case> {
    let ilo_roll = || {
        roll(vec![
            v([
                member("G1").chamber(GOVERNMENTS).weight(2),
                member("G2").chamber(GOVERNMENTS).weight(2),
            ]),
            chamber("Employers", "E", 2),
            chamber("Workers", "W", 2),
        ])
    };
    let split_weighted = || only(body(VotesCast, more_than(1, 2), Weighted)).split_votes();
    v([
        case(
            "a split must add up to the member's weight",
            split_weighted(),
            ilo_roll(),
            roll_call_of(v([split("G1", &[(Yes, 1), (No, 2)]), vote("E1", No)])),
            Fails(Invalid::SplitMismatch {
                member: "G1".into(),
                given: 3,
                weight: 2,
            }),
            "a member of weight w splits exactly w",
        ),
        case(
            "a split is refused when the protocol does not allow split votes",
            only(body(VotesCast, more_than(1, 2), Weighted)),
            ilo_roll(),
            roll_call_of(v([split("G1", &[(Yes, 1), (No, 1)]), vote("E1", No)])),
            Fails(Invalid::SplitNotAllowed {
                member: "G1".into(),
            }),
            "split_votes is off by default",
        ),
        case(
            "an undivided split is an ordinary weighted vote",
            split_weighted(),
            ilo_roll(),
            roll_call_of(v([split("G1", &[(Yes, 2)]), vote("E1", No)])),
            Carried,
            "2 against 1 weight",
        )
        .check(figures(0, 2, 3, Some(2))),
        case(
            "a split with an abstention leaves that part out of votes cast",
            split_weighted(),
            ilo_roll(),
            roll_call_of(v([split("G1", &[(Yes, 1), (Abstain, 1)]), vote("E1", No)])),
            Rejected(vec![0]),
            "1 for, 1 against by weight: a tie",
        )
        .check(figures(0, 1, 2, Some(2))),
        case(
            "the two delegates of one government split 1–1 in a close vote",
            split_weighted(),
            ilo_roll(),
            roll_call_of(v([
                split("G1", &[(Yes, 1), (No, 1)]),
                split("G2", &[(Yes, 1), (No, 1)]),
                vote("E1", No),
                vote("E2", No),
                vote("W1", Yes),
                vote("W2", Yes),
            ])),
            Rejected(vec![0]),
            "4 for, 4 against by weight: a tie fails",
        )
        .check(weighted_counts(4, 4))
        .check(yes_no(0, 4, 4)),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn casting_cases() -> Vec<Case> {
    let chaired = || {
        roll(vec![
            v([member("P").presiding()]),
            members("a", 2),
            members("b", 2),
        ])
    };
    let tied = || roll_call(&[("a1", Yes), ("a2", Yes), ("b1", No), ("b2", No)]);
    let granted = || {
        protocol(
            vec![present_count(5)],
            vec![body(VotesCast, more_than(1, 2), Heads)],
        )
        .casting_vote()
    };
    v([
        case(
            "a tie broken in favour by the casting vote",
            granted(),
            chaired(),
            tied().with_casting(Yes),
            Carried,
            "the casting vote decides an exact tie; the presiding member counts for the quorum of 5",
        )
        .check(casting_used(Some(Yes)))
        .check(presence(5, 5, 0)),
        case(
            "a tie broken against by the casting vote",
            granted(),
            chaired(),
            tied().with_casting(No),
            Rejected(vec![0]),
            "casting against",
        )
        .check(casting_used(Some(No))),
        case(
            "no tie: the casting vote is not used",
            granted(),
            chaired(),
            roll_call(&[("a1", Yes), ("a2", Yes), ("b1", Yes), ("b2", No)]).with_casting(No),
            Carried,
            "3 to 1 carries whatever the chair would say",
        )
        .check(casting_used(None)),
        case(
            "no tie the other way: the casting vote is not used",
            granted(),
            chaired(),
            roll_call(&[("a1", Yes), ("a2", No), ("b1", No), ("b2", No)]).with_casting(Yes),
            Rejected(vec![0]),
            "1 to 3 fails whatever the chair would say",
        )
        .check(casting_used(None)),
        case(
            "a tie with no casting choice given is refused",
            granted(),
            chaired(),
            tied(),
            Fails(Invalid::CastingVoteMissing),
            "the protocol grants a casting vote, so the tie cannot be closed without it",
        ),
        case(
            "a casting choice given when the protocol grants none is refused",
            quorum(vec![]),
            roll(vec![members("a", 2), members("b", 2)]),
            tied().with_casting(Yes),
            Fails(Invalid::CastingVoteNotGranted),
            "casting_vote is off by default",
        ),
        case(
            "the presiding member casts no ballot",
            granted(),
            chaired(),
            roll_call(&[("P", Yes), ("a1", Yes), ("b1", No)]),
            Fails(Invalid::PresidingMemberVoted { member: "P".into() }),
            "the presiding member casts no ballot, only the casting vote",
        ),
        case(
            "a casting vote needs a presiding member",
            granted(),
            roll(vec![members("a", 2), members("b", 2)]),
            tied().with_casting(Yes),
            Fails(Invalid::NoPresidingMember),
            "someone must hold the casting vote",
        ),
        case(
            "a casting vote needs exactly one presiding member",
            granted(),
            roll(vec![v([member("P").presiding(), member("Q").presiding()]), members("a", 2), members("b", 2)]),
            tied().with_casting(Yes),
            Fails(Invalid::SeveralPresidingMembers),
            "two chairs cannot both hold it",
        ),
        case(
            "a casting abstention is refused",
            granted(),
            chaired(),
            tied().with_casting(Abstain),
            Fails(Invalid::CastingVoteNotYesOrNo),
            "a casting vote decides: yes or no",
        ),
        case(
            "a weighted tie broken by a casting vote of weight 1",
            only(body(YesNo, more_than(1, 2), Weighted)).casting_vote(),
            roll(vec![v([member("P").presiding(), member("a1").weight(2)]), members("b", 2)]),
            roll_call(&[("a1", Yes), ("b1", No), ("b2", No)]).with_casting(Yes),
            Carried,
            "2 against 2 weight; the casting vote adds 1",
        )
        .check(casting_used(Some(Yes))),
        case(
            "a tie on yes_no with abstentions is broken by the casting vote",
            only(body(YesNo, more_than(1, 2), Heads)).casting_vote(),
            roll(vec![v([member("P").presiding()]), members("m", 3)]),
            roll_call(&[("m1", Yes), ("m2", No), ("m3", Abstain)]).with_casting(No),
            Rejected(vec![0]),
            "1 for, 1 against, 1 abstention: a tie on yes_no",
        )
        .check(casting_used(Some(No))),
        case(
            "yes = no with a spoiled ballot: the casting vote is one more vote, still short",
            granted(),
            roll(vec![v([member("P").presiding()]), members("m", 7)]),
            roll_call_of(votes("m", &[(Yes, 3), (No, 3), (Spoilt, 1)])).with_casting(Yes),
            Rejected(vec![0]),
            "catalogue 'exact tie (yes = no)' + implementer 'added with weight 1 and re-judged': 4 of 8 votes cast is not more than half",
        ),
        case(
            "the casting vote is public in a secret ballot",
            granted(),
            chaired(),
            secret(&plain_papers(&[(Yes, 2), (No, 2)]), &["a1", "a2", "b1", "b2"]).with_casting(Yes),
            Carried,
            "recorded publicly even in a secret ballot",
        )
        .check(casting_used(Some(Yes))),
        case(
            "more than 2/4 is the same simple majority and may carry a casting vote",
            only(body(VotesCast, more_than(2, 4), Heads)).casting_vote(),
            chaired(),
            tied().with_casting(Yes),
            Carried,
            "the catalogue allows a casting vote with more_than(1/2); 2/4 is that same fraction",
        ),
        case(
            "presiding without a casting vote: the presiding member just votes",
            majority(),
            chaired(),
            roll_call(&[("P", Yes), ("a1", Yes), ("b1", No)]),
            Carried,
            "the presiding flag matters only when the protocol grants a casting vote",
        ),
        case(
            "the presiding member's hand is not counted",
            only(body(VotesCast, more_than(1, 2), Heads)).casting_vote(),
            roll(vec![v([member("P").presiding()]), members("a", 2)]),
            hands(&[(None, 1, Yes, 3)]),
            Fails(Invalid::TooManyHands { group: String::new(), counted: 3, eligible: 2 }),
            "the presiding member casts no ballot, in any form",
        ),
        case(
            "the presiding member is not among the secret voters",
            only(body(VotesCast, more_than(1, 2), Heads)).casting_vote(),
            roll(vec![v([member("P").presiding()]), members("a", 2)]),
            secret(&plain_papers(&[(Yes, 2), (No, 1)]), &["P", "a1", "a2"]),
            Fails(Invalid::PresidingMemberVoted { member: "P".into() }),
            "the presiding member casts no ballot, in any form",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn hands_cases() -> Vec<Case> {
    let ilo = || {
        roll(vec![
            v([
                member("G1").chamber("Gov").weight(2),
                member("G2").chamber("Gov").weight(2),
            ]),
            chamber("Emp", "E", 3),
        ])
    };
    v([
        case(
            "show of hands by heads",
            majority(),
            roll(vec![members("m", 6)]),
            hands(&[(None, 1, Yes, 4), (None, 1, No, 2)]),
            Carried,
            "totals counted in the room",
        )
        .check(counts(4, 2, 0, 0)),
        case(
            "show of hands weighted by group",
            only(body(VotesCast, more_than(1, 2), Weighted)),
            ilo(),
            hands(&[
                (Some("Gov"), 2, Yes, 1),
                (Some("Gov"), 2, No, 1),
                (Some("Emp"), 1, Yes, 1),
                (Some("Emp"), 1, No, 2),
            ]),
            Rejected(vec![0]),
            "3 for, 4 against by weight (2 for, 3 against by heads)",
        )
        .check(figures(0, 3, 7, Some(4))),
        case(
            "show of hands per chamber",
            only(each_chamber(VotesCast, more_than(1, 2), Heads)),
            ilo(),
            hands(&[
                (Some("Gov"), 2, Yes, 2),
                (Some("Emp"), 1, Yes, 1),
                (Some("Emp"), 1, No, 2),
            ]),
            Rejected(vec![0]),
            "Gov 2/2 passes, Emp 1/3 fails",
        )
        .check(sub_checks(0, &[("Emp", false), ("Gov", true)])),
        case(
            "more hands than members in a group is refused",
            majority(),
            ilo(),
            hands(&[(Some("Emp"), 1, Yes, 3), (Some("Emp"), 1, No, 1)]),
            Fails(Invalid::TooManyHands {
                group: String::new(),
                counted: 4,
                eligible: 3,
            }),
            "3 employers cannot raise 4 hands",
        ),
        case(
            "hands in a group nobody belongs to are refused",
            majority(),
            ilo(),
            hands(&[(Some("Farmers"), 1, Yes, 1)]),
            Fails(Invalid::TooManyHands {
                group: String::new(),
                counted: 1,
                eligible: 0,
            }),
            "no entitled member of chamber Farmers is there",
        ),
        case(
            "absent members raise no hands",
            majority(),
            roll(vec![members("m", 2), absentees("x", 2)]),
            hands(&[(None, 1, Yes, 3)]),
            Fails(Invalid::TooManyHands {
                group: String::new(),
                counted: 3,
                eligible: 2,
            }),
            "only the present (or represented) may be counted",
        ),
        case(
            "represented members may be counted in a show of hands",
            majority().proxies(1, true),
            roll(vec![members("m", 2), absentees("x", 1)]).proxy("x1", "m1"),
            hands(&[(None, 1, Yes, 3)]),
            Carried,
            "present-or-represented entitled members: 3",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn secret_cases() -> Vec<Case> {
    v([
        case(
            "a secret ballot is counted from its papers",
            majority(),
            roll(vec![members("m", 5)]),
            secret(
                &plain_papers(&[(Yes, 3), (No, 1), (Abstain, 1)]),
                &["m1", "m2", "m3", "m4", "m5"],
            ),
            Carried,
            "anonymous papers, 3 for and 1 against",
        )
        .check(counts(3, 1, 1, 0)),
        case(
            "fewer papers than voters is refused",
            majority(),
            roll(vec![members("m", 4)]),
            secret(&plain_papers(&[(Yes, 3)]), &["m1", "m2", "m3", "m4"]),
            Fails(Invalid::PapersMismatch {
                papers: 3,
                voters: 4,
            }),
            "one paper per voter",
        ),
        case(
            "papers whose weights do not match the voters are refused",
            majority(),
            roll(vec![members("m", 2)]),
            secret(&[(None, 2, Yes), (None, 1, No)], &["m1", "m2"]),
            Fails(Invalid::PapersDoNotMatchVoters {
                group: String::new(),
            }),
            "the papers' (chamber, weight) must be those of the voters",
        ),
        case(
            "weighted secret ballot across chambers",
            only(body(VotesCast, more_than(1, 2), Weighted)),
            roll(vec![
                v([
                    member("G1").chamber("Gov").weight(2),
                    member("G2").chamber("Gov").weight(2),
                ]),
                chamber("Emp", "E", 1),
            ]),
            secret(
                &[
                    (Some("Gov"), 2, Yes),
                    (Some("Gov"), 2, No),
                    (Some("Emp"), 1, No),
                ],
                &["G1", "G2", "E1"],
            ),
            Rejected(vec![0]),
            "2 for, 3 against by weight",
        )
        .check(figures(0, 2, 5, Some(3)))
        .check(chamber_counts("Gov", 1, 1)),
        case(
            "an observer on the list of voters is refused",
            majority(),
            roll(vec![members("m", 1), v([member("o1").observer()])]),
            secret(&plain_papers(&[(Yes, 2)]), &["m1", "o1"]),
            Fails(Invalid::NotEntitled {
                member: "o1".into(),
                why: String::new(),
            }),
            "observers never vote, secretly or not",
        ),
        case(
            "a voter listed twice is refused",
            majority(),
            roll(vec![members("m", 2)]),
            secret(&plain_papers(&[(Yes, 2)]), &["m1", "m1"]),
            Fails(Invalid::DuplicateBallot {
                member: "m1".into(),
            }),
            "two ballots from one member",
        ),
        case(
            "an absent voter without a proxy is refused",
            majority(),
            roll(vec![members("m", 1), absentees("x", 1)]),
            secret(&plain_papers(&[(Yes, 2)]), &["m1", "x1"]),
            Fails(Invalid::Absent {
                member: "x1".into(),
            }),
            "only present or represented members vote",
        ),
        case(
            "a represented member votes secretly through the holder",
            majority().proxies(1, true),
            roll(vec![members("m", 1), absentees("x", 1)]).proxy("x1", "m1"),
            secret(&plain_papers(&[(Yes, 1), (No, 1)]), &["m1", "x1"]),
            Rejected(vec![0]),
            "the principal is on the list of voters; 1 for, 1 against",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn refused_input_cases() -> Vec<Case> {
    let with = |extra: MemberBuilder| roll(vec![members("m", 2), v([extra])]);
    v([
        case(
            "a ballot from an observer is refused",
            majority(),
            with(member("o1").observer()),
            roll_call(&[("m1", Yes), ("o1", Yes)]),
            Fails(Invalid::NotEntitled {
                member: "o1".into(),
                why: String::new(),
            }),
            "observers never vote",
        ),
        case(
            "a ballot from a technical adviser is refused",
            majority(),
            with(member("t1").role(Role::TechnicalAdviser)),
            roll_call(&[("m1", Yes), ("t1", Yes)]),
            Fails(Invalid::NotEntitled {
                member: "t1".into(),
                why: String::new(),
            }),
            "technical advisers never vote",
        ),
        case(
            "a ballot from the secretariat is refused",
            majority(),
            with(member("s1").role(Role::Secretariat)),
            roll_call(&[("m1", Yes), ("s1", No)]),
            Fails(Invalid::NotEntitled {
                member: "s1".into(),
                why: String::new(),
            }),
            "the secretariat never votes",
        ),
        case(
            "a ballot from a suspended member is refused",
            majority(),
            with(member("s1").status(MemberStatus::Suspended)),
            roll_call(&[("m1", Yes), ("s1", Yes)]),
            Fails(Invalid::NotEntitled {
                member: "s1".into(),
                why: String::new(),
            }),
            "suspended members are not entitled",
        ),
        case(
            "a ballot from a withdrawn member is refused",
            majority(),
            with(member("w1").status(MemberStatus::Withdrawn)),
            roll_call(&[("m1", Yes), ("w1", Yes)]),
            Fails(Invalid::NotEntitled {
                member: "w1".into(),
                why: String::new(),
            }),
            "withdrawn members are not entitled",
        ),
        case(
            "a ballot from a non-member is refused",
            majority(),
            roll(vec![members("m", 2)]),
            roll_call(&[("m1", Yes), ("ZZ", Yes)]),
            Fails(Invalid::NotOnRoll {
                member: "ZZ".into(),
            }),
            "the ballot names who is not on the roll",
        ),
        case(
            "two ballots from one member are refused",
            majority(),
            roll(vec![members("m", 2)]),
            roll_call(&[("m1", Yes), ("m2", No), ("m1", No)]),
            Fails(Invalid::DuplicateBallot {
                member: "m1".into(),
            }),
            "one member, one ballot",
        ),
        case(
            "a ballot from an absent member without a proxy is refused",
            majority(),
            roll(vec![members("m", 2), absentees("x", 1)]),
            roll_call(&[("m1", Yes), ("x1", Yes)]),
            Fails(Invalid::Absent {
                member: "x1".into(),
            }),
            "an absent member votes only through a proxy",
        ),
        case(
            "a roll of observers only is refused",
            majority(),
            roll(vec![members("o", 3)
                .into_iter()
                .map(|m| m.observer())
                .collect()]),
            no_ballots(),
            Fails(Invalid::NoEntitledMember),
            "a roll with no entitled member is Invalid",
        ),
        case(
            "an empty roll is refused",
            majority(),
            roll(vec![]),
            no_ballots(),
            Fails(Invalid::NoEntitledMember),
            "no member at all",
        ),
        case(
            "a roll of suspended and withdrawn voting members is refused",
            majority(),
            roll(vec![v([
                member("s1").status(MemberStatus::Suspended),
                member("w1").status(MemberStatus::Withdrawn),
            ])]),
            no_ballots(),
            Fails(Invalid::NoEntitledMember),
            "suspended or withdrawn members are not entitled",
        ),
        case(
            "a member twice on the roll is refused",
            majority(),
            roll(vec![members("m", 2), members("m", 1)]),
            roll_call(&[("m2", Yes)]),
            Fails(Invalid::DuplicateRollMember {
                member: "m1".into(),
            }),
            "ids are unique within a roll",
        ),
        case(
            "a weight of 0 is refused",
            majority(),
            roll(vec![v([member("m1").weight(0)]), members("n", 1)]),
            roll_call(&[("n1", Yes)]),
            Fails(Invalid::ZeroWeight {
                member: "m1".into(),
            }),
            "weights are whole numbers of at least 1",
        ),
        case(
            "observers in the room change no figure",
            only(body(Present, more_than(1, 2), Heads)),
            roll(vec![
                members("m", 3),
                members("o", 5).into_iter().map(|m| m.observer()).collect(),
            ]),
            roll_call_of(votes("m", &[(Yes, 2), (No, 1)])),
            Carried,
            "the present base counts entitled members only: 2 of 3",
        )
        .check(presence(3, 3, 0))
        .check(figures(0, 2, 3, Some(2))),
    ])
}

// ---------------------------------------------------------------------------------------------

/// Protocols the catalogue rules out. The tally refuses them with `Invalid::Protocol`, and
/// `Protocol::validate` names the same error (checked by a separate test on this group).
pub fn protocol_cases() -> Vec<Case> {
    let any_roll = || roll(vec![members("m", 3)]);
    let any_ballots = || roll_call(&[("m1", Yes)]);
    let refused = |name, p: Protocol, error, reason| {
        case(
            name,
            p,
            any_roll(),
            any_ballots(),
            protocol_error(error),
            reason,
        )
    };
    let two_thirds = || body(VotesCast, at_least(2, 3), Heads);
    v([
        refused(
            "no requirement",
            protocol(vec![], vec![]),
            ProtocolError::NoRequirement,
            "a motion needs at least one requirement",
        ),
        refused(
            "more than 1/1 is out of range",
            only(body(VotesCast, more_than(1, 1), Heads)),
            ProtocolError::ThresholdOutOfRange { requirement: 0 },
            "more_than needs 0 ≤ p/q < 1: nothing is more than everything",
        ),
        refused(
            "more than 3/2 is out of range",
            only(body(VotesCast, more_than(3, 2), Heads)),
            ProtocolError::ThresholdOutOfRange { requirement: 0 },
            "above one",
        ),
        refused(
            "at least 0 is out of range",
            only(body(VotesCast, at_least(0, 1), Heads)),
            ProtocolError::ThresholdOutOfRange { requirement: 0 },
            "at_least needs 0 < p/q ≤ 1",
        ),
        refused(
            "at least 4/3 is out of range",
            only(body(VotesCast, at_least(4, 3), Heads)),
            ProtocolError::ThresholdOutOfRange { requirement: 0 },
            "above one",
        ),
        refused(
            "the out-of-range requirement is named by index",
            protocol(
                vec![],
                vec![two_thirds(), body(VotesCast, more_than(2, 2), Heads)],
            ),
            ProtocolError::ThresholdOutOfRange { requirement: 1 },
            "the error names the rule it concerns",
        ),
        refused(
            "a quorum fraction of 0 is out of range",
            protocol(
                vec![present_fraction(0, 1, false, ByHeads)],
                vec![two_thirds()],
            ),
            ProtocolError::QuorumOutOfRange { rule: 0 },
            "quorum fractions need 0 < p/q ≤ 1",
        ),
        refused(
            "a per-chamber quorum above 1 is out of range",
            protocol(
                vec![present_count(1), per_chamber(3, 2, true, ByWeight)],
                vec![two_thirds()],
            ),
            ProtocolError::QuorumOutOfRange { rule: 1 },
            "above one, and named by index",
        ),
        refused(
            "a participation quorum of 0 is out of range",
            protocol(vec![participation(0, 2, Cast)], vec![two_thirds()]),
            ProtocolError::QuorumOutOfRange { rule: 0 },
            "0/2 is 0",
        ),
        refused(
            "consensus on yes_no is refused",
            only(body(YesNo, Threshold::Consensus, Heads)),
            ProtocolError::ConsensusNeedsVotesCast { requirement: 0 },
            "consensus: base must be votes_cast",
        ),
        refused(
            "consensus on membership is refused",
            protocol(
                vec![],
                vec![two_thirds(), body(Membership, Threshold::Consensus, Heads)],
            ),
            ProtocolError::ConsensusNeedsVotesCast { requirement: 1 },
            "consensus: base must be votes_cast",
        ),
        refused(
            "chambers_equal with a chamber scope is refused",
            only(in_chamber("A", VotesCast, more_than(1, 2), ChambersEqual)),
            ProtocolError::ChambersEqualNeedsBody { requirement: 0 },
            "chambers_equal is valid only with scope body",
        ),
        refused(
            "chambers_equal with each_chamber is refused",
            only(each_chamber(VotesCast, more_than(1, 2), ChambersEqual)),
            ProtocolError::ChambersEqualNeedsBody { requirement: 0 },
            "chambers_equal is valid only with scope body",
        ),
        refused(
            "a chamber scope without a name is refused",
            only(in_chamber("  ", VotesCast, more_than(1, 2), Heads)),
            ProtocolError::UnnamedChamber { requirement: 0 },
            "a named chamber must be named",
        ),
        refused(
            "split votes with a heads requirement are refused",
            protocol(
                vec![],
                vec![
                    body(VotesCast, more_than(1, 2), Weighted),
                    in_chamber("A", VotesCast, more_than(1, 2), Heads),
                ],
            )
            .split_votes(),
            ProtocolError::SplitVotesNeedWeighted { requirement: 1 },
            "a split divides weights, so every requirement must count weights",
        ),
        refused(
            "a proxy cap of 0 is refused",
            majority().proxies(0, true),
            ProtocolError::ProxyCapZero,
            "a cap of 0 allows no proxy; proxies should be off instead",
        ),
        refused(
            "a casting vote with two-thirds is refused",
            only(two_thirds()).casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "a casting vote only with a simple majority",
        ),
        refused(
            "a casting vote with the present base is refused",
            only(body(Present, more_than(1, 2), Heads)).casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "base votes_cast or yes_no only",
        ),
        refused(
            "a casting vote with two requirements is refused",
            protocol(
                vec![],
                vec![
                    body(VotesCast, more_than(1, 2), Heads),
                    body(YesNo, more_than(1, 2), Heads),
                ],
            )
            .casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "a single requirement only",
        ),
        refused(
            "a casting vote with chambers_equal is refused",
            only(body(VotesCast, more_than(1, 2), ChambersEqual)).casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "counting heads or weighted only",
        ),
        refused(
            "a casting vote within a chamber is refused",
            only(in_chamber("A", VotesCast, more_than(1, 2), Heads)).casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "scope body only",
        ),
        refused(
            "a casting vote with consensus is refused",
            only(body(VotesCast, Threshold::Consensus, Heads)).casting_vote(),
            ProtocolError::CastingVoteNotAllowed,
            "more_than(1/2) only",
        ),
    ])
}

// ---------------------------------------------------------------------------------------------

pub fn preset_cases() -> Vec<Case> {
    let twelve = || roll(vec![members("m", 10), absentees("x", 2)]);
    let seven_two_one = || roll_call_of(votes("m", &[(Yes, 7), (No, 2), (Abstain, 1)]));
    let ilo_decision_roll = || {
        roll(vec![
            v([
                member("G1").chamber(GOVERNMENTS).weight(2),
                member("G2").chamber(GOVERNMENTS).weight(2),
            ]),
            chamber("Employers", "E", 2),
            chamber("Workers", "W", 2),
            v([member("OBS").observer()]),
        ])
    };
    let ilo_admission_roll = || {
        roll(vec![
            (1..=3)
                .map(|i| member(&format!("G{i}")).chamber(GOVERNMENTS).weight(2))
                .collect(),
            chamber("Employers", "E", 3),
            chamber("Workers", "W", 3),
        ])
    };
    let fsc_roll = |env: usize, social: usize, econ: usize| {
        roll(vec![
            chamber("Environmental", "env", env),
            chamber("Social", "soc", social),
            chamber("Economic", "eco", econ),
        ])
    };
    let fsc_votes = |env: &[(pacta_core::voting::Choice, usize)], soc: &[_], eco: &[_]| {
        roll_call_of([votes("env", env), votes("soc", soc), votes("eco", eco)].concat())
    };
    v([
        case(
            "Robert's Rules: 7 for, 2 against, 1 abstention carries",
            Preset::SimpleMajority.protocol(),
            twelve(),
            seven_two_one(),
            Carried,
            "quorum: a majority of members (10 of 12); more than half of 9 votes cast",
        )
        .check(presence(12, 10, 0))
        .check(figures(0, 7, 9, Some(5)))
        .check(explains(&["7 for", "2 against"])),
        case(
            "Robert's Rules: half the members present is no quorum",
            Preset::SimpleMajority.protocol(),
            roll(vec![members("m", 6), absentees("x", 6)]),
            roll_call_of(votes("m", &[(Yes, 6)])),
            NoQuorum(0),
            "present_fraction(1/2, strict): 6 of 12 is not a majority",
        ),
        case(
            "two-thirds vote: the catalogue's example sentence",
            Preset::TwoThirds.protocol(),
            twelve(),
            seven_two_one(),
            Carried,
            "\"Carried: 7 for, 2 against, 1 abstention; two-thirds of votes cast required (6 of 9); quorum 10 of 12 present.\"",
        )
        .check(figures(0, 7, 9, Some(6)))
        .check(explains(&["7 for", "2 against", "6 of 9", "10 of 12"])),
        case(
            "two-thirds of votes cast, not of those present",
            Preset::TwoThirds.protocol(),
            roll(vec![members("m", 12)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 3), (Abstain, 3)])),
            Carried,
            "6 of 9 votes cast passes; 6 of 12 present would fail",
        ),
        case(
            "absolute majority of the membership",
            Preset::AbsoluteMajority.protocol(),
            roll(vec![members("m", 8), absentees("x", 4)]),
            roll_call_of(votes("m", &[(Yes, 6), (No, 1), (Abstain, 1)])),
            Rejected(vec![0]),
            "6 of 12 members is not more than half, though 6 of 7 votes cast",
        ),
        case(
            "consensus preset",
            Preset::Consensus.protocol(),
            roll(vec![members("m", 5)]),
            roll_call_of(votes("m", &[(Yes, 3), (Abstain, 2)])),
            Carried,
            "abstentions stand aside",
        ),
        case(
            "ILO decision: a government's two delegates split their vote",
            Preset::IloDecision.protocol(),
            ilo_decision_roll(),
            roll_call_of(v([
                vote("G1", Yes),
                split("G2", &[(Yes, 1), (No, 1)]),
                vote("E1", No),
                vote("E2", No),
                vote("W1", Yes),
                vote("W2", Yes),
            ])),
            Carried,
            "weighted: 5 for, 3 against; the observer is not entitled and has no ballot",
        )
        .check(figures(0, 5, 8, Some(5)))
        .check(presence(6, 6, 0))
        .check(explains(&["5 for", "3 against"])),
        case(
            "ILO decision void when fewer than half the delegates cast a vote",
            Preset::IloDecision.protocol(),
            ilo_decision_roll(),
            roll_call_of(v([
                vote("G1", Yes),
                vote("E1", No),
                vote("G2", Abstain),
                vote("E2", Abstain),
                vote("W1", Abstain),
                vote("W2", Abstain),
            ])),
            NoQuorum(0),
            "ILO Constitution art. 17(3): 2 votes cast of 6 attending",
        ),
        case(
            "ILO Convention: two-thirds weighted",
            Preset::IloConvention.protocol(),
            ilo_decision_roll(),
            roll_call_of(v([
                vote("G1", Yes),
                vote("G2", Yes),
                vote("E1", No),
                vote("E2", No),
                vote("W1", Yes),
                vote("W2", Yes),
            ])),
            Carried,
            "6 of 8 weight ≥ 2/3 (4 of 6 heads would also pass, but the base is 8)",
        )
        .check(figures(0, 6, 8, Some(6))),
        case(
            "ILO admission: two-thirds overall but not within the governments",
            Preset::IloAdmission.protocol(),
            ilo_admission_roll(),
            roll_call_of(
                [
                    v([vote("G1", Yes), vote("G2", No), split("G3", &[(Yes, 1), (No, 1)])]),
                    votes("E", &[(Yes, 3)]),
                    votes("W", &[(Yes, 3)]),
                ]
                .concat(),
            ),
            Rejected(vec![1]),
            "double majority: 9 of 12 weight overall passes, 3 of 6 government weight fails",
        )
        .check(figures(0, 9, 12, Some(8)))
        .check(figures(1, 3, 6, Some(4)))
        .check(requirement_chamber(1, GOVERNMENTS)),
        case(
            "ILO admission: both majorities reached",
            Preset::IloAdmission.protocol(),
            ilo_admission_roll(),
            roll_call_of(
                [
                    v([vote("G1", Yes), vote("G2", Yes), split("G3", &[(Yes, 1), (No, 1)])]),
                    votes("E", &[(Yes, 2), (No, 1)]),
                    votes("W", &[(Yes, 3)]),
                ]
                .concat(),
            ),
            Carried,
            "10 of 12 overall, 5 of 6 in the government chamber",
        )
        .check(figures(1, 5, 6, Some(4))),
        case(
            "FSC: every chamber and the balanced two-thirds",
            Preset::FscChambers.protocol(),
            fsc_roll(3, 3, 3),
            fsc_votes(&[(Yes, 2), (No, 1)], &[(Yes, 3)], &[(Yes, 2), (No, 1)]),
            Carried,
            "each chamber has a majority; (2/3 + 1 + 2/3) / 3 = 7/9 ≥ 2/3",
        )
        .check(sub_checks(0, &[("Economic", true), ("Environmental", true), ("Social", true)]))
        .check(score(1, "7/9")),
        case(
            "FSC: every chamber in favour but the balanced score short of two-thirds",
            Preset::FscChambers.protocol(),
            fsc_roll(3, 3, 5),
            fsc_votes(&[(Yes, 2), (No, 1)], &[(Yes, 2), (No, 1)], &[(Yes, 3), (No, 2)]),
            Rejected(vec![1]),
            "(2/3 + 2/3 + 3/5) / 3 = 29/45 < 2/3",
        )
        .check(score(1, "29/45")),
        case(
            "FSC: one chamber against sinks the motion",
            Preset::FscChambers.protocol(),
            fsc_roll(3, 3, 3),
            fsc_votes(&[(Yes, 3)], &[(Yes, 3)], &[(Yes, 1), (No, 2)]),
            Rejected(vec![0]),
            "the balanced score is 7/9, but the economic chamber has no majority",
        )
        .check(sub_checks(0, &[("Economic", false), ("Environmental", true), ("Social", true)])),
        case(
            "FSC quorum: half a chamber's voting power is not enough",
            Preset::FscChambers.protocol(),
            roll(vec![
                chamber("Environmental", "env", 2),
                chamber("Social", "soc", 2),
                v([member("eco1").chamber("Economic").weight(3)]),
                (2..=4).map(|i| member(&format!("eco{i}")).chamber("Economic").absent()).collect(),
            ]),
            roll_call(&[("env1", Yes), ("env2", Yes), ("soc1", Yes), ("soc2", Yes), ("eco1", Yes)]),
            NoQuorum(0),
            "per_chamber(1/2, strict, weight): 3 of 6 in Economic",
        )
        .check(quorum_chamber(0, "Economic")),
        case(
            "EITI: a majority of heads, but not of balanced constituencies",
            Preset::EitiBalanced.protocol(),
            roll(vec![chamber("Governments", "g", 2), chamber("Companies", "c", 2), chamber("CivilSociety", "cs", 8)]),
            roll_call_of([votes("g", &[(No, 2)]), votes("c", &[(No, 2)]), votes("cs", &[(Yes, 8)])].concat()),
            Rejected(vec![0]),
            "8 of 12 by heads, but (0 + 0 + 1) / 3 = 1/3 with constituencies equally balanced",
        )
        .check(score(0, "1/3")),
        case(
            "EITI quorum: exactly half present and exactly a third of a constituency hold",
            Preset::EitiBalanced.protocol(),
            roll(vec![
                chamber("Governments", "g", 1),
                v([member("g2").chamber("Governments").absent(), member("g3").chamber("Governments").absent()]),
                chamber("Companies", "c", 2),
                chamber("CivilSociety", "cs", 1),
                v([member("cs2").chamber("CivilSociety").absent()]),
            ]),
            roll_call(&[("g1", Yes), ("c1", Yes), ("c2", No), ("cs1", Yes)]),
            Carried,
            "non-strict: 4 of 8 overall, 1 of 3 governments; (1 + 1/2 + 1) / 3 = 5/6",
        )
        .check(score(0, "5/6")),
        case(
            "EITI quorum: a constituency below a third",
            Preset::EitiBalanced.protocol(),
            roll(vec![
                chamber("Governments", "g", 1),
                (2..=4).map(|i| member(&format!("g{i}")).chamber("Governments").absent()).collect(),
                chamber("Companies", "c", 3),
                chamber("CivilSociety", "cs", 3),
            ]),
            roll_call(&[("g1", Yes), ("c1", Yes), ("cs1", Yes)]),
            NoQuorum(1),
            "7 of 10 overall holds rule 0; 1 of 4 governments fails rule 1",
        ),
    ])
}

/// Every group, by name.
pub fn all_groups() -> Vec<(&'static str, Vec<Case>)> {
    vec![
        ("quorum", quorum_cases()),
        ("bases", base_cases()),
        ("thresholds", threshold_cases()),
        ("counting", counting_cases()),
        ("scopes", scope_cases()),
        ("proxies", proxy_cases()),
        ("split votes", split_cases()),
        ("casting vote", casting_cases()),
        ("show of hands", hands_cases()),
        ("secret ballots", secret_cases()),
        ("refused rolls and ballots", refused_input_cases()),
        ("protocol errors", protocol_cases()),
        ("presets", preset_cases()),
    ]
}
