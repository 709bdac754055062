//! The ballots of one vote, in the three forms a secretary records them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Yes,
    No,
    Abstain,
    /// A spoiled paper ballot, entered by the secretary.
    Invalid,
}

impl Choice {
    pub const ALL: [Choice; 4] = [Choice::Yes, Choice::No, Choice::Abstain, Choice::Invalid];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Ballots {
    /// Each member's ballot by name (a proxy ballot names the absent principal).
    RollCall {
        ballots: Vec<Ballot>,
        /// The presiding member's casting vote, used only on a tie.
        #[serde(default)]
        casting: Option<Choice>,
    },
    /// Totals counted in the room, per chamber and weight.
    ShowOfHands {
        counts: Vec<HandCount>,
        #[serde(default)]
        casting: Option<Choice>,
    },
    /// Anonymous papers, and separately the list of who voted.
    Secret {
        papers: Vec<Paper>,
        voted: Vec<String>,
        #[serde(default)]
        casting: Option<Choice>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Ballot {
    pub member: String,
    #[serde(flatten)]
    pub choice: BallotChoice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum BallotChoice {
    Choice(Choice),
    /// The member's weight divided across choices (when the protocol allows split votes).
    Split(BTreeMap<Choice, u32>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct HandCount {
    #[serde(default)]
    pub chamber: Option<String>,
    #[serde(default = "one")]
    pub weight: u32,
    pub choice: Choice,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Paper {
    #[serde(default)]
    pub chamber: Option<String>,
    #[serde(default = "one")]
    pub weight: u32,
    pub choice: Choice,
}

fn one() -> u32 {
    1
}

impl Ballots {
    pub fn casting(&self) -> Option<Choice> {
        match self {
            Ballots::RollCall { casting, .. }
            | Ballots::ShowOfHands { casting, .. }
            | Ballots::Secret { casting, .. } => *casting,
        }
    }
}
