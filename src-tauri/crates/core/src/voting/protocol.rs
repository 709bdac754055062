//! A voting protocol: a quorum plus requirements; a motion is carried when the quorum holds
//! and every requirement holds.

use serde::{Deserialize, Serialize};

use super::fraction::Fraction;
use super::invalid::ProtocolError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Protocol {
    /// Every rule must hold; an empty list means no quorum.
    pub quorum: Vec<QuorumRule>,
    pub requirements: Vec<Requirement>,
    /// `None`: proxies are forbidden.
    #[serde(default)]
    pub proxies: Option<ProxyRule>,
    #[serde(default)]
    pub split_votes: bool,
    #[serde(default)]
    pub casting_vote: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProxyRule {
    /// How many absent members one present member may represent.
    pub max_per_holder: u32,
    /// Whether a represented member counts as present for the presence quorum.
    pub counts_for_quorum: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Heads,
    Weight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ParticipationCounts {
    /// yes + no + invalid
    Cast,
    /// yes + no + invalid + abstain
    CastAndAbstentions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum QuorumRule {
    /// At least `n` entitled members present.
    PresentCount(u32),
    /// Present entitled ≥ fraction (> when strict) of all entitled.
    PresentFraction {
        fraction: Fraction,
        strict: bool,
        by: Measure,
    },
    /// The same within every chamber that has an entitled member.
    PerChamber {
        fraction: Fraction,
        strict: bool,
        by: Measure,
    },
    /// Ballots ≥ fraction of the entitled members present or represented, by heads.
    Participation {
        fraction: Fraction,
        counts: ParticipationCounts,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Requirement {
    pub scope: Scope,
    pub base: Base,
    pub threshold: Threshold,
    pub counting: Counting,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Body,
    /// One named chamber.
    Chamber(String),
    /// Every chamber with an entitled member must pass on its own.
    EachChamber,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    /// yes + no + invalid
    VotesCast,
    /// yes + no
    YesNo,
    /// yes + no + abstain + invalid
    WithAbstentions,
    /// Entitled members present or represented.
    Present,
    /// All entitled members.
    Membership,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// yes / base > fraction, with 0 ≤ fraction < 1.
    MoreThan(Fraction),
    /// yes / base ≥ fraction, with 0 < fraction ≤ 1.
    AtLeast(Fraction),
    /// base > 0 and yes = base.
    Unanimity,
    /// yes ≥ 1 and no = 0; abstentions and invalid ballots stand aside.
    Consensus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    Heads,
    Weighted,
    /// Each chamber's yes-share of its own base, by heads, averaged over the chambers.
    ChambersEqual,
}

impl Protocol {
    /// Refuses combinations the catalogue rules out, naming the rule concerned.
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.requirements.is_empty() {
            return Err(ProtocolError::NoRequirement);
        }
        for (index, rule) in self.quorum.iter().enumerate() {
            let fraction = match rule {
                QuorumRule::PresentCount(_) => None,
                QuorumRule::PresentFraction { fraction, .. }
                | QuorumRule::PerChamber { fraction, .. }
                | QuorumRule::Participation { fraction, .. } => Some(*fraction),
            };
            if fraction.is_some_and(|f| !f.is_positive_at_most_one()) {
                return Err(ProtocolError::QuorumOutOfRange { rule: index });
            }
        }
        for (index, requirement) in self.requirements.iter().enumerate() {
            match requirement.threshold {
                Threshold::MoreThan(f) if !f.is_proper_or_zero() => {
                    return Err(ProtocolError::ThresholdOutOfRange { requirement: index });
                }
                Threshold::AtLeast(f) if !f.is_positive_at_most_one() => {
                    return Err(ProtocolError::ThresholdOutOfRange { requirement: index });
                }
                Threshold::Consensus if requirement.base != Base::VotesCast => {
                    return Err(ProtocolError::ConsensusNeedsVotesCast { requirement: index });
                }
                _ => {}
            }
            if requirement.counting == Counting::ChambersEqual && requirement.scope != Scope::Body {
                return Err(ProtocolError::ChambersEqualNeedsBody { requirement: index });
            }
            if let Scope::Chamber(name) = &requirement.scope {
                if name.trim().is_empty() {
                    return Err(ProtocolError::UnnamedChamber { requirement: index });
                }
            }
            if self.split_votes && requirement.counting != Counting::Weighted {
                return Err(ProtocolError::SplitVotesNeedWeighted { requirement: index });
            }
        }
        if let Some(proxies) = self.proxies {
            if proxies.max_per_holder == 0 {
                return Err(ProtocolError::ProxyCapZero);
            }
        }
        if self.casting_vote {
            let allowed = match self.requirements.as_slice() {
                [only] => {
                    only.scope == Scope::Body
                        && matches!(only.threshold, Threshold::MoreThan(f) if f.compare(1, 2).is_eq())
                        && matches!(only.base, Base::VotesCast | Base::YesNo)
                        && matches!(only.counting, Counting::Heads | Counting::Weighted)
                }
                _ => false,
            };
            if !allowed {
                return Err(ProtocolError::CastingVoteNotAllowed);
            }
        }
        Ok(())
    }

    /// The chambers the protocol names, for checking them against a roll.
    pub fn named_chambers(&self) -> impl Iterator<Item = &str> {
        self.requirements.iter().filter_map(|r| match &r.scope {
            Scope::Chamber(name) => Some(name.as_str()),
            _ => None,
        })
    }
}
