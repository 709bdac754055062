//! The result of a tally with every figure that led to it.

use serde::{Deserialize, Serialize};

use super::ballots::Choice;
use super::protocol::{Base, Counting, QuorumRule, Scope, Threshold};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Outcome {
    Carried,
    /// The requirements that failed, by index in the protocol.
    Rejected {
        failed: Vec<usize>,
    },
    /// The first quorum rule that failed, by index; no requirement was judged.
    NoQuorum {
        rule: usize,
    },
}

/// Counts per choice, by heads and by weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct ChoiceCounts {
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub invalid: u64,
    pub yes_weight: u64,
    pub no_weight: u64,
    pub abstain_weight: u64,
    pub invalid_weight: u64,
}

impl ChoiceCounts {
    pub fn add(&mut self, choice: Choice, heads: u64, weight: u64) {
        match choice {
            Choice::Yes => {
                self.yes += heads;
                self.yes_weight += weight;
            }
            Choice::No => {
                self.no += heads;
                self.no_weight += weight;
            }
            Choice::Abstain => {
                self.abstain += heads;
                self.abstain_weight += weight;
            }
            Choice::Invalid => {
                self.invalid += heads;
                self.invalid_weight += weight;
            }
        }
    }

    pub fn merge(&mut self, other: &ChoiceCounts) {
        self.yes += other.yes;
        self.no += other.no;
        self.abstain += other.abstain;
        self.invalid += other.invalid;
        self.yes_weight += other.yes_weight;
        self.no_weight += other.no_weight;
        self.abstain_weight += other.abstain_weight;
        self.invalid_weight += other.invalid_weight;
    }
}

/// Who is there: entitled members, present, represented by proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct Presence {
    pub entitled: u64,
    pub entitled_weight: u64,
    pub present: u64,
    pub present_weight: u64,
    pub represented: u64,
    pub represented_weight: u64,
    /// Members whose ballot counts in `participation` (by heads).
    pub voted: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ChamberTally {
    pub chamber: String,
    pub presence: Presence,
    pub counts: ChoiceCounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct QuorumCheck {
    pub rule: QuorumRule,
    pub held: bool,
    /// The measured figure and the figure needed (for per-chamber rules, of the first
    /// chamber that failed, or of the last chamber checked).
    pub value: u64,
    pub required: u64,
    pub out_of: u64,
    pub chamber: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RequirementCheck {
    pub scope: Scope,
    pub base: Base,
    pub threshold: Threshold,
    pub counting: Counting,
    /// The chamber this check is for, when the scope is a chamber or each chamber.
    pub chamber: Option<String>,
    pub yes: u64,
    pub no: u64,
    pub base_value: u64,
    /// The least `yes` that passes, except for chambers counted equally.
    pub required: Option<u64>,
    /// For chambers counted equally: the mean yes-share, as an exact fraction "p/q".
    pub score: Option<String>,
    pub passed: bool,
    /// The base was empty, so the requirement failed.
    pub empty_base: bool,
    /// For each chamber: one check per chamber, all of which must pass.
    pub chambers: Vec<RequirementCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TallyReport {
    pub outcome: Outcome,
    pub presence: Presence,
    pub counts: ChoiceCounts,
    pub chambers: Vec<ChamberTally>,
    pub quorum: Vec<QuorumCheck>,
    pub requirements: Vec<RequirementCheck>,
    /// The presiding member's casting vote, when a tie made it decide (public even in a secret ballot).
    pub casting_vote: Option<Choice>,
    /// Members without a chamber, left out of chamber-based counting.
    pub unchambered: Vec<String>,
    /// One sentence for the minutes.
    pub explanation: String,
}
