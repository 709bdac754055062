//! The tally: protocol + roll + ballots → outcome with every figure that led to it.
//! Integers and exact fractions only.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::ballots::{BallotChoice, Ballots, Choice};
use super::invalid::Invalid;
use super::outcome::{
    ChamberTally, ChoiceCounts, Outcome, Presence, QuorumCheck, RequirementCheck, TallyReport,
};
use super::protocol::{
    Base, Counting, Measure, ParticipationCounts, Protocol, QuorumRule, Requirement, Scope,
    Threshold,
};
use super::roll::{Roll, RollMember};
use super::wording;
use crate::body::Role;
use crate::organisation::MemberStatus;
use pacta_messages::{Locale, Messages};

/// Decides a motion; `Err` when the inputs cannot be tallied, naming the member or rule.
pub fn tally(protocol: &Protocol, roll: &Roll, ballots: &Ballots) -> Result<TallyReport, Invalid> {
    protocol.validate()?;
    let sitting = Sitting::new(protocol, roll)?;
    let marks = sitting.marks(protocol, ballots)?;
    sitting.decide(protocol, &marks, ballots.casting())
}

/// The members a requirement is judged within.
#[derive(Debug, Clone, Copy)]
enum Within {
    Body,
    Chamber(usize),
    /// A named chamber with no member entitled to vote.
    Nobody,
}

/// Whether a member is in the room, represented by proxy, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attendance {
    Present,
    Represented,
    Absent,
}

/// The roll, checked: who is entitled, who attends, who presides.
struct Sitting<'a> {
    members: Vec<(&'a RollMember, Attendance)>,
    /// Position of each member in `members`, by id.
    index: HashMap<&'a str, usize>,
    /// The presiding member when the protocol grants a casting vote: out of every base.
    presiding: Option<&'a str>,
    proxy_counts_for_quorum: bool,
    /// The chambers of the entitled members, sorted by name.
    chambers: Vec<&'a str>,
    chamber_index: HashMap<&'a str, usize>,
    /// Each member's chamber, by position on the roll.
    member_chamber: Vec<Option<usize>>,
    /// Presence of the body then of each chamber: for quorum (everyone) and for bases
    /// (without the presiding member who holds the casting vote).
    for_quorum: (Presence, Vec<Presence>),
    for_bases: (Presence, Vec<Presence>),
}

/// Part of the ballots, in the units every base is made of.
#[derive(Debug, Clone)]
struct Mark {
    /// Index into the sitting's chambers; `None` for members without a chamber.
    chamber: Option<usize>,
    choice: Choice,
    heads: u64,
    weight: u64,
}

/// The marks of one vote and how many members took part, by the choices they used.
struct Marks {
    /// Counts over the whole body, then per chamber (same order as the sitting's chambers).
    body: ChoiceCounts,
    per_chamber: Vec<ChoiceCounts>,
    /// Per member (or per counted hand or paper): the choices used, as a bit set.
    participants: Vec<u8>,
}

fn bit(choice: Choice) -> u8 {
    1 << (choice as u8)
}

impl Marks {
    fn new(chambers: usize) -> Marks {
        Marks {
            body: ChoiceCounts::default(),
            per_chamber: vec![ChoiceCounts::default(); chambers],
            participants: Vec::new(),
        }
    }

    /// Counts part of the ballots in the body and in its chamber.
    fn push(&mut self, mark: Mark) {
        self.body.add(mark.choice, mark.heads, mark.weight);
        if let Some(counts) = mark.chamber.and_then(|c| self.per_chamber.get_mut(c)) {
            counts.add(mark.choice, mark.heads, mark.weight);
        }
    }

    fn counts(&self, chamber: Option<usize>) -> ChoiceCounts {
        match chamber {
            None => self.body,
            Some(index) => self.per_chamber.get(index).copied().unwrap_or_default(),
        }
    }
}

impl<'a> Sitting<'a> {
    fn new(protocol: &Protocol, roll: &'a Roll) -> Result<Sitting<'a>, Invalid> {
        let mut index = HashMap::with_capacity_and_hasher(roll.members.len(), Default::default());
        for (position, member) in roll.members.iter().enumerate() {
            if index.insert(member.id.as_str(), position).is_some() {
                return Err(Invalid::DuplicateRollMember {
                    member: member.id.clone(),
                });
            }
            if member.weight == 0 {
                return Err(Invalid::ZeroWeight {
                    member: member.id.clone(),
                });
            }
        }
        if !roll.members.iter().any(RollMember::entitled) {
            return Err(Invalid::NoEntitledMember);
        }
        if let Some(unknown) = protocol.named_chambers().find(|name| {
            !roll
                .members
                .iter()
                .any(|m| m.chamber.as_deref() == Some(*name))
        }) {
            return Err(Invalid::UnknownChamber {
                chamber: unknown.to_string(),
            });
        }

        let presiding = if protocol.casting_vote {
            let chairs: Vec<&RollMember> = roll.members.iter().filter(|m| m.presiding).collect();
            match chairs.as_slice() {
                [] => return Err(Invalid::NoPresidingMember),
                [chair] => Some(chair.id.as_str()),
                _ => return Err(Invalid::SeveralPresidingMembers),
            }
        } else {
            None
        };
        let mut represented: HashMap<&str, &str> = HashMap::default();
        if !roll.proxies.is_empty() {
            let rule = protocol.proxies.ok_or(Invalid::ProxiesNotAllowed)?;
            let principals: BTreeSet<&str> =
                roll.proxies.iter().map(|p| p.principal.as_str()).collect();
            let mut held: BTreeMap<&str, u32> = BTreeMap::new();
            for proxy in &roll.proxies {
                let principal = find(roll, &index, &proxy.principal)?;
                entitled(principal)?;
                if principal.present {
                    return Err(Invalid::ProxyForPresentMember {
                        member: principal.id.clone(),
                    });
                }
                if represented.contains_key(proxy.principal.as_str()) {
                    return Err(Invalid::DuplicateProxy {
                        member: principal.id.clone(),
                    });
                }
                let holder = find(roll, &index, &proxy.holder)?;
                if principals.contains(holder.id.as_str()) {
                    return Err(Invalid::ProxyChain {
                        holder: holder.id.clone(),
                    });
                }
                if !holder.present {
                    return Err(Invalid::ProxyHolderAbsent {
                        holder: holder.id.clone(),
                        member: principal.id.clone(),
                    });
                }
                if !holder.entitled() {
                    return Err(Invalid::ProxyHolderNotEntitled {
                        holder: holder.id.clone(),
                        member: principal.id.clone(),
                    });
                }
                let count = held.entry(holder.id.as_str()).or_insert(0);
                *count += 1;
                if *count > rule.max_per_holder {
                    return Err(Invalid::ProxyOverCap {
                        holder: holder.id.clone(),
                        held: *count,
                        cap: rule.max_per_holder,
                    });
                }
                represented.insert(proxy.principal.as_str(), proxy.holder.as_str());
            }
        }

        let members: Vec<(&RollMember, Attendance)> = roll
            .members
            .iter()
            .map(|member| {
                let attendance = if member.present {
                    Attendance::Present
                } else if represented.contains_key(member.id.as_str()) {
                    Attendance::Represented
                } else {
                    Attendance::Absent
                };
                (member, attendance)
            })
            .collect();
        // Inserting one by one keeps this linear: collecting would sort every member's chamber name.
        // Bodies have a handful of chambers: a short list beats a sorted set of every member's.
        // One pass numbers the chambers of entitled members as they appear (bodies have a
        // handful), then they are renumbered alphabetically.
        let mut chambers: Vec<&str> = Vec::new();
        let mut member_chamber: Vec<Option<usize>> = Vec::with_capacity(members.len());
        for (member, _) in &members {
            let slot = match member.chamber.as_deref() {
                Some(name) if member.entitled() => {
                    Some(chambers.iter().position(|c| *c == name).unwrap_or_else(|| {
                        chambers.push(name);
                        chambers.len() - 1
                    }))
                }
                _ => None,
            };
            member_chamber.push(slot);
        }
        let mut order: Vec<usize> = (0..chambers.len()).collect();
        order.sort_by_key(|old| chambers[*old]);
        let mut rank = vec![0; chambers.len()];
        for (new, old) in order.iter().enumerate() {
            rank[*old] = new;
        }
        for slot in member_chamber.iter_mut().flatten() {
            *slot = rank[*slot];
        }
        let chambers: Vec<&str> = order.iter().map(|old| chambers[*old]).collect();
        let chamber_index: HashMap<&str, usize> =
            chambers.iter().enumerate().map(|(i, c)| (*c, i)).collect();

        let mut for_quorum = (
            Presence::default(),
            vec![Presence::default(); chambers.len()],
        );
        let mut for_bases = for_quorum.clone();
        for ((member, attendance), chamber) in members.iter().zip(&member_chamber) {
            if !member.entitled() {
                continue;
            }
            count_presence(&mut for_quorum.0, member, *attendance);
            if let Some(index) = chamber {
                count_presence(&mut for_quorum.1[*index], member, *attendance);
            }
            if presiding != Some(member.id.as_str()) {
                count_presence(&mut for_bases.0, member, *attendance);
                if let Some(index) = chamber {
                    count_presence(&mut for_bases.1[*index], member, *attendance);
                }
            }
        }
        Ok(Sitting {
            members,
            index,
            presiding,
            proxy_counts_for_quorum: protocol.proxies.is_some_and(|p| p.counts_for_quorum),
            chambers,
            chamber_index,
            member_chamber,
            for_quorum,
            for_bases,
        })
    }

    /// Entitled members who may cast a ballot: present or represented, and not presiding with
    /// the casting vote.
    /// The member and their position on the roll, when they may cast a ballot.
    fn may_vote(&self, id: &str) -> Result<(usize, &'a RollMember), Invalid> {
        let position = *self.index.get(id).ok_or_else(|| Invalid::NotOnRoll {
            member: id.to_string(),
        })?;
        let (member, attendance) = self.members[position];
        entitled(member)?;
        if self.presiding == Some(id) {
            return Err(Invalid::PresidingMemberVoted {
                member: id.to_string(),
            });
        }
        if attendance == Attendance::Absent {
            return Err(Invalid::Absent {
                member: id.to_string(),
            });
        }
        Ok((position, member))
    }

    fn marks(&self, protocol: &Protocol, ballots: &Ballots) -> Result<Marks, Invalid> {
        if let Some(casting) = ballots.casting() {
            if !protocol.casting_vote {
                return Err(Invalid::CastingVoteNotGranted);
            }
            if !matches!(casting, Choice::Yes | Choice::No) {
                return Err(Invalid::CastingVoteNotYesOrNo);
            }
        }
        let mut marks = Marks::new(self.chambers.len());
        let mut participants = Vec::new();
        match ballots {
            Ballots::RollCall { ballots, .. } => {
                let mut voted = vec![false; self.members.len()];
                for ballot in ballots {
                    let (position, member) = self.may_vote(&ballot.member)?;
                    if std::mem::replace(&mut voted[position], true) {
                        return Err(Invalid::DuplicateBallot {
                            member: ballot.member.clone(),
                        });
                    }
                    let weight = u64::from(member.weight);
                    match &ballot.choice {
                        BallotChoice::Choice(choice) => {
                            marks.push(Mark {
                                chamber: self.member_chamber[position],
                                choice: *choice,
                                heads: 1,
                                weight,
                            });
                            participants.push(bit(*choice));
                        }
                        BallotChoice::Split(parts) => {
                            if !protocol.split_votes {
                                return Err(Invalid::SplitNotAllowed {
                                    member: member.id.clone(),
                                });
                            }
                            // Summed wide: parts near u32::MAX must not wrap round to the
                            // member's weight.
                            let given: u64 = parts.values().map(|part| u64::from(*part)).sum();
                            if given != u64::from(member.weight) {
                                return Err(Invalid::SplitMismatch {
                                    member: member.id.clone(),
                                    given: u32::try_from(given).unwrap_or(u32::MAX),
                                    weight: member.weight,
                                });
                            }
                            let used: BTreeSet<Choice> = parts
                                .iter()
                                .filter(|(_, w)| **w > 0)
                                .map(|(c, _)| *c)
                                .collect();
                            // A member is one head: it counts for a choice only when undivided.
                            let whole = used.len() == 1;
                            for (choice, part) in parts.iter().filter(|(_, w)| **w > 0) {
                                marks.push(Mark {
                                    chamber: self.member_chamber[position],
                                    choice: *choice,
                                    heads: u64::from(whole),
                                    weight: u64::from(*part),
                                });
                            }
                            participants.push(used.iter().fold(0, |bits, c| bits | bit(*c)));
                        }
                    }
                }
            }
            Ballots::ShowOfHands { counts, .. } => {
                let mut per_group: BTreeMap<(Option<String>, u32), u64> = BTreeMap::new();
                for count in counts {
                    *per_group
                        .entry((count.chamber.clone(), count.weight))
                        .or_insert(0) += u64::from(count.count);
                }
                // Checked before anything is counted: a figure beyond the room (up to
                // u32::MAX hands) must be refused, not spelled out hand by hand.
                for ((chamber, weight), counted) in per_group {
                    let eligible = self
                        .members
                        .iter()
                        .filter(|(m, a)| {
                            m.chamber == chamber
                                && m.weight == weight
                                && m.entitled()
                                && *a != Attendance::Absent
                                && self.presiding != Some(m.id.as_str())
                        })
                        .count() as u64;
                    if counted > eligible {
                        let group = format!(
                            "{} with weight {weight}",
                            chamber.as_deref().unwrap_or("members without a chamber")
                        );
                        return Err(Invalid::TooManyHands {
                            group,
                            counted,
                            eligible,
                        });
                    }
                }
                for count in counts {
                    marks.push(Mark {
                        chamber: self.chamber_of(count.chamber.as_deref()),
                        choice: count.choice,
                        heads: u64::from(count.count),
                        weight: u64::from(count.count) * u64::from(count.weight),
                    });
                    participants.extend((0..count.count).map(|_| bit(count.choice)));
                }
            }
            Ballots::Secret { papers, voted, .. } => {
                let mut voters: BTreeMap<(Option<String>, u32), i64> = BTreeMap::new();
                let mut seen = vec![false; self.members.len()];
                for id in voted {
                    let (position, member) = self.may_vote(id)?;
                    if std::mem::replace(&mut seen[position], true) {
                        return Err(Invalid::DuplicateBallot { member: id.clone() });
                    }
                    *voters
                        .entry((member.chamber.clone(), member.weight))
                        .or_insert(0) += 1;
                }
                if papers.len() != voted.len() {
                    return Err(Invalid::PapersMismatch {
                        papers: papers.len() as u64,
                        voters: voted.len() as u64,
                    });
                }
                for paper in papers {
                    *voters
                        .entry((paper.chamber.clone(), paper.weight))
                        .or_insert(0) -= 1;
                    marks.push(Mark {
                        chamber: self.chamber_of(paper.chamber.as_deref()),
                        choice: paper.choice,
                        heads: 1,
                        weight: u64::from(paper.weight),
                    });
                    participants.push(bit(paper.choice));
                }
                if let Some(((chamber, weight), _)) = voters.iter().find(|(_, n)| **n != 0) {
                    let group = format!(
                        "{} with weight {weight}",
                        chamber.as_deref().unwrap_or("no chamber")
                    );
                    return Err(Invalid::PapersDoNotMatchVoters { group });
                }
            }
        }
        marks.participants = participants;
        Ok(marks)
    }

    fn chamber_of(&self, name: Option<&str>) -> Option<usize> {
        name.and_then(|c| self.chamber_index.get(c).copied())
    }

    /// Presence within a chamber (or the whole body with `None`), for quorum or for bases.
    fn presence(&self, chamber: Option<usize>, marks: &Marks, for_bases: bool) -> Presence {
        let (body, per_chamber) = if for_bases {
            &self.for_bases
        } else {
            &self.for_quorum
        };
        match chamber {
            None => Presence {
                voted: marks.participants.len() as u64,
                ..*body
            },
            Some(index) => per_chamber[index],
        }
    }

    fn chamber_indexes(&self) -> std::ops::Range<usize> {
        0..self.chambers.len()
    }

    fn decide(
        &self,
        protocol: &Protocol,
        marks: &Marks,
        casting: Option<Choice>,
    ) -> Result<TallyReport, Invalid> {
        let presence = self.presence(None, marks, false);
        let counts = marks.counts(None);
        let chambers: Vec<ChamberTally> = self
            .chamber_indexes()
            .map(|index| ChamberTally {
                presence: self.presence(Some(index), marks, false),
                counts: marks.counts(Some(index)),
                chamber: self.chambers[index].to_string(),
            })
            .collect();
        let unchambered: Vec<String> = self
            .members
            .iter()
            .filter(|(m, _)| m.entitled() && m.chamber.is_none())
            .map(|(m, _)| m.id.clone())
            .collect();

        let quorum: Vec<QuorumCheck> = protocol
            .quorum
            .iter()
            .map(|rule| self.check_quorum(rule, marks))
            .collect();
        let failed_quorum = quorum.iter().position(|check| !check.held);

        let mut casting_vote = None;
        let mut requirements: Vec<RequirementCheck> = protocol
            .requirements
            .iter()
            .map(|r| self.check_requirement(r, marks))
            .collect();
        if protocol.casting_vote && failed_quorum.is_none() {
            let check = &mut requirements[0];
            let tied = check.base_value > 0 && check.yes == check.no;
            if tied {
                let choice = casting.ok_or(Invalid::CastingVoteMissing)?;
                let requirement = &protocol.requirements[0];
                let (yes, no) = if choice == Choice::Yes {
                    (check.yes + 1, check.no)
                } else {
                    (check.yes, check.no + 1)
                };
                *check = judge(requirement, None, yes, no, check.base_value + 1);
                casting_vote = Some(choice);
            }
        }

        let outcome = match failed_quorum {
            Some(rule) => Outcome::NoQuorum { rule },
            None => {
                let failed: Vec<usize> = requirements
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !c.passed)
                    .map(|(i, _)| i)
                    .collect();
                if failed.is_empty() {
                    Outcome::Carried
                } else {
                    Outcome::Rejected { failed }
                }
            }
        };
        let mut report = TallyReport {
            outcome,
            presence,
            counts,
            chambers,
            quorum,
            requirements,
            casting_vote,
            unchambered,
            explanation: String::new(),
        };
        // The record keeps the English sentence; readers get theirs from `wording::explain`.
        report.explanation = wording::explain(&report, Messages::of(Locale::En));
        Ok(report)
    }

    fn check_quorum(&self, rule: &QuorumRule, marks: &Marks) -> QuorumCheck {
        let attending = |p: &Presence, by: Measure| -> (u64, u64) {
            let (present, represented, entitled) = match by {
                Measure::Heads => (p.present, p.represented, p.entitled),
                Measure::Weight => (p.present_weight, p.represented_weight, p.entitled_weight),
            };
            let counted = present
                + if self.proxy_counts_for_quorum {
                    represented
                } else {
                    0
                };
            (counted, entitled)
        };
        let body = self.presence(None, marks, false);
        match rule {
            QuorumRule::PresentCount(n) => {
                let (value, out_of) = attending(&body, Measure::Heads);
                QuorumCheck {
                    rule: *rule,
                    held: value >= u64::from(*n),
                    value,
                    required: u64::from(*n),
                    out_of,
                    chamber: None,
                }
            }
            QuorumRule::PresentFraction {
                fraction,
                strict,
                by,
            } => {
                let (value, out_of) = attending(&body, *by);
                QuorumCheck {
                    rule: *rule,
                    held: fraction.reached_by(value, out_of, *strict),
                    value,
                    required: fraction.smallest_reaching(out_of, *strict),
                    out_of,
                    chamber: None,
                }
            }
            QuorumRule::PerChamber {
                fraction,
                strict,
                by,
            } => {
                let mut last = None;
                for index in self.chamber_indexes() {
                    let (value, out_of) = attending(&self.presence(Some(index), marks, false), *by);
                    let check = QuorumCheck {
                        rule: *rule,
                        held: fraction.reached_by(value, out_of, *strict),
                        value,
                        required: fraction.smallest_reaching(out_of, *strict),
                        out_of,
                        chamber: Some(self.chambers[index].to_string()),
                    };
                    if !check.held {
                        return check;
                    }
                    last = Some(check);
                }
                last.unwrap_or(QuorumCheck {
                    rule: *rule,
                    held: true,
                    value: 0,
                    required: 0,
                    out_of: 0,
                    chamber: None,
                })
            }
            QuorumRule::Participation { fraction, counts } => {
                let counted = |choice: &Choice| match counts {
                    ParticipationCounts::Cast => *choice != Choice::Abstain,
                    ParticipationCounts::CastAndAbstentions => true,
                };
                let value = marks
                    .participants
                    .iter()
                    .filter(|used| {
                        Choice::ALL
                            .iter()
                            .any(|c| *used & bit(*c) != 0 && counted(c))
                    })
                    .count() as u64;
                let out_of = body.present + body.represented;
                let required = fraction.smallest_reaching(out_of, false);
                QuorumCheck {
                    rule: *rule,
                    held: out_of > 0 && value >= required,
                    value,
                    required,
                    out_of,
                    chamber: None,
                }
            }
        }
    }

    fn check_requirement(&self, requirement: &Requirement, marks: &Marks) -> RequirementCheck {
        match (&requirement.scope, requirement.counting) {
            (_, Counting::ChambersEqual) => self.chambers_equal(requirement, marks),
            (Scope::Body, _) => self.judge_scope(requirement, Within::Body, marks),
            (Scope::Chamber(name), _) => {
                // A chamber with no member entitled to vote has an empty base.
                let within = self
                    .chamber_of(Some(name))
                    .map_or(Within::Nobody, Within::Chamber);
                let mut check = self.judge_scope(requirement, within, marks);
                check.chamber = Some(name.clone());
                check
            }
            (Scope::EachChamber, _) => {
                let checks: Vec<RequirementCheck> = self
                    .chamber_indexes()
                    .map(|index| self.judge_scope(requirement, Within::Chamber(index), marks))
                    .collect();
                let mut total = ChoiceCounts::default();
                for check in &checks {
                    total.add(Choice::Yes, check.yes, 0);
                    total.add(Choice::No, check.no, 0);
                }
                RequirementCheck {
                    scope: requirement.scope.clone(),
                    base: requirement.base,
                    threshold: requirement.threshold,
                    counting: requirement.counting,
                    chamber: None,
                    yes: total.yes,
                    no: total.no,
                    base_value: checks.iter().map(|c| c.base_value).sum(),
                    required: None,
                    score: None,
                    passed: !checks.is_empty() && checks.iter().all(|c| c.passed),
                    empty_base: checks.is_empty(),
                    chambers: checks,
                }
            }
        }
    }

    /// Yes, no and the base within one scope, in the requirement's units.
    fn figures(
        &self,
        requirement: &Requirement,
        within: Within,
        marks: &Marks,
        by_heads: bool,
    ) -> (u64, u64, u64) {
        let (counts, presence) = match within {
            Within::Body => (marks.counts(None), self.presence(None, marks, true)),
            Within::Chamber(index) => (
                marks.counts(Some(index)),
                self.presence(Some(index), marks, true),
            ),
            Within::Nobody => (ChoiceCounts::default(), Presence::default()),
        };
        let pick = |heads: u64, weight: u64| if by_heads { heads } else { weight };
        let yes = pick(counts.yes, counts.yes_weight);
        let no = pick(counts.no, counts.no_weight);
        let abstain = pick(counts.abstain, counts.abstain_weight);
        let invalid = pick(counts.invalid, counts.invalid_weight);
        let base = match requirement.base {
            Base::VotesCast => yes + no + invalid,
            Base::YesNo => yes + no,
            Base::WithAbstentions => yes + no + abstain + invalid,
            Base::Present => pick(
                presence.present + presence.represented,
                presence.present_weight + presence.represented_weight,
            ),
            Base::Membership => pick(presence.entitled, presence.entitled_weight),
        };
        (yes, no, base)
    }

    fn judge_scope(
        &self,
        requirement: &Requirement,
        within: Within,
        marks: &Marks,
    ) -> RequirementCheck {
        let (yes, no, base) = self.figures(
            requirement,
            within,
            marks,
            requirement.counting == Counting::Heads,
        );
        let chamber = match within {
            Within::Chamber(index) => Some(self.chambers[index]),
            Within::Body | Within::Nobody => None,
        };
        judge(requirement, chamber, yes, no, base)
    }

    /// Each chamber's yes-share of its own base by heads; the score is the exact mean over
    /// the chambers whose base is not empty.
    fn chambers_equal(&self, requirement: &Requirement, marks: &Marks) -> RequirementCheck {
        let mut shares: Vec<BigRational> = Vec::new();
        let mut checks = Vec::new();
        let (mut all_yes, mut all_no) = (0, 0);
        for index in self.chamber_indexes() {
            let chamber = self.chambers[index].to_string();
            let (yes, no, base) = self.figures(requirement, Within::Chamber(index), marks, true);
            all_yes += yes;
            all_no += no;
            if base > 0 {
                shares.push(BigRational::new(BigInt::from(yes), BigInt::from(base)));
            }
            checks.push(RequirementCheck {
                scope: Scope::Chamber(chamber.clone()),
                base: requirement.base,
                threshold: requirement.threshold,
                counting: Counting::Heads,
                chamber: Some(chamber),
                yes,
                no,
                base_value: base,
                required: None,
                score: (base > 0)
                    .then(|| ratio_text(&BigRational::new(BigInt::from(yes), BigInt::from(base)))),
                passed: base > 0,
                empty_base: base == 0,
                chambers: Vec::new(),
            });
        }
        let empty = shares.is_empty();
        let score = if empty {
            BigRational::zero()
        } else {
            let count = BigInt::from(shares.len());
            shares
                .into_iter()
                .fold(BigRational::zero(), |sum, share| sum + share)
                / BigRational::from_integer(count)
        };
        let against = |f: super::fraction::Fraction| {
            BigRational::new(BigInt::from(f.numerator()), BigInt::from(f.denominator()))
        };
        let passed = !empty
            && match requirement.threshold {
                Threshold::MoreThan(f) => score > against(f),
                Threshold::AtLeast(f) => score >= against(f),
                Threshold::Unanimity => score == BigRational::one(),
                Threshold::Consensus => all_yes >= 1 && all_no == 0,
            };
        RequirementCheck {
            scope: requirement.scope.clone(),
            base: requirement.base,
            threshold: requirement.threshold,
            counting: requirement.counting,
            chamber: None,
            yes: all_yes,
            no: all_no,
            base_value: checks.iter().map(|c| c.base_value).sum(),
            required: None,
            score: (!empty).then(|| ratio_text(&score)),
            passed,
            empty_base: empty,
            chambers: checks,
        }
    }
}

fn judge(
    requirement: &Requirement,
    chamber: Option<&str>,
    yes: u64,
    no: u64,
    base: u64,
) -> RequirementCheck {
    let empty_base = base == 0;
    let (passed, required) = match requirement.threshold {
        Threshold::MoreThan(f) => (
            !empty_base && f.reached_by(yes, base, true),
            Some(f.smallest_reaching(base, true)),
        ),
        Threshold::AtLeast(f) => (
            !empty_base && f.reached_by(yes, base, false),
            Some(f.smallest_reaching(base, false)),
        ),
        Threshold::Unanimity => (!empty_base && yes == base, Some(base)),
        Threshold::Consensus => (!empty_base && yes >= 1 && no == 0, Some(1)),
    };
    RequirementCheck {
        scope: requirement.scope.clone(),
        base: requirement.base,
        threshold: requirement.threshold,
        counting: requirement.counting,
        chamber: chamber.map(String::from),
        yes,
        no,
        base_value: base,
        required: (!empty_base).then_some(required).flatten(),
        score: None,
        passed,
        empty_base,
        chambers: Vec::new(),
    }
}

fn count_presence(presence: &mut Presence, member: &RollMember, attendance: Attendance) {
    let weight = u64::from(member.weight);
    presence.entitled += 1;
    presence.entitled_weight += weight;
    match attendance {
        Attendance::Present => {
            presence.present += 1;
            presence.present_weight += weight;
        }
        Attendance::Represented => {
            presence.represented += 1;
            presence.represented_weight += weight;
        }
        Attendance::Absent => {}
    }
}

fn ratio_text(ratio: &BigRational) -> String {
    format!("{}/{}", ratio.numer(), ratio.denom())
}

fn find<'r>(
    roll: &'r Roll,
    index: &HashMap<&str, usize>,
    id: &str,
) -> Result<&'r RollMember, Invalid> {
    index
        .get(id)
        .map(|position| &roll.members[*position])
        .ok_or_else(|| Invalid::NotOnRoll {
            member: id.to_string(),
        })
}

fn entitled(member: &RollMember) -> Result<(), Invalid> {
    if member.entitled() {
        return Ok(());
    }
    let why = match (member.status, member.role) {
        (MemberStatus::Suspended, _) => "the member is suspended",
        (MemberStatus::Withdrawn, _) => "the member has withdrawn",
        (_, Role::Observer) => "observers do not vote",
        (_, Role::TechnicalAdviser) => "technical advisers do not vote",
        (_, Role::Secretariat) => "the secretariat does not vote",
        _ => "the member is not entitled",
    };
    Err(Invalid::NotEntitled {
        member: member.id.clone(),
        why: why.into(),
    })
}

#[cfg(test)]
mod tests;
