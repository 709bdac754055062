//! Who may vote on a motion: the body's members as they stand when the vote opens.

use serde::{Deserialize, Serialize};

use crate::body::Role;
use crate::organisation::MemberStatus;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Roll {
    pub members: Vec<RollMember>,
    #[serde(default)]
    pub proxies: Vec<Proxy>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RollMember {
    /// A key unique within the roll (the organisation's id, or a short code in JSON files).
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub chamber: Option<String>,
    #[serde(default = "one")]
    pub weight: u32,
    pub role: Role,
    #[serde(default = "active")]
    pub status: MemberStatus,
    pub present: bool,
    /// The member presiding the meeting (who holds the casting vote when the protocol grants one).
    #[serde(default)]
    pub presiding: bool,
}

fn one() -> u32 {
    1
}

fn active() -> MemberStatus {
    MemberStatus::Active
}

/// An absent member's ballot cast by a present one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Proxy {
    pub principal: String,
    pub holder: String,
}

impl RollMember {
    /// Active members whose role carries a vote; observers, advisers, the secretariat and
    /// suspended or withdrawn members never vote.
    pub fn entitled(&self) -> bool {
        self.status == MemberStatus::Active && self.role.carries_vote()
    }
}

impl Roll {
    pub fn member(&self, id: &str) -> Option<&RollMember> {
        self.members.iter().find(|m| m.id == id)
    }
}
