//! What a printed member directory shows, every word already in the reader's language.

use super::labels::DirectoryLabels;
use crate::date::IsoDate;

crate::closed_choice!(
    /// How the directory's members are grouped.
    DirectoryGrouping {
        /// By the kind of organisation: government, civil society, employers…
        Constituency => "constituency",
        /// By the bodies members sit in, with their role there; a member sitting in two
        /// bodies is listed under both.
        Body => "body",
    }
);

crate::closed_choice!(
    /// Which members the directory lists.
    DirectoryScope {
        /// Only those taking part now: what a meeting's directory wants.
        Active => "active",
        /// Suspended and withdrawn members too, each marked with its status.
        All => "all",
    }
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintableDirectory {
    /// The partnership's name: the PDF's author and the running header.
    pub partnership: String,
    pub grouping: DirectoryGrouping,
    pub scope: DirectoryScope,
    /// Organisations listed, each counted once however many bodies it sits in.
    pub member_count: usize,
    pub groups: Vec<DirectoryGroup>,
    pub labels: DirectoryLabels,
    pub printed_on: IsoDate,
}

/// A constituency or a body, and the members listed under it, in name order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryGroup {
    /// "NGO / civil society — 4 members".
    pub heading: String,
    /// "NGO / civil society (continued)", at the head of each later page the group runs onto.
    pub continued: String,
    pub entries: Vec<DirectoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntry {
    pub organisation: String,
    /// The small print under the name: acronym, country, chamber, and the constituency when
    /// the group does not already say it.
    pub details: Vec<String>,
    /// The member's role and office in the group's body ("Voting member · Chair"); empty
    /// when grouped by constituency.
    pub seat: String,
    /// "Suspended" or "Withdrawn"; empty for an active member.
    pub status: String,
    /// The primary representative first, then the alternates in name order.
    pub representatives: Vec<DirectoryPerson>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryPerson {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
}
