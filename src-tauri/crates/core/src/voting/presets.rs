//! The real bodies of the catalogue as starting points for a body's protocol.

use super::fraction::Fraction;
use super::protocol::{
    Base, Counting, Measure, ParticipationCounts, Protocol, QuorumRule, Requirement, Scope,
    Threshold,
};

crate::closed_choice!(
    /// A named starting point for a protocol.
    Preset {
        SimpleMajority => "simple_majority",
        TwoThirds => "two_thirds",
        AbsoluteMajority => "absolute_majority",
        Consensus => "consensus",
        IloDecision => "ilo_decision",
        IloConvention => "ilo_convention",
        IloAdmission => "ilo_admission",
        FscChambers => "fsc_chambers",
        EitiBalanced => "eiti_balanced",
    }
);

/// The chamber of governments in the ILO admission preset.
pub const GOVERNMENTS: &str = "Governments";

fn requirement(scope: Scope, base: Base, threshold: Threshold, counting: Counting) -> Requirement {
    Requirement {
        scope,
        base,
        threshold,
        counting,
    }
}

fn majority_of_members_present() -> QuorumRule {
    QuorumRule::PresentFraction {
        fraction: Fraction::HALF,
        strict: true,
        by: Measure::Heads,
    }
}

impl Preset {
    pub fn protocol(self) -> Protocol {
        let body = |base, threshold, counting| requirement(Scope::Body, base, threshold, counting);
        let plain = |quorum: Vec<QuorumRule>, requirements: Vec<Requirement>| Protocol {
            quorum,
            requirements,
            proxies: None,
            split_votes: false,
            casting_vote: false,
        };
        // A quorum of a majority of the members, one requirement counted by heads.
        let by_heads = |base, threshold| {
            plain(
                vec![majority_of_members_present()],
                vec![body(base, threshold, Counting::Heads)],
            )
        };
        // A state's government is one member of weight 2 whose delegates may split; weights
        // are counted. The ILO Constitution (art. 17(3)) voids a vote where the votes cast
        // are fewer than half the delegates attending.
        let ilo = |requirements| Protocol {
            split_votes: true,
            ..plain(
                vec![QuorumRule::Participation {
                    fraction: Fraction::HALF,
                    counts: ParticipationCounts::Cast,
                }],
                requirements,
            )
        };
        let weighted_votes_cast = |threshold| body(Base::VotesCast, threshold, Counting::Weighted);
        match self {
            // Robert's Rules: more than half of the votes cast.
            Preset::SimpleMajority => {
                by_heads(Base::VotesCast, Threshold::MoreThan(Fraction::HALF))
            }
            // Two-thirds of the votes cast, not of those present.
            Preset::TwoThirds => {
                by_heads(Base::VotesCast, Threshold::AtLeast(Fraction::TWO_THIRDS))
            }
            // More than half of all the members entitled to vote.
            Preset::AbsoluteMajority => {
                by_heads(Base::Membership, Threshold::MoreThan(Fraction::HALF))
            }
            Preset::Consensus => by_heads(Base::VotesCast, Threshold::Consensus),
            Preset::IloDecision => ilo(vec![weighted_votes_cast(Threshold::MoreThan(
                Fraction::HALF,
            ))]),
            Preset::IloConvention => ilo(vec![weighted_votes_cast(Threshold::AtLeast(
                Fraction::TWO_THIRDS,
            ))]),
            // Admission of a member: two-thirds of the votes cast and two-thirds within the
            // government chamber — a double majority.
            Preset::IloAdmission => ilo(vec![
                weighted_votes_cast(Threshold::AtLeast(Fraction::TWO_THIRDS)),
                requirement(
                    Scope::Chamber(GOVERNMENTS.into()),
                    Base::VotesCast,
                    Threshold::AtLeast(Fraction::TWO_THIRDS),
                    Counting::Weighted,
                ),
            ]),
            // FSC general assembly: more than half in each chamber, and two-thirds overall
            // with the chambers weighing equally; more than half of each chamber's voting power present.
            Preset::FscChambers => plain(
                vec![QuorumRule::PerChamber {
                    fraction: Fraction::HALF,
                    strict: true,
                    by: Measure::Weight,
                }],
                vec![
                    requirement(
                        Scope::EachChamber,
                        Base::YesNo,
                        Threshold::MoreThan(Fraction::HALF),
                        Counting::Heads,
                    ),
                    body(
                        Base::YesNo,
                        Threshold::AtLeast(Fraction::TWO_THIRDS),
                        Counting::ChambersEqual,
                    ),
                ],
            ),
            // EITI: consensus first; when a vote is needed, constituencies equally balanced.
            Preset::EitiBalanced => plain(
                vec![
                    QuorumRule::PresentFraction {
                        fraction: Fraction::HALF,
                        strict: false,
                        by: Measure::Heads,
                    },
                    QuorumRule::PerChamber {
                        fraction: Fraction::ONE_THIRD,
                        strict: false,
                        by: Measure::Heads,
                    },
                ],
                vec![body(
                    Base::VotesCast,
                    Threshold::MoreThan(Fraction::HALF),
                    Counting::ChambersEqual,
                )],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_a_valid_protocol() {
        for preset in Preset::ALL {
            assert_eq!(preset.protocol().validate(), Ok(()), "{preset}");
        }
    }
}
