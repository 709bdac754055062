//! Protocols as a body adopts them, and votes as they were closed.

use serde::{Deserialize, Serialize};

use super::ballots::Ballots;
use super::outcome::TallyReport;
use super::presets::Preset;
use super::protocol::Protocol;
use super::roll::Roll;

/// One version of a body's named protocol ("Ordinary decisions", "Terms of reference").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProtocolVersion {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub version: u32,
    /// The preset it started from, if any.
    pub preset: Option<Preset>,
    pub protocol: Protocol,
    pub created_at: String,
    pub created_by: String,
}

crate::closed_choice!(
    /// How the ballots were taken.
    VoteMethod {
        RollCall => "roll_call",
        ShowOfHands => "show_of_hands",
        Secret => "secret",
    }
);

impl VoteMethod {
    pub fn of(ballots: &Ballots) -> VoteMethod {
        match ballots {
            Ballots::RollCall { .. } => VoteMethod::RollCall,
            Ballots::ShowOfHands { .. } => VoteMethod::ShowOfHands,
            Ballots::Secret { .. } => VoteMethod::Secret,
        }
    }
}

/// A closed vote: the motion, the exact protocol version, the roll, the ballots and the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct VoteRecord {
    pub id: i64,
    pub body_id: i64,
    pub protocol: ProtocolVersion,
    pub motion: String,
    pub method: VoteMethod,
    pub roll: Roll,
    pub ballots: Ballots,
    pub report: TallyReport,
    pub closed_at: String,
    pub closed_by: String,
    /// The vote this one corrects, and why.
    pub corrects: Option<i64>,
    pub correction_reason: Option<String>,
    /// The vote that corrects this one, if any.
    pub corrected_by: Option<i64>,
}

/// A line of the list of votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct VoteSummary {
    pub id: i64,
    pub body_id: i64,
    pub body_name: String,
    pub motion: String,
    pub method: VoteMethod,
    /// carried, rejected or no_quorum.
    pub outcome: String,
    pub explanation: String,
    pub closed_at: String,
    pub corrects: Option<i64>,
    pub corrected_by: Option<i64>,
}

/// Anonymous papers in an order that says nothing about who cast them or when.
pub fn anonymise(ballots: &Ballots) -> Ballots {
    match ballots {
        Ballots::Secret {
            papers,
            voted,
            casting,
        } => {
            let mut papers = papers.clone();
            papers.sort_by(|a, b| {
                (a.choice, &a.chamber, a.weight).cmp(&(b.choice, &b.chamber, b.weight))
            });
            let mut voted = voted.clone();
            voted.sort();
            Ballots::Secret {
                papers,
                voted,
                casting: *casting,
            }
        }
        other => other.clone(),
    }
}

/// Chambers with a single secret voter: their paper would show how that member voted.
pub fn lone_voter_chambers(ballots: &Ballots) -> Vec<String> {
    let Ballots::Secret { papers, .. } = ballots else {
        return Vec::new();
    };
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for chamber in papers.iter().filter_map(|p| p.chamber.as_deref()) {
        *counts.entry(chamber).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n == 1)
        .map(|(c, _)| c.to_string())
        .collect()
}
