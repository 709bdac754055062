//! Inputs the tally refuses: it names the member, ballot or rule concerned, and nothing is
//! decided (closing a vote in that state is refused).

use serde::{Deserialize, Serialize};

/// A protocol the catalogue rules out; indexes count from 0 in the protocol's lists.
/// Tagged `problem`, not `kind`, so that it nests inside `Invalid::Protocol` in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ProtocolError {
    #[error("the protocol has no requirement: a motion needs at least one")]
    NoRequirement,
    #[error("requirement {}: the threshold is out of range (more than p/q needs 0 ≤ p/q < 1; at least p/q needs 0 < p/q ≤ 1)", requirement + 1)]
    ThresholdOutOfRange { requirement: usize },
    #[error("quorum rule {}: the fraction must be above 0 and at most 1", rule + 1)]
    QuorumOutOfRange { rule: usize },
    #[error("requirement {}: consensus is judged on the votes cast only", requirement + 1)]
    ConsensusNeedsVotesCast { requirement: usize },
    #[error("requirement {}: chambers counted equally apply to the whole body only", requirement + 1)]
    ChambersEqualNeedsBody { requirement: usize },
    #[error("requirement {}: the chamber is not named", requirement + 1)]
    UnnamedChamber { requirement: usize },
    #[error("requirement {}: split votes divide weights, so every requirement must count weights", requirement + 1)]
    SplitVotesNeedWeighted { requirement: usize },
    #[error("a proxy cap of 0 allows no proxy; turn proxies off instead")]
    ProxyCapZero,
    #[error("a casting vote is allowed only with a single simple-majority requirement (more than half of the votes cast, or of yes and no, of the whole body, by heads or by weight)")]
    CastingVoteNotAllowed,
}

/// Why a roll and its ballots cannot be tallied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Invalid {
    #[error("{0}")]
    Protocol(ProtocolError),
    #[error("the roll has no member entitled to vote")]
    NoEntitledMember,
    #[error("{member} appears twice on the roll")]
    DuplicateRollMember { member: String },
    #[error("{member} has weight 0; weights are whole numbers of at least 1")]
    ZeroWeight { member: String },
    #[error("the protocol names the chamber “{chamber}”, which no member of the roll belongs to")]
    UnknownChamber { chamber: String },
    #[error("{member} is not a member of this body")]
    NotOnRoll { member: String },
    #[error("{member} may not vote: {why}")]
    NotEntitled { member: String, why: String },
    #[error("{member} is absent and no one holds their proxy")]
    Absent { member: String },
    #[error("two ballots from {member}")]
    DuplicateBallot { member: String },
    #[error("this protocol does not allow proxies")]
    ProxiesNotAllowed,
    #[error("{member} is present and cannot be represented by proxy")]
    ProxyForPresentMember { member: String },
    #[error("{member} has given more than one proxy")]
    DuplicateProxy { member: String },
    #[error("{holder} holds {member}'s proxy but is absent")]
    ProxyHolderAbsent { holder: String, member: String },
    #[error("{holder} holds {member}'s proxy but may not vote")]
    ProxyHolderNotEntitled { holder: String, member: String },
    #[error("{holder} holds a proxy and has given their own: proxies go one level deep")]
    ProxyChain { holder: String },
    #[error("{holder} holds {held} proxies; the protocol allows at most {cap}")]
    ProxyOverCap { holder: String, held: u32, cap: u32 },
    #[error("{member} split their vote, but this protocol does not allow split votes")]
    SplitNotAllowed { member: String },
    #[error("{member} split {given} votes, but their weight is {weight}")]
    SplitMismatch {
        member: String,
        given: u32,
        weight: u32,
    },
    #[error("split votes are recorded by roll call only")]
    SplitOutsideRollCall,
    #[error("{member} presides with the casting vote and casts no ballot")]
    PresidingMemberVoted { member: String },
    #[error("the protocol grants a casting vote but no member of the roll presides")]
    NoPresidingMember,
    #[error("more than one member of the roll presides")]
    SeveralPresidingMembers,
    #[error("a casting vote was given, but the protocol grants none")]
    CastingVoteNotGranted,
    #[error("a casting vote must be yes or no")]
    CastingVoteNotYesOrNo,
    #[error("the vote is tied: the presiding member's casting vote is needed")]
    CastingVoteMissing,
    #[error("{counted} hands counted in {group}, but only {eligible} members there may vote")]
    TooManyHands {
        group: String,
        counted: u64,
        eligible: u64,
    },
    #[error("{papers} ballot papers for {voters} voters")]
    PapersMismatch { papers: u64, voters: u64 },
    #[error(
        "the ballot papers do not match the chambers and weights of those who voted ({group})"
    )]
    PapersDoNotMatchVoters { group: String },
}

impl From<ProtocolError> for Invalid {
    fn from(error: ProtocolError) -> Invalid {
        Invalid::Protocol(error)
    }
}
