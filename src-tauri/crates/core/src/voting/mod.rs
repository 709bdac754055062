//! Voting protocols and the tally: pure, exact (integers and fractions, never floating
//! point) and explained. The rule catalogue is the project's design document on voting.

pub mod ballots;
pub mod fraction;
pub mod invalid;
pub mod outcome;
pub mod presets;
pub mod protocol;
pub mod record;
pub mod roll;
pub mod tally;
pub mod wording;

pub use ballots::{Ballot, BallotChoice, Ballots, Choice, HandCount, Paper};
pub use fraction::Fraction;
pub use invalid::{Invalid, ProtocolError};
pub use outcome::{
    ChamberTally, ChoiceCounts, Outcome, Presence, QuorumCheck, RequirementCheck, TallyReport,
};
pub use protocol::{
    Base, Counting, Measure, ParticipationCounts, Protocol, ProxyRule, QuorumRule, Requirement,
    Scope, Threshold,
};
pub use record::{
    anonymise, lone_voter_chambers, ProtocolVersion, VoteMethod, VoteRecord, VoteSummary,
};
pub use roll::{Proxy, Roll, RollMember};
pub use tally::tally;
pub use wording::{describe, explain};
