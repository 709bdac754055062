//! A small language for rolls, ballots and protocols, so that a case fits on a few lines.

use std::collections::BTreeMap;

use pacta_core::voting::{
    Ballot, BallotChoice, Ballots, Base, Choice, Counting, Fraction, HandCount, Measure, Paper,
    ParticipationCounts, Protocol, Proxy, ProxyRule, QuorumRule, Requirement, Roll, RollMember,
    Scope, Threshold,
};
use pacta_core::{MemberStatus, Role};

// ---------------------------------------------------------------------------------------------
// Roll

/// One roll member, present, active, voting, weight 1 and without a chamber unless told.
#[derive(Debug, Clone)]
pub struct MemberBuilder(RollMember);

pub fn member(id: &str) -> MemberBuilder {
    MemberBuilder(RollMember {
        id: id.into(),
        name: String::new(),
        chamber: None,
        weight: 1,
        role: Role::VotingMember,
        status: MemberStatus::Active,
        present: true,
        presiding: false,
    })
}

impl MemberBuilder {
    pub fn chamber(mut self, chamber: &str) -> Self {
        self.0.chamber = Some(chamber.into());
        self
    }
    pub fn weight(mut self, weight: u32) -> Self {
        self.0.weight = weight;
        self
    }
    pub fn absent(mut self) -> Self {
        self.0.present = false;
        self
    }
    pub fn role(mut self, role: Role) -> Self {
        self.0.role = role;
        self
    }
    pub fn observer(self) -> Self {
        self.role(Role::Observer)
    }
    pub fn status(mut self, status: MemberStatus) -> Self {
        self.0.status = status;
        self
    }
    pub fn presiding(mut self) -> Self {
        self.0.presiding = true;
        self
    }
    pub fn build(self) -> RollMember {
        self.0
    }
}

/// `n` present voting members `prefix1` … `prefixn`.
pub fn members(prefix: &str, n: usize) -> Vec<MemberBuilder> {
    (1..=n).map(|i| member(&format!("{prefix}{i}"))).collect()
}

/// `n` absent voting members `prefix1` … `prefixn`.
pub fn absentees(prefix: &str, n: usize) -> Vec<MemberBuilder> {
    members(prefix, n)
        .into_iter()
        .map(MemberBuilder::absent)
        .collect()
}

/// `n` present voting members of a chamber, `prefix1` … `prefixn`.
pub fn chamber(name: &str, prefix: &str, n: usize) -> Vec<MemberBuilder> {
    members(prefix, n)
        .into_iter()
        .map(|m| m.chamber(name))
        .collect()
}

pub fn roll(groups: Vec<Vec<MemberBuilder>>) -> Roll {
    Roll {
        members: groups
            .into_iter()
            .flatten()
            .map(MemberBuilder::build)
            .collect(),
        proxies: Vec::new(),
    }
}

pub trait RollExt {
    /// `holder` holds the absent `principal`'s proxy.
    fn proxy(self, principal: &str, holder: &str) -> Roll;
}

impl RollExt for Roll {
    fn proxy(mut self, principal: &str, holder: &str) -> Roll {
        self.proxies.push(Proxy {
            principal: principal.into(),
            holder: holder.into(),
        });
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Ballots

pub fn vote(id: &str, choice: Choice) -> Ballot {
    Ballot {
        member: id.into(),
        choice: BallotChoice::Choice(choice),
    }
}

pub fn split(id: &str, parts: &[(Choice, u32)]) -> Ballot {
    let parts: BTreeMap<Choice, u32> = parts.iter().copied().collect();
    Ballot {
        member: id.into(),
        choice: BallotChoice::Split(parts),
    }
}

/// Ballots for `prefix1`, `prefix2`, … in order: the first `n` choose the first choice, etc.
pub fn votes(prefix: &str, blocks: &[(Choice, usize)]) -> Vec<Ballot> {
    let mut next = 1;
    let mut ballots = Vec::new();
    for (choice, n) in blocks {
        for _ in 0..*n {
            ballots.push(vote(&format!("{prefix}{next}"), *choice));
            next += 1;
        }
    }
    ballots
}

pub fn roll_call_of(ballots: Vec<Ballot>) -> Ballots {
    Ballots::RollCall {
        ballots,
        casting: None,
    }
}

/// `roll_call(&[("KH", Yes), ("ID", No)])`
pub fn roll_call(choices: &[(&str, Choice)]) -> Ballots {
    roll_call_of(
        choices
            .iter()
            .map(|(id, choice)| vote(id, *choice))
            .collect(),
    )
}

pub fn no_ballots() -> Ballots {
    roll_call_of(Vec::new())
}

/// Hand counts: (chamber, weight, choice, count).
pub fn hands(counts: &[(Option<&str>, u32, Choice, u32)]) -> Ballots {
    Ballots::ShowOfHands {
        counts: counts
            .iter()
            .map(|(chamber, weight, choice, count)| HandCount {
                chamber: chamber.map(String::from),
                weight: *weight,
                choice: *choice,
                count: *count,
            })
            .collect(),
        casting: None,
    }
}

/// Secret papers (chamber, weight, choice) and the ids of those who voted.
pub fn secret(papers: &[(Option<&str>, u32, Choice)], voted: &[&str]) -> Ballots {
    Ballots::Secret {
        papers: papers
            .iter()
            .map(|(chamber, weight, choice)| Paper {
                chamber: chamber.map(String::from),
                weight: *weight,
                choice: *choice,
            })
            .collect(),
        voted: voted.iter().map(|id| (*id).to_string()).collect(),
        casting: None,
    }
}

/// Secret papers of weight 1 without chamber, by choice.
pub fn plain_papers(blocks: &[(Choice, usize)]) -> Vec<(Option<&'static str>, u32, Choice)> {
    blocks
        .iter()
        .flat_map(|(choice, n)| std::iter::repeat_n((None, 1, *choice), *n))
        .collect()
}

pub trait BallotsExt {
    /// The presiding member's casting vote.
    fn with_casting(self, choice: Choice) -> Ballots;
}

impl BallotsExt for Ballots {
    fn with_casting(mut self, choice: Choice) -> Ballots {
        match &mut self {
            Ballots::RollCall { casting, .. }
            | Ballots::ShowOfHands { casting, .. }
            | Ballots::Secret { casting, .. } => *casting = Some(choice),
        }
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Protocols

pub fn frac(p: u32, q: u32) -> Fraction {
    Fraction::new(p, q).expect("a test fraction with a non-zero denominator")
}

pub fn more_than(p: u32, q: u32) -> Threshold {
    Threshold::MoreThan(frac(p, q))
}

pub fn at_least(p: u32, q: u32) -> Threshold {
    Threshold::AtLeast(frac(p, q))
}

pub fn body(base: Base, threshold: Threshold, counting: Counting) -> Requirement {
    Requirement {
        scope: Scope::Body,
        base,
        threshold,
        counting,
    }
}

pub fn in_chamber(name: &str, base: Base, threshold: Threshold, counting: Counting) -> Requirement {
    Requirement {
        scope: Scope::Chamber(name.into()),
        base,
        threshold,
        counting,
    }
}

pub fn each_chamber(base: Base, threshold: Threshold, counting: Counting) -> Requirement {
    Requirement {
        scope: Scope::EachChamber,
        base,
        threshold,
        counting,
    }
}

pub fn protocol(quorum: Vec<QuorumRule>, requirements: Vec<Requirement>) -> Protocol {
    Protocol {
        quorum,
        requirements,
        proxies: None,
        split_votes: false,
        casting_vote: false,
    }
}

/// No quorum, one requirement.
pub fn only(requirement: Requirement) -> Protocol {
    protocol(Vec::new(), vec![requirement])
}

/// No quorum; more than half of the votes cast, by heads.
pub fn majority() -> Protocol {
    only(body(Base::VotesCast, more_than(1, 2), Counting::Heads))
}

pub trait ProtocolExt {
    fn proxies(self, max_per_holder: u32, counts_for_quorum: bool) -> Protocol;
    fn split_votes(self) -> Protocol;
    fn casting_vote(self) -> Protocol;
}

impl ProtocolExt for Protocol {
    fn proxies(mut self, max_per_holder: u32, counts_for_quorum: bool) -> Protocol {
        self.proxies = Some(ProxyRule {
            max_per_holder,
            counts_for_quorum,
        });
        self
    }
    fn split_votes(mut self) -> Protocol {
        self.split_votes = true;
        self
    }
    fn casting_vote(mut self) -> Protocol {
        self.casting_vote = true;
        self
    }
}

pub fn present_count(n: u32) -> QuorumRule {
    QuorumRule::PresentCount(n)
}

pub fn present_fraction(p: u32, q: u32, strict: bool, by: Measure) -> QuorumRule {
    QuorumRule::PresentFraction {
        fraction: frac(p, q),
        strict,
        by,
    }
}

pub fn per_chamber(p: u32, q: u32, strict: bool, by: Measure) -> QuorumRule {
    QuorumRule::PerChamber {
        fraction: frac(p, q),
        strict,
        by,
    }
}

pub fn participation(p: u32, q: u32, counts: ParticipationCounts) -> QuorumRule {
    QuorumRule::Participation {
        fraction: frac(p, q),
        counts,
    }
}
